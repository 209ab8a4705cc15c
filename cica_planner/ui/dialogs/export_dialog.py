"""Export .ics: the same choices as ``cica-planner export`` (period, categories, unscheduled, tasks)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category
from cica_planner.domain.reminders import ALARM_MINUTES, MAX_ALARM_MINUTES
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, run_for_value
from cica_planner.ui.qt_dates import to_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from cica_planner.services.export_preview import ExportPreview
    from cica_planner.services.ical_export import ExportOptions


class ExportDialog(ValidatingDialog):
    """Choose what to export; ``value()`` returns the ``ExportOptions`` for ``export_calendar``.

    Args:
        first_day: the first day offered for a limited period (e.g. the start of the shown year).
        last_day: the last day offered (inclusive).
        parent: the parent widget.
        preview: counts what the chosen options would write (``services.export_preview``); the
            dialog shows it as the options change, before anything is written.
    """

    def __init__(self, first_day: date, last_day: date, parent: QWidget | None = None, *,
                 preview: Callable[[ExportOptions], ExportPreview] | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self.setWindowTitle(self.tr("Export iCalendar"))
        self.limit_check = QCheckBox(self.tr("Only events &between"), self)
        self.limit_check.setObjectName("limit_check")
        self.start_edit = _date_edit(first_day, "start_edit", self)
        self.end_edit = _date_edit(last_day, "end_edit", self)
        period = QHBoxLayout()
        period.addWidget(self.limit_check)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("and", "between one day and another"), self))
        period.addWidget(self.end_edit)
        period.addStretch(1)

        self.category_list = QListWidget(self)
        self.category_list.setObjectName("category_list")
        from cica_planner.i18n.terms import category_label
        from cica_planner.ui.style import category_colour

        for category in Category:
            item = QListWidgetItem(_chip(category_colour(category)), category_label(category))
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.category_list.addItem(item)
        self.category_list.setMinimumHeight(220)
        all_button = QPushButton(self.tr("Select &All"), self)
        all_button.clicked.connect(lambda: self.set_all_categories(True))
        none_button = QPushButton(self.tr("Select &None"), self)
        none_button.clicked.connect(lambda: self.set_all_categories(False))
        category_buttons = QHBoxLayout()
        category_buttons.addWidget(all_button)
        category_buttons.addWidget(none_button)
        category_buttons.addStretch(1)

        self.unscheduled_check = QCheckBox(self.tr("Include events whose &day is not fixed yet (month, quarter, year)"), self)
        self.unscheduled_check.setObjectName("unscheduled_check")
        self.tasks_check = QCheckBox(self.tr("Include open checklist &deadlines as all-day reminders"), self)
        self.tasks_check.setObjectName("tasks_check")
        self.alarm_check = QCheckBox(self.tr("Add a &reminder"), self)
        self.alarm_check.setObjectName("alarm_check")
        self.alarm_check.setToolTip(self.tr("Off by default: Outlook and Thunderbird then use their own reminder settings"))
        self.alarm_spin = QSpinBox(self)
        self.alarm_spin.setObjectName("alarm_spin")
        self.alarm_spin.setRange(1, MAX_ALARM_MINUTES)
        self.alarm_spin.setValue(ALARM_MINUTES)
        self.alarm_spin.valueChanged.connect(self._update_alarm_suffix)
        self._update_alarm_suffix()
        alarm_row = QHBoxLayout()
        alarm_row.addWidget(self.alarm_check)
        alarm_row.addWidget(self.alarm_spin)
        alarm_row.addStretch(1)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("background: #eef3f9; border: 1px solid #c9d6e6; border-radius: 4px; padding: 6px;")
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Categories:"), self))
        layout.addWidget(self.category_list)
        layout.addLayout(category_buttons)
        layout.addWidget(self.unscheduled_check)
        layout.addWidget(self.tasks_check)
        layout.addLayout(alarm_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.limit_check.toggled.connect(self._update_enabled)
        for check in (self.limit_check, self.unscheduled_check, self.tasks_check, self.alarm_check):
            check.toggled.connect(self.update_preview)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self.update_preview)
        self.alarm_spin.valueChanged.connect(self.update_preview)
        self.category_list.itemChanged.connect(self.update_preview)
        self._update_enabled()

    def _update_alarm_suffix(self) -> None:
        """' minutes before each timed event', in the plural form the number needs."""
        self.alarm_spin.setSuffix(self.tr(" minute(s) before each timed event", "", self.alarm_spin.value()))

    def _update_enabled(self) -> None:
        self.start_edit.setEnabled(self.limit_check.isChecked())
        self.end_edit.setEnabled(self.limit_check.isChecked())
        self.alarm_spin.setEnabled(self.alarm_check.isChecked())
        self.update_preview()

    def update_preview(self) -> None:
        """Say what the export will write with the options as they are now."""
        self.alarm_spin.setEnabled(self.alarm_check.isChecked())
        if self._preview is None:
            self.preview_label.hide()
            return
        try:
            counts = self._preview(self.value())
        except ValidationError as exc:
            self.preview_label.setText(str(exc))
            return
        self.preview_label.setText(self.preview_text(counts))

    def preview_text(self, counts: ExportPreview) -> str:
        """One sentence: 'Will write 96 events; 12 events whose day is not fixed yet are left out; …'."""
        parts = [self.tr("Will write %n event(s)", "", counts.events)]
        if counts.undated_left_out:
            parts.append(self.tr("%n event(s) whose day is not fixed yet are left out", "", counts.undated_left_out))
        if counts.alarm_minutes:
            minutes = self.tr("%n minute(s)", "", counts.alarm_minutes)
            parts.append(self.tr("a reminder {minutes} before each of the %n timed ones", "", counts.alarms)
                         .format(minutes=minutes))
        else:
            parts.append(self.tr("no reminders (Outlook's own settings apply)"))
        if counts.deadlines_included:
            parts.append(self.tr("open checklist deadlines are added as all-day reminders"))
        return self.tr("{parts}.", "a sentence made of parts joined by semicolons").format(parts="; ".join(parts))

    def set_all_categories(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.category_list.count()):
            self.category_list.item(row).setCheckState(state)

    def chosen_categories(self) -> list[Category]:
        items = (self.category_list.item(row) for row in range(self.category_list.count()))
        return [Category(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def value(self) -> ExportOptions:
        """Return the export options; raise ValidationError for an empty choice or a reversed period."""
        from cica_planner.services.ical_export import ExportOptions

        chosen = self.chosen_categories()
        if not chosen:
            raise ValidationError(self.tr("Choose at least one category to export."))
        start = end = None
        if self.limit_check.isChecked():
            start, end = to_date(self.start_edit.date()), to_date(self.end_edit.date())
            if end < start:
                raise ValidationError(self.tr("The last day of the period cannot come before the first day."))
        return ExportOptions(
            start=start,
            end=end,
            categories=frozenset() if len(chosen) == len(Category) else frozenset(chosen),
            include_unscheduled=self.unscheduled_check.isChecked(),
            include_tasks=self.tasks_check.isChecked(),
            alarm_minutes=self.alarm_spin.value() if self.alarm_check.isChecked() else None,
        )

    @classmethod
    def get_options(cls, parent: QWidget | None, first_day: date, last_day: date,
                    preview: Callable[[ExportOptions], ExportPreview] | None = None) -> ExportOptions | None:
        """Show the dialog; return the options, or None when cancelled."""
        dialog = cls(first_day, last_day, parent, preview=preview)
        return run_for_value(dialog)


def _date_edit(day: date, name: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def _chip(colour: QColor) -> QIcon:
    from cica_planner.ui.models.filter_model import colour_chip

    return colour_chip(colour)
