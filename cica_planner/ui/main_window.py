"""The main window: calendar views, sidebar, menus, toolbar, undo stack — and ALL the signal wiring.

The window is built from the services it is given (no database access of its own). Widgets
emit intent signals; ``MainWindow._connect_signals`` is the one place that connects them.
Every change goes through an undoable command (``ui/commands/``) and is saved at once.

Its parts live beside it: ``window_actions`` (actions, menus, toolbars), ``window_status``
(status bar), ``window_navigation``, ``window_display`` (what a page shows), ``window_editing``
(changes and editors), ``window_files`` (import, export), ``window_language`` (switching
language) and ``desk_window``. This module keeps building, wiring, settings and errors; it is
over 500 lines because it is the one place of the signal wiring, it declares for the type
checker the actions and widgets those modules give the window, and it takes over its services
after a quick start's first paint (``take_services``).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Event, Occurrence
from cica_planner.i18n.language import ensure_language
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.ui import style
from cica_planner.ui.clock_support import DayWatcher
from cica_planner.ui.desk_window import DeskMixin
from cica_planner.ui.display_zone import DisplayZone
from cica_planner.ui.lazy_pages import LazyPages
from cica_planner.ui.pages import Page, ShowsEvents
from cica_planner.ui.settings import AppSettings, describe_zone_range, zone_countries, zone_place_name
from cica_planner.ui.small_screens import frame_page
from cica_planner.ui.views.base import CalendarView
from cica_planner.ui.widgets.sidebar import FILTER_NAMES, Sidebar
from cica_planner.ui.window_actions import (
    CALENDAR_PAGES,
    EXTRA_PAGES,
    PageSpec,
    build_actions,
    build_menus,
    build_toolbars,
    fit_toolbars,
    translate_window_chrome,
)
from cica_planner.ui.window_display import CalendarDisplay
from cica_planner.ui.window_editing import EventEditing
from cica_planner.ui.window_files import FileOperations
from cica_planner.ui.window_language import LanguageSwitching
from cica_planner.ui.window_navigation import Navigation
from cica_planner.ui.window_status import WindowStatus, sentence

if TYPE_CHECKING:  # the services are imported when the window gets them: the first paint comes before SQLAlchemy
    from PySide6.QtWidgets import QMessageBox

    from cica_planner.services.confirming import ConfirmingService
    from cica_planner.services.container import Services
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
QToolButton#qt_toolbar_ext_button {{ min-width: 20px; padding: 0; }}
QStatusBar::item {{ border: none; }}
QLabel#read_only_bar {{ background: #fff4c2; color: #5c4400; border-bottom: 1px solid #e8d48b; padding: 6px 12px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 20px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{ image: url("{{chevron}}"); width: 12px;
    height: 12px; }}
"""
#: The tool bars' overflow button shows the shipped arrow (a tool bar's own stylesheet, given with the services).
EXTENSION_STYLE = 'QToolButton#qt_toolbar_ext_button { qproperty-icon: url("{chevron}"); }'


