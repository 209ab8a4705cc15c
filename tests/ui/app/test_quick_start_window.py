"""The quick start: the window painted from the quick reader, then handed its services with nothing on it moving."""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cica_planner.services.container import services_over
from cica_planner.services.occurrence_lists import OccurrenceFilter
from cica_planner.services.planner import PlannerService
from cica_planner.services.quick_start import QuickCalendar
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.quick_window import open_quick_window
from cica_planner.ui.settings import AppSettings
from cica_planner.ui.views.year_view import YearView
from cica_planner.ui.window_assembly import feature_services
from tests.ui.app.conftest import BICYCLE_DAY, TODAY, quick_window

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "icalendar", "caldav", "psycopg")


def _shown(window: MainWindow) -> list[tuple[str, object, object]]:
    return [(o.uid, o.start, o.end) for o in window._occurrences]


@pytest.mark.parametrize("view", ["month", "week", "agenda"])
def test_the_page_does_not_change_when_the_services_arrive(qtbot, planner, seeded_engine, seeded_db, tmp_path,
                                                            view) -> None:
    settings = AppSettings.from_path(tmp_path / "quick.ini")
    settings.set_last_view(view)
    settings.set_last_date(TODAY.replace(year=2024, month=6))  # June 2024: busy, with the yearly series
    made = quick_window(qtbot, seeded_db, settings)
    assert not made.services_ready()
    assert not made.scheduling.panel.is_built()  # the Holidays page is hidden: its fields come when shown
    before_items, before_title, before_count = _shown(made), made.title_label.text(), made.count_label.text()
    QApplication.processEvents()
    before = made.grab().toImage()
    made.take_services(services_over(seeded_engine, planner=planner))
    assert made.services_ready()
    QApplication.processEvents()  # the layout pass before the next paint (the agenda sizes its columns there)
    assert made.grab().toImage() == before  # not one pixel moved
    assert (_shown(made), made.title_label.text(), made.count_label.text()) == (before_items, before_title, before_count)
    assert len(before_items) > 3
    if view == "month":
        assert BICYCLE_DAY in {uid for uid, _start, _end in before_items}


def test_the_quick_page_is_the_page_a_normal_start_shows(qtbot, planner, seeded_engine, seeded_db, tmp_path) -> None:
    settings = AppSettings.from_path(tmp_path / "quick.ini")
    quick = quick_window(qtbot, seeded_db, settings)
    normal = MainWindow(planner, AppSettings.from_path(tmp_path / "normal.ini"), db_name=seeded_db.name, today=TODAY,
                        **feature_services(seeded_engine))
    qtbot.addWidget(normal)
    normal.resize(quick.size())
    normal.show()
    assert _shown(quick) == _shown(normal)
    countries = [[model.index(row, 0).data() for row in range(model.rowCount())]
                 for model in (quick.sidebar.country_model, normal.sidebar.country_model)]
    assert countries[0] == countries[1]
    assert len(countries[0]) > 5
    assert quick.windowTitle() == normal.windowTitle()
    assert [a.text() for a in quick.menuBar().actions()] == [a.text() for a in normal.menuBar().actions()]
    assert list(quick.view_actions) == list(normal.view_actions)  # the same pages on the toolbar from the start


def test_pages_built_after_the_services_arrive_show_their_content(qtbot, planner, seeded_engine, seeded_db,
                                                                   tmp_path) -> None:
    made = quick_window(qtbot, seeded_db, AppSettings.from_path(tmp_path / "quick.ini"))
    made.take_services(services_over(seeded_engine, planner=planner))
    made.view_actions["chairmanship"].trigger()
    page = made.pages["chairmanship"]
    assert page.objectName() == "chairmanship_page"
    assert page.isVisible()
    made.view_actions["year"].trigger()
    assert made.title_label.text() == str(TODAY.year)
    year = made.views["year"]
    assert isinstance(year, YearView)
    assert year._bands  # the chairmanship terms under the year, from the real service


