"""Start a window and leave at its first paint: the time to a visible window, measured from outside.

``python bench/first_paint.py app --db FILE`` starts CICA Planner on FILE; ``python
bench/first_paint.py bare`` starts a bare QMainWindow with a QCalendarWidget, the floor
any Qt calendar pays. Both are watched by the same event filter, and leave
with ``os._exit`` right after the first paint pass of their main window, printing the resident
memory at that moment (MB). The caller times the whole process from outside.

The filter watches the native window of each main window as it is shown, not the whole
application. A filter on the application is called, in Python, with every object that gets an
event; handed one of Qt's private objects (the animation timer a tool bar starts), PySide
builds a hundred wrapper classes to find its type, about 10 ms that the watching itself would
add to the app's start and not to the bare window's.

``bare-qt`` is the bare window whose calendar starts its weeks on Monday: one use of Qt's
namespace, which makes PySide build all of that namespace's enumerations (93 classes, about
1,300 members), as any window that sets an alignment, a shortcut or a day of the week does.

``month-alone`` starts a QMainWindow holding only the app's month page over the same
calendar file (the quick first paint's reader, today's month in the home zone): no sidebar,
toolbar, menus or status bar. It is not a goal of its own; it shows how much of the app's start
the month page itself takes, above the bare window: importing the calendar's modules, reading
the page's events and drawing them.

``app-ready`` leaves instead when the app enters its event loop with the window ready for
work (its services loaded after a quick first paint, publishing attached): the start-up a
user waits for before a click is answered. ``app`` also prints, before the memory, where
the time went inside the process: the app's start before Qt (importing the command line, then
``app.prepare_without_qt``: the log and the first paint's modules that import no Qt, which the
app imports before Qt as ``run_desktop`` does), importing Qt, importing the app's window modules,
and the rest up to the first paint (reading the calendar, building and painting the window). The
bare window and ``month-alone`` import Qt first.

``--classes`` after the kind counts, instead of timing, the classes Python builds at run time up
to the first paint, which a compiled toolkit would not: the enumerations PySide makes through
Python's ``enum`` module (all 93 of the Qt namespace at the first use of ``Qt``), the process's
own enumerations, and its dataclasses, with the time each kind took. The counting adds a little
time of its own, so those starts are not among the timed ones.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
phases: list[tuple[str, float]] = []
#: The size every main window is shown at (the app's own default, 1400 × 900, or a size a user left, would paint more or less).
WINDOW_SIZE = (1280, 800)
COUNTING = "--classes" in sys.argv
if COUNTING:
    sys.argv.remove("--classes")
    from bench.class_count import count_classes

    classes_made = count_classes()

if sys.argv[1:2] in (["app"], ["app-ready"]):
    # As the app does (``app.run_desktop``): with the garbage collector paused, the start's work that
    # needs no Qt comes before Qt's first import.
    gc.disable()
    import cica_planner.cli  # noqa: F401 - the entry point's module, imported first as at a real start
    from cica_planner.app import prepare_without_qt

    prepare_without_qt()
    phases.append(("the app's start before Qt", time.perf_counter() - STARTED))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow  # noqa: E402

phases.append(("import Qt", time.perf_counter() - STARTED - sum(seconds for _name, seconds in phases)))


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report_and_leave() -> None:
    phases.append(("read the calendar, build and paint the window", time.perf_counter() - STARTED
                   - sum(seconds for _name, seconds in phases)))
    for name, seconds in phases:
        sys.stdout.write(f"phase {name}: {seconds:.4f}\n")
    if COUNTING:
        sys.stdout.write(f"classes {classes_made.as_json()}\n")
    sys.stdout.write(f"{resident_mb():.1f}\n")
    sys.stdout.flush()
    os._exit(0)


class LeaveAtFirstPaint(QObject):
    """Leaves once the first paint of a window it watches is over.

    On the offscreen platform Qt hands a widget window its paint as a paint event of its native
    window (QWindow), which paints all the dirty widgets in one pass; a zero timer runs right
    after that pass ends.
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, report_and_leave)
        return False


def watch_main_windows(watcher: QObject | None) -> None:
    """Show every QMainWindow (bare or app alike) at ``WINDOW_SIZE``, its native window watched by ``watcher``.

    The same size for every start: the pixels each one paints are the same.
    """
    plain_show = QMainWindow.show

    def show(window: QMainWindow) -> None:
        window.resize(*WINDOW_SIZE)
        if watcher is not None:
            window.winId()  # the native window, made now rather than within show(), to watch it from its first event
            native = window.windowHandle()
            if native is not None:
                native.installEventFilter(watcher)
        plain_show(window)

    QMainWindow.show = show  # type: ignore[method-assign]


def main() -> int:
    app = QApplication(sys.argv[:1])
    kind = sys.argv[1]
    watch_main_windows(LeaveAtFirstPaint() if kind != "app-ready" else None)
    if kind in ("bare", "bare-qt"):
        window = QMainWindow()
        calendar = QCalendarWidget()
        if kind == "bare-qt":  # any window that sets an alignment, a shortcut or a day of the week names Qt's namespace
            from PySide6.QtCore import Qt

            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        window.setCentralWidget(calendar)
        window.show()
        return app.exec()
    if kind == "month-alone":
        return month_alone(app, Path(sys.argv[sys.argv.index("--db") + 1]))
    imported = time.perf_counter()
    # The app imports these modules within its start, with the garbage collector paused (disabled
    # above): imported ahead of it here, only to time them apart, they are imported alike.
    from cica_planner.cli import main as app_main
    from cica_planner.ui import main_window, quick_window  # noqa: F401 - timed here: the window's modules

    phases.append(("import the app's window modules", time.perf_counter() - imported))
    if kind == "app-ready":  # the app enters its event loop once the window is ready for work
        QApplication.exec = lambda *_args: report_and_leave()
    sys.argv = ["cica-planner", *sys.argv[2:]]
    return app_main()


def month_alone(app: QApplication, database: Path) -> int:
    """Show the app's month page alone over ``database``, as the app's quick first paint reads and draws it."""
    gc.disable()  # as the app's start does
    from cica_planner.domain.clock import HOME_ZONE, system_clock
    from cica_planner.services.quick_start import QuickCalendar
    from cica_planner.ui.views.month_view import MonthView

    calendar = QuickCalendar.open(database)
    if calendar is None:
        raise SystemExit(f"{database} is not a calendar file at this version's schema")
    window = QMainWindow()
    month = MonthView(window)
    window.setCentralWidget(month)
    month.set_anchor_date(system_clock().today(HOME_ZONE))
    start, end = month.visible_range()
    month.set_occurrences(calendar.occurrences(start, end, tzid=HOME_ZONE), HOME_ZONE)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
