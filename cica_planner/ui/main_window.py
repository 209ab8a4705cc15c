"""The main window: calendar views, sidebar, menus, toolbar, undo stack — and ALL the signal wiring.

The window is built from the services it is given (no database access of its own). Widgets
emit intent signals; ``MainWindow._connect_signals`` is the one place that connects them.
Every change goes through an undoable command (``ui/commands.py``) and is saved at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Country, Event, Moment, Occurrence, zone
from cica_planner.domain.wording import counted
from cica_planner.services.occurrence_lists import OccurrenceFilter, OccurrenceList
from cica_planner.services.quick_start import QuickCalendar
from cica_planner.ui import style
from cica_planner.ui.clock_support import DayWatcher
from cica_planner.ui.commands import (
    CreateEvent,
    DeleteEvent,
    DeleteOccurrence,
    EditEvent,
    PlannerCommand,
    push_command,
    redo_step,
    undo_step,
)
from cica_planner.ui.desk_window import DeskMixin
from cica_planner.ui.dialogs.delete_dialog import DeleteChoice, DeleteDialog
from cica_planner.ui.dialogs.event_dialog import EventDialog, EventEdit
from cica_planner.ui.dialogs.goto_dialog import GotoDialog
from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog
from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog, zone_countries
from cica_planner.ui.display_zone import DisplayZone
from cica_planner.ui.lazy_pages import LazyPages
from cica_planner.ui.month_note import month_note
from cica_planner.ui.pages import Page, ShowsEvents
from cica_planner.ui.settings import AppSettings, describe_zone_range, zone_place_name
from cica_planner.ui.small_screens import frame_page
from cica_planner.ui.views.agenda_view import AgendaView
from cica_planner.ui.views.base import CalendarView
from cica_planner.ui.views.month_view import MonthView
from cica_planner.ui.views.week_view import WeekView
from cica_planner.ui.views.year_view import YearView
from cica_planner.ui.widgets.sidebar import FILTER_NAMES, Sidebar

if TYPE_CHECKING:  # the services are imported when the window gets them: the first paint comes before SQLAlchemy (app.py)
    from cica_planner.services.confirming import ConfirmingService
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.team_session import TeamSession

log = logging.getLogger(__name__)

APP_TITLE = "CICA Planner"

#: Additions to the shared stylesheet for the window's own parts (title, accent button, status bar).
WINDOW_STYLE = f"""
QLabel#view_title {{ font-size: 15pt; font-weight: 600; color: {style.TEXT}; }}
QToolButton#previous_button, QToolButton#next_button {{ font-size: 15pt; padding: 0 8px; color: {style.MUTED_TEXT}; }}
QToolButton#new_event_button {{ background: {style.ACCENT}; color: white; border-color: {style.ACCENT}; font-weight: 600; }}
QToolButton#new_event_button:hover {{ background: #245d99; }}
QStatusBar QLabel {{ padding: 0 10px; color: {style.MUTED_TEXT}; }}
QToolBar QToolButton {{ padding: 4px 7px; }}
QToolButton#qt_toolbar_ext_button {{ min-width: 20px; padding: 0; qproperty-icon: url("{{chevron}}"); }}
QStatusBar::item {{ border: none; }}
QLabel#read_only_bar {{ background: #fff4c2; color: #5c4400; border-bottom: 1px solid #e8d48b; padding: 6px 12px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 20px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{ image: url("{{chevron}}"); width: 12px;
    height: 12px; }}