def test_windows_reopening_on_other_pages_take_the_normal_path(qapp, seeded_db, tmp_path) -> None:
    for page in ("year", "chairmanship", "checklists", "dashboard"):
        settings = AppSettings.from_path(tmp_path / f"{page}.ini")
        settings.set_last_view(page)
        assert open_quick_window(seeded_db, settings, read_only=lambda _path: False) is None
    assert open_quick_window(tmp_path / "missing.sqlite3", AppSettings.from_path(tmp_path / "m.ini"),
                              read_only=lambda _path: False) is None


@pytest.mark.parametrize("quick_start", [True, False])
def test_the_app_starts_on_both_paths(qapp, seeded_db, monkeypatch, quick_start) -> None:
    from cica_planner import app as app_module

    shown: list[MainWindow] = []
    painted_before_services: list[bool] = []
    take = MainWindow.take_services

    def recording_take(window: MainWindow, *args, **kwargs) -> None:
        painted_before_services.append(window.isVisible() and isinstance(window.planner, QuickCalendar)
                                       and not gc.isenabled())  # the start runs with the collector paused
        take(window, *args, **kwargs)

    collecting: list[bool] = []  # the garbage collector, paused for the start, runs again in the event loop
    frozen: list[int] = []  # over what is made from then on: the start's objects are frozen
    monkeypatch.setattr(MainWindow, "take_services", recording_take)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "configure_logging", lambda path, **_options: None)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: collecting.append(gc.isenabled()) or frozen.append(
        gc.get_freeze_count()) or shown.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()) or 0)
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    assert app_module.run_desktop(seeded_db, quick_start=quick_start) == 0
    assert collecting == [True]
    assert gc.isenabled()
    assert len(shown) == 1
    assert frozen[0] > frozen_before
    window = shown[0]  # made during the start: no pass of the collector scans it again
    assert gc.is_tracked(window)
    assert not any(found is window for generation in range(3) for found in gc.get_objects(generation))
    assert shown[0].services_ready()
    assert isinstance(shown[0].planner, PlannerService)
    assert shown[0].windowTitle() == "calendar.sqlite3 — CICA Planner"
    assert painted_before_services == ([True] if quick_start else [])
    assert shown[0].count_label.text()  # the page shows the calendar
    shown[0].close()


def test_the_window_modules_load_without_the_database_stack() -> None:
    code = ("import sys\nimport cica_planner.app, cica_planner.ui.quick_window, cica_planner.ui.main_window\n"
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.strip() == ""


_START_BEFORE_QT = """
import logging, sys
from pathlib import Path
from cica_planner.app import FIRST_PAINT_MODULES_BEFORE_QT, current_log_file, prepare_without_qt
prepare_without_qt(Path(sys.argv[1]))
prepare_without_qt(Path(sys.argv[1]))  # the benchmark prepares ahead of run_desktop, which prepares again
print(current_log_file())
print(sum(isinstance(handler, logging.FileHandler) for handler in logging.getLogger().handlers))
print(",".join(name for name in FIRST_PAINT_MODULES_BEFORE_QT if name not in sys.modules))
print(",".join(sorted({name.split(".")[0] for name in sys.modules} & {"PySide6", "shiboken6"})))
"""


def test_the_start_before_qt_logs_and_imports_the_first_paints_modules_without_qt(tmp_path) -> None:
    """prepare_without_qt, which run_desktop calls before Qt's first import, brings no Qt in (as a real start)."""
    done = subprocess.run([sys.executable, "-c", _START_BEFORE_QT, str(tmp_path / "logs")], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(ROOT), "PATH": "", "HOME": str(tmp_path)})
    log_file, file_handlers, missing, qt = done.stdout.splitlines()
    assert log_file == str(tmp_path / "logs" / "cica-planner.log")
    assert file_handlers == "1"
    assert missing == ""
    assert qt == ""


