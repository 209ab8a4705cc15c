"""The event editor: every field of an event, validated inline, with history and checklist tabs.

``EventDialog(initial, countries, parent)`` edits a copy of ``initial`` (None for a new
event); ``value()`` returns an :class:`EventEdit` — the edited event plus, when its date,
place or format moved while it was planned/confirmed/held/postponed, the reason the user
gave. ``EventDialog.get_event(...)`` wraps ``exec()`` and returns that ``EventEdit`` or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.domain.model import (
    UNDATED_DAY,
    Category,
    Country,
    Event,
    EventStatus,
    Mode,
    Moment,
    Occurrence,
    PeriodPart,
    Precision,
    zone,
)
from cica_planner.domain.outcome import OUTCOME_TO_CONFIRM, needs_outcome
from cica_planner.domain.periods import describe_period, period_window
from cica_planner.domain.recurrence import describe_rule
from cica_planner.ui.dialogs.common import ValidatingDialog, run_for_value, show_beginning
from cica_planner.ui.qt_dates import to_date, to_time
from cica_planner.ui.qt_items import combo_line_edit
from cica_planner.ui.settings import DEFAULT_DISPLAY_TZ, utc_offset_label

#: Precisions edited as a month, quarter or year; and those edited with first and last day fields.
PERIODS = frozenset({Precision.MONTH, Precision.QUARTER, Precision.YEAR})
DAY_FIELDS = frozenset({Precision.DAY, Precision.WINDOW})

#: Statuses for which a change of date, place or format must be explained (kept in the history).
RESCHEDULE_STATUSES = frozenset({EventStatus.PLANNED, EventStatus.CONFIRMED, EventStatus.HELD, EventStatus.POSTPONED})

REPEAT_PRESETS: tuple[tuple[str, str], ...] = (
    ("Does not repeat", ""),
    ("Daily", "FREQ=DAILY"),
    ("Weekly", "FREQ=WEEKLY"),
    ("Monthly", "FREQ=MONTHLY"),
    ("Yearly", "FREQ=YEARLY"),
    ("Custom rule", "custom"),
)
REPEAT_NONE, REPEAT_CUSTOM = 0, len(REPEAT_PRESETS) - 1
END_NEVER, END_AFTER, END_UNTIL = 0, 1, 2
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ERROR_STYLE = "color: #b3261e;"
#: A clash is worth a look, not an error: amber, like Outlook's conflict bar.
CONFLICT_STYLE = "color: #8a5a00; background: #fff4d6; border-radius: 4px; padding: 4px 6px;"
INVALID_STYLE = "border: 1px solid #b3261e;"


@dataclass(frozen=True)
class EventEdit:
    """What the editor gives back: the edited event and, for a move, the reason for it."""

    event: Event
    reschedule_reason: str | None = None


class EventDialog(ValidatingDialog):
    """Create or edit one event.

    Args:
        initial: the stored event to edit, or None for a new one (a new event may also be
            given as an unsaved template, e.g. the day the user double-clicked).
        countries: Member and observer States; the country chosen sets the default zone.
        parent: the parent widget.
        checklists: the checklist service; when given, an existing event gets a Checklist tab.
        display_tz: the display zone, to show the venue's time next to the Secretariat's.
        default_start: the day (all-day) or naive wall time (timed) a new event starts at.
        conflicts: gives the other events that overlap an event; when given, the editor warns
            about them (a warning, never a refusal: parallel meetings are common).
        today: the day the Checklist tab takes as today (the window's); None follows the clock.
        undo_stack: the window's undo stack, for the Checklist tab: its changes are saved at
            once (also when the editor is cancelled) as undoable commands on this stack.
        fresh: the event was created in this session of the app and nobody else has seen it yet:
            adjusting its date, place or format needs no reason (see ``needs_reason``).
        save: saves the edit when the user presses Save and returns None, or returns why it could
            not be saved (server trouble): the editor then stays open with what was typed.
    """

    def __init__(
        self,
        initial: Event | None,
        countries: list[Country],
        parent: QWidget | None = None,
        *,
        checklists: Any = None,
        display_tz: str = DEFAULT_DISPLAY_TZ,
        default_start: date | datetime | None = None,
        conflicts: Callable[[Event], list[Occurrence]] | None = None,
        today: date | None = None,
        undo_stack: Any = None,
        fresh: bool = False,
        schedule_check: Callable[[Event], list[Any]] | None = None,
        show_day: Callable[[date], None] | None = None,
        find_date: Callable[[Event], Any] | None = None,
        save: Callable[[EventEdit], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._fresh = fresh
        self._schedule_check = schedule_check
        self._show_day = show_day
        self._find_date = find_date
        self._save = save
        self._today = today
        self._undo_stack = undo_stack
        self._conflicts = conflicts
        self.initial = initial
        self.is_new = initial is None or initial.id is None
        self.countries = sorted(countries, key=lambda c: c.name)
        self.display_tz = display_tz
        self._loading = True
        self._zone_set_by_hand = False
        self._last_start: datetime | None = None
        self.checklist_panel: QWidget | None = None
        self.setWindowTitle("New Event" if self.is_new else f"Edit Event — {initial.title}")  # type: ignore[union-attr]
        self.setMinimumWidth(640)
        self._build(checklists)
        self._load(initial, default_start)
        self._loading = False
        self._refresh_dependent()

    # -- building ------------------------------------------------------------------

    def _build(self, checklists: Any) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self._build_details(), "&Event")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setPlaceholderText("Agenda, participants, references, outcome…")
        self.tabs.addTab(self.description_edit, "&Description")
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("history_list")
        self.history_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.history_list.setWordWrap(True)
        self.history_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_tab_index = -1
        if not self.is_new:
            self.history_tab_index = self.tabs.addTab(self.history_list, "&History")
        else:
            # Without a tab the list would be painted where it was made: over the tab bar.
            self.history_list.hide()
        self.checklist_tab_index = -1
        if checklists is not None and self.initial is not None and not self.is_new:
            # Imported here: the panel belongs to the checklists feature and is only needed with it.
            from cica_planner.ui.widgets.checklist_panel import ChecklistPanel

            self.checklist_panel = ChecklistPanel(checklists, self, today=self._today, undo_stack=self._undo_stack)
            self.checklist_panel.set_event(self.initial.uid)
            self.checklist_tab_index = self.tabs.addTab(self.checklist_panel, "Chec&klist")

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Create" if self.is_new else "Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        from cica_planner.ui.editor_notices import add_notices

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        add_notices(self, layout)
        layout.addWidget(self.buttons)

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)

        general = QFormLayout()
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText("e.g. 7th CICA Ministerial Council")
        general.addRow("&Title:", self.title_edit)
        self.category_combo = QComboBox(page)
        self.category_combo.setObjectName("category_combo")
        for category in Category:
            self.category_combo.addItem(_chip(category), category.value, category.value)
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("status_combo")
        for status in EventStatus:
            self.status_combo.addItem(status.value.capitalize(), status.value)
        _add_pair_row(general, ("&Category:", self.category_combo, 2), ("&Status:", self.status_combo, 1))
        outer.addLayout(general)

        outer.addWidget(self._build_when(page))
        outer.addWidget(self._build_where(page))
        outer.addWidget(self._build_repeat(page))

        self.reason_label = QLabel("&Reason for the change:", page)
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText("Required: why the date, place or format changed (kept in the history)")
        self.reason_label.setBuddy(self.reason_edit)
        reason_row = QFormLayout()
        reason_row.addRow(self.reason_label, self.reason_edit)
        outer.addLayout(reason_row)
        outer.addStretch(1)
        return page

    def _build_when(self, page: QWidget) -> QGroupBox:
        box = QGroupBox("When", page)
        form = QFormLayout(box)
        self.all_day_check = QCheckBox("&All day", box)
        self.all_day_check.setObjectName("all_day_check")
        self.precision_combo = QComboBox(box)
        self.precision_combo.setObjectName("precision_combo")
        for precision, label in ((Precision.DAY, "Exact day"), (Precision.WINDOW, "A day between two dates"),
                                 (Precision.MONTH, "Month"), (Precision.QUARTER, "Quarter"), (Precision.YEAR, "Year"),
                                 (Precision.UNDATED, "Undated")):
            self.precision_combo.addItem(label, precision.value)
        self.part_combo = QComboBox(box)
        self.part_combo.setObjectName("part_combo")
        self.part_combo.addItem("whole period", "")
        for part in PeriodPart:
            self.part_combo.addItem(part.value, part.value)
        row = QHBoxLayout()
        row.addWidget(self.all_day_check)
        row.addSpacing(16)
        known = QLabel("Date &known to:", box)
        known.setBuddy(self.precision_combo)
        row.addWidget(known)
        row.addWidget(self.precision_combo)
        row.addWidget(self.part_combo)
        row.addStretch(1)
        form.addRow(row)

        self.start_date_edit = _date_edit(box, "start_date_edit")
        self.start_time_edit = _time_edit(box, "start_time_edit")
        self.end_date_edit = _date_edit(box, "end_date_edit")
        self.end_time_edit = _time_edit(box, "end_time_edit")
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
        self.start_label = QLabel("S&tarts:", box)
        self.start_label.setBuddy(self.start_date_edit)
        self.end_label = QLabel("E&nds:", box)
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
        self.period_month_combo.addItems(MONTHS)
        self.period_quarter_combo = QComboBox(box)
        self.period_quarter_combo.setObjectName("period_quarter_combo")
        self.period_quarter_combo.addItems(["Q1 (Jan–Mar)", "Q2 (Apr–Jun)", "Q3 (Jul–Sep)", "Q4 (Oct–Dec)"])
        self.period_label = QLabel(box)
        self.period_label.setObjectName("period_label")
        period.addWidget(QLabel("Period:", box))
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
        form.addRow("Time &zone:", self.zone_combo)
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

    def _build_where(self, page: QWidget) -> QGroupBox:
        box = QGroupBox("Where", page)
        form = QFormLayout(box)
        self.mode_combo = QComboBox(box)
        self.mode_combo.setObjectName("mode_combo")
        for mode in Mode:
            self.mode_combo.addItem(mode.value.capitalize(), mode.value)
        self.country_combo = QComboBox(box)
        self.country_combo.setObjectName("country_combo")
        self.country_combo.addItem("—", "")
        for country in self.countries:
            self.country_combo.addItem(f"{country.name} ({country.code})", country.code)
        _add_pair_row(form, ("C&ountry:", self.country_combo, 2), ("F&ormat:", self.mode_combo, 1))
        self.city_edit = QLineEdit(box)
        self.city_edit.setObjectName("city_edit")
        self.venue_edit = QLineEdit(box)
        self.venue_edit.setObjectName("venue_edit")
        self.venue_edit.setPlaceholderText("Building or hall")
        _add_pair_row(form, ("C&ity:", self.city_edit, 1), ("&Venue:", self.venue_edit, 2))
        self.organiser_edit = QLineEdit(box)
        self.organiser_edit.setObjectName("organiser_edit")
        form.addRow("Or&ganiser:", self.organiser_edit)
        return box

    def _build_repeat(self, page: QWidget) -> QGroupBox:
        box = QGroupBox("Repeat", page)
        form = QFormLayout(box)
        self.repeat_combo = QComboBox(box)
        self.repeat_combo.setObjectName("repeat_combo")
        for label, rule in REPEAT_PRESETS:
            self.repeat_combo.addItem(label, rule)
        self.rrule_edit = QLineEdit(box)
        self.rrule_edit.setObjectName("rrule_edit")
        self.rrule_edit.setPlaceholderText("RRULE, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3")
        row = QHBoxLayout()
        row.addWidget(self.repeat_combo)
        row.addWidget(self.rrule_edit, 1)
        form.addRow(_buddy("Re&peat:", self.repeat_combo), row)
        self.repeat_end_combo = QComboBox(box)
        self.repeat_end_combo.setObjectName("repeat_end_combo")
        self.repeat_end_combo.addItems(["never", "after", "until"])
        self.count_spin = QSpinBox(box)
        self.count_spin.setObjectName("count_spin")
        self.count_spin.setRange(1, 999)
        self.count_spin.setSuffix(" times")
        self.until_date_edit = _date_edit(box, "until_date_edit")
        row = QHBoxLayout()
        row.addWidget(self.repeat_end_combo)
        row.addWidget(self.count_spin)
        row.addWidget(self.until_date_edit)
        row.addStretch(1)
        self.repeat_end_label = QLabel("Ends:", box)
        form.addRow(self.repeat_end_label, row)
        self.rule_preview_label = QLabel(box)
        self.rule_preview_label.setObjectName("rule_preview_label")
        self.rule_preview_label.setWordWrap(True)
        form.addRow(self.rule_preview_label)
        return box

    # -- loading -------------------------------------------------------------------

    def _load(self, initial: Event | None, default_start: date | datetime | None) -> None:
        if initial is None:
            initial = _template(default_start or self._today or system_clock().today(self.display_tz), self.display_tz)
        self.title_edit.setText(initial.title)
        self.category_combo.setCurrentIndex(self.category_combo.findData(initial.category.value))
        self.status_combo.setCurrentIndex(self.status_combo.findData(initial.status.value))
        if self._today is not None and needs_outcome(initial, self._today):
            # Over, and still reading as a plan: say so where the status shows.
            current = self.status_combo.currentIndex()
            self.status_combo.setItemText(current, OUTCOME_TO_CONFIRM.capitalize())
            self.status_combo.setToolTip(f"Recorded as {initial.status.value}, but the event is over: "
                                         "record whether it was held, postponed or cancelled.")
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(initial.mode.value))
        index = self.country_combo.findData(initial.country)
        if index < 0:  # a country outside the register (free text or an old code) is kept as it is
            self.country_combo.addItem(initial.country, initial.country)
            index = self.country_combo.count() - 1
        self.country_combo.setCurrentIndex(index)
        self.city_edit.setText(initial.city)
        self.venue_edit.setText(initial.venue)
        self.organiser_edit.setText(initial.organiser)
        self.description_edit.setPlainText(initial.description)
        self._set_zone(initial.tzid)
        country_zone = self._country_zone(initial.country)
        self._zone_set_by_hand = not self.is_new and bool(country_zone) and country_zone != initial.tzid

        self.precision_combo.setCurrentIndex(self.precision_combo.findData(initial.precision.value))
        self.part_combo.setCurrentIndex(max(0, self.part_combo.findData(initial.period_part.value if initial.period_part else "")))
        self.all_day_check.setChecked(initial.all_day)
        tz = zone(initial.tzid)
        if isinstance(initial.start, datetime) and isinstance(initial.end, datetime):
            start, end = initial.start.astimezone(tz), initial.end.astimezone(tz)
            self._set_date(self.start_date_edit, start.date())
            self.start_time_edit.setTime(QTime(start.hour, start.minute))
            self._set_date(self.end_date_edit, end.date())
            self.end_time_edit.setTime(QTime(end.hour, end.minute))
        else:
            self._set_date(self.start_date_edit, initial.start)  # type: ignore[arg-type]
            self._set_date(self.end_date_edit, initial.end - timedelta(days=1))  # type: ignore[operator]
            self.start_time_edit.setTime(QTime(10, 0))
            self.end_time_edit.setTime(QTime(11, 0))
        anchor = initial.local_start_date()
        if initial.precision is Precision.UNDATED:  # no date to show: offer the day it was recorded
            anchor = initial.created.date()
            self._set_date(self.start_date_edit, anchor)
            self._set_date(self.end_date_edit, anchor)
        self.period_year_spin.setValue(anchor.year)
        self.period_month_combo.setCurrentIndex(anchor.month - 1)
        self.period_quarter_combo.setCurrentIndex((anchor.month - 1) // 3)
        self._load_rule(initial.rrule or "", anchor)
        self._last_start = self._start_naive()

        self.history_list.clear()
        for change in initial.history:
            item = QListWidgetItem(change.summary())
            if change.changed_by:
                item.setToolTip(f"Recorded by {change.changed_by} on {change.changed_at:%d %b %Y}")
            self.history_list.addItem(item)
        if not initial.history:
            placeholder = QListWidgetItem("No change of date, place or format has been recorded.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history_list.addItem(placeholder)
        if self.history_tab_index >= 0 and initial.history:
            self.tabs.setTabText(self.history_tab_index, f"&History ({len(initial.history)})")
        show_beginning(self.title_edit, self.city_edit, self.venue_edit, self.organiser_edit, self.rrule_edit)
        self._connect_fields()

    def _load_rule(self, rule: str, anchor: date) -> None:
        parts = _rule_parts(rule)
        count = parts.pop("COUNT", None)
        until = parts.pop("UNTIL", None)
        base = ";".join(f"{key}={value}" for key, value in parts.items())
        preset = next((i for i, (_label, text) in enumerate(REPEAT_PRESETS) if text == base), REPEAT_CUSTOM)
        self.repeat_combo.setCurrentIndex(REPEAT_NONE if not base else preset)
        self.rrule_edit.setText(base)
        self.count_spin.setValue(int(count) if count and count.isdigit() else 3)
        until_day = _parse_until(until) if until else None
        self._set_date(self.until_date_edit, until_day or date(anchor.year + 1, anchor.month, min(anchor.day, 28)))
        self.repeat_end_combo.setCurrentIndex(END_AFTER if count else END_UNTIL if until else END_NEVER)

    def _connect_fields(self) -> None:
        for edit in (self.title_edit, self.city_edit, self.venue_edit, self.rrule_edit, self.reason_edit):
            edit.textChanged.connect(self._refresh_dependent)
        for combo in (self.category_combo, self.status_combo, self.mode_combo, self.precision_combo, self.part_combo,
                      self.period_month_combo, self.period_quarter_combo, self.repeat_end_combo):
            combo.currentIndexChanged.connect(self._refresh_dependent)
        self.repeat_combo.currentIndexChanged.connect(self._on_repeat_preset)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self.zone_combo.currentTextChanged.connect(self._refresh_dependent)
        # Only the user's own choice of zone stops the country from setting it.
        self.zone_combo.activated.connect(self._on_zone_chosen)
        combo_line_edit(self.zone_combo).textEdited.connect(self._on_zone_chosen)
        self.all_day_check.toggled.connect(self._refresh_dependent)
        self.period_year_spin.valueChanged.connect(self._refresh_dependent)
        self.count_spin.valueChanged.connect(self._refresh_dependent)
        self.until_date_edit.dateChanged.connect(self._refresh_dependent)
        self.start_date_edit.dateChanged.connect(self._on_start_changed)
        self.start_time_edit.timeChanged.connect(self._on_start_changed)
        self.end_date_edit.dateChanged.connect(self._refresh_dependent)
        self.end_time_edit.timeChanged.connect(self._refresh_dependent)

    # -- reactions -----------------------------------------------------------------

    def _on_zone_chosen(self, *_args: object) -> None:
        self._zone_set_by_hand = True

    def _on_country_changed(self) -> None:
        if not self._loading and not self._zone_set_by_hand:
            tzid = self._country_zone(self.country_combo.currentData() or "")
            if tzid:
                self._set_zone(tzid)
        self._refresh_dependent()

    def _on_start_changed(self) -> None:
        """Move the end with the start, keeping the duration, as calendar apps do."""
        new_start = self._start_naive()
        if not self._loading and self._last_start is not None and new_start != self._last_start:
            new_end = self._end_naive() + (new_start - self._last_start)
            for widget in (self.end_date_edit, self.end_time_edit):
                widget.blockSignals(True)
            self._set_date(self.end_date_edit, new_end.date())
            self.end_time_edit.setTime(QTime(new_end.hour, new_end.minute))
            for widget in (self.end_date_edit, self.end_time_edit):
                widget.blockSignals(False)
        self._last_start = new_start
        self._refresh_dependent()

    def _on_repeat_preset(self) -> None:
        index = self.repeat_combo.currentIndex()
        if index != REPEAT_CUSTOM:
            self.rrule_edit.setText(REPEAT_PRESETS[index][1])
        elif not self.rrule_edit.text().strip():
            self.rrule_edit.setText("FREQ=WEEKLY;INTERVAL=2")
        self._refresh_dependent()

    def _refresh_dependent(self, *_args: object) -> None:
        """Show or hide the fields that depend on others and update the previews."""
        if self._loading:
            return
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
        self.start_label.setText("S&tarts:" if not all_day else "&First day:")
        self.end_label.setText("E&nds:" if not all_day else "&Last day:")
        if precision in PERIODS:
            first, end = self._period_window()
            self.period_label.setText(f"{first:%-d %b} – {end - timedelta(days=1):%-d %b %Y}")

        index = self.repeat_combo.currentIndex()
        repeats = index != REPEAT_NONE
        self.rrule_edit.setVisible(repeats)
        self.rrule_edit.setReadOnly(index != REPEAT_CUSTOM)
        self.repeat_end_label.setVisible(repeats)
        self.repeat_end_combo.setVisible(repeats)
        self.count_spin.setVisible(repeats and self.repeat_end_combo.currentIndex() == END_AFTER)
        self.until_date_edit.setVisible(repeats and self.repeat_end_combo.currentIndex() == END_UNTIL)
        self.rule_preview_label.setVisible(repeats)
        self.rule_preview_label.setText(self.rule_preview())

        needs_reason = self.needs_reason()
        self.reason_label.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        self.local_time_label.setText(self.local_time_text())
        self._show_conflicts()
        if self.error_label.isVisible():
            self.show_error(None)

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
                names = [f"{o.event.title} ({o.event.city})" if o.event.city else o.event.title for o in clashes[:3]]
                more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
                text = "Also at this time: " + "; ".join(names) + more
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
        self._set_date(self.start_date_edit, choice.first)  # the end follows, keeping the length
        if to_date(self.end_date_edit.date()) < choice.last:
            self._set_date(self.end_date_edit, choice.last)
        if self.needs_reason() and not self.reason_edit.text().strip():
            self.reason_edit.setText(choice.reason)

    # -- reading the fields ----------------------------------------------------------

    def precision(self) -> Precision:
        return Precision(self.precision_combo.currentData())

    def period_part(self) -> PeriodPart | None:
        data = self.part_combo.currentData()
        return PeriodPart(data) if data else None

    def mode(self) -> Mode:
        return Mode(self.mode_combo.currentData())

    def zone_id(self) -> str:
        return self.zone_combo.currentText().strip()

    def rule_text(self) -> str:
        """The RRULE the fields describe ('' when the event does not repeat)."""
        if self.repeat_combo.currentIndex() == REPEAT_NONE:
            return ""
        parts = _rule_parts(self.rrule_edit.text())
        if not parts:
            return ""
        if "COUNT" not in parts and "UNTIL" not in parts:
            if self.repeat_end_combo.currentIndex() == END_AFTER:
                parts["COUNT"] = str(self.count_spin.value())
            elif self.repeat_end_combo.currentIndex() == END_UNTIL:
                until = to_date(self.until_date_edit.date())
                # RFC 5545: UNTIL is a date for all-day events and a UTC time otherwise.
                parts["UNTIL"] = f"{until:%Y%m%d}" if self.all_day_check.isChecked() else f"{until:%Y%m%d}T235959Z"
        return ";".join(f"{key}={value}" for key, value in parts.items())

    def rule_preview(self) -> str:
        rule = self.rule_text()
        if not rule:
            return ""
        try:
            start, _end = self._moments()
            text = describe_rule(rule, start)
        except ValidationError as exc:
            return f"Cannot read this rule: {exc}"
        return text[:1].upper() + text[1:]

    def needs_reason(self) -> bool:
        """Whether the edit moves a published event's date, place or format (then a reason is asked).

        Published: planned, confirmed, held or postponed, and not created in this session of the app
        (``fresh``): an event made minutes ago is adjusted freely; a proposal never needs a reason.
        """
        if self.is_new or self._fresh or self.initial is None or self.initial.status not in RESCHEDULE_STATUSES:
            return False
        try:
            start, end = self._moments()
        except ValidationError:
            return False
        before = self.initial
        return (
            not _same_moment(start, before.start)
            or not _same_moment(end, before.end)
            or self.city_edit.text().strip() != before.city
            or (self.country_combo.currentData() or "") != before.country
            or self.venue_edit.text().strip() != before.venue
            or self.mode() is not before.mode
        )

    def local_time_text(self) -> str:
        """'Venue local time: …' for the event as the fields stand."""
        if self.precision() is not Precision.DAY:
            first, end = self._moments()
            period = describe_period(self.precision(), first, self.period_part(), end - timedelta(days=1))  # type: ignore[arg-type, operator]
            return f"Venue local time: {period} — date to be confirmed"
        try:
            start, end = self._moments()
            zone(self.zone_id())
        except ValidationError as exc:
            return f"Venue local time: — ({exc})"
        place = self.city_edit.text().strip() or self.zone_id()
        if isinstance(start, datetime) and isinstance(end, datetime):
            text = f"Venue local time: {_span(start, end)} in {place} ({utc_offset_label(self.zone_id(), start)})"
            if self.display_tz != self.zone_id():
                shown = zone(self.display_tz)
                text += f" · {_span(start.astimezone(shown), end.astimezone(shown))} in {_zone_city(self.display_tz)}"
            return text
        last = end - timedelta(days=1)
        days = f"{start:%a} {start.day} {start:%b %Y}" if last == start else (
            f"{start:%a} {start.day} {start:%b} – {last:%a} {last.day} {last:%b %Y}")
        return f"Venue local time: all day, {days} in {place}"

    def _start_naive(self) -> datetime:
        return datetime.combine(to_date(self.start_date_edit.date()), to_time(self.start_time_edit.time()))

    def _end_naive(self) -> datetime:
        return datetime.combine(to_date(self.end_date_edit.date()), to_time(self.end_time_edit.time()))

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
            first = to_date(self.start_date_edit.date())
            last = to_date(self.end_date_edit.date())
            return first, last + timedelta(days=1)
        tz = zone(self.zone_id())
        return self._start_naive().replace(tzinfo=tz), self._end_naive().replace(tzinfo=tz)

    # -- result --------------------------------------------------------------------

    def value(self) -> EventEdit:
        """Return the edited event (validated) and the reason for a move; raise ValidationError if invalid."""
        title = self.title_edit.text().strip()
        if not title:
            raise ValidationError("Enter a title for the event.")
        tzid = self.zone_id()
        zone(tzid)
        start, end = self._moments()
        precision = self.precision()
        fields = {
            "title": title,
            "category": Category(self.category_combo.currentData()),
            "start": start,
            "end": end,
            "tzid": tzid,
            "precision": precision,
            "period_part": self.period_part() if precision in PERIODS else None,
            "city": self.city_edit.text().strip(),
            "country": self.country_combo.currentData() or "",
            "venue": self.venue_edit.text().strip(),
            "mode": self.mode(),
            "status": EventStatus(self.status_combo.currentData()),
            "organiser": self.organiser_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "rrule": self.rule_text() or None,
        }
        event = Event(**fields) if self.initial is None else replace(self.initial, **fields)
        if event.rrule != (self.initial.rrule if self.initial else None):
            event.exdates = []  # left-out occurrences belong to the old rule
        event.validate()
        reason = None
        if self.needs_reason():
            reason = self.reason_edit.text().strip()
            if not reason:
                raise ValidationError("Give a reason for the change of date, place or format; it is kept in the history.")
        return EventEdit(event, reason)

    def show_error(self, message: str | None) -> None:
        """Say what is wrong (nothing for None) and mark the fields it is about."""
        self.error_label.setText(_sentence(message) if message else "")
        self.error_label.setVisible(bool(message))
        text = (message or "").lower()
        marks = {
            self.title_edit: "title" in text,
            self.end_date_edit: "end" in text or "last day" in text,
            self.end_time_edit: "end" in text,
            self.reason_edit: "reason" in text,
            self.rrule_edit: "rule" in text,
            self.zone_combo: "zone" in text,
        }
        for widget, bad in marks.items():
            widget.setStyleSheet(INVALID_STYLE if bad else "")
        if self.title_edit.styleSheet() or self.reason_edit.styleSheet():
            self.tabs.setCurrentIndex(0)

    def accept(self) -> None:
        """Close on valid input; with a ``save`` hook, only once it saved (else stay open, nothing lost)."""
        if self._save is None:
            super().accept()
            return
        try:
            edit = self.value()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        problem = self._save(edit)
        if problem:
            self.show_error(problem)
            return
        self.saved = True
        super().accept()

    @classmethod
    def get_event(
        cls,
        parent: QWidget | None,
        initial: Event | None,
        countries: list[Country],
        **options: Any,
    ) -> EventEdit | None:
        """Show the editor; return the edit (event + reason for a move), or None when cancelled."""
        dialog = cls(initial, countries, parent, **options)
        return run_for_value(dialog)

    # -- helpers ---------------------------------------------------------------------

    def _country_zone(self, code: str) -> str | None:
        return next((c.tzid for c in self.countries if c.code == code), None) if code else None

    def _set_zone(self, tzid: str) -> None:
        index = self.zone_combo.findText(tzid)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(tzid)

    @staticmethod
    def _set_date(edit: QDateEdit, day: date) -> None:
        edit.setDate(QDate(day.year, day.month, day.day))


def _template(default_start: date | datetime, display_tz: str) -> Event:
    """A blank new event starting at ``default_start`` (a day → all-day; a display-zone wall time → one hour)."""
    if isinstance(default_start, datetime):
        start = default_start.replace(tzinfo=zone(display_tz), second=0, microsecond=0)
        return Event(title="", category=Category.EXPERT_MEETING, start=start, end=start + timedelta(hours=1),
                     tzid=display_tz)
    return Event(title="", category=Category.EXPERT_MEETING, start=default_start,
                 end=default_start + timedelta(days=1))


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (&X) focuses ``widget``."""
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    return label


def _add_pair_row(form: QFormLayout, first: tuple[str, QWidget, int], second: tuple[str, QWidget, int]) -> None:
    """Add a form row holding two labelled fields side by side; each is (label, field, stretch)."""
    (first_text, first_field, first_stretch), (second_text, second_field, second_stretch) = first, second
    row = QHBoxLayout()
    row.addWidget(first_field, first_stretch)
    row.addWidget(_buddy(second_text, second_field))
    row.addWidget(second_field, second_stretch)
    form.addRow(_buddy(first_text, first_field), row)


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setMinimumWidth(150)
    return edit


def _time_edit(parent: QWidget, name: str) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def _chip(category: Category) -> QIcon:
    from cica_planner.ui.models.filter_model import colour_chip
    from cica_planner.ui.style import category_colour

    return colour_chip(QColor(category_colour(category)))


def _rule_parts(rule: str) -> dict[str, str]:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if "=" in piece:
            key, value = piece.split("=", 1)
            parts[key.strip().upper()] = value.strip()
        elif piece.strip():
            parts[piece.strip().upper()] = ""  # kept, so that parsing reports it
    return parts


def _parse_until(text: str) -> date | None:
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except (ValueError, IndexError):
        return None


def _same_moment(a: Moment, b: Moment) -> bool:
    if isinstance(a, datetime) != isinstance(b, datetime):
        return False
    return a == b


def _span(start: datetime, end: datetime) -> str:
    if start.date() == end.date():
        return f"{start:%a} {start.day} {start:%b %Y}, {start:%H:%M}–{end:%H:%M}"
    return f"{start:%a} {start.day} {start:%b} {start:%H:%M} – {end:%a} {end.day} {end:%b %Y} {end:%H:%M}"


def _zone_city(tzid: str) -> str:
    return "Astana" if tzid == HOME_ZONE else tzid.rsplit("/", 1)[-1].replace("_", " ")


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."

