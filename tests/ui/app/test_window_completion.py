"""The quick start's window is completed when its services arrive: what the first paint does not show comes then.

Before the first paint the window makes only what is seen: no search results list, no Find a Date
entries, no read-ahead of pages, and no page other than the one shown. ``take_services`` makes the
rest, and the window is then the window a normal start builds.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence
from PySide6.QtWidgets import QToolButton, QTreeView, QVBoxLayout, QWidget

from cica_planner.resources import icon_path
from cica_planner.services.container import services_over
from cica_planner.services.planner import PlannerService
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.settings import AppSettings
from cica_planner.ui.window_assembly import feature_services
from tests.ui.app.conftest import BICYCLE_DAY, SOC_JUNE, TODAY, quick_window

ROOT = Path(__file__).resolve().parents[3]


def _menus(window: MainWindow) -> list[list[str]]:
    return [[entry.text() or "-" for entry in title.menu().actions()] for title in window.menuBar().actions()]


def _tab_order(window: MainWindow) -> list[str]:
    """The names of the widgets Tab visits, in order (widgets that take no focus left out)."""
    names: list[str] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def _overflow_arrows(window: MainWindow) -> list[QImage]:
    """The arrows of the tool bars' overflow buttons (Qt's private buttons, hidden at every size the window allows)."""
    found = [toolbar.findChild(QToolButton, "qt_toolbar_ext_button") for toolbar in (window.toolbar, window.view_toolbar)]
    return [button.icon().pixmap(16).toImage() for button in found if button is not None]


def _shortcuts(window: MainWindow) -> dict[str, str]:
    return {made.text(): made.shortcut().toString() for made in window.findChildren(type(window.new_action))
            if made.text() and not made.shortcut().isEmpty()}


def test_the_first_paint_leaves_out_the_search_list_find_a_date_and_the_read_ahead(qtbot, seeded_db, tmp_path) -> None:
    made = quick_window(qtbot, seeded_db, AppSettings.from_path(tmp_path / "quick.ini"))
    assert made.sidebar.findChild(QTreeView, "search_results") is None
    assert made.scheduling.find_date_action is None
    assert not hasattr(made, "neighbours")
    assert "Find a &Date…" not in _menus(made)[1]
    assert made.sidebar.results_label.isHidden()
    # Neither SVG icon is read before the first paint, which shows neither (the first would load Qt's SVG plugin).
    assert made.windowIcon().isNull()
    chevron = QIcon(str(icon_path("chevron-down"))).pixmap(16).toImage()
    assert len(_overflow_arrows(made)) == 2
    assert chevron not in _overflow_arrows(made)


def test_take_services_completes_the_window_a_normal_start_builds(qtbot, planner, seeded_engine, seeded_db,
                                                                   tmp_path) -> None:
    made = quick_window(qtbot, seeded_db, AppSettings.from_path(tmp_path / "quick.ini"))
    made.take_services(services_over(seeded_engine, planner=planner))
    normal = MainWindow(planner, AppSettings.from_path(tmp_path / "normal.ini"), db_name=seeded_db.name, today=TODAY,
                        **feature_services(seeded_engine))
    qtbot.addWidget(normal)
    normal.resize(made.size())
    normal.show()

    results = made.sidebar.findChild(QTreeView, "search_results")
    assert results is not None
    assert results.isHidden()  # hidden until a search, as when made with the sidebar
    layout = made.sidebar.layout()
    assert isinstance(layout, QVBoxLayout)
    assert layout.indexOf(results) == layout.indexOf(made.sidebar.results_label) + 1
    assert layout.stretch(layout.indexOf(results)) == 3
    widgets = [(type(child).__name__, child.objectName()) for child in made.sidebar.children() if isinstance(child, QWidget)]
    assert widgets == [(type(child).__name__, child.objectName()) for child in normal.sidebar.children()
                       if isinstance(child, QWidget)]
    assert _tab_order(made) == _tab_order(normal)
    assert _tab_order(made).index("search_results") == _tab_order(made).index("search_edit") + 1
    assert _menus(made) == _menus(normal)
    assert _menus(made)[1][-3:] == ["-", "Find a &Date…", "&Blackout Periods…"]
    assert _shortcuts(made) == _shortcuts(normal)
    # The window icon and the overflow arrows came with the services, as a normal start has them.
    icon = QIcon(str(icon_path("cica-planner"))).pixmap(64).toImage()
    assert made.windowIcon().pixmap(64).toImage() == normal.windowIcon().pixmap(64).toImage() == icon
    chevron = QIcon(str(icon_path("chevron-down"))).pixmap(16).toImage()
    assert _overflow_arrows(made) == _overflow_arrows(normal) == [chevron, chevron]
    find_date = made.scheduling.find_date_action
    assert find_date is not None
    assert find_date.shortcut() == QKeySequence("Ctrl+Shift+D")


def test_the_completed_window_reads_the_next_page_ahead(qtbot, planner, seeded_engine, seeded_db, tmp_path,
                                                        monkeypatch) -> None:
    settings = AppSettings.from_path(tmp_path / "quick.ini")
    settings.set_last_date(date(2024, 5, 15))
    made = quick_window(qtbot, seeded_db, settings)
    made.take_services(services_over(seeded_engine, planner=planner))
    qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
    reads: list[object] = []
    window_events = planner._window_events
    monkeypatch.setattr(planner, "_window_events", lambda *args: reads.append(args) or window_events(*args))
    made.next_action.trigger()
    assert reads == []  # read while the window was idle, through the services
    view = made.current_view()
    assert view is not None
    assert made._occurrences == PlannerService(seeded_engine).occurrences(*view.visible_range(), tzid=made.display_tz())
    assert BICYCLE_DAY in {occurrence.uid for occurrence in made._occurrences}


def test_a_search_in_the_completed_window_lists_its_results(qtbot, planner, seeded_engine, seeded_db, tmp_path) -> None:
    made = quick_window(qtbot, seeded_db, AppSettings.from_path(tmp_path / "quick.ini"))
    made.take_services(services_over(seeded_engine, planner=planner))
    made.find_action.trigger()  # Ctrl+F: into the search box
    qtbot.keyClicks(made.sidebar.search_edit, "SOC")
    view = made.sidebar.results_view
    model = made.sidebar.results_model
    assert view.isVisible()
    assert SOC_JUNE in [model.index(row, 0).data(model.UidRole) for row in range(model.rowCount())]
    qtbot.keyClick(made.sidebar.search_edit, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_sidebar_asked_for_its_results_before_completion_makes_them_once(qtbot) -> None:
    from cica_planner.ui.widgets.sidebar import Sidebar

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.show()
    assert sidebar.findChild(QTreeView) is None
    view = sidebar.results_view  # a caller that looks at the list makes it
    sidebar.complete()
    assert sidebar.findChildren(QTreeView) == [view]
    assert view.isHidden()


_REOPEN_ON_THE_WEEK = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.quick_window import wait_for_first_paint
from cica_planner.ui.settings import AppSettings
settings = AppSettings.from_path(Path(sys.argv[2]))
settings.set_last_view("week")
settings.set_last_date(date(2024, 6, 10))
window = MainWindow(QuickCalendar.open(sys.argv[1]), settings, chairs=PendingService("chairmanship"),
                    checklists=PendingService("checklists"))
window.show()
assert wait_for_first_paint(window)
print(type(window.current_view()).__name__, "cica_planner.ui.views.month_view" in sys.modules, window.zone_label.text())
window.set_view("month")
print(type(window.current_view()).__name__, len(window._occurrences) > 3)
"""


