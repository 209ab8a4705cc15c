"""CICA Planner against what people would use instead: one run, one table of ratios.

Run from the project root: ``python -m bench`` (options: ``--events``, ``--small``,
``--tasks``, ``--runs``, ``--starts``, ``--markdown FILE``). It generates its own data: Outlook-style
``.ics`` files of ``--small`` (3,000) and ``--events`` (10,000) events with Windows zone
names, weekly series and all-day events, and a calendar database built from the large file
plus ``--tasks`` (30,000) checklist tasks.

Each measure runs next to its peer in the same run, so the ratio holds on a noisy machine:

* import (the CLI, a new calendar, from outside the process) against icalendar's parse of
  the same file (also a fresh process), and against ``khal import`` when khal is installed
  (``pipx install khal``, or set ``KHAL`` to a khal executable);
* export (in one process) against icalendar's ``to_ical()`` of the same calendar;
* start-up to the first paint of the main window, from outside, against a bare PySide6
  ``QMainWindow`` with a ``QCalendarWidget`` (``bench/first_paint.py``), and the resident
  memory at that moment; beside it, the app's month page alone and the bare window naming Qt's
  namespace once (its weeks from Monday), both against the bare window;
* month switches and agenda scrolling over the large calendar (median and 95th percentile).

The start-ups of the app and of the bare window alternate (``--starts`` of each, 15 by default), and
the direct month switches pool ``--runs`` rounds of 36, each round in a fresh process that has read
and drawn no page yet: the machines this runs on slow down and speed up for seconds at a time, and a
median over many interleaved starts, or over several rounds, falls less on one such moment.

Under the table, the import of the small file is broken down step by step
(``bench/io_breakdown.py``), the start-up to the first paint phase by phase, the classes each
start builds through Python before its first paint (``bench/class_count.py``: PySide's
enumerations, the app's own, its dataclasses), and the month switches step by step (read, lay
out, paint; in the window: Next, then the window's paint), so a measure over its goal comes with
where the time goes.
``--io-only`` measures import and export alone.

Times are printed, never asserted: tests stay deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.io_breakdown import describe, import_steps  # noqa: E402
from bench.outlook_file import write_outlook_calendar  # noqa: E402

PYTHON = sys.executable
CLI = [PYTHON, "-m", "cica_planner"]
#: The settings of a returning user (the welcome dismissed, the month page last seen) and nothing more: the
#: window's size, tool bars and filters left by whoever used the app on this machine must not change what is measured.
RETURNING_USER_SETTINGS = "[welcome]\nseen=true\n\n[window]\nview=month\n"


def settings_folder() -> str:
    """A configuration folder (XDG_CONFIG_HOME) holding only the settings of a returning user, for the processes measured."""
    folder = Path(tempfile.mkdtemp(prefix="cica-bench-config-"))
    settings = folder / "CICA Secretariat" / "CICA Planner.conf"  # where Qt keeps the app's settings under that folder
    settings.parent.mkdir()
    settings.write_text(RETURNING_USER_SETTINGS, encoding="utf-8")
    return str(folder)


#: An installed app runs from compiled bytecode, so the processes measured may write theirs.
QUIET_ENV = {**{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
             "PYTHONPATH": str(ROOT), "CICA_PLANNER_LOG_DIR": tempfile.mkdtemp(prefix="cica-bench-log-"),
             "XDG_CONFIG_HOME": settings_folder()}


@dataclass
class Row:
    measure: str
    ours: float
    reference: float | None
    reference_name: str
    goal: str
    passed: bool | None
    unit: str = "s"

    def ratio_text(self) -> str:
        if self.reference is None or self.reference == 0:
            return "—"
        if self.goal.startswith("≥"):  # "times faster" goals read as the peer over us
            return f"{self.reference / self.ours:.1f}× faster"
        if self.unit == "MB":
            return f"+{self.ours - self.reference:.0f} MB"
        return f"{self.ours / self.reference:.2f}×"


def run_outside(command: list[str], cwd: Path | None = None) -> float:
    """Wall time of a whole process, from outside; a failure stops the bench with its output."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=QUIET_ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def icalendar_parse_seconds(path: Path) -> float:
    code = "import sys, icalendar; icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())"
    return run_outside([PYTHON, "-c", code, str(path)])


def cli_import_seconds(path: Path, folder: Path) -> float:
    database = folder / f"import-{time.monotonic_ns()}.sqlite3"
    try:
        return run_outside([*CLI, "--db", str(database), "--no-seed", "import", str(path)])
    finally:
        for leftover in folder.glob(database.name + "*"):
            leftover.unlink()


def khal_executable() -> str | None:
    return os.environ.get("KHAL") or shutil.which("khal")


def khal_import_seconds(khal: str, path: Path, folder: Path) -> float:
    calendar_dir = Path(tempfile.mkdtemp(prefix="khal-cal-", dir=folder))
    config = folder / "khal.conf"
    config.write_text(
        "[calendars]\n[[bench]]\npath = " + str(calendar_dir) + "\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "default_timezone = Asia/Almaty\nlocal_timezone = Asia/Almaty\n"
        "[sqlite]\npath = " + str(folder / f"khal-{time.monotonic_ns()}.db") + "\n",
        encoding="utf-8",
    )
    try:
        return run_outside([khal, "-c", str(config), "import", "--batch", "-a", "bench", str(path)])
    finally:
        shutil.rmtree(calendar_dir, ignore_errors=True)


def first_paint(kind: str, database: Path | None = None, phases: dict[str, list[float]] | None = None) -> tuple[float, float]:
    """(seconds to the first paint from process start, resident MB then) for the app or the bare window.

    ``kind`` "app-ready" times the app until its window is ready for work instead. The phases
    the process reports (bench/first_paint.py) are added to ``phases``, with the interpreter's
    own start as the time the process took before its first line.
    """
    command = [PYTHON, str(ROOT / "bench" / "first_paint.py"), kind]
    if database is not None:
        command += ["--db", str(database)]
    started = time.perf_counter()
    done = subprocess.run(command, env=QUIET_ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"first paint of {kind} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    lines = done.stdout.strip().splitlines()
    if phases is not None:
        reported = [(name, float(seconds)) for name, seconds in
                    (line.removeprefix("phase ").rsplit(": ", 1) for line in lines if line.startswith("phase "))]
        phases.setdefault("start Python", []).append(elapsed - sum(seconds for _name, seconds in reported))
        for name, seconds in reported:
            phases.setdefault(name, []).append(seconds)
    return elapsed, float(lines[-1])


def classes_made(kind: str, database: Path | None = None) -> dict[str, list[float]]:
    """What the start of ``kind`` builds through Python before its first paint, by kind: [classes, members, seconds].

    One start counted by ``bench/first_paint.py --classes`` (its counting takes time of its own,
    so it is not one of the timed starts).
    """
    command = [PYTHON, str(ROOT / "bench" / "first_paint.py"), kind, "--classes"]
    if database is not None:
        command += ["--db", str(database)]
    done = subprocess.run(command, env=QUIET_ENV, capture_output=True, text=True, check=False)
    counts = [line.removeprefix("classes ") for line in done.stdout.splitlines() if line.startswith("classes ")]
    if done.returncode != 0 or not counts:
        raise SystemExit(f"counting the classes of {kind} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(counts[0])


def classes_table(app: dict[str, list[float]], bare: dict[str, list[float]]) -> str:
    """The classes each start builds through Python before its first paint (one counted start of each)."""
    def told(kind: str, made: list[float]) -> str:
        classes, members, seconds = made
        members_text = f", {members:,.0f} members" if kind.endswith("enumerations") else ""
        return f"{classes:,.0f}{members_text}: {seconds * 1000:.1f} ms"

    lines = ["| built through Python before the first paint | CICA Planner | bare window |", "|---|---|---|"]
    for kind, made in app.items():
        lines.append(f"| {kind} | {told(kind, made)} | {told(kind, bare.get(kind, [0, 0, 0.0]))} |")
    return "\n".join(lines)


def build_big_calendar(source: Path, database: Path, task_count: int) -> None:
    from cica_planner.domain.tasks import RelativeDeadline, Task
    from cica_planner.services.ical_import import import_file
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database
    from cica_planner.services.tasks import TaskService

    engine = open_database(database, seed=False)
    planner = PlannerService(engine)
    import_file(planner, source.read_bytes())
    uids = [event.uid for event in planner.all_events()]
    tasks = [Task(title=f"Step {number}", event_uid=uids[number % len(uids)], owner=f"Officer {number % 12}",
                  relative=RelativeDeadline(-(number % 60) - 1)) for number in range(task_count)]
    TaskService(engine).add(tasks)
    engine.dispose()


def export_ratio(database: Path) -> tuple[float, float]:
    """(our export, icalendar's to_ical of the same calendar), both in this process."""
    import icalendar

    from cica_planner.services.ical_export import ExportOptions, build_export
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    planner = PlannerService(open_database(database, seed=False))
    started = time.perf_counter()
    data = build_export(planner, ExportOptions()).to_bytes()
    ours = time.perf_counter() - started
    calendar = icalendar.Calendar.from_ical(data)
    started = time.perf_counter()
    calendar.to_ical()
    return ours, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


#: The steps of a month switch, in the order they run (the keys of view_timings' and window_switches' steps).
READ_STEP = "read the page's events (planner, a page never read)"
LAY_OUT_STEP = "lay out the page (display items, lanes, rectangles)"
PAINT_STEP = "paint the month page"
NEXT_STEP = "Next: the page kept, laid out; titles, counts, mini month"
WINDOW_PAINT_STEP = "paint the whole window, the month page in it"


def view_timings(database: Path, steps: dict[str, list[float]] | None = None) -> tuple[list[float], list[float]]:
    """Seconds per month switch (fetch + lay out + paint) and per agenda scroll step.

    ``steps`` gets each switch's seconds per step (READ_STEP, LAY_OUT_STEP, PAINT_STEP).
    """
    from PySide6.QtWidgets import QApplication

    from cica_planner.app import collect_from_now_on
    from cica_planner.domain.clock import HOME_ZONE
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database
    from cica_planner.ui.views.agenda_view import AgendaView
    from cica_planner.ui.views.month_view import MonthView

    app = QApplication.instance() or QApplication([])
    planner = PlannerService(open_database(database, seed=False))
    month = MonthView()
    month.resize(1400, 900)
    month.show()
    collect_from_now_on()  # as the app does once its window is ready
    switches = []
    steps = {} if steps is None else steps
    for offset in range(36):
        first = date(2021 + offset // 12, offset % 12 + 1, 1)
        started = time.perf_counter()
        month.set_anchor_date(first)
        start, end = month.visible_range()
        occurrences = planner.occurrences(start, end, tzid=HOME_ZONE)
        read = time.perf_counter()
        month.set_occurrences(occurrences, HOME_ZONE)
        laid_out = time.perf_counter()
        month.repaint()
        app.processEvents()
        painted = time.perf_counter()
        switches.append(painted - started)
        for name, seconds in ((READ_STEP, read - started), (LAY_OUT_STEP, laid_out - read), (PAINT_STEP, painted - laid_out)):
            steps.setdefault(name, []).append(seconds)
    agenda = AgendaView()
    agenda.resize(1400, 900)
    agenda.show()
    agenda.set_anchor_date(date(2023, 3, 1))
    start, end = agenda.visible_range()
    agenda.set_occurrences(planner.occurrences(start, end + timedelta(days=1), tzid=HOME_ZONE), HOME_ZONE)
    bar = agenda.tree.verticalScrollBar()
    scrolls = []
    for step in range(60):
        started = time.perf_counter()
        bar.setValue(min(bar.maximum(), step * bar.pageStep() // 3))
        agenda.tree.viewport().repaint()
        app.processEvents()
        scrolls.append(time.perf_counter() - started)
    month.close()
    agenda.close()
    return switches, scrolls


def view_round(database: Path, steps: dict[str, list[float]]) -> tuple[list[float], list[float]]:
    """:func:`view_timings` in a fresh process, its steps added to ``steps``.

    A round of its own process: the fonts keep the titles they elided (and the bars their outlines)
    for the rest of a process, so a second round in the same one would draw pages not quite never seen.
    """
    code = ("import json, sys; from pathlib import Path; from bench.__main__ import view_timings; steps = {}; "
            "switches, scrolls = view_timings(Path(sys.argv[1]), steps); "
            "print(json.dumps([switches, scrolls, steps]))")
    done = subprocess.run([PYTHON, "-c", code, str(database)], cwd=ROOT, env=QUIET_ENV, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"the month switches failed ({done.returncode}):\n{done.stderr[-2000:]}")
    switches, scrolls, round_steps = json.loads(done.stdout.strip().splitlines()[-1])
    for name, seconds in round_steps.items():
        steps.setdefault(name, []).extend(seconds)
    return switches, scrolls


def window_switches(database: Path, steps: dict[str, list[float]] | None = None) -> list[float]:
    """Seconds per Next in the main window until the whole window is painted, the user's pause between clicks untimed.

    ``steps`` gets each switch's seconds per step (NEXT_STEP, WINDOW_PAINT_STEP).

    The window reads and paints the neighbouring pages while it is idle (ui/page_prefetch.py); the pause
    lets it, as a user's would.
    """
    from PySide6.QtWidgets import QApplication

    from cica_planner.app import collect_from_now_on
    from cica_planner.services.seeding import open_database
    from cica_planner.ui.settings import AppSettings
    from cica_planner.ui.window_assembly import build_main_window, feature_services

    app = QApplication.instance() or QApplication([])
    engine = open_database(database, seed=False)
    settings = AppSettings.from_path(Path(tempfile.mkdtemp(prefix="cica-bench-settings-")) / "settings.ini")
    window = build_main_window(engine, settings, today=date(2021, 1, 1), **feature_services(engine))
    window.resize(1400, 900)
    window.show()

    def pause() -> None:
        deadline = time.perf_counter() + 5
        while window.neighbours.busy() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)

    pause()
    collect_from_now_on()  # as the app does once its window is ready
    switches = []
    steps = {} if steps is None else steps
    for _ in range(36):
        started = time.perf_counter()
        window.next_action.trigger()
        shown = time.perf_counter()
        window.repaint()  # the whole window, children included: the new page is on screen when it returns
        painted = time.perf_counter()
        switches.append(painted - started)
        steps.setdefault(NEXT_STEP, []).append(shown - started)
        steps.setdefault(WINDOW_PAINT_STEP, []).append(painted - shown)
        app.processEvents()
        pause()
    window.close()
    engine.dispose()
    return switches


def table(rows: list[Row]) -> str:
    lines = ["| measure | CICA Planner | reference in the same run | ratio | goal | met |",
             "|---|---|---|---|---|---|"]
    for row in rows:
        reference = "—" if row.reference is None else f"{row.reference_name}: {row.reference:.2f} {row.unit}"
        met = {True: "yes", False: "**no**", None: "—"}[row.passed]
        lines.append(f"| {row.measure} | {row.ours:.2f} {row.unit} | {reference} | {row.ratio_text()} | {row.goal} | {met} |")
    return "\n".join(lines)


def phase_table(phases: dict[str, list[float]], total: float) -> str:
    """Where the app's time to the first paint goes (medians of the runs; they need not add up exactly)."""
    lines = ["| start-up to the first paint: where the time goes | median | share |", "|---|---|---|"]
    for name, values in phases.items():
        seconds = statistics.median(values)
        lines.append(f"| {name} | {seconds:.2f} s | {seconds / total:.0%} |")
    return "\n".join(lines)


def step_table(title: str, steps: dict[str, list[float]]) -> str:
    """Where a month switch goes, step by step: the median of each step over the switches, in ms."""
    total = sum(statistics.median(values) for values in steps.values()) or 1.0
    lines = [f"| {title}: where the time goes | median | share |", "|---|---|---|"]
    for name, values in steps.items():
        seconds = statistics.median(values)
        lines.append(f"| {name} | {seconds * 1000:.1f} ms | {seconds / total:.0%} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="events of the large file and database")
    parser.add_argument("--small", type=int, default=3_000, help="events of the small import file")
    parser.add_argument("--tasks", type=int, default=30_000, help="checklist tasks in the large database")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs per measure (the median is kept); the direct month switches pool this many rounds")
    parser.add_argument("--starts", type=int, default=15,
                        help="start-ups of each kind, interleaved (the median is kept; a start takes well under a second)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    parser.add_argument("--io-only", action="store_true", help="measure only import and export (no window)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="cica-bench-"))
    small = write_outlook_calendar(folder / "small.ics", args.small)
    big = write_outlook_calendar(folder / "big.ics", args.events)
    database = folder / "big.sqlite3"
    print(f"building the large calendar ({args.events} events, {args.tasks} tasks) …", flush=True)
    build_big_calendar(big, database, args.tasks)
    rows: list[Row] = []

    for path, count in ((small, args.small), (big, args.events)):
        ours = median_of(args.runs, lambda path=path: cli_import_seconds(path, folder))
        parse = median_of(args.runs, lambda path=path: icalendar_parse_seconds(path))
        rows.append(Row(f"import {count:,} events (CLI, new calendar)", ours, parse, "icalendar parse", "≤ 1.5×",
                        ours <= 1.5 * parse))
        khal = khal_executable()
        if khal and count == args.small:
            theirs = khal_import_seconds(khal, path, folder)
            rows.append(Row(f"import {count:,} events (CLI, new calendar)", ours, theirs, "khal import",
                            "≥ 5× faster", theirs >= 5 * ours))
        elif count == args.small:
            print("khal is not installed: the khal comparison is left out (pipx install khal, or KHAL=path)")
        print(f"measured import of {count} events", flush=True)

    exports = [export_ratio(database) for _ in range(args.runs)]
    ours = statistics.median(e[0] for e in exports)
    theirs = statistics.median(e[1] for e in exports)
    rows.append(Row(f"export {args.events:,} events", ours, theirs, "icalendar to_ical()", "≤ 1.5×", ours <= 1.5 * theirs))
    breakdown = describe(import_steps(small))
    if args.io_only:
        return finish(rows, args, folder, f"Where the import of {args.small:,} events spends its time:\n{breakdown}")

    for kind in ("bare", "bare-qt", "app", "app-ready", "month-alone"):  # a first start writes bytecode and the holiday cache
        first_paint(kind, None if kind.startswith("bare") else database)
    phases: dict[str, list[float]] = {}
    app_paints, ready, bare_paints, bare_qt_paints, month_alone = [], [], [], [], []
    for _ in range(args.starts):  # interleaved, so a busy moment of the machine falls on both sides
        app_paints.append(first_paint("app", database, phases))
        bare_paints.append(first_paint("bare"))
        ready.append(first_paint("app-ready", database))
        month_alone.append(first_paint("month-alone", database))
        bare_qt_paints.append(first_paint("bare-qt"))
    ours = ours_first_paint = statistics.median(p[0] for p in app_paints)
    theirs = statistics.median(p[0] for p in bare_paints)
    rows.append(Row(f"start-up to the first paint, {args.events:,} events", ours, theirs, "bare QMainWindow + QCalendarWidget",
                    "≤ 1.5×", ours <= 1.5 * theirs))
    ours_mb = statistics.median(p[1] for p in app_paints)
    bare_mb = statistics.median(p[1] for p in bare_paints)
    rows.append(Row(f"resident memory at the first paint, {args.events:,} events", ours_mb, bare_mb, "bare window",
                    "≤ +60 MB", ours_mb <= bare_mb + 60, unit="MB"))
    rows.append(Row("start-up to the first paint, the month page alone (no sidebar, toolbar, menus)",
                    statistics.median(p[0] for p in month_alone), theirs, "bare window", "—", None))
    rows.append(Row("start-up to the first paint, the bare window naming Qt's namespace (weeks from Monday)",
                    statistics.median(p[0] for p in bare_qt_paints), theirs, "bare window", "—", None))
    classes = classes_table(classes_made("app", database), classes_made("bare"))
    ready_s = statistics.median(p[0] for p in ready)
    rows.append(Row("start-up until the window is ready for work", ready_s, theirs, "bare window", "—", None))
    ready_mb = statistics.median(p[1] for p in ready)
    rows.append(Row("resident memory when ready for work", ready_mb, bare_mb, "bare window", "—", None, unit="MB"))

    switch_steps: dict[str, list[float]] = {}
    window_steps: dict[str, list[float]] = {}
    switches: list[float] = []
    scrolls: list[float] = []
    for _ in range(args.runs):  # one round after another, each in a process that has read and drawn no page yet
        round_switches, round_scrolls = view_round(database, switch_steps)
        switches += round_switches
        scrolls += round_scrolls
    rows.append(Row("month switch, median", statistics.median(switches) * 1000, None, "", "≤ 16 ms",
                    statistics.median(switches) * 1000 <= 16, unit="ms"))
    rows.append(Row("month switch, 95th percentile", percentile(switches, 0.95) * 1000, None, "", "—", None, unit="ms"))
    in_window = window_switches(database, window_steps)
    rows.append(Row("month switch in the window (Next, pages read and painted ahead while idle), median",
                    statistics.median(in_window) * 1000, None, "", "≤ 16 ms", statistics.median(in_window) * 1000 <= 16,
                    unit="ms"))
    rows.append(Row("month switch in the window, 95th percentile", percentile(in_window, 0.95) * 1000, None, "", "—", None,
                    unit="ms"))
    rows.append(Row("agenda scroll step, median", statistics.median(scrolls) * 1000, None, "", "—", None, unit="ms"))
    rows.append(Row("agenda scroll step, 95th percentile", percentile(scrolls, 0.95) * 1000, None, "", "—", None,
                    unit="ms"))

    return finish(rows, args, folder, f"Where the import of {args.small:,} events spends its time:\n{breakdown}\n\n"
                                      f"{phase_table(phases, ours_first_paint)}\n\n{classes}\n\n"
                                      f"{step_table('month switch', switch_steps)}\n\n"
                                      f"{step_table('month switch in the window', window_steps)}")


def finish(rows: list[Row], args: argparse.Namespace, folder: Path, notes: str) -> int:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    output = (f"{table(rows)}\n\nMeasured by `python -m bench` on {machine}: the median of {args.runs} runs of each "
              f"import and export, of {args.starts} start-ups of each kind, and of the month switches of {args.runs} "
              f"rounds.\n\n{notes}\n")
    print()
    print(output)
    if args.markdown:
        Path(args.markdown).write_text(output, encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
