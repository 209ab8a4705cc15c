"""File → Report…: the preparation status report as PDF or CSV, for a period whose default is shown.

The default period is the command line's: from today for 180 days (``cica-planner report``).
The dialog gives back a ``ReportRequest``; the window asks where to save it, writes it and
opens it with the system's viewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.services.reports import DEFAULT_SPAN_DAYS
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, run_for_value
from cica_planner.ui.dialogs.event_fields import local_date
from cica_planner.ui.qt_dates import to_date


@dataclass(frozen=True)
class ReportRequest:
    """The report to write: ``suffix`` ".pdf" or ".csv", and its period (both days included)."""

    suffix: str
    start: date
    end: date


def default_period(today: date) -> tuple[date, date]:
    """From today for DEFAULT_SPAN_DAYS days, as ``cica-planner report`` without --from and --to."""
    return today, today + timedelta(days=DEFAULT_SPAN_DAYS)


class ReportDialog(ValidatingDialog):
    """Choose the format and the period of the status report; ``value()`` returns a ``ReportRequest``."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Preparation status report"))
        start, end = default_period(today)
        self.pdf_button = QRadioButton(self.tr("&PDF, to read and print"), self)
        self.pdf_button.setObjectName("pdf_button")
        self.csv_button = QRadioButton(self.tr("&CSV, for Excel and Outlook Tasks"), self)
        self.csv_button.setObjectName("csv_button")
        self.pdf_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf_button)
        group.addButton(self.csv_button)
        self.start_edit = _date_edit(start, "report_start_edit", self)
        self.end_edit = _date_edit(end, "report_end_edit", self)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to", "from one day to another"), self))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        self.default_label = QLabel(self.tr(
            "Default: today ({today}) and the %n day(s) after it (to {end}), "
            "as <code>cica-planner report</code> without --from and --to.", "", DEFAULT_SPAN_DAYS).format(
                today=local_date(start, "d MMM yyyy"), end=local_date(end, "d MMM yyyy")), self)
        self.default_label.setObjectName("default_label")
        self.default_label.setWordWrap(True)
        self.default_label.setProperty("muted", True)
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write report…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Format:"), self.pdf_button)
        layout.addRow("", self.csv_button)
        period_label = QLabel(self.tr("&Events from:"), self)
        period_label.setBuddy(self.start_edit)  # the row's field is a layout: the label needs its buddy named
        layout.addRow(period_label, period)
        layout.addRow("", self.default_label)
        layout.addRow(self.error_label)
        layout.addRow(buttons)
        self.setMinimumWidth(500)

    def value(self) -> ReportRequest:
        start = to_date(self.start_edit.date())
        end = to_date(self.end_edit.date())
        if end < start:
            raise ValidationError(self.tr("the end of the report period comes before its start"))
        return ReportRequest(".pdf" if self.pdf_button.isChecked() else ".csv", start, end)

    @classmethod
    def get_request(cls, parent: QWidget | None, today: date) -> ReportRequest | None:
        return run_for_value(cls(today, parent))


def _date_edit(day: date, name: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit
