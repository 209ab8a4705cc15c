"""The event editor's When section: all day or timed, how precisely the date is known, the days
or the period, the venue's zone and local time, and the warnings about clashes and bad days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.domain.model import UNDATED_DAY, Category, Event, Moment, Occurrence, PeriodPart, Precision, zone
from cica_planner.domain.periods import period_window
from cica_planner.i18n.dates import period_text
from cica_planner.i18n.terms import period_part_label, precision_label
from cica_planner.ui.dialogs.event_fields import (
    CONFLICT_STYLE,
    EditorSection,
    date_edit,
    day_of,
    day_span,
    local_date,
    set_date,
    time_edit,
    time_of,
    time_span,
    zone_city,
)
from cica_planner.ui.settings import utc_offset_label

#: Precisions edited as a month, quarter or year; and those edited with first and last day fields.
PERIODS = frozenset({Precision.MONTH, Precision.QUARTER, Precision.YEAR})
DAY_FIELDS = frozenset({Precision.DAY, Precision.WINDOW})


class ClashWords(QObject):
    """The conflict line's counted text (see ``event_history.HistoryWords`` for why it is a QObject)."""

    def more_text(self, events: str, more: int) -> str:
        return self.tr("Also at this time: {events} and %n more", "", more).format(events=events)


class EventWhenSection(EditorSection):
    """The When group of :class:`~cica_planner.ui.dialogs.event_dialog.EventDialog` (a mixin of it)."""

    initial: Event | None
    display_tz: str
    city_edit: QLineEdit
    country_combo: QComboBox
    title_edit: QLineEdit
    category_combo: QComboBox
    reason_edit: QLineEdit
    _loading: bool
    _last_start: datetime | None
    _conflicts: Callable[[Event], list[Occurrence]] | None
    _schedule_check: Callable[[Event], list[Any]] | None
    _show_day: Callable[[date], None] | None
    _find_date: Callable[[Event], Any] | None

    def _build_when(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("When"), page)
        form = QFormLayout(box)
        self.all_day_check = QCheckBox(self.tr("&All day"), box)
        self.all_day_check.setObjectName("all_day_check")
        self.precision_combo = QComboBox(box)
        self.precision_combo.setObjectName("precision_combo")
        for precision in (Precision.DAY, Precision.WINDOW, Precision.MONTH, Precision.QUARTER, Precision.YEAR,
                          Precision.UNDATED):
            self.precision_combo.addItem(precision_label(precision), precision.value)
        self.part_combo = QComboBox(box)
        self.part_combo.setObjectName("part_combo")
        self.part_combo.addItem(period_part_label(None), "")
        for part in PeriodPart:
            self.part_combo.addItem(period_part_label(part), part.value)
        row = QHBoxLayout()
        row.addWidget(self.all_day_check)
        row.addSpacing(16)
        known = QLabel(self.tr("Date &known to:"), box)
        known.setBuddy(self.precision_combo)
        row.addWidget(known)
        row.addWidget(self.precision_combo)
        row.addWidget(self.part_combo)
        row.addStretch(1)
        form.addRow(row)

        self.start_date_edit = date_edit(box, "start_date_edit")
        self.start_time_edit = time_edit(box, "start_time_edit")
        self.end_date_edit = date_edit(box, "end_date_edit")
        self.end_time_edit = time_edit(box, "end_time_edit")
        self.dates_widget = QWidget(box)
        dates = QFormLayout(self.dates_widget)
        dates.setContentsMargins(0, 0, 0, 0)
        starts = QHBoxLayout()
        starts.addWidget(self.start_date_edit)
        starts.addWidget(self.start_time_edit)
        starts.addStretch(1)
        ends = QHBoxLayout()
        ends.addWidget(self.end_date_edit)
        ends.addWidget(self.end_time_edit)
        ends.addStretch(1)
        self.start_label = QLabel(self.tr("S&tarts:"), box)
        self.start_label.setBuddy(self.start_date_edit)
        self.end_label = QLabel(self.tr("E&nds:", "an event"), box)
        self.end_label.setBuddy(self.end_date_edit)
        dates.addRow(self.start_label, starts)
        dates.addRow(self.end_label, ends)
        form.addRow(self.dates_widget)

        self.period_widget = QWidget(box)
        period = QHBoxLayout(self.period_widget)
        period.setContentsMargins(0, 0, 0, 0)
        self.period_year_spin = QSpinBox(box)
        self.period_year_spin.setObjectName("period_year_spin")
        self.period_year_spin.setRange(1990, 2100)
        self.period_month_combo = QComboBox(box)
        self.period_month_combo.setObjectName("period_month_combo")
        locale = QLocale()
        self.period_month_combo.addItems([locale.standaloneMonthName(month) for month in range(1, 13)])
        self.period_quarter_combo = QComboBox(box)
        self.period_quarter_combo.setObjectName("period_quarter_combo")
        self.period_quarter_combo.addItems([self.tr("Q1 (Jan–Mar)"), self.tr("Q2 (Apr–Jun)"), self.tr("Q3 (Jul–Sep)"),
                                            self.tr("Q4 (Oct–Dec)")])
        self.period_label = QLabel(box)
        self.period_label.setObjectName("period_label")
        period.addWidget(QLabel(self.tr("Period:"), box))
        period.addWidget(self.period_month_combo)
        period.addWidget(self.period_quarter_combo)
        period.addWidget(self.period_year_spin)
        period.addWidget(self.period_label, 1)
        form.addRow(self.period_widget)

        self.zone_combo = QComboBox(box)
        self.zone_combo.setObjectName("zone_combo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        self.zone_combo.addItems(zones)
        completer = QCompleter(zones, self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setMinimumWidth(220)
        form.addRow(self.tr("Time &zone:"), self.zone_combo)
        self.local_time_label = QLabel(box)
        self.local_time_label.setObjectName("local_time_label")
        self.local_time_label.setWordWrap(True)
        self.local_time_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.local_time_label)
        self.conflict_label = QLabel(box)
        self.conflict_label.setObjectName("conflict_label")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet(CONFLICT_STYLE)
        self.conflict_label.hide()
        form.addRow(self.conflict_label)
        # Holidays, weekends, Ramadan, nearby meetings, late checklist: informs, never blocks saving.
        from cica_planner.ui.widgets.schedule_warnings import ScheduleWarnings

        self.schedule_warnings = ScheduleWarnings(self._schedule_check, box, can_find=self._find_date is not None)
        if self._show_day is not None:
            self.schedule_warnings.day_requested.connect(self._show_day)
        self.schedule_warnings.find_requested.connect(self.find_better_date)
        form.addRow(self.schedule_warnings)
        return box

    def _load_when(self, initial: Event) -> date:
        """Put ``initial``'s days, times and precision in the fields; return the day periods are anchored on."""
        self.precision_combo.setCurrentIndex(self.precision_combo.findData(initial.precision.value))
        self.part_combo.setCurrentIndex(max(0, self.part_combo.findData(initial.period_part.value if initial.period_part else "")))
        self.all_day_check.setChecked(initial.all_day)
        tz = zone(initial.tzid)
        if isinstance(initial.start, datetime) and isinstance(initial.end, datetime):
            start, end = initial.start.astimezone(tz), initial.end.astimezone(tz)
            set_date(self.start_date_edit, start.date())
            self.start_time_edit.setTime(QTime(start.hour, start.minute))
            set_date(self.end_date_edit, end.date())
            self.end_time_edit.setTime(QTime(end.hour, end.minute))
        else:
            set_date(self.start_date_edit, initial.start)
            set_date(self.end_date_edit, initial.end - timedelta(days=1))
            self.start_time_edit.setTime(QTime(10, 0))
            self.end_time_edit.setTime(QTime(11, 0))
        anchor = initial.local_start_date()
        if initial.precision is Precision.UNDATED:  # no date to show: offer the day it was recorded
            anchor = initial.created.date()
            set_date(self.start_date_edit, anchor)
            set_date(self.end_date_edit, anchor)
        self.period_year_spin.setValue(anchor.year)
        self.period_month_combo.setCurrentIndex(anchor.month - 1)
        self.period_quarter_combo.setCurrentIndex((anchor.month - 1) // 3)
        return anchor

    def _on_start_changed(self) -> None:
        """Move the end with the start, keeping the duration, as calendar apps do."""
        new_start = self._start_naive()
        if not self._loading and self._last_start is not None and new_start != self._last_start:
            new_end = self._end_naive() + (new_start - self._last_start)
            for widget in (self.end_date_edit, self.end_time_edit):
                widget.blockSignals(True)
            set_date(self.end_date_edit, new_end.date())
            self.end_time_edit.setTime(QTime(new_end.hour, new_end.minute))
            for widget in (self.end_date_edit, self.end_time_edit):
                widget.blockSignals(False)
        self._last_start = new_start
        self._refresh_dependent()

    def _refresh_when(self) -> None:
        """Show the day, time or period fields the precision needs."""
        precision = self.precision()
        fixed = precision is Precision.DAY
        self.dates_widget.setVisible(precision in DAY_FIELDS)
        self.period_widget.setVisible(precision in PERIODS)
        self.part_combo.setVisible(precision in PERIODS)
        self.all_day_check.setEnabled(fixed)
        if not fixed and not self.all_day_check.isChecked():
            self.all_day_check.setChecked(True)
        self.period_month_combo.setVisible(precision is Precision.MONTH)
        self.period_quarter_combo.setVisible(precision is Precision.QUARTER)
        all_day = self.all_day_check.isChecked()
        self.start_time_edit.setVisible(not all_day)
        self.end_time_edit.setVisible(not all_day)
        self.start_label.setText(self.tr("S&tarts:") if not all_day else self.tr("&First day:"))
        self.end_label.setText(self.tr("E&nds:", "an event") if not all_day else self.tr("&Last day:"))
        if precision in PERIODS:
            first, end = self._period_window()
            self.period_label.setText(f"{local_date(first, 'd MMM')} – {local_date(end - timedelta(days=1), 'd MMM yyyy')}")

    def _show_conflicts(self) -> None:
        """Warn about other events on the same days (or hours), as Outlook's conflict bar does."""
        text = ""
        if self._conflicts is not None and self.precision() is Precision.DAY:
            try:
                start, end = self._moments()
                probe = Event(title="probe", category=Category.SOC, start=start, end=end, tzid=self.zone_id(),
                              uid=self.initial.uid if self.initial else "")
                clashes = self._conflicts(probe) if end > start else []
            except PlannerError:
                clashes = []
            if clashes:
                names = "; ".join(f"{o.event.title} ({o.event.city})" if o.event.city else o.event.title
                                  for o in clashes[:3])
                more = len(clashes) - 3
                text = (ClashWords().more_text(names, more) if more > 0
                        else self.tr("Also at this time: {events}").format(events=names))
        self.conflict_label.setText(text)
        self.conflict_label.setVisible(bool(text))
        self._check_schedule()

    def _check_schedule(self) -> None:
        self.schedule_warnings.update_for(self._schedule_probe() if self._schedule_check is not None else None)

    def _schedule_probe(self) -> Event | None:
        """The event as the fields stand, for the scheduling checks (None without fixed days)."""
        if self.precision() is not Precision.DAY:
            return None
        start, end = self._moments()
        if end <= start:
            return None
        return Event(title=self.title_edit.text() or "probe", category=Category(self.category_combo.currentData()),
                     start=start, end=end, tzid=self.zone_id(), country=self.country_combo.currentData() or "",
                     uid=self.initial.uid if self.initial else "")

    def find_better_date(self) -> None:
        """Rank dates for this event and put the chosen days in the fields (saving stays the user's call)."""
        probe = self._schedule_probe()
        choice = self._find_date(probe) if self._find_date is not None and probe is not None else None
        if choice is None:
            return
        set_date(self.start_date_edit, choice.first)  # the end follows, keeping the length
        if day_of(self.end_date_edit) < choice.last:
            set_date(self.end_date_edit, choice.last)
        if self.needs_reason() and not self.reason_edit.text().strip():
            self.reason_edit.setText(choice.reason)

    def precision(self) -> Precision:
        return Precision(self.precision_combo.currentData())

    def period_part(self) -> PeriodPart | None:
        data = self.part_combo.currentData()
        return PeriodPart(data) if data else None

    def zone_id(self) -> str:
        return self.zone_combo.currentText().strip()

    def local_time_text(self) -> str:
        """'Venue local time: …' for the event as the fields stand."""
        if self.precision() is not Precision.DAY:
            first, end = self._moments()
            period = period_text(self.precision(), first, self.period_part(), end - timedelta(days=1))
            return self.tr("Venue local time: {period} — date to be confirmed").format(period=period)
        try:
            start, end = self._moments()
            zone(self.zone_id())
        except ValidationError as exc:
            return self.tr("Venue local time: — ({problem})").format(problem=exc)
        place = self.city_edit.text().strip() or self.zone_id()
        if isinstance(start, datetime) and isinstance(end, datetime):
            text = self.tr("Venue local time: {span} in {place} ({offset})").format(
                span=time_span(start, end), place=place, offset=utc_offset_label(self.zone_id(), start))
            if self.display_tz != self.zone_id():
                shown = zone(self.display_tz)
                text += " · " + self.tr("{span} in {place}").format(
                    span=time_span(start.astimezone(shown), end.astimezone(shown)),
                    place=zone_city(self.display_tz, self.tr("Astana")))
            return text
        days = day_span(start, end - timedelta(days=1))
        return self.tr("Venue local time: all day, {days} in {place}").format(days=days, place=place)

    def _start_naive(self) -> datetime:
        return datetime.combine(day_of(self.start_date_edit), time_of(self.start_time_edit))

    def _end_naive(self) -> datetime:
        return datetime.combine(day_of(self.end_date_edit), time_of(self.end_time_edit))

    def _period_window(self) -> tuple[date, date]:
        precision = self.precision()
        year = self.period_year_spin.value()
        if precision is Precision.MONTH:
            anchor = date(year, self.period_month_combo.currentIndex() + 1, 1)
        elif precision is Precision.QUARTER:
            anchor = date(year, 3 * self.period_quarter_combo.currentIndex() + 1, 1)
        else:
            anchor = date(year, 1, 1)
        return period_window(precision, anchor, self.period_part())

    def _moments(self) -> tuple[Moment, Moment]:
        """Start and end as the event stores them (aware datetimes in its zone, or dates)."""
        if self.precision() in PERIODS:
            return self._period_window()
        if self.precision() is Precision.UNDATED:
            return UNDATED_DAY, UNDATED_DAY + timedelta(days=1)
        if self.all_day_check.isChecked() or self.precision() is Precision.WINDOW:
            first = day_of(self.start_date_edit)
            last = day_of(self.end_date_edit)
            return first, last + timedelta(days=1)
        tz = zone(self.zone_id())
        return self._start_naive().replace(tzinfo=tz), self._end_naive().replace(tzinfo=tz)