#: Modules the first paint does without: imported when their view, dialog or command is first used.
LAZY = ("cica_planner.ui.views.week_view", "cica_planner.ui.views.agenda_view", "cica_planner.ui.views.year_view",
        "cica_planner.ui.dialogs.event_dialog", "cica_planner.ui.dialogs.settings_dialog",
        "cica_planner.ui.dialogs.goto_dialog", "cica_planner.ui.dialogs.delete_dialog",
        "cica_planner.ui.dialogs.find_date_dialog", "cica_planner.ui.dialogs.blackout_dialog", "cica_planner.ui.commands",
        "cica_planner.services.scheduling.service", "cica_planner.services.scheduling.conflicts",
        "cica_planner.ui.widgets.search_results", "logging.handlers", "cica_planner.domain.tasks", "uuid",
        "cica_planner.ui.models.search_model", "cica_planner.ui.page_prefetch", "cica_planner.domain.search_text",
        "html")
#: Modules a page without a series does without once the holiday answers are kept on disk (the holidays
#: package, asked for a year the cache lacks, imports them itself): dateutil reads rules, calendar and
#: locale came with it.
LAZY_WITHOUT_SERIES = ("dateutil", "calendar", "locale")

_FIRST_PAINT_THEN_EVERY_VIEW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.quick_window import open_quick_window
from cica_planner.ui.quick_window import wait_for_first_paint
from cica_planner.ui.settings import AppSettings
quick = QuickCalendar.open(sys.argv[1])
window = MainWindow(quick, AppSettings.from_path(Path(sys.argv[2])), chairs=PendingService("chairmanship"),
                    checklists=PendingService("checklists"))
window.show()
assert wait_for_first_paint(window)
print("imported:" + ",".join(m for m in sys.argv[3].split(",") if m in sys.modules))
for key in ("week", "day", "agenda", "year", "month"):
    window.set_view(key)
    print(key, type(window.current_view()).__name__, len(window._occurrences))
