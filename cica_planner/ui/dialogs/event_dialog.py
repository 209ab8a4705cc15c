"""The event editor: every field of an event, validated inline, with history and checklist tabs.

``EventDialog(initial, countries, parent)`` edits a copy of ``initial`` (None for a new
event); ``value()`` returns an :class:`EventEdit` — the edited event plus, when its date,
place or format moved while it was planned/confirmed/held/postponed, the reason the user
gave. ``EventDialog.get_event(...)`` wraps ``exec()`` and returns that ``EventEdit`` or None.

The sections live in their own modules: When (``event_when``), Repeat (``event_repeat``),
History and the reason for a move (``event_history``); the shared field helpers in
``event_fields``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import system_clock
from cica_planner.domain.edits import RESCHEDULE_STATUSES
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import (
    Category,
    Country,
    Event,
    EventStatus,
    Mode,
    Occurrence,
    zone,
)
from cica_planner.domain.outcome import needs_outcome
from cica_planner.i18n.terms import category_label, country_name, mode_label, status_label
from cica_planner.ui.dialogs.common import ValidatingDialog, keep_contents_whole, run_for_value, show_beginning
from cica_planner.ui.dialogs.event_fields import (
    ERROR_STYLE,
    INVALID_STYLE,
    add_pair_row,
    category_chip,
    sentence,
)
from cica_planner.ui.dialogs.event_history import EventHistorySection
from cica_planner.ui.dialogs.event_repeat import REPEAT_CUSTOM, REPEAT_NONE, REPEAT_PRESETS, EventRepeatSection
from cica_planner.ui.dialogs.event_when import DAY_FIELDS, PERIODS, EventWhenSection
from cica_planner.ui.dialogs.problems import translated_problem
from cica_planner.ui.dialogs.task_dialog import TaskDialog
from cica_planner.ui.qt_items import combo_line_edit
from cica_planner.ui.settings import DEFAULT_DISPLAY_TZ

__all__ = ["DAY_FIELDS", "PERIODS", "REPEAT_CUSTOM", "REPEAT_NONE", "REPEAT_PRESETS", "RESCHEDULE_STATUSES",
           "EventDialog", "EventEdit"]


@dataclass(frozen=True)
class EventEdit:
    """What the editor gives back: the edited event and, for a move, the reason for it."""

    event: Event
    reschedule_reason: str | None = None


class EventDialog(EventWhenSection, EventRepeatSection, EventHistorySection, ValidatingDialog):
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
        self.setWindowTitle(self.tr("New Event") if initial is None or self.is_new
                            else self.tr("Edit Event — {title}").format(title=initial.title))
        self.setMinimumWidth(640)
        self._build(checklists)
        self._load(initial, default_start)
        self._loading = False
        self._refresh_dependent()
        keep_contents_whole(self)  # the Checklist tab and Russian labels need more than 640 pixels

    # -- building ------------------------------------------------------------------

    def _build(self, checklists: Any) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self._build_details(), self.tr("&Event"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setPlaceholderText(self.tr("Agenda, participants, references, outcome…"))
        self.tabs.addTab(self.description_edit, self.tr("&Description"))
        self._build_history(self)
        self.checklist_tab_index = -1
        if checklists is not None and self.initial is not None and not self.is_new:
            # Imported here: the panel belongs to the checklists feature and is only needed with it.
            from cica_planner.ui.widgets.checklist_panel import ChecklistPanel

            self.checklist_panel = ChecklistPanel(checklists, self, today=self._today, undo_stack=self._undo_stack,
                                                  edit_task=TaskDialog.edit)
            self.checklist_panel.set_event(self.initial.uid)
            self.checklist_tab_index = self.tabs.addTab(self.checklist_panel, self.tr("Chec&klist"))

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create") if self.is_new else self.tr("Save"))
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
        self.title_edit.setPlaceholderText(self.tr("e.g. 7th CICA Ministerial Council"))
        general.addRow(self.tr("&Title:"), self.title_edit)
        self.category_combo = QComboBox(page)
        self.category_combo.setObjectName("category_combo")
        for category in Category:
            self.category_combo.addItem(category_chip(category), category_label(category), category.value)
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("status_combo")
        for status in EventStatus:
            self.status_combo.addItem(status_label(status), status.value)
        add_pair_row(general, (self.tr("&Category:"), self.category_combo, 2), (self.tr("&Status:"), self.status_combo, 1))
        outer.addLayout(general)

        outer.addWidget(self._build_when(page))
        outer.addWidget(self._build_where(page))
        outer.addWidget(self._build_repeat(page))

        self._build_reason(page)
        reason_row = QFormLayout()
        reason_row.addRow(self.reason_label, self.reason_edit)
        outer.addLayout(reason_row)
        outer.addStretch(1)
        return page

    def _build_where(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Where"), page)
        form = QFormLayout(box)
        self.mode_combo = QComboBox(box)
        self.mode_combo.setObjectName("mode_combo")
        for mode in Mode:
            self.mode_combo.addItem(mode_label(mode), mode.value)
        self.country_combo = QComboBox(box)
        self.country_combo.setObjectName("country_combo")
        self.country_combo.addItem("—", "")
        for country in self.countries:
            self.country_combo.addItem(f"{country_name(country.code, country.name)} ({country.code})", country.code)
        add_pair_row(form, (self.tr("C&ountry:"), self.country_combo, 2), (self.tr("F&ormat:"), self.mode_combo, 1))
        self.city_edit = QLineEdit(box)
        self.city_edit.setObjectName("city_edit")
        self.venue_edit = QLineEdit(box)
        self.venue_edit.setObjectName("venue_edit")
        self.venue_edit.setPlaceholderText(self.tr("Building or hall"))
        add_pair_row(form, (self.tr("C&ity:"), self.city_edit, 1), (self.tr("&Venue:"), self.venue_edit, 2))
        self.organiser_edit = QLineEdit(box)
        self.organiser_edit.setObjectName("organiser_edit")
        form.addRow(self.tr("Or&ganiser:"), self.organiser_edit)
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
            self.status_combo.setItemText(current, self.tr("Outcome to confirm"))
            self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.status_combo.setMinimumWidth(self.status_combo.sizeHint().width())  # the longer label stays whole
            status = status_label(initial.status)
            self.status_combo.setToolTip(self.tr("Recorded as {status}, but the event is over: record whether it was "
                                                 "held, postponed or cancelled.").format(status=status[:1].lower() + status[1:]))
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

        anchor = self._load_when(initial)
        self._load_rule(initial.rrule or "", anchor)
        self._last_start = self._start_naive()
        self._load_history(initial)
        show_beginning(self.title_edit, self.city_edit, self.venue_edit, self.organiser_edit, self.rrule_edit)
        self._connect_fields()

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

    def _refresh_dependent(self, *_args: object) -> None:
        """Show or hide the fields that depend on others and update the previews."""
        if self._loading:
            return
        self._refresh_when()
        self._refresh_repeat()
        needs_reason = self.needs_reason()
        self.reason_label.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        self.local_time_label.setText(self.local_time_text())
        self._show_conflicts()
        if self.error_label.isVisible():
            self.show_error(None)

    # -- reading the fields ----------------------------------------------------------

    def mode(self) -> Mode:
        return Mode(self.mode_combo.currentData())

    # -- result --------------------------------------------------------------------

    def value(self) -> EventEdit:
        """Return the edited event (validated) and the reason for a move; raise ValidationError if invalid."""
        title = self.title_edit.text().strip()
        if not title:
            raise ValidationError(self.tr("Enter a title for the event."))
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
        return EventEdit(event, self.reason_for_edit())

    def show_error(self, message: str | None) -> None:
        """Say what is wrong (nothing for None) and mark the fields it is about."""
        self.error_label.setText(sentence(translated_problem(message)) if message else "")
        self.error_label.setVisible(bool(message))
        marks = self._fields_named_in(message or "")
        for widget, bad in marks.items():
            widget.setStyleSheet(INVALID_STYLE if bad else "")
        if self.title_edit.styleSheet() or self.reason_edit.styleSheet():
            self.tabs.setCurrentIndex(0)

    def _fields_named_in(self, message: str) -> dict[QWidget, bool]:
        """The fields a message is about, found by the words of the message in either language."""
        text = message.lower()

        def names(*words: str) -> bool:
            return any(word.lower() in text for word in words if word)

        end_words = ("end", "last day", self.tr("end", "word in a message about the end"),
                     self.tr("last day", "words in a message about the last day"))
        return {
            self.title_edit: names("title", self.tr("title", "word in a message about the title")),
            self.end_date_edit: names(*end_words),
            self.end_time_edit: names(end_words[0], end_words[2]),
            self.reason_edit: names("reason", self.tr("reason", "word in a message about the reason")),
            self.rrule_edit: names("rule", self.tr("rule", "word in a message about the repeat rule")),
            self.zone_combo: names("zone", self.tr("zone", "word in a message about the time zone")),
        }

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


def _template(default_start: date | datetime, display_tz: str) -> Event:
    """A blank new event starting at ``default_start`` (a day → all-day; a display-zone wall time → one hour)."""
    if isinstance(default_start, datetime):
        start = default_start.replace(tzinfo=zone(display_tz), second=0, microsecond=0)
        return Event(title="", category=Category.EXPERT_MEETING, start=start, end=start + timedelta(hours=1),
                     tzid=display_tz)
    return Event(title="", category=Category.EXPERT_MEETING, start=default_start,
                 end=default_start + timedelta(days=1))
