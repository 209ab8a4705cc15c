"""With Russian chosen, every page, menu and dialog reads in Russian and nothing is cut at 1024×700.

The window is built in English with its features (team session, backups, publishing, the
scheduling assistant), then switched to Russian as a user would switch in Settings. Cases are
named by the area that owns their strings: ``-k window``, ``-k dialogs``, ``-k views``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

from cica_planner.ui.main_window import MainWindow
from tests.ui.i18n.conftest import TODAY
from tests.ui.i18n.registry import DIALOGS, PAGES, DialogCase, pending
from tests.ui.i18n.walk import clipped_texts, english_leftovers, is_english, tab_widget_pages, visible_texts
from tests.ui.shared_window import close_shared, show_exposed


@pytest.fixture(scope="module")
def _walked_window(english_for_the_module, module_seeded_engine, module_home) -> Iterator[MainWindow]:
    """The full window with the parts the app adds (ui/window_assembly.py, app.py), switched to Russian.

    Built once for the module: the walk only reads what the window shows. Each test sets the page
    it reads; :func:`russian_window` puts the size and the first page back before each one.
    """
    from cica_planner.i18n.language import install_language
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.backups_menu import install_backups_action
    from cica_planner.ui.open_calendar import add_menu_entries
    from cica_planner.ui.publishing import attach_publishing
    from cica_planner.ui.settings import AppSettings
    from cica_planner.ui.team_session import attach
    from cica_planner.ui.window_assembly import feature_services, open_window_over

    engine = module_seeded_engine
    settings = AppSettings.from_path(module_home / "settings.ini")
    window = MainWindow(PlannerService(engine), settings, db_name="calendar.sqlite3", today=TODAY,
                        **feature_services(engine))
    show_exposed(window, WALK_SIZE)
    attach(window, poll=False)
    add_menu_entries(window, open_window_over)
    install_backups_action(window, window.data_location())
    controller = attach_publishing(window, settings.store)
    window.apply_language("ru")
    yield window
    controller.wait()
    close_shared(window)
    install_language("en")


@pytest.fixture
def russian_window(_walked_window: MainWindow) -> MainWindow:
    """The module's Russian window at 1024×700 on the page it opened on, whatever the test before it read."""
    window = _walked_window
    window.resize(*WALK_SIZE)
    window.set_view(FIRST_PAGE)
    return window

#: The size of the walk (the smallest screen the app supports) and the page the window opens on.
WALK_SIZE = (1024, 700)
FIRST_PAGE = "month"


def _chrome(window) -> list[QWidget]:
    """The window's own parts: menu bar, toolbars (without the page title, which a view writes), status bar."""
    parts: list[QWidget] = [window.menuBar(), window.statusBar(), window.read_only_bar]
    parts += list(window.findChildren(QToolBar))
    return parts


def _report(found) -> str:
    return "\n".join(str(item) for item in found)


def test_the_walk_sees_english_and_passes_russian() -> None:
    """The rule itself: English words are caught, Russian, codes and proper nouns pass."""
    assert is_english("&New Event…")
    assert is_english("Time zone: Asia/Almaty (Astana, UTC+05:00)")
    assert not is_english("&Создать событие…")
    assert not is_english("Часовой пояс: Asia/Almaty (Астана, UTC+05:00)")
    assert not is_english("CICA Planner — calendar.sqlite3")
    assert not is_english("UTC+05:00")
    assert is_english("Decision/Procedure")
    assert not is_english("secretariat/cica-planner/")  # a path is data


def test_window_menus_toolbars_and_status_bar_read_russian(russian_window) -> None:
    window = russian_window
    leftovers = [item for part in _chrome(window) for item in english_leftovers(part)
                 if "view_title" not in item.where]
    leftovers += [item for item in visible_texts(window) if item.where.endswith("window title") and is_english(item.text)]
    assert not leftovers, _report(leftovers)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Файл", "&Правка", "&Вид", "&Справка"]


def test_window_chrome_fits_at_1024_by_700(russian_window, qtbot) -> None:
    window = russian_window
    window.resize(1024, 700)
    qtbot.wait(10)
    assert window.width() == 1024
    clipped = [item for part in _chrome(window) for item in clipped_texts(part)]
    assert not clipped, _report(clipped)
    for action in window.view_actions.values():  # every page button shown, none in an overflow menu
        button = window.view_toolbar.widgetForAction(action)
        assert button is not None
        assert button.isVisible(), action.text()


@pytest.mark.parametrize("key", [pytest.param(key, id=f"views-{key}", marks=pending("views")) for key in PAGES])
def test_every_page_reads_russian(russian_window, qtbot, key: str) -> None:
    window = russian_window
    window.set_view(key)
    qtbot.wait(10)
    page = window.page_frame(key)
    leftovers = english_leftovers(page) + english_leftovers(window.title_label)
    if window.sidebar.isVisible():
        leftovers += english_leftovers(window.sidebar)
    for tabs, index in tab_widget_pages(page):
        tabs.setCurrentIndex(index)
        leftovers += english_leftovers(tabs.currentWidget())
    assert not leftovers, _report(leftovers)
    clipped = clipped_texts(page)
    assert not clipped, _report(clipped)


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.area}-{case.name}", marks=pending(case.area))
                                  for case in DIALOGS])
def test_every_dialog_reads_russian(russian_window, qtbot, case: DialogCase) -> None:
    dialog = case.build(russian_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the help dialogs delete themselves
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    leftovers = english_leftovers(dialog)
    clipped = clipped_texts(dialog)
    for tabs, index in tab_widget_pages(dialog):
        tabs.setCurrentIndex(index)
        leftovers += english_leftovers(tabs.currentWidget())
        clipped += clipped_texts(tabs.currentWidget())
    dialog.close()
    assert not leftovers, _report(leftovers)
    assert not clipped, _report(clipped)