"""


def test_the_first_paint_imports_no_other_view_dialog_or_command(seeded_db, tmp_path) -> None:
    """In a fresh process (as at a real start): none of LAZY is imported by the first paint, and each view comes on first use."""
    settings = tmp_path / "lazy.ini"
    AppSettings.from_path(settings).set_last_date(TODAY.replace(year=2024, month=6))
    done = subprocess.run([sys.executable, "-c", _FIRST_PAINT_THEN_EVERY_VIEW, str(seeded_db), str(settings), ",".join(LAZY)],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    imported, *views = done.stdout.strip().splitlines()
    assert imported == "imported:"
    shown = {key: (name, int(count)) for key, name, count in (line.split() for line in views)}
    assert {key: name for key, (name, _count) in shown.items()} == {
        "week": "WeekView", "day": "WeekView", "agenda": "AgendaView", "year": "YearView", "month": "MonthView"}
    assert shown["month"][1] > 3
    assert shown["year"][1] >= shown["month"][1]


_FIRST_PAINT_ONLY = _FIRST_PAINT_THEN_EVERY_VIEW.split("for key in")[0]


def test_a_page_without_series_is_painted_without_dateutil(seeded_db, tmp_path) -> None:
    """The second start (the holiday answers kept by the first) paints March 2024 without dateutil.

    The test calendar's one series, World Bicycle Day, begins in June 2024: March's page reads no rule.
    """
    with closing(sqlite3.connect(seeded_db)) as calendar:
        assert calendar.execute("SELECT count(*) FROM event WHERE rrule IS NOT NULL AND series_first_utc < '2024-05-01'"
                                ).fetchone() == (0,)
    settings = tmp_path / "series.ini"
    AppSettings.from_path(settings).set_last_date(TODAY.replace(year=2024, month=3))
    runs = [subprocess.run([sys.executable, "-c", _FIRST_PAINT_ONLY, str(seeded_db), str(settings), ",".join(LAZY_WITHOUT_SERIES)],
                           cwd=ROOT, capture_output=True, text=True, check=False,
                           env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                                "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"}) for _start in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    assert runs[1].stdout.strip() == "imported:"


@pytest.mark.parametrize(("argv", "window"), [
    ([], (None, False)), (["--db", "team.sqlite3"], ("team.sqlite3", False)), (["--db=x.sqlite3", "--no-seed"], ("x.sqlite3", True)),
    (["list"], None), (["--help"], None), (["-h"], None), (["--version"], None), (["--db"], None),
    (["--db", "x", "import", "f.ics"], None), (["--bogus"], None),
])
def test_a_window_start_is_told_without_the_commands_parser(argv, window) -> None:
    from cica_planner.cli import window_options

    options = window_options(argv)
    assert (None if options is None else (options.db, options.no_seed)) == window


def _window_on(qtbot, planner, seeded_engine, tmp_path, name: str) -> MainWindow:
    made = MainWindow(planner, AppSettings.from_path(tmp_path / f"{name}.ini"), db_name="calendar.sqlite3", today=TODAY,
                      **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
    return made


def test_next_and_previous_pages_are_read_ahead_while_idle(qtbot, planner, seeded_engine, tmp_path, monkeypatch) -> None:
    made = _window_on(qtbot, planner, seeded_engine, tmp_path, "ahead")
    reads: list[object] = []
    window_events = planner._window_events
    monkeypatch.setattr(planner, "_window_events", lambda *args: reads.append(args) or window_events(*args))
    for action in (made.next_action, made.previous_action, made.previous_action):
        action.trigger()
        assert reads == []  # the page was read while the window was idle
        view = made.current_view()
        assert view is not None
        fresh = PlannerService(seeded_engine).occurrences(*view.visible_range(), tzid=made.display_tz())
        assert made._occurrences == fresh
        qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
        reads.clear()


def test_the_pages_read_ahead_are_painted_out_of_sight_with_what_was_read(qtbot, planner, seeded_engine, tmp_path,
                                                                         monkeypatch) -> None:
    made = _window_on(qtbot, planner, seeded_engine, tmp_path, "rehearsed")
    view = made.current_view()
    assert view is not None
    rehearsed: dict[object, list[str]] = {}
    monkeypatch.setattr(view, "rehearse", lambda day, items, tzid: rehearsed.update({day: [o.uid for o in items]}))
    made.next_action.trigger()
    qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
    assert set(rehearsed) == {view.shifted(1), view.shifted(-1)}
    for day, uids in rehearsed.items():
        first, end = view.visible_range_for(day)
        assert uids == [o.uid for o in PlannerService(seeded_engine).occurrences(first, end, tzid=made.display_tz())]


def test_pages_read_ahead_for_a_page_since_deleted_are_let_go(qtbot, planner, seeded_engine, tmp_path) -> None:
    """A language switch rebuilds the pages while their neighbours wait to be painted ahead: nothing is painted
    on the deleted page (no error in the event loop), and the new page's neighbours are read ahead as ever."""
    made = _window_on(qtbot, planner, seeded_engine, tmp_path, "deleted")
    old = made.current_view()
    assert old is not None
    made.neighbours.shown(old, OccurrenceFilter(), made.display_tz())
    assert made.neighbours.busy()
    try:
        made.apply_language("ru")  # before the window is idle: both neighbours of the old page still wait
        qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
        new = made.current_view()
        assert new is not None
        assert new is not old
        made.next_action.trigger()
        assert made.neighbours.busy()
        qtbot.waitUntil(lambda: not made.neighbours.busy(), timeout=5000)
    finally:
        made.apply_language("en")


def test_a_page_read_ahead_is_dropped_when_the_calendar_changes(qtbot, planner, seeded_engine, tmp_path) -> None:
    from datetime import timedelta

    from cica_planner.domain.model import Category, Event

    made = _window_on(qtbot, planner, seeded_engine, tmp_path, "changed")
    view = made.current_view()
    assert view is not None
    first, end = view.visible_range_for(view.shifted(1))
    day = first + (end - first) / 2
    other = PlannerService(seeded_engine)  # another part of the program writes (an import, a sync)
    other.create(Event(title="Written after the read-ahead", category=Category.SOC, start=day, end=day + timedelta(days=1)))
    made.next_action.trigger()
    assert "Written after the read-ahead" in [o.event.title for o in made._occurrences]