class MainWindow(Navigation, LanguageSwitching, CalendarDisplay, EventEditing, FileOperations, DeskMixin, QMainWindow):
    """The CICA Planner window.

    Args:
        planner: the calendar service (every read and write goes through it).
        settings: the stored preferences (display zone, last view and date, layout, filters).
        chairs: the chairmanship service; adds the Chairmanship page and the year view's bands.
        checklists: the checklist service; adds the Checklists and Dashboard pages and the
            editor's Checklist tab.
        db_name: the database file's name, shown in the title bar.
        today: the day taken as today (tests, screenshots): a clock fixed at its noon.
        clock: where "now" and "today" come from (default: the system clock, or the instant
            $CICA_PLANNER_NOW fixes). Today is always the display zone's day.
        read_only: the calendar file cannot be written; a bar at the top says so.
        services: every service of the calendar (services/container.py); by default built around ``planner``.
        parent: the parent widget.

    Signals:
        calendar_changed(): an event was created, edited, deleted, imported, undone or redone.
    """

    calendar_changed = Signal()

    # Made by window_actions.build_actions (named there, in the chosen language).
    new_action: QAction
    import_action: QAction
    export_action: QAction
    settings_action: QAction
    report_action: QAction
    print_action: QAction
    quit_action: QAction
    edit_action: QAction
    reschedule_action: QAction
    delete_action: QAction
    find_action: QAction
    today_action: QAction
    previous_action: QAction
    next_action: QAction
    goto_action: QAction
    sidebar_action: QAction
    confirming_filter_action: QAction
    about_action: QAction
    keyboard_action: QAction
    getting_started_action: QAction
    welcome_action: QAction
    undo_action: QAction
    redo_action: QAction
    view_group: QActionGroup
    view_actions: dict[str, QAction]
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar
    view_toolbar: QToolBar
    previous_button: QToolButton
    next_button: QToolButton
    title_label: QLabel
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
        services: Services | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ensure_language(settings.language())  # English needs its catalogue too: "1 event", "2 events"
        # Until take_services(), a QuickCalendar stands in: only the reads of the first paint reach it (app.py).
        self.planner = cast("PlannerService", planner)
        self.settings = settings
        self.chairs = chairs
        self.checklists = checklists
        self._services_ready = not isinstance(planner, QuickCalendar)
        #: Every service of the calendar, built once (services/container.py); pages take theirs from here.
        self.services: Services = cast("Services", PendingService("calendar"))
        self.confirming: ConfirmingService | None = None
        if self._services_ready:
            from cica_planner.services.container import services_of

            self.services = services or services_of(self.planner, checklists=checklists, chairs=chairs)
            self.confirming = self.services.confirming
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
        self.setMinimumSize(QSize(960, 640))
        self.setStyleSheet(style.APP_STYLESHEET + window_style())

        self._build_pages()
        build_actions(self)
        build_menus(self)
        build_toolbars(self)
        translate_window_chrome(self)
        self._build_status_bar()
        self._restore_state()
        self._connect_signals()
        self.day_watcher = DayWatcher(self.today, self)
        self.day_watcher.day_changed.connect(self._on_day_changed)
        from cica_planner.ui.scheduling_ui import SchedulingUi

        self.scheduling = SchedulingUi(self)  # holiday marks, Find a Date, the editor's scheduling warnings
        if self._services_ready:
            self._complete_window()
        self.refresh()

    def services_ready(self) -> bool:
        """Whether the window has its services (false only between a quick first paint and take_services)."""
        return self._services_ready

    def take_services(self, services: Services) -> None:
        """Replace the quick first paint's reader with the calendar's services, and show the page again through them.

        The page reads the same rows the same way (services/quick_start.py), so nothing on it moves;
        what the reader could not give (an empty month's note, the troika's holidays) appears now.
        """
        quick = self.planner
        self.services, self.planner = services, services.planner
        self.chairs, self.checklists, self.confirming = services.chairs, services.checklists, services.confirming
        self._services_ready = True
        self.report_action.setEnabled(self.checklists is not None)
        if isinstance(quick, QuickCalendar):
            quick.close()
        self._complete_window()
        self.refresh()

    def _complete_window(self) -> None:
        """Make the parts the first paint does not show, once the window has its services.

        A quick start (ui/quick_window.py) paints before this and holds user input back until
        take_services, so every menu entry and shortcut is there from the first key or click.
        """
        if hasattr(self, "neighbours"):  # completed already: the Edit menu must not get its entries twice
            return
        from cica_planner.ui.page_prefetch import NeighbourPages

        # The window icon and the tool bars' overflow arrow are SVG files: the first SVG read loads
        # Qt's SVG plugin (about 1.8 ms), and the first paint shows neither (the overflow button
        # stays hidden at every size the window allows: the page switcher wraps first).
        self.setWindowIcon(_app_icon())
        for toolbar in (self.toolbar, self.view_toolbar):
            toolbar.setStyleSheet(_shipped_icons(EXTENSION_STYLE))
        self.scheduling.add_actions()  # Edit ▸ Find a Date and Blackout Periods, and Ctrl+Shift+D
        self.sidebar.complete()
        # Next and Previous pages are read ahead through the services (not through the quick reader).
        self.neighbours = NeighbourPages(lambda *args, **kwargs: self.planner.read_ahead(*args, **kwargs), self)

    # =====================================================================================
    # Building
    # =====================================================================================

    def _build_pages(self) -> None:
        # Each widget is made inside its final parent: moving a styled widget to another parent
        # polishes its whole tree again, which cost the first paint tens of milliseconds.
        central = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("main_splitter")
        self.sidebar = Sidebar(self.splitter)
        self._update_country_filter()
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName("page_stack")
        # Pages are built on first use (ui/lazy_pages.py): the first paint makes only the page shown.
        self.views: LazyPages[CalendarView] = LazyPages({}, self._view_built)
        self.pages: LazyPages[QWidget] = LazyPages({}, self._page_built)
        for key in CALENDAR_VIEW_KEYS:  # each view's module is imported when the view is first shown
            self.views.register(key, lambda key=key: _new_view(key))
            self.pages.register(key, lambda key=key: self.views[key])
        self.page_specs: list[PageSpec] = list(CALENDAR_PAGES)
        self.page_frames: dict[str, QWidget] = {}  # each page as the stack holds it (ui/small_screens.py)
        self._build_extra_pages()
        self.sidebar.setMinimumWidth(290)  # room for the search results' dates and titles
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([300, 1100])
        # Said once, without blocking: the calendar can still be read, only saving will fail.
        self.read_only_bar = QLabel(self.tr("This calendar is read-only: changes cannot be saved."), central)
        self.read_only_bar.setObjectName("read_only_bar")
        self.read_only_bar.setVisible(self._read_only)
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

                # The container hands the window its checklists and confirming services together.
                assert self.confirming is not None
                return DashboardView(self.checklists, confirming=self.confirming, clock=self.clock)

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
        if key == "year":
            from cica_planner.ui.views.year_view import YearView

            assert isinstance(view, YearView)
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        fit_toolbars(self)

    def _build_status_bar(self) -> None:
        # Written by the refresh that ends __init__: asked now, the zone label would build the
        # month view before the stored page is known (a window reopening on its week built both).
        self.status = WindowStatus(self.statusBar())
        self.zone_label = self.status.zone_label
        self.count_label = self.status.count_label
        self.today_label = self.status.today_label

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
        self.find_action.triggered.connect(lambda: self.sidebar.focus_search())  # the sidebar of the moment
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

        self._connect_sidebar()

        # The views and other pages are connected when they are built (_view_built, _page_built).

    def _connect_sidebar(self) -> None:
        """Connect the sidebar (again, when a language switch makes a new one)."""
        self.sidebar.date_selected.connect(self.go_to_date)
        self.sidebar.filters_changed.connect(self._on_filters_changed)
        self.sidebar.search_requested.connect(self.search)
        self.sidebar.result_activated.connect(self.show_event)

        # Settings: the display zone is changed once, and is remembered and followed from here.
        self.display_zone.changed.connect(self._display_zone_changed)

    def search(self, text: str) -> None:
        """Run a search from the sidebar and show its results there."""
        if not text.strip():
            self.sidebar.set_search_results([])
            return
        from cica_planner.i18n.terms import search_names

        try:
            self.sidebar.set_search_results(self.planner.search(text, local_names=search_names()))
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
        self.status.show_zone(label)
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

    def open_settings(self) -> None:
        from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog
        from cica_planner.ui.team_settings import apply_display_name, display_name

        current = Preferences(self._display_tz, display_name(self.settings), self.language_choice().value)
        chosen = SettingsDialog.get_preferences(self, current, self._countries)
        if chosen is not None and chosen.display_tz != self._display_tz:
            self.set_display_tz(chosen.display_tz)
        if chosen is not None:
            apply_display_name(self, chosen.display_name)
        if chosen is not None and chosen.language != current.language:
            self.apply_language(chosen.language)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from cica_planner import __version__
        from cica_planner.ui.dialogs.help_dialogs import about_html

        QMessageBox.about(self, self.tr("About {app}").format(app=APP_TITLE), about_html(__version__, self.data_location()))

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
        from PySide6.QtWidgets import QMessageBox

        log.info("error shown: %s", message)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, sentence(message), QMessageBox.StandardButton.Ok, self)
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


#: The calendar views, each made on first use (the others' modules are not imported before then).
CALENDAR_VIEW_KEYS = ("month", "week", "day", "agenda", "year")


def _new_view(key: str) -> CalendarView:
    """A new calendar view of page ``key`` (one of CALENDAR_VIEW_KEYS), its module imported now."""
    if key == "month":
        from cica_planner.ui.views.month_view import MonthView

        return MonthView()
    if key in ("week", "day"):
        from cica_planner.ui.views.week_view import WeekView

        return WeekView(days=7 if key == "week" else 1)
    if key == "agenda":
        from cica_planner.ui.views.agenda_view import AgendaView

        return AgendaView()
    from cica_planner.ui.views.year_view import YearView

    return YearView()


def window_style() -> str:
    """The window's stylesheet additions, with the shipped arrow icon filled in."""
    return _shipped_icons(WINDOW_STYLE)


def _shipped_icons(sheet: str) -> str:
    """``sheet`` with its ``{chevron}`` the path of the shipped arrow icon."""
    from cica_planner.resources import icon_path

    return sheet.replace("{chevron}", icon_path("chevron-down").as_posix())


def _app_icon() -> QIcon:
    from cica_planner.resources import icon_path

    try:
        path = icon_path("cica-planner")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
