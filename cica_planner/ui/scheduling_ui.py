"""The scheduling assistant in the main window: holiday marks of the views, the sidebar's
Holidays page, Find a Date, the blackout list, and the editor's live warnings.

The main window creates one :class:`SchedulingUi` and calls it from three hooks (refresh, the
editor's options and its menus); everything else lives here.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Event, Precision
from cica_planner.services.scheduling.country_sets import CountrySet, chosen_countries
from cica_planner.services.scheduling.holiday_calendar import member_states, shared_calendar
from cica_planner.ui.holiday_marks import HolidayMarks
from cica_planner.ui.widgets.holiday_panel import HolidayPanel, MarkChoice

if TYPE_CHECKING:  # the dialogs and the checks are imported when first used: the first paint needs only the marks
    from cica_planner.services.scheduling.service import SchedulingService
    from cica_planner.services.scheduling.warnings import ScheduleWarning
    from cica_planner.ui.dialogs.find_date_dialog import DateChoice
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.views.base import CalendarView

log = logging.getLogger(__name__)
SETTINGS_KEY = "holiday_marks"


class SchedulingUi(QObject):
    """Holds the marks the views share and the scheduling actions of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.calendar = shared_calendar()
        self._marks: HolidayMarks | None = None
        self._marks_key: tuple | None = None
        self._add_panel(MarkChoice.from_values(window.settings.filter_values(SETTINGS_KEY)))
        #: Find a Date and Blackout Periods: made by add_actions, once the window has its services.
        self.find_date_action: QAction | None = None
        self.blackouts_action: QAction | None = None
        self.retranslate_ui()
        window.add_retranslation(self.retranslate_ui)

    def add_actions(self) -> None:
        """Put Find a Date and Blackout Periods at the end of the Edit menu (they need the window's services)."""
        window = self.window
        self.find_date_action = QAction(window)
        self.find_date_action.setObjectName("find_date_action")
        self.find_date_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.find_date_action.triggered.connect(self.find_date)
        self.blackouts_action = QAction(window)
        self.blackouts_action.triggered.connect(self.edit_blackouts)
        self._name_actions()
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.find_date_action)
        window.edit_menu.addAction(self.blackouts_action)

    @property
    def service(self) -> SchedulingService:
        """The window's scheduling service, asked for when used: the first paint comes before the services (app.py)."""
        return self.window.services.scheduling

    def _add_panel(self, choice: MarkChoice) -> None:
        """The Holidays panel in the window's sidebar (a language switch gives the window a new sidebar)."""
        self.panel = HolidayPanel(member_states(), self.window.sidebar)
        self.panel.set_choice(choice)
        self.window.sidebar.filter_box.addItem(self.panel, "")
        self.panel.changed.connect(self._on_choice_changed)

    def retranslate_ui(self) -> None:
        """Name the Holidays panel and the scheduling actions in the chosen language."""
        if self.panel.parent() is not self.window.sidebar and not self.window.sidebar.isAncestorOf(self.panel):
            self._add_panel(self.panel.choice())
        box = self.window.sidebar.filter_box
        box.setItemText(box.indexOf(self.panel), self.tr("Holidays"))
        self._name_actions()

    def _name_actions(self) -> None:
        if self.find_date_action is None or self.blackouts_action is None:
            return
        self.find_date_action.setText(self.tr("Find a &Date…"))
        self.find_date_action.setStatusTip(self.tr("Rank dates for a meeting by holidays, weekends, Ramadan and other "
                                                   "meetings; with an event selected, move it"))
        self.blackouts_action.setText(self.tr("&Blackout Periods…"))
        self.blackouts_action.setStatusTip(self.tr("Edit the periods Find a Date avoids (UNGA high-level week, your own)"))

    # -- marks of the views --

    def marks_for(self, day: date) -> HolidayMarks | None:
        """The marks of the chosen countries on ``day`` (the troika is the one of that day)."""
        choice = self.panel.choice()
        if choice.kind == "off":
            return None
        try:
            if choice.kind != "troika":
                countries = chosen_countries(choice.country_set(), choice.host)
            elif self.window.services_ready():
                countries = self.service.countries(choice.country_set(), choice.host, day)
            else:  # the troika is read from the register once the services are there, right after the first paint
                countries = (choice.host,)
        except PlannerError as error:
            log.warning("cannot tell the troika: %s", error)
            countries = (choice.host,)
        key = (choice.host, countries)
        if key != self._marks_key:
            self._marks, self._marks_key = HolidayMarks(self.calendar, countries, choice.host), key
        return self._marks

    def mark(self, view: CalendarView) -> None:
        """Give ``view`` the marks of its page (called before it lays out its events)."""
        first, end = view.visible_range()
        marks = self.marks_for(view.anchor_date())
        view.holiday_marks = marks
        notes = self.calendar.gap_notes(marks.countries, first, end - timedelta(days=1)) if marks is not None else []
        self.panel.set_note("\n".join(notes))

    def _on_choice_changed(self) -> None:
        self.window.settings.set_filter_values(SETTINGS_KEY, self.panel.choice().to_values())
        self.panel.set_note("")
        self.window.refresh()

    # -- the editor's live warnings --

    def editor_options(self) -> dict[str, Any]:
        """What the event editor needs to warn as dates change."""
        return {"schedule_check": self.check_event, "show_day": self.window.go_to_date, "find_date": self.find_for_editor}

    def find_for_editor(self, event: Event) -> DateChoice | None:
        """Find a Date for the event in the editor; the editor takes the days (a move: with a reason)."""
        from cica_planner.ui.dialogs.find_date_dialog import FindDateDialog

        window = self.window
        return FindDateDialog.get_choice(window, self.service, window._countries, today=window.today(),
                                         event=event, start=event.local_start_date(), for_editor=True)

    def check_event(self, event: Event) -> list[ScheduleWarning]:
        from cica_planner.services.scheduling.service import MAX_MEETING_DAYS
        from cica_planner.services.scheduling.warnings import warning_lines

        if event.precision is not Precision.DAY:
            return []
        first, last = event.local_start_date(), event.local_end_date()
        if (last - first).days >= MAX_MEETING_DAYS:
            return []
        host = event.country if event.country in member_states() else ""
        # Every Member State attends a CICA meeting, whichever countries the views happen to mark.
        assessment = self.service.check(category=event.category, host=host, first=first, last=last,
                                        countries=CountrySet("all"), today=self.window.today(),
                                        exclude_uid=event.uid or None)
        return warning_lines(assessment)

    # -- find a date --

    def find_date(self) -> None:
        """Rank dates; create the meeting on the chosen days, or move the selected event there."""
        from cica_planner.ui.dialogs.find_date_dialog import FindDateDialog

        window = self.window
        event = window._fetch(window.selected_uid()) if window.selected_uid() else None
        choice = FindDateDialog.get_choice(window, self.service, window._countries, today=window.today(),
                                           event=event, start=window.anchor_date())
        if choice is not None:
            self.apply(choice, event)

    def apply(self, choice: DateChoice, event: Event | None) -> bool:
        """Carry out a choice through the window's undoable commands."""
        from cica_planner.services.scheduling.placing import moved, new_meeting
        from cica_planner.ui.dialogs.event_dialog import EventEdit

        window = self.window
        if event is None:
            host = next((c for c in window._countries if c.code == choice.host), None)
            return window.create_event(new_meeting(choice.title, choice.category, host, choice.first, choice.last))
        return window.apply_edit(event, EventEdit(moved(event, choice.first, choice.last), choice.reason))

    # -- blackout list --

    def edit_blackouts(self) -> None:
        """Edit the blackout list in a table; saving writes the user's own copy of it."""
        from cica_planner.services.scheduling.blackouts import load_blackouts, save_blackouts, user_blackouts_path
        from cica_planner.ui.dialogs.blackout_dialog import BlackoutDialog

        window = self.window
        try:
            entries = load_blackouts()
        except PlannerError as error:
            window.show_error(self.tr("{error}. Correct or remove {path} to start again from the shipped list.").format(
                error=error, path=user_blackouts_path()))
            return
        chosen = BlackoutDialog.get_entries(window, entries, today=window.today(),
                                            path_text=self.tr("Saved in {path}").format(path=user_blackouts_path()))
        if chosen is None:
            return
        try:
            path = save_blackouts(chosen)
        except (OSError, PlannerError) as error:
            window.show_error(self.tr("The blackout periods were not saved: {reason}").format(
                reason=getattr(error, "strerror", None) or error))
            return
        self.service.reload_blackouts()
        window.statusBar().showMessage(self.tr("Blackout periods saved ({count}): {path}").format(
            count=len(chosen), path=path), 8000)
