"""The main window's actions, menus and toolbars: built once, named in the chosen language on demand.

``build_actions``, ``build_menus`` and ``build_toolbars`` make the widgets; every text they
show is set by ``translate_window_chrome``, which the window calls after building and again
whenever the language changes, so switching language renames everything in place (open work,
shortcuts and connections are untouched). Texts sit in tables of ``QT_TRANSLATE_NOOP`` entries
(context "MainWindow") and are translated where they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class PageSpec(NamedTuple):
    """One entry of the view switcher; ``label`` is the English source of its translated name."""

    key: str
    label: str
    shortcut: str
    calendar: bool  # a CalendarView (dates, paging) or another page (chairmanship, checklists, ...)

    def title(self) -> str:
        """The page's name in the chosen language."""
        return QCoreApplication.translate("MainWindow", self.label)


CALENDAR_PAGES = (
    PageSpec("month", str(QT_TRANSLATE_NOOP("MainWindow", "Month")), "Ctrl+1", True),
    PageSpec("week", str(QT_TRANSLATE_NOOP("MainWindow", "Week")), "Ctrl+2", True),
    PageSpec("day", str(QT_TRANSLATE_NOOP("MainWindow", "Day")), "Ctrl+3", True),
    PageSpec("agenda", str(QT_TRANSLATE_NOOP("MainWindow", "Agenda")), "Ctrl+4", True),
    PageSpec("year", str(QT_TRANSLATE_NOOP("MainWindow", "Year")), "Ctrl+5", True),
)
EXTRA_PAGES = (
    PageSpec("chairmanship", str(QT_TRANSLATE_NOOP("MainWindow", "Chairmanship")), "Ctrl+6", False),
    PageSpec("checklists", str(QT_TRANSLATE_NOOP("MainWindow", "Checklists")), "Ctrl+7", False),
    PageSpec("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")), "Ctrl+8", False),
)


class ActionSpec(NamedTuple):
    """An action of the window: the attribute it is kept in, its text, shortcuts and status tip."""

    name: str
    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""


def _spec(name: str, text: object, shortcuts: tuple[QKeySequence.StandardKey | str, ...] = (), tip: object = "") -> ActionSpec:
    # QT_TRANSLATE_NOOP returns its text unchanged, though its stubs type it as object.
    return ActionSpec(name, str(text), shortcuts, str(tip))


StandardKey = QKeySequence.StandardKey

ACTIONS = (
    _spec("new_action", QT_TRANSLATE_NOOP("MainWindow", "&New Event…"), (StandardKey.New,),
          QT_TRANSLATE_NOOP("MainWindow", "Create an event")),
    _spec("import_action", QT_TRANSLATE_NOOP("MainWindow", "&Import iCalendar…"), ("Ctrl+I",),
          QT_TRANSLATE_NOOP("MainWindow", "Import events from an .ics file")),
    _spec("export_action", QT_TRANSLATE_NOOP("MainWindow", "&Export iCalendar…"), ("Ctrl+Shift+E",),
          QT_TRANSLATE_NOOP("MainWindow", "Export events to an .ics file")),
    _spec("settings_action", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), ("Ctrl+,",),
          QT_TRANSLATE_NOOP("MainWindow", "Display time zone, your name and the language")),
    _spec("report_action", QT_TRANSLATE_NOOP("MainWindow", "&Report…"), (),
          QT_TRANSLATE_NOOP("MainWindow", "The preparation status report as PDF or CSV")),
    _spec("print_action", QT_TRANSLATE_NOOP("MainWindow", "&Print…"), (StandardKey.Print,),
          QT_TRANSLATE_NOOP("MainWindow", "Print the month, week, day or agenda shown")),
    _spec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), (StandardKey.Quit,)),
    _spec("edit_action", QT_TRANSLATE_NOOP("MainWindow", "&Open Event…"), ("Ctrl+E",),
          QT_TRANSLATE_NOOP("MainWindow", "Open the selected event")),
    _spec("reschedule_action", QT_TRANSLATE_NOOP("MainWindow", "&Reschedule…"), ("Ctrl+R",),
          QT_TRANSLATE_NOOP("MainWindow", "Move the selected event, with a reason")),
    _spec("delete_action", QT_TRANSLATE_NOOP("MainWindow", "&Delete Event"), (StandardKey.Delete,),
          QT_TRANSLATE_NOOP("MainWindow", "Delete the selected event")),
    _spec("find_action", QT_TRANSLATE_NOOP("MainWindow", "&Find…"), (StandardKey.Find,),
          QT_TRANSLATE_NOOP("MainWindow", "Search titles, places and descriptions")),
    _spec("today_action", QT_TRANSLATE_NOOP("MainWindow", "&Today"), ("T",),
          QT_TRANSLATE_NOOP("MainWindow", "Show today")),
    _spec("previous_action", QT_TRANSLATE_NOOP("MainWindow", "&Previous"), ("PgUp", "Alt+Left"),
          QT_TRANSLATE_NOOP("MainWindow", "Previous page")),
    _spec("next_action", QT_TRANSLATE_NOOP("MainWindow", "&Next"), ("PgDown", "Alt+Right"),
          QT_TRANSLATE_NOOP("MainWindow", "Next page")),
    _spec("goto_action", QT_TRANSLATE_NOOP("MainWindow", "&Go to Date…"), ("Ctrl+G",),
          QT_TRANSLATE_NOOP("MainWindow", "Show a given date")),
    _spec("sidebar_action", QT_TRANSLATE_NOOP("MainWindow", "Show &Sidebar"), ("F9",)),
    _spec("confirming_filter_action", QT_TRANSLATE_NOOP("MainWindow", "Only What Needs &Confirming"), (),
          QT_TRANSLATE_NOOP("MainWindow", "Show only past plans with no recorded outcome and events whose day is "
                                          "still open")),
    _spec("about_action", QT_TRANSLATE_NOOP("MainWindow", "&About CICA Planner")),
    _spec("keyboard_action", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), ("F1",),
          QT_TRANSLATE_NOOP("MainWindow", "Every shortcut of the window")),
    _spec("getting_started_action", QT_TRANSLATE_NOOP("MainWindow", "&Getting Started"), (),
          QT_TRANSLATE_NOOP("MainWindow", "What the calendar holds and how to use it")),
    _spec("welcome_action", QT_TRANSLATE_NOOP("MainWindow", "&Welcome…"), (),
          QT_TRANSLATE_NOOP("MainWindow", "The first-run welcome")),
)