"""


@dataclass(frozen=True)
class PageSpec:
    """One entry of the view switcher."""

    key: str
    label: str
    shortcut: str
    calendar: bool  # a CalendarView (dates, paging) or another page (chairmanship, checklists, ...)


CALENDAR_PAGES = (
    PageSpec("month", "Month", "Ctrl+1", True),
    PageSpec("week", "Week", "Ctrl+2", True),
    PageSpec("day", "Day", "Ctrl+3", True),
    PageSpec("agenda", "Agenda", "Ctrl+4", True),
    PageSpec("year", "Year", "Ctrl+5", True),
)
EXTRA_PAGES = (
    PageSpec("chairmanship", "Chairmanship", "Ctrl+6", False),
    PageSpec("checklists", "Checklists", "Ctrl+7", False),
    PageSpec("dashboard", "Dashboard", "Ctrl+8", False),
)


class MainWindow(DeskMixin, QMainWindow):
    """The CICA Planner window.

    Args:
        planner: the calendar service (every read and write goes through it); or, for a quick
            first paint, a QuickCalendar that answers the reads of the visible page until
            ``take_services`` hands the window its services.
        settings: the stored preferences (display zone, last view and date, layout, filters).
        chairs: the chairmanship service; adds the Chairmanship page and the year view's bands.
        checklists: the checklist service; adds the Checklists and Dashboard pages and the
            editor's Checklist tab.
        db_name: the database file's name, shown in the title bar.
        today: the day taken as today (tests, screenshots): a clock fixed at its noon.
        clock: where "now" and "today" come from (default: the system clock, or the instant
            $CICA_PLANNER_NOW fixes). Today is always the display zone's day.
        read_only: the calendar file cannot be written; a bar at the top says so.
        parent: the parent widget.

    Signals:
        calendar_changed(): an event was created, edited, deleted, imported, undone or redone.
    """

    calendar_changed = Signal()

    # Given by the modules that extend the window: ui/open_calendar.py and ui/team_session.py.
    open_team_action: QAction
    recent_menu: QMenu
    team: TeamSession

    def __init__(
        self,
        planner: PlannerService | QuickCalendar,
        settings: AppSettings,
        *,
        chairs: Any = None,
        checklists: Any = None,
        db_name: str = "",
        today: date | None = None,
        clock: Clock | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Until take_services(), a QuickCalendar stands in: only the reads of the first paint reach it.
        self.planner = cast("PlannerService", planner)
        self.settings = settings
        self.chairs = chairs
        self.checklists = checklists
        self._services_ready = not isinstance(planner, QuickCalendar)
        self.confirming: ConfirmingService | None = _confirming(self.planner) if self._services_ready else None
        self._read_only = read_only
        self.display_zone = DisplayZone(settings.display_tz(), parent=self)
        base_clock = Clock.at_noon(today, self._display_tz) if today is not None else clock or system_clock()
        self.clock = base_clock.in_zone(self._display_tz)
        self._countries = planner.countries()
        # The zones of the countries, named by place ("Astana" for the home zone); read once, as the countries are.
        self._zone_places = {tzid: zone_place_name(tzid) for tzid in zone_countries(self._countries)}
        self.display_zone.set_places(self._zone_places)
        self._selected_uid: str | None = None
        self._occurrences: list[Occurrence] = []
        self._view_key = "month"
        self._anchor = self.today()
        self.undo_stack = QUndoStack(self)
        self.setObjectName("main_window")
        self.setWindowTitle(f"{db_name} — {APP_TITLE}" if db_name else APP_TITLE)  # the file first, as editors do
        self.setWindowIcon(_app_icon())
        self.setMinimumSize(QSize(960, 640))
        self.setStyleSheet(style.APP_STYLESHEET + window_style())

        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._restore_state()
        self._connect_signals()
        self.day_watcher = DayWatcher(self.today, self)
        self.day_watcher.day_changed.connect(self._on_day_changed)
        from cica_planner.ui.scheduling_ui import SchedulingUi

        self.scheduling = SchedulingUi(self)  # holiday marks, Find a Date, the editor's scheduling warnings
        from cica_planner.ui.page_prefetch import NeighbourPages

        self.neighbours = NeighbourPages(lambda *args, **kwargs: self.planner.read_ahead(*args, **kwargs), self)
        self.refresh()

    def services_ready(self) -> bool:
        """Whether the window has its services (false only between a quick first paint and take_services)."""
        return self._services_ready

    def take_services(self, planner: PlannerService, *, chairs: Any = None, checklists: Any = None) -> None:
        """Replace the quick first paint's reader with the services, and show the page again through them.

        The page reads the same rows the same way (services/quick_start.py), so nothing on it moves;
        what the reader could not give (an empty month's note, the troika's holidays) appears now.
        """
        quick = self.planner
        self.planner, self.chairs, self.checklists = planner, chairs, checklists
        self.confirming = _confirming(planner)
        self._services_ready = True
        self.report_action.setEnabled(self.checklists is not None)
        if isinstance(quick, QuickCalendar):
            quick.close()
        self.refresh()

    # =====================================================================================
    # Building
    # =====================================================================================

    def _build_pages(self) -> None:
        self.sidebar = Sidebar(self)
        self._update_country_filter()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("page_stack")
        # Pages are built on first use (ui/lazy_pages.py): the first paint makes only the page shown.
        self.views: LazyPages[CalendarView] = LazyPages({}, self._view_built)
        self.pages: LazyPages[QWidget] = LazyPages({}, self._page_built)
        view_factories = {
            "month": MonthView,
            "week": lambda: WeekView(days=7),
            "day": lambda: WeekView(days=1),
            "agenda": AgendaView,
            "year": YearView,
        }
        for key, factory in view_factories.items():
            self.views.register(key, factory)
            self.pages.register(key, lambda key=key: self.views[key])
        self.page_specs: list[PageSpec] = list(CALENDAR_PAGES)
        self.page_frames: dict[str, QWidget] = {}  # each page as the stack holds it (ui/small_screens.py)
        self._build_extra_pages()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.sidebar.setMinimumWidth(290)  # room for the search results' dates and titles
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([300, 1100])
        # Said once, without blocking: the calendar can still be read, only saving will fail.
        self.read_only_bar = QLabel("This calendar is read-only: changes cannot be saved.", self)
        self.read_only_bar.setObjectName("read_only_bar")
        self.read_only_bar.setVisible(self._read_only)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_extra_pages(self) -> None:
        """Add the pages of the chairmanship and checklists features when their services are given.

        Each page has refresh() and an ``event_activated(str)`` signal. The pages write through the
        window's undo stack, so their changes refresh the window like any other change.
        """
        pages: Any = self.pages
        if self.chairs is not None:
            def chairmanship() -> QWidget:
                from cica_planner.ui.views.chairmanship_view import ChairmanshipView

                return ChairmanshipView(self.chairs, clock=self.clock, undo_stack=self.undo_stack)

            pages.register("chairmanship", chairmanship)
        if self.checklists is not None:
            def checklists() -> QWidget:
                from cica_planner.ui.views.checklists_view import ChecklistsView

                return ChecklistsView(self.checklists, clock=self.clock, undo_stack=self.undo_stack)

            def dashboard() -> QWidget:
                from cica_planner.ui.views.dashboard_view import DashboardView

                return DashboardView(self.checklists, clock=self.clock)

            pages.register("checklists", checklists)
            pages.register("dashboard", dashboard)
        for spec in EXTRA_PAGES:
            if spec.key in self.pages:
                self.page_specs.append(spec)

    def _view_built(self, key: str, view: QWidget) -> None:
        """Name a calendar view made on first use, give it the fixed day and connect it."""
        assert isinstance(view, CalendarView)
        view.setObjectName(f"{key}_view")
        view.set_clock(self.clock)
        view.set_display_zone(self.display_zone)
        view.event_selected.connect(self._on_event_selected)
        view.event_activated.connect(self.open_event)
        view.date_activated.connect(self.new_event)
        view.anchor_changed.connect(self._on_anchor_changed)
        view.page_requested.connect(self.page)
        view.event_dropped.connect(self.move_by_drag)
        if isinstance(view, YearView):
            view.day_opened.connect(self.open_day)

    def page_frame(self, key: str) -> QWidget:
        """The stack's widget for page ``key`` (built on first use): the page, or its scroll frame."""
        page = self.pages[key]
        return self.page_frames.get(key, page)

    def _page_built(self, key: str, page: QWidget) -> None:
        """Put a page made on first use in the stack; connect the other pages' signals.

        Their writes go through self.undo_stack, whose indexChanged already refreshes the window:
        their plan_changed/tasks_changed signals are for standalone use.
        """
        self.page_frames[key] = frame_page(key, page)  # dense pages scroll on small screens
        self.stack.addWidget(self.page_frames[key])
        if key in self.views:
            return
        page.setObjectName(f"{key}_page")
        assert isinstance(page, Page), f"the page {key!r} neither refreshes nor opens events"
        page.event_activated.connect(self.open_event)
        if isinstance(page, ShowsEvents):  # "show in the calendar" (a milestone's meeting)
            page.event_shown.connect(self.show_event)

    def _build_actions(self) -> None:
        def action(text: str, shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
                   tip: str = "") -> QAction:
            made = QAction(text, self)
            if shortcuts:
                made.setShortcuts([QKeySequence(s) for s in shortcuts])
            if tip:
                made.setStatusTip(tip)
                made.setToolTip(tip if not shortcuts else f"{tip} ({QKeySequence(shortcuts[0]).toString()})")
            return made

        self.new_action = action("&New Event…", [QKeySequence.StandardKey.New], "Create an event")
        self.import_action = action("&Import iCalendar…", ["Ctrl+I"], "Import events from an .ics file")
        self.export_action = action("&Export iCalendar…", ["Ctrl+Shift+E"], "Export events to an .ics file")
        self.settings_action = action("&Settings…", ["Ctrl+,"], "Display time zone")
        self.report_action = action("&Report…", tip="The preparation status report as PDF or CSV")
        self.print_action = action("&Print…", [QKeySequence.StandardKey.Print], "Print the month, week, day or agenda shown")
        self.quit_action = action("&Quit", [QKeySequence.StandardKey.Quit])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_action = action("&Open Event…", ["Ctrl+E"], "Open the selected event")
        self.reschedule_action = action("&Reschedule…", ["Ctrl+R"], "Move the selected event, with a reason")
        self.delete_action = action("&Delete Event", [QKeySequence.StandardKey.Delete], "Delete the selected event")
        self.find_action = action("&Find…", [QKeySequence.StandardKey.Find], "Search titles, places and descriptions")

        self.today_action = action("&Today", ["T"], "Show today")
        self.previous_action = action("&Previous", ["PgUp", "Alt+Left"], "Previous page")
        self.previous_action.setIconText("‹")  # the toolbar shows the arrow, the menu the word
        self.next_action = action("&Next", ["PgDown", "Alt+Right"], "Next page")
        self.next_action.setIconText("›")
        self.goto_action = action("&Go to Date…", ["Ctrl+G"], "Show a given date")
        self.sidebar_action = action("Show &Sidebar", ["F9"])
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.confirming_filter_action = action("Only What Needs &Confirming", [], "Show only past plans with no "
                                               "recorded outcome and events whose day is still open")
        self.confirming_filter_action.setCheckable(True)

        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.view_actions: dict[str, QAction] = {}
        for spec in self.page_specs:
            made = action(spec.label, [spec.shortcut], f"{spec.label} view")
            made.setCheckable(True)
            made.setData(spec.key)
            made.setObjectName(f"{spec.key}_action")
            self.view_group.addAction(made)
            self.view_actions[spec.key] = made
        self.about_action = action("&About CICA Planner")
        self.keyboard_action = action("&Keyboard Shortcuts", ["F1"], "Every shortcut of the window")
        self.getting_started_action = action("&Getting Started", tip="What the calendar holds and how to use it")
        self.welcome_action = action("&Welcome…", tip="The first-run welcome")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = _fill_menu(bar.addMenu("&File"), [
            self.new_action, None, self.import_action, self.export_action, None, self.print_action, self.report_action, None,
            self.settings_action, None, self.quit_action,
        ])
        self.edit_menu = _fill_menu(bar.addMenu("&Edit"), [
            self.undo_action, self.redo_action, None, self.edit_action, self.reschedule_action, self.delete_action,
            None, self.find_action,
        ])
        pages: list[QAction | None] = []
        for spec in self.page_specs:
            if spec is self._first_extra_page():
                pages.append(None)
            pages.append(self.view_actions[spec.key])
        _fill_menu(bar.addMenu("&View"), [
            *pages, None, self.today_action, self.previous_action, self.next_action, self.goto_action, None,
            self.sidebar_action, self.confirming_filter_action,
        ])
        _fill_menu(bar.addMenu("&Help"), [
            self.getting_started_action, self.keyboard_action, self.welcome_action, None, self.about_action,
        ])

    def _first_extra_page(self) -> PageSpec | None:
        return next((spec for spec in self.page_specs if not spec.calendar), None)

    def _add_toolbar(self, title: str, name: str) -> QToolBar:
        toolbar = QToolBar(title, self)
        toolbar.setObjectName(name)
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _build_toolbar(self) -> None:
        """Two toolbars: navigation and title, then the page switcher with New Event.

        They share one row when the window is wide enough and the switcher wraps onto a second
        row when it is not (``_fit_toolbars``), so no button ever hides in Qt's overflow menu.
        """
        toolbar = self._add_toolbar("Navigation", "navigation_toolbar")
        self.toolbar = toolbar
        toolbar.addAction(self.today_action)
        self.previous_button = QToolButton(toolbar)
        self.previous_button.setDefaultAction(self.previous_action)
        self.previous_button.setObjectName("previous_button")
        self.next_button = QToolButton(toolbar)
        self.next_button.setDefaultAction(self.next_action)
        self.next_button.setObjectName("next_button")
        for button in (self.previous_button, self.next_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(32)
            toolbar.addWidget(button)
        self.title_label = QLabel(toolbar)
        self.title_label.setObjectName("view_title")
        self.title_label.setContentsMargins(12, 0, 12, 0)
        self.title_label.setMinimumWidth(280)
        toolbar.addWidget(self.title_label)
        toolbar = self._add_toolbar("Views", "view_toolbar")
        self.view_toolbar = toolbar
        spacer = QWidget(toolbar)  # the last toolbar of a row takes the free width: buttons to the right
        spacer.setObjectName("view_toolbar_spacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        for spec in self.page_specs:
            if spec is self._first_extra_page():
                toolbar.addSeparator()
            toolbar.addAction(self.view_actions[spec.key])
            toolbar.widgetForAction(self.view_actions[spec.key]).setObjectName(f"{spec.key}_button")
        toolbar.addSeparator()
        toolbar.addAction(self.new_action)
        new_button = toolbar.widgetForAction(self.new_action)
        new_button.setObjectName("new_event_button")
        new_button.setProperty("accent", True)

    def _fit_toolbars(self) -> None:
        """Put the page switcher beside the title when the row has room for both, else on a row of its own."""
        if not hasattr(self, "view_toolbar"):
            return
        needed = self.toolbar.sizeHint().width() + _content_width(self.view_toolbar)
        wrap = needed > self.width()
        if wrap != self.toolBarBreak(self.view_toolbar):
            if wrap:
                self.insertToolBarBreak(self.view_toolbar)
            else:
                self.removeToolBarBreak(self.view_toolbar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_toolbars()

    def _build_status_bar(self) -> None:
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zone_label")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.today_label = QLabel(self)
        self.today_label.setObjectName("today_label")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.today_label)
        self.statusBar().addPermanentWidget(self.zone_label)
        self._update_zone_label()

    def _restore_state(self) -> None:
        """Reopen where the user left off: layout, filters, view and date."""
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.sidebar_action.setChecked(self.settings.sidebar_visible())
        self.sidebar.set_filter_state({name: self.settings.filter_values(name) for name in FILTER_NAMES})
        key = self.settings.last_view()
        self._view_key = key if key in self.pages else "month"
        self._anchor = self.settings.last_date() or self.today()  # no stored day: today, as desktop calendars do
        self.view_actions[self._view_key].setChecked(True)
        self.stack.setCurrentWidget(self.page_frame(self._view_key))
        self.sidebar.set_date(self._anchor)

    # =====================================================================================
    # Signals — the one place where widgets are connected
    # =====================================================================================

    def _connect_signals(self) -> None:
        # Menus and toolbar
        self.new_action.triggered.connect(lambda: self.new_event())
        self.import_action.triggered.connect(lambda: self.import_ics())
        self.export_action.triggered.connect(lambda: self.export_ics())
        self.settings_action.triggered.connect(self.open_settings)
        self.print_action.triggered.connect(lambda: self.print_calendar())
        self.report_action.triggered.connect(lambda: self.write_report())
        self.report_action.setEnabled(self.checklists is not None)
        self.quit_action.triggered.connect(self.close)
        self.edit_action.triggered.connect(lambda: self.open_event(self._selected_uid))
        self.reschedule_action.triggered.connect(lambda: self.reschedule_event(self._selected_uid))
        self.delete_action.triggered.connect(lambda: self.request_delete(self._selected_uid))
        self.find_action.triggered.connect(self.sidebar.focus_search)
        self.today_action.triggered.connect(self.go_today)
        self.previous_action.triggered.connect(lambda: self.page(-1))
        self.next_action.triggered.connect(lambda: self.page(1))
        self.goto_action.triggered.connect(self.ask_goto_date)
        self.sidebar_action.toggled.connect(lambda shown: self.sidebar.setVisible(shown and self.current_view() is not None))
        self.view_group.triggered.connect(lambda made: self.set_view(str(made.data())))
        self.confirming_filter_action.toggled.connect(lambda _checked: self.refresh())
        self.about_action.triggered.connect(self.show_about)
        self.keyboard_action.triggered.connect(lambda: self.help_dialog("keyboard").open())
        self.getting_started_action.triggered.connect(lambda: self.help_dialog("getting_started").open())
        self.welcome_action.triggered.connect(self.show_welcome)
        self.sidebar_action.toggled.connect(self.settings.set_sidebar_visible)

        # Undo stack: every change (and every undo/redo) refreshes what is shown. The actions go
        # through undo()/redo(), which keep the stack in step with the file when a write fails.
        self.undo_stack.indexChanged.connect(self._on_calendar_changed)
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.redo)

        # Sidebar
        self.sidebar.date_selected.connect(self.go_to_date)
        self.sidebar.filters_changed.connect(self._on_filters_changed)
        self.sidebar.search_requested.connect(self.search)
        self.sidebar.result_activated.connect(self.show_event)

        # Settings: the display zone is changed once, and is remembered and followed from here.
        self.display_zone.changed.connect(self._display_zone_changed)

        # The views and other pages are connected when they are built (_view_built, _page_built).

    # =====================================================================================
    # Navigation
    # =====================================================================================

    def today(self) -> date:
        """Today: the display zone's day by the window's clock (the day every page calls today)."""
        return self.clock.today()

    def current_view_key(self) -> str:
        return self._view_key

    def current_view(self) -> CalendarView | None:
        """The calendar view shown, or None when another page (chairmanship, ...) is shown."""
        return self.views.get(self._view_key)

    def anchor_date(self) -> date:
        return self._anchor

    def selected_uid(self) -> str | None:
        return self._selected_uid

    def set_view(self, key: str) -> None:
        """Show the view or page ``key`` ("month", "week", "day", "agenda", "year", "chairmanship", ...)."""
        if key not in self.pages:
            raise ValueError(f"no page {key!r}")
        self._view_key = key
        self.view_actions[key].setChecked(True)
        self.stack.setCurrentWidget(self.page_frame(key))
        self.settings.set_last_view(key)
        self.refresh()
        self.pages[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_date(self, day: date) -> None:
        """Show the page of the current view that contains ``day``."""
        self._anchor = day
        self.settings.set_last_date(day)
        self.sidebar.set_date(day)
        self.refresh()

    def go_today(self) -> None:
        self.go_to_date(self.today())

    def page(self, steps: int) -> None:
        """Move ``steps`` pages (months, weeks, days or years) forward or back."""
        view = self.current_view()
        if view is None:
            return
        view.set_anchor_date(self._anchor)
        self.go_to_date(view.shifted(steps))

    def ask_goto_date(self) -> None:
        day = GotoDialog.get_date(self, self._anchor, today=self.today())
        if day is not None:
            self.go_to_date(day)

    def show_event(self, uid: str) -> None:
        """Jump to an event (search result, page link): its first day in the display zone, selected."""
        event = self._fetch(uid)
        if event is None:
            return
        if self.current_view() is None:
            self.set_view("month")
        self._selected_uid = uid
        self.go_to_date(display_date(event, self._display_tz))
        if self._selected_uid != uid:  # the refresh dropped it: not shown with the current filters
            self.statusBar().showMessage(f"{event.title} is hidden by the sidebar filters.", 6000)
            return
        view = self.current_view()
        if view is not None:
            view.select_uid(uid)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_event_selected(uid)

    # =====================================================================================
    # Showing data
    # =====================================================================================

    def refresh(self) -> None:
        """Fetch what the current page shows and update titles and counts."""
        view = self.current_view()
        calendar = view is not None
        for made in (self.today_action, self.previous_action, self.next_action, self.goto_action, self.print_action):
            made.setEnabled(calendar)
        # Filters and the mini month only apply to the calendar: other pages get the full width.
        self.sidebar.setVisible(calendar and self.sidebar_action.isChecked())
        if view is None:
            page = self.pages[self._view_key]
            if isinstance(page, Page):
                self._guard(page.refresh)
            spec = next(s for s in self.page_specs if s.key == self._view_key)
            self.title_label.setText(spec.label)
            self.count_label.clear()
            self._update_zone_label()
            self._update_selection_actions()  # the event actions do not apply to this page
            self._fit_toolbars()
            return
        view.set_anchor_date(self._anchor)
        first, end = view.visible_range()
        filters = OccurrenceFilter()
        try:
            filters = self.sidebar.occurrence_filter()
            if self.confirming_filter_action.isChecked():
                filters = replace(filters, needs_confirming_on=self.today())
            self._occurrences = self.planner.occurrences(first, end, filters, tzid=self._display_tz)
        except PlannerError as exc:
            self.show_error(str(exc))
            self._occurrences = []
        else:
            if self._services_ready and hasattr(self, "neighbours"):  # Next and Previous answered at once
                self.neighbours.shown(view, filters, self._display_tz)
        if self._selected_uid is not None and self._selected_uid not in self.shown_uids():
            # A selection that left the screen is dropped: Delete or Ctrl+R must never reach an event
            # the user cannot see.
            self._selected_uid = None
            self.statusBar().clearMessage()
        if hasattr(self, "scheduling"):
            self.scheduling.mark(view)
        view.set_occurrences(self._occurrences, self._display_tz)
        if isinstance(view, MonthView):  # an empty month says what comes next (not when a filter emptied it)
            note = None
            if self.confirming is not None and filters == OccurrenceFilter():  # none yet on a quick first paint
                note = month_note(self.confirming, view, self.today())
            view.set_note(note)
        if isinstance(view, YearView):
            self._update_bands(view)
        view.select_uid(self._selected_uid)
        self._mark_mini_month(first, end)
        self.title_label.setText(view.title())
        self.count_label.setText(count_text(self._occurrences))
        # A series with more occurrences than one page may show is cut short: say so, never silently.
        cut_notice = self._occurrences.cut_notice() if isinstance(self._occurrences, OccurrenceList) else ""
        if cut_notice:
            self.count_label.setText(self.count_label.text() + " · repeats cut short")
            self.statusBar().showMessage(_sentence(cut_notice), 10000)
        self.count_label.setToolTip(_sentence(cut_notice) if cut_notice else "")
        self._update_zone_label()
        self._update_selection_actions()
        self._fit_toolbars()

    def _mark_mini_month(self, first: date, end: date) -> None:
        """Show the days with events of the anchor's month in bold in the mini month."""
        month_first = self._anchor.replace(day=1)
        month_end = (month_first + timedelta(days=32)).replace(day=1)
        occurrences = self._occurrences
        if not (first <= month_first and month_end <= end):
            try:
                occurrences = self.planner.occurrences(month_first, month_end, self.sidebar.occurrence_filter(),
                                                       tzid=self._display_tz, include_unscheduled=False)
            except PlannerError as exc:
                log.warning("cannot mark the mini month: %s", exc)
                return
        self.sidebar.set_marked_dates(_days_with_events(occurrences, self._display_tz))

    def _update_bands(self, view: YearView) -> None:
        """Draw the chairmanship terms under the year view (when the chairmanship feature is there)."""
        if self.chairs is None or not self._services_ready:
            return
        from cica_planner.ui.style import country_colour
        from cica_planner.ui.views.year_view import Band

        try:
            terms = self.chairs.terms()
        except PlannerError as exc:
            log.warning("cannot read the chairmanship terms: %s", exc)
            return
        # The same colour per country as on the chairmanship timeline.
        bands = [
            Band(term.starts, term.ends, f"{term.label} chairmanship", country_colour(term.country))
            for term in sorted(terms, key=lambda t: t.starts)
        ]
        view.set_bands(bands)

    def search(self, text: str) -> None:
        """Run a search from the sidebar and show its results there."""
        if not text.strip():
            self.sidebar.set_search_results([])
            return
        try:
            self.sidebar.set_search_results(self.planner.search(text))
        except PlannerError as exc:
            self.show_error(str(exc))

    def display_tz(self) -> str:
        return self.display_zone.tzid()

    def set_display_tz(self, tzid: str) -> None:
        """Show the calendar in ``tzid`` from now on (and remember it); ``display_zone.changed`` does the rest."""
        self.display_zone.set_tzid(tzid)

    def _display_zone_changed(self, tzid: str) -> None:
        self.settings.set_display_tz(tzid)
        self.set_clock(self.clock)  # today is the display zone's day

    def _update_country_filter(self) -> None:
        """List in the sidebar's country filter the countries that have events."""
        self.sidebar.set_countries(self._countries, self.planner.event_countries())

    def _update_zone_label(self) -> None:
        """Name the display zone with the UTC offsets of the days shown (not today's)."""
        view = self.current_view()
        first, end = view.visible_range() if view is not None else (self._anchor, None)
        label = describe_zone_range(self._display_tz, first, end, self._zone_places)
        self.zone_label.setText(f"Time zone: {label}")
        self._update_today_label()

    def shown_uids(self) -> set[str]:
        """The events of the calendar view shown (empty on the other pages)."""
        if self.current_view() is None:
            return set()
        return {occurrence.uid for occurrence in self._occurrences}

    def _update_selection_actions(self) -> None:
        # Open, Reschedule and Delete act on the selected event only while it is on screen in a
        # calendar view; on the other pages they are disabled, so their keys reach the page itself.
        shown = self._selected_uid is not None and self._selected_uid in self.shown_uids()
        for made in (self.edit_action, self.reschedule_action, self.delete_action):
            # A read-only calendar (a viewer's team calendar) still opens events, to read them.
            made.setEnabled(shown and (made is self.edit_action or not self._read_only))

    # =====================================================================================
    # Changing data (every change is an undoable command, saved at once)
    # =====================================================================================

    def create_event(self, event: Event) -> bool:
        """Add ``event``; return whether it was saved (it is then fresh: see ``is_fresh``)."""
        saved = self._push(CreateEvent(self.planner, event), select=event.uid)
        if saved:
            self.fresh_uids().add(event.uid)
        return saved

    def apply_edit(self, before: Event, edit: EventEdit) -> bool:
        """Save what the editor returned for ``before`` (a move when it carries a reason)."""
        from cica_planner.services.series_edits import edited_series

        # Editing a whole series: its changed and left-out occurrences follow a moved start.
        after = edited_series(before, edit.event) if before.is_series else edit.event
        return self._push(EditEvent(self.planner, before, after, edit.reschedule_reason), select=before.uid)

    def apply_series_edit(self, scope: Any, series: Event, recurrence_id: Moment | None, edited: Event) -> bool:
        """Save an edit of one occurrence, or of this and the following ones, of ``series`` (undoable)."""
        from cica_planner.ui.series_commands import EditSeries

        return self._push(EditSeries(self.planner, scope, series.uid, recurrence_id, edited), select=series.uid)

    def countries(self) -> list[Country]:
        return self._countries

    def delete_event(self, uid: str, choice: DeleteChoice, occurrence_start: Moment | None = None) -> bool:
        """Carry out a delete the user chose in the delete dialog."""
        event = self._fetch(uid)
        if event is None or choice is DeleteChoice.CANCEL:
            return False
        if choice in (DeleteChoice.OCCURRENCE, DeleteChoice.FOLLOWING):
            if occurrence_start is None:
                raise ValueError("deleting one occurrence needs its start")
            command: PlannerCommand = DeleteOccurrence(self.planner, uid, event.title, occurrence_start)
            if choice is DeleteChoice.FOLLOWING:
                from cica_planner.ui.series_commands import DeleteFollowing

                command = DeleteFollowing(self.planner, uid, event.title, occurrence_start)
        else:
            command = DeleteEvent(self.planner, uid, event.title)
            if self._selected_uid == uid:
                self._selected_uid = None
        return self._push(command)

    def _push(self, command: PlannerCommand, select: str | None = None) -> bool:
        previous = self._selected_uid
        if select:
            self._selected_uid = select  # the refresh that follows the push shows it selected
        try:
            push_command(self.undo_stack, command)
        except PlannerError as exc:
            self._selected_uid = previous
            self.show_error(str(exc))
            return False
        if select:
            self._reveal(select)
        self.statusBar().showMessage(command.text(), 4000)
        return True

    def _reveal(self, uid: str) -> None:
        """Keep ``uid`` selected in the calendar view, going to its (new) date when it left the page shown."""
        view = self.current_view()
        if view is None:
            return
        if uid not in self.shown_uids():
            event = self.planner.find(uid)
            if event is None:
                return
            self._selected_uid = uid
            self.go_to_date(display_date(event, self._display_tz))
        if uid in self.shown_uids():
            self._selected_uid = uid
            view.select_uid(uid)
            self._on_event_selected(uid)

    def undo(self) -> bool:
        """Undo the last change; return whether it was undone (a failed write is shown, not raised).

        The status bar says what was undone and the calendar goes to the event it changed.
        """
        command = self.undo_stack.command(self.undo_stack.index() - 1) if self.undo_stack.canUndo() else None
        failure = undo_step(self.undo_stack)
        if failure is not None:
            self.show_error(str(failure))
        elif command is not None:
            self._after_history_step("Undone", command)
        return failure is None

    def redo(self) -> bool:
        """Redo the change undone last; return whether it was redone (said and shown as for undo)."""
        command = self.undo_stack.command(self.undo_stack.index()) if self.undo_stack.canRedo() else None
        failure = redo_step(self.undo_stack)
        if failure is not None:
            self.show_error(str(failure))
        elif command is not None:
            self._after_history_step("Redone", command)
        return failure is None

    def is_read_only(self) -> bool:
        return self._read_only

    # -- dialogs (thin: they collect input and call the methods above) --------------------

    def new_event(self, default_start: date | datetime | None = None) -> None:
        """Open the editor for a new event on ``default_start`` (the shown day by default)."""
        start = default_start if isinstance(default_start, date) else self._anchor
        save = self._editor_save(None)
        edit = EventDialog.get_event(self, None, self._countries, display_tz=self._display_tz, default_start=start,
                                     conflicts=self.planner.conflicts, save=save,
                                     **self.scheduling.editor_options())
        if edit is not None and save is None:
            self.create_event(edit.event)

    def open_event(self, uid: str | None) -> None:
        """Open the editor for the event ``uid`` and save what the user changed."""
        event = self._fetch(uid) if uid else None
        if event is None:
            return
        occurrence = self.occurrence_for(event.uid) if event.is_series else None
        if occurrence is not None and occurrence.recurrence_id is not None:
            from cica_planner.ui.series_editing import edit_occurrence

            if edit_occurrence(self, event, occurrence):  # this occurrence, this and following, or cancelled
                return
        # The Checklist tab saves each change at once, as an undoable command (kept on Cancel too).
        save = self._editor_save(event)
        edit = EventDialog.get_event(self, event, self._countries, checklists=self.checklists,
                                     display_tz=self._display_tz, conflicts=self.planner.conflicts,
                                     today=self.today(), undo_stack=self.undo_stack, save=save,
                                     fresh=self.is_fresh(event.uid), **self.scheduling.editor_options())
        if edit is not None and save is None:
            self.apply_edit(event, edit)
        elif edit is None and self.checklists is not None:
            self.refresh()

    def _editor_save(self, before: Event | None) -> Any:
        """The editor's save hook of the window's team session (conflicts, server trouble), if it has one."""
        session = getattr(self, "team", None)
        return None if session is None else (lambda edit: session.save_from_editor(before, edit))

    def reschedule_event(self, uid: str | None) -> None:
        event = self._fetch(uid) if uid else None
        if event is None:
            return
        edit = RescheduleDialog.get_edit(self, event)
        if edit is not None:
            self.apply_edit(event, edit)

    def request_delete(self, uid: str | None) -> None:
        """Ask before deleting the event ``uid`` (this occurrence or all, for a repeating one)."""
        event = self._fetch(uid) if uid else None
        if event is None:
            return
        occurrence = self.occurrence_for(event.uid)
        label = _moment_label(occurrence.start) if occurrence is not None else ""
        choice = DeleteDialog.ask(self, event.title, event.is_series and occurrence is not None, label)
        # An occurrence is named by its original start: a moved one is no longer at it.
        original = occurrence.recurrence_id or occurrence.start if occurrence is not None else None
        self.delete_event(event.uid, choice, original)

    def occurrence_for(self, uid: str) -> Occurrence | None:
        """The shown occurrence of ``uid`` the user most likely means: on the anchor day, else the first."""
        found = [o for o in self._occurrences if o.uid == uid]
        for occurrence in found:
            if display_date_of(occurrence.start, self._display_tz) == self._anchor:
                return occurrence
        return found[0] if found else None

    def import_ics(self, path: str | Path | None = None) -> None:
        """Import an .ics file: show what it would change, then write it all at once with progress (undoable)."""
        from cica_planner.services.ical_import import plan_import
        from cica_planner.services.import_guard import read_import_file
        from cica_planner.ui.commands import ImportCalendar, prune_known_exdates
        from cica_planner.ui.dialogs.import_dialog import ImportDialog
        from cica_planner.ui.import_preview import review_import

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(self, "Import iCalendar", str(Path.home()),
                                                          "iCalendar files (*.ics *.ical *.ifb);;All files (*)")
            if not chosen:
                return
            path = chosen
        path = Path(path)
        try:
            plan = prune_known_exdates(self.planner, plan_import(self.planner, read_import_file(path)))
            plan, review = review_import(self.planner, plan, self.today(), self._display_tz, self._countries)
        except PlannerError as exc:
            self.show_error(f"Cannot import {path.name}: {exc}")
            return
        except OSError as exc:
            self.show_error(f"Cannot read {path.name}: {exc.strerror or exc}")
            return
        chosen = ImportDialog.choose(self, plan, path.name, review)
        if chosen is None:
            return
        plan = chosen
        progress = QProgressDialog("Importing events…", "", 0, 100, self)
        progress.setWindowTitle("Import iCalendar")
        progress.setCancelButton(None)  # the import is one transaction: it cannot stop halfway
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        # One undoable command: undo deletes the events it created and writes back those it changed.
        command = ImportCalendar(self.planner, plan, path.name, progress=report)
        try:
            push_command(self.undo_stack, command)
        except PlannerError as exc:
            self.show_error(str(exc))
            return
        finally:
            progress.close()
            progress.deleteLater()
        self._update_country_filter()  # the file may bring events of countries not listed yet
        self._on_calendar_changed()
        summary = command.result.summary() if command.result is not None else ""
        self.statusBar().showMessage(f"Imported {path.name}: {summary}", 8000)

    def export_ics(self, path: str | Path | None = None, options: Any = None) -> Path | None:
        """Export events to an .ics file (the choices of ``cica-planner export``); return the path written."""
        from cica_planner.services.export_preview import preview_export
        from cica_planner.services.ical_export import export_calendar, write_export
        from cica_planner.ui.dialogs.export_dialog import ExportDialog

        if options is None:
            year = self._anchor.year
            options = ExportDialog.get_options(self, date(year, 1, 1), date(year, 12, 31),
                                               preview=lambda chosen: preview_export(self.planner, chosen))
            if options is None:
                return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(self, "Export iCalendar", str(Path.home() / "cica-calendar.ics"),
                                                          "iCalendar files (*.ics)")
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".ics") else f"{chosen}.ics"
        target = Path(path)
        try:
            write_export(target, export_calendar(self.planner, options))
        except PlannerError as exc:
            self.show_error(str(exc))
            return None
        except OSError as exc:
            self.show_error(f"{target.name}: {exc.strerror or exc}")
            return None
        self.statusBar().showMessage(f"Exported to {target}", 8000)
        return target

    def open_settings(self) -> None:
        from cica_planner.ui.team_settings import apply_display_name, display_name

        chosen = SettingsDialog.get_preferences(self, Preferences(self._display_tz, display_name(self.settings)),
                                                self._countries)
        if chosen is not None and chosen.display_tz != self._display_tz:
            self.set_display_tz(chosen.display_tz)
        if chosen is not None:
            apply_display_name(self, chosen.display_name)

    def show_about(self) -> None:
        from cica_planner import __version__
        from cica_planner.ui.dialogs.help_dialogs import about_html

        QMessageBox.about(self, f"About {APP_TITLE}", about_html(__version__, self.data_location()))

    # =====================================================================================
    # Reactions
    # =====================================================================================

    def _on_event_selected(self, uid: str) -> None:
        self._selected_uid = uid
        self._update_selection_actions()
        event = next((o.event for o in self._occurrences if o.uid == uid), None)
        if event is not None:
            place = f" · {event.place}" if event.place else ""
            self.statusBar().showMessage(f"{event.title}{place}")

    def _on_anchor_changed(self, day: date) -> None:
        view = self.current_view()
        old_range = view.visible_range() if view is not None else None
        self._anchor = day
        self.settings.set_last_date(day)
        self.sidebar.set_date(day)
        if view is not None and view.visible_range() != old_range:
            self.refresh()
        elif view is not None:
            self.title_label.setText(view.title())

    def _on_filters_changed(self) -> None:
        for name, values in self.sidebar.filter_state().items():
            self.settings.set_filter_values(name, values)
        self.refresh()

    def _on_calendar_changed(self, *_args: object) -> None:
        if self._selected_uid is not None and self.planner.find(self._selected_uid) is None:
            self._selected_uid = None
        self.refresh()
        text = self.sidebar.search_edit.text().strip()
        if text:
            self.search(text)
        self.calendar_changed.emit()

    # =====================================================================================
    # Errors, closing
    # =====================================================================================

    def show_error(self, message: str) -> QMessageBox:
        """Tell the user what went wrong in one message box (never a traceback)."""
        log.info("error shown: %s", message)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, _sentence(message), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block the caller
        self.last_error = message
        return box

    def _guard(self, work: Any) -> None:
        try:
            work()
        except PlannerError as exc:
            self.show_error(str(exc))

    def _fetch(self, uid: str | None) -> Event | None:
        if not uid:
            return None
        try:
            return self.planner.get(uid)
        except PlannerError as exc:
            self.show_error(str(exc))
            return None

    def save_state(self) -> None:
        """Remember the layout, view, date and filters for the next start."""
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.set_last_view(self._view_key)
        self.settings.set_last_date(self._anchor)
        for name, values in self.sidebar.filter_state().items():
            self.settings.set_filter_values(name, values)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        # Events are already saved (each change is written at once); only the layout is left.
        self.save_state()
        super().closeEvent(event)


def _confirming(planner: PlannerService) -> ConfirmingService:
    from cica_planner.services.confirming import ConfirmingService

    return ConfirmingService(planner.engine)


def count_text(occurrences: list[Occurrence]) -> str:
    """The status bar's count: events with a day apart from those still to be confirmed ("undated")."""
    dated = {o.uid for o in occurrences if o.event.date_is_fixed}
    undated = {o.uid for o in occurrences} - dated
    text = counted(len(dated), "dated event" if undated else "event")
    return f"{text} · {len(undated)} undated" if undated else text


def _content_width(toolbar: QToolBar) -> int:
    """The width ``toolbar`` needs to show all its buttons (its expanding spacers count for nothing)."""
    layout = toolbar.layout()
    assert layout is not None  # a tool bar lays its buttons out itself
    margins = layout.contentsMargins()
    widths = [
        widget.sizeHint().width()
        for action in toolbar.actions()
        if (widget := toolbar.widgetForAction(action)) is not None and widget.sizeHint().width() > 0
    ]
    handle = 0 if not toolbar.isMovable() else 12
    return sum(widths) + layout.spacing() * len(widths) + margins.left() + margins.right() + handle + 8


def _fill_menu(menu: QMenu, entries: list[QAction | None]) -> QMenu:
    """Add ``entries`` to ``menu`` in order, None standing for a separator; return the menu."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
    return menu


def window_style() -> str:
    """The window's stylesheet additions, with the shipped arrow icon filled in."""
    from cica_planner.resources import icon_path

    return WINDOW_STYLE.replace("{chevron}", icon_path("chevron-down").as_posix())


def display_date(event: Event, display_tz: str) -> date:
    """The first day of ``event`` as the display zone sees it."""
    return display_date_of(event.start, display_tz)


def display_date_of(moment: Moment, display_tz: str) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone(zone(display_tz)).date()
    return moment


def _days_with_events(occurrences: list[Occurrence], display_tz: str) -> set[date]:
    """The days the mini month shows in bold: those with an event fixed to a day (long spans are left out)."""
    days: set[date] = set()
    for occurrence in occurrences:
        if not occurrence.event.date_is_fixed:
            continue
        first = display_date_of(occurrence.start, display_tz)
        if isinstance(occurrence.end, datetime):
            last = (occurrence.end - timedelta(microseconds=1)).astimezone(zone(display_tz)).date()
        else:
            last = occurrence.end - timedelta(days=1)
        if (last - first).days <= 14:
            days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return days


def _moment_label(moment: Moment) -> str:
    day = moment.date() if isinstance(moment, datetime) else moment
    return f"{day.day} {day:%B %Y}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else "Something went wrong."


def _app_icon() -> QIcon:
    from cica_planner.resources import icon_path

    try:
        path = icon_path("cica-planner")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