def test_a_window_reopening_on_its_week_does_not_build_the_month_first(seeded_db, tmp_path) -> None:
    """The status bar used to ask for the current view before the stored page was known, building the month view."""
    done = subprocess.run([sys.executable, "-c", _REOPEN_ON_THE_WEEK, str(seeded_db), str(tmp_path / "week.ini")],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    week, month = done.stdout.strip().splitlines()
    assert week == "WeekView False Time zone: Asia/Almaty (Astana, UTC+05:00)"
    assert month == "MonthView True"


def test_the_mini_month_marks_the_days_of_the_display_zone(window) -> None:
    """Bold days of the mini month: each event's days as the display zone sees them; spans over two weeks left out."""
    from datetime import UTC, datetime, timedelta

    from cica_planner.domain.model import Category, Event

    late_evening = datetime(2027, 3, 4, 20, 0, tzinfo=UTC)  # 01:00 on 5 March in Astana (UTC+5)
    window.create_event(Event(title="Late call", category=Category.SOC, start=late_evening,
                              end=late_evening + timedelta(hours=1), tzid="Asia/Almaty"))
    window.create_event(Event(title="Expert meeting", category=Category.SOC, start=date(2027, 3, 10),
                              end=date(2027, 3, 13)))
    window.create_event(Event(title="Exhibition", category=Category.CULTURAL, start=date(2027, 3, 15),
                              end=date(2027, 4, 15)))
    window.go_to_date(date(2027, 3, 1))
    assert window.display_tz() == "Asia/Almaty"
    assert window.sidebar.mini_month.marked_dates() == {date(2027, 3, 5), date(2027, 3, 10), date(2027, 3, 11),
                                                        date(2027, 3, 12)}
    window.set_display_tz("Europe/London")  # 20:00 in London: the call is on the 4th there
    assert window.sidebar.mini_month.marked_dates() == {date(2027, 3, 4), date(2027, 3, 10), date(2027, 3, 11),
                                                        date(2027, 3, 12)}