MENUS = (
    ("file_menu", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit_menu", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view_menu", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_actions(window: MainWindow) -> None:
    """Make the window's actions (texts come from ``translate_window_chrome``)."""
    for spec in ACTIONS:
        made = QAction(window)
        if spec.shortcuts:
            made.setShortcuts([QKeySequence(shortcut) for shortcut in spec.shortcuts])
        setattr(window, spec.name, made)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.previous_action.setIconText("‹")  # the toolbar shows the arrow, the menu the word
    window.next_action.setIconText("›")
    window.sidebar_action.setCheckable(True)
    window.sidebar_action.setChecked(True)
    window.confirming_filter_action.setCheckable(True)
    window.view_group = QActionGroup(window)
    window.view_group.setExclusive(True)
    window.view_actions = {}
    for page in window.page_specs:
        made = QAction(window)
        made.setShortcuts([QKeySequence(page.shortcut)])
        made.setCheckable(True)
        made.setData(page.key)
        made.setObjectName(f"{page.key}_action")
        window.view_group.addAction(made)
        window.view_actions[page.key] = made
    build_history_actions(window)


def build_history_actions(window: MainWindow) -> None:
    """Undo and Redo, made by the undo stack with the prefix of the chosen language.

    The stack keeps the prefix it was given, so a language switch makes them again (``retranslate_history``).
    """
    window.undo_action = window.undo_stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
    window.redo_action = window.undo_stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.undo_action.setObjectName("undo_action")
    window.redo_action.setObjectName("redo_action")
    # The actions go through undo()/redo() instead of the stack's own slots: they keep the stack in
    # step with the file when a write fails.
    window.undo_action.triggered.disconnect()
    window.undo_action.triggered.connect(window.undo)
    window.redo_action.triggered.disconnect()
    window.redo_action.triggered.connect(window.redo)


def retranslate_history(window: MainWindow) -> None:
    """Replace Undo and Redo by actions with the new language's prefix, in the same place of the Edit menu."""
    old_undo, old_redo = window.undo_action, window.redo_action
    build_history_actions(window)
    for old, new in ((old_undo, window.undo_action), (old_redo, window.redo_action)):
        for holder in old.associatedObjects():
            if isinstance(holder, QMenu):
                holder.insertAction(old, new)
                holder.removeAction(old)
        old.deleteLater()


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.file_menu = _fill_menu(bar.addMenu(""), [
        window.new_action, None, window.import_action, window.export_action, None, window.print_action,
        window.report_action, None, window.settings_action, None, window.quit_action,
    ])
    window.edit_menu = _fill_menu(bar.addMenu(""), [
        window.undo_action, window.redo_action, None, window.edit_action, window.reschedule_action,
        window.delete_action, None, window.find_action,
    ])
    pages: list[QAction | None] = []
    for spec in window.page_specs:
        if spec is first_extra_page(window.page_specs):
            pages.append(None)
        pages.append(window.view_actions[spec.key])
    window.view_menu = _fill_menu(bar.addMenu(""), [
        *pages, None, window.today_action, window.previous_action, window.next_action, window.goto_action, None,
        window.sidebar_action, window.confirming_filter_action,
    ])
    window.help_menu = _fill_menu(bar.addMenu(""), [
        window.getting_started_action, window.keyboard_action, window.welcome_action, None, window.about_action,
    ])


def first_extra_page(specs: list[PageSpec]) -> PageSpec | None:
    return next((spec for spec in specs if not spec.calendar), None)


def _add_toolbar(window: MainWindow, name: str) -> QToolBar:
    toolbar = QToolBar(window)
    toolbar.setObjectName(name)
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def build_toolbars(window: MainWindow) -> None:
    """Two toolbars: navigation and title, then the page switcher with New Event.

    They share one row when the window is wide enough and the switcher wraps onto a second
    row when it is not (``fit_toolbars``), so no button ever hides in Qt's overflow menu.
    """
    from PySide6.QtWidgets import QLabel

    toolbar = _add_toolbar(window, "navigation_toolbar")
    window.toolbar = toolbar
    toolbar.addAction(window.today_action)
    window.previous_button = QToolButton(toolbar)
    window.previous_button.setDefaultAction(window.previous_action)
    window.previous_button.setObjectName("previous_button")
    window.next_button = QToolButton(toolbar)
    window.next_button.setDefaultAction(window.next_action)
    window.next_button.setObjectName("next_button")
    for button in (window.previous_button, window.next_button):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(32)
        toolbar.addWidget(button)
    window.title_label = QLabel(toolbar)
    window.title_label.setObjectName("view_title")
    window.title_label.setContentsMargins(12, 0, 12, 0)
    window.title_label.setMinimumWidth(280)
    toolbar.addWidget(window.title_label)
    toolbar = _add_toolbar(window, "view_toolbar")
    window.view_toolbar = toolbar
    spacer = QWidget(toolbar)  # the last toolbar of a row takes the free width: buttons to the right
    spacer.setObjectName("view_toolbar_spacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    for spec in window.page_specs:
        if spec is first_extra_page(window.page_specs):
            toolbar.addSeparator()
        toolbar.addAction(window.view_actions[spec.key])
        toolbar.widgetForAction(window.view_actions[spec.key]).setObjectName(f"{spec.key}_button")
    toolbar.addSeparator()
    toolbar.addAction(window.new_action)
    new_button = toolbar.widgetForAction(window.new_action)
    new_button.setObjectName("new_event_button")
    new_button.setProperty("accent", True)


def translate_window_chrome(window: MainWindow) -> None:
    """Name every action, menu and toolbar of the window in the chosen language."""
    for spec in ACTIONS:
        made: QAction = getattr(window, spec.name)
        made.setText(_tr(spec.text))
        _set_tips(made, _tr(spec.tip) if spec.tip else "", spec.shortcuts)
    for page in window.page_specs:
        made = window.view_actions[page.key]
        made.setText(page.title())
        _set_tips(made, QCoreApplication.translate("MainWindow", "{page} view").format(page=page.title()), (page.shortcut,))
    for name, title in MENUS:
        getattr(window, name).setTitle(_tr(str(title)))
    window.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Navigation"))
    window.view_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Views"))


def _set_tips(made: QAction, tip: str, shortcuts: tuple[QKeySequence.StandardKey | str, ...]) -> None:
    if not tip:
        return  # Qt's own tooltip: the action's text, which follows the language by itself
    made.setStatusTip(tip)
    made.setToolTip(f"{tip} ({QKeySequence(shortcuts[0]).toString()})" if shortcuts else tip)


#: Pixels kept free beside the page switcher before it wraps to a row of its own.
TOOLBAR_SLACK = 8


def fit_toolbars(window: MainWindow) -> None:
    """Put the page switcher beside the title when the row has room for both, else on a row of its own."""
    if not hasattr(window, "view_toolbar"):
        return
    needed = window.toolbar.sizeHint().width() + content_width(window.view_toolbar)
    wrap = needed > window.width()
    if wrap != window.toolBarBreak(window.view_toolbar):
        if wrap:
            window.insertToolBarBreak(window.view_toolbar)
        else:
            window.removeToolBarBreak(window.view_toolbar)


def content_width(toolbar: QToolBar) -> int:
    """The width ``toolbar`` needs to show all its buttons, with a little room to spare.

    The tool bar's own size hint already adds up its buttons, separators, spacing, margins and
    handle, its expanding spacer counting for nothing. Adding them up here instead meant asking
    for its layout and separator widgets, Qt's private classes: handed one, PySide builds
    wrapper classes for dozens of widget types to find its type (54 enum classes before the
    first paint).
    """
    return toolbar.sizeHint().width() + TOOLBAR_SLACK


def _fill_menu(menu: QMenu, entries: list[QAction | None]) -> QMenu:
    """Add ``entries`` to ``menu`` in order, None standing for a separator; return the menu."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
    return menu