_WAIT_THEN_LIST_ANIMATION_WRAPPERS = """
import sys
from pathlib import Path
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.quick_window import open_quick_window
from cica_planner.ui.quick_window import wait_for_first_paint
from cica_planner.ui.settings import AppSettings
window = MainWindow(QuickCalendar.open(sys.argv[1]), AppSettings.from_path(Path(sys.argv[2])),
                    chairs=PendingService("chairmanship"), checklists=PendingService("checklists"))
window.show()
print(wait_for_first_paint(window, timeout=60.0))
print(",".join(name for name in ("QAbstractAnimation", "QVariantAnimation") if name in vars(core)))
"""


def test_waiting_for_the_first_paint_hands_python_no_object_of_qt_s_own(seeded_db, tmp_path) -> None:
    """The wait watches the window and its view only, so Qt's private animation timer never reaches Python.

    Handed to Python (as an application-wide event filter does with every object that gets an
    event), that timer made PySide build wrapper classes for a hundred Qt types, animation
    classes among them, to find its type: about 10 ms before the first paint.
    """
    done = subprocess.run([sys.executable, "-c", _WAIT_THEN_LIST_ANIMATION_WRAPPERS, str(seeded_db),
                           str(tmp_path / "wait.ini")], cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["True", ""]


_COUNTING_DATACLASSES = """
import dataclasses
made = []
processing = dataclasses._process_class
def counting(cls, *args, **kwargs):
    made.append(cls.__module__ + "." + cls.__qualname__)
    return processing(cls, *args, **kwargs)
dataclasses._process_class = counting
""" + _FIRST_PAINT_ONLY + """
print("window records:" + ",".join(name for name in made if name.startswith("cica_planner.ui.")))
"""


def test_the_first_paint_makes_no_dataclass_of_the_window_s_own(seeded_db, tmp_path) -> None:
    """The window's records are plain classes with slots (ui/records.py): a dataclass compiles its methods on import."""
    settings = tmp_path / "records.ini"
    AppSettings.from_path(settings).set_last_date(TODAY.replace(year=2024, month=6))
    done = subprocess.run([sys.executable, "-c", _COUNTING_DATACLASSES, str(seeded_db), str(settings), ""],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "window records:"


_READY_FOR_WORK = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from cica_planner import app
from cica_planner.ui.settings import AppSettings

QCoreApplication.setOrganizationName(app.ORGANISATION)  # the user's settings, as the start names them
QCoreApplication.setApplicationName(app.APP_NAME)
AppSettings().set_welcome_seen()  # a start after the first: the welcome is not shown
QApplication.exec = lambda *args: 0  # the window is ready for work when the event loop would start
assert app.run_desktop(sys.argv[1], log_dir=None) == 0
print("loaded:" + ",".join(sorted(name for name in sys.modules if name.startswith(tuple(sys.argv[2].split(","))))))
"""

#: Opened on first use, not needed for the window to answer its first click: every dialog, the
#: iCalendar import and export, the CalDAV client, the PostgreSQL dialect.
NOT_AT_READY = ("cica_planner.ui.dialogs.", "cica_planner.services.ical", "cica_planner.services.caldav_client",
                "caldav", "icalendar", "sqlalchemy.dialects.postgresql")


def test_the_window_is_ready_for_work_without_dialogs_or_ical(seeded_db, tmp_path) -> None:
    """In a fresh process, a start until the event loop: no dialog, no iCalendar or CalDAV code, no PostgreSQL code."""
    done = subprocess.run([sys.executable, "-c", _READY_FOR_WORK, str(seeded_db), ",".join(NOT_AT_READY)],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "XDG_CONFIG_HOME": str(tmp_path / "config"), "CICA_PLANNER_LOG_DIR": str(tmp_path / "log"),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "loaded:"
