"""Reschedule: move an event to a new date (and place or format) with the reason kept in its history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, EventStatus, Mode, Precision, zone
from cica_planner.i18n.dates import period_text
from cica_planner.i18n.terms import mode_label, status_label
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, fit_placeholder, run_for_value, show_beginning
from cica_planner.ui.dialogs.event_dialog import EventEdit
from cica_planner.ui.dialogs.event_fields import mode_text
from cica_planner.ui.qt_dates import to_date, to_datetime


class RescheduleDialog(ValidatingDialog):
    """Ask for the new date, place, format and the reason; ``value()`` returns an ``EventEdit``.

    A date known only to a month, quarter or year becomes a fixed day here.
    """

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = event
        self.setWindowTitle(self.tr("Reschedule — {title}").format(title=event.title))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        current = QLabel(_describe(event), self)
        current.setWordWrap(True)
        form.addRow(self.tr("Now:"), current)
        tz = zone(event.tzid)
        fixed = event.precision is Precision.DAY
        if not fixed:
            # Fixing the day of an event known only to a period makes it a one-day event by default:
            # keeping the period's span would turn "Q4 2024" into a three-month event.
            period = period_text(event.precision, _first_day(event), event.period_part)
            self.period_hint = QLabel(self.tr("Date known to {period} — choose the day").format(period=period), self)
            self.period_hint.setObjectName("period_hint")
            self.period_hint.setWordWrap(True)
            form.addRow("", self.period_hint)
        if not (isinstance(event.start, datetime) and isinstance(event.end, datetime)):  # all-day
            first = event.start
            last = event.end - timedelta(days=1) if fixed else first
            self.start_edit: QDateEdit | QDateTimeEdit = QDateEdit(_qdate(first), self)
            self.end_edit: QDateEdit | QDateTimeEdit = QDateEdit(_qdate(last), self)
            for edit in (self.start_edit, self.end_edit):
                edit.setDisplayFormat("ddd d MMM yyyy")
            form.addRow(self.tr("New &first day:"), self.start_edit)
            form.addRow(self.tr("New &last day:"), self.end_edit)
        else:
            start, end = event.start.astimezone(tz), event.end.astimezone(tz)
            if not fixed and end - start >= timedelta(days=1):
                end = start + timedelta(hours=1)
            self.start_edit = QDateTimeEdit(_qdatetime(start), self)
            self.end_edit = QDateTimeEdit(_qdatetime(end), self)
            for edit in (self.start_edit, self.end_edit):
                edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
            form.addRow(self.tr("New &start ({zone}):").format(zone=event.tzid), self.start_edit)
            form.addRow(self.tr("New &end:"), self.end_edit)
        self._last_start = _naive(self.start_edit)
        # Moving the start moves the end by as much, keeping the duration (as the event editor does).
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        for edit, name in ((self.start_edit, "start_edit"), (self.end_edit, "end_edit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
        self.city_edit = QLineEdit(event.city, self)
        self.city_edit.setObjectName("city_edit")
        show_beginning(self.city_edit)
        form.addRow(self.tr("&City:"), self.city_edit)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("mode_combo")
        for mode in Mode:
            self.mode_combo.addItem(mode_label(mode), mode.value)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(event.mode.value))
        form.addRow(self.tr("&Format:"), self.mode_combo)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        for status in EventStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(event.status.value))
        form.addRow(self.tr("S&tatus:"), self.status_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Required; kept in the event's history"))
        fit_placeholder(self.reason_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.error_label = error_label(self)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reschedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_start_changed(self) -> None:
        """Move the end by as much as the start moved."""
        new_start = _naive(self.start_edit)
        moved_end = _naive(self.end_edit) + (new_start - self._last_start)
        self._last_start = new_start
        self.end_edit.setDateTime(_qdatetime(moved_end))

    def value(self) -> EventEdit:
        """Return the moved event and the reason; raise ValidationError when something is missing."""
        reason = self.reason_edit.text().strip()
        if not reason:
            raise ValidationError(self.tr("Give a reason for the change; it is kept in the history."))
        if not self.original.all_day:
            tz = zone(self.original.tzid)
            start: date | datetime = to_datetime(self.start_edit.dateTime()).replace(tzinfo=tz)
            end: date | datetime = to_datetime(self.end_edit.dateTime()).replace(tzinfo=tz)
            if end <= start:
                raise ValidationError(self.tr("The end must come after the start."))
        else:
            start = to_date(self.start_edit.date())
            end = to_date(self.end_edit.date()) + timedelta(days=1)
            if end <= start:
                raise ValidationError(self.tr("The last day cannot come before the first day."))
        moved = replace(self.original, start=start, end=end, city=self.city_edit.text().strip(),
                        mode=Mode(self.mode_combo.currentData()), status=EventStatus(self.status_combo.currentData()),
                        precision=Precision.DAY, period_part=None)
        moved.validate()
        return EventEdit(moved, reason)

    @classmethod
    def get_edit(cls, parent: QWidget | None, event: Event) -> EventEdit | None:
        """Show the dialog; return the move, or None when cancelled."""
        dialog = cls(event, parent)
        return run_for_value(dialog)


def _describe(event: Event) -> str:
    from cica_planner.i18n.dates import when_text

    parts = [when_text(event)]
    if event.place:
        parts.append(event.place)
    parts.append(mode_text(event.mode.value))
    return " · ".join(parts)


def _first_day(event: Event) -> date:
    return event.start.astimezone(zone(event.tzid)).date() if isinstance(event.start, datetime) else event.start


def _naive(edit: QDateTimeEdit) -> datetime:
    """The wall-clock value of ``edit`` (a date edit gives midnight), free of the machine's time zone."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
