"""Measure the scheduling assistant: month switches with holiday marks of all 28 Member States
against the same switches without marks, and ``suggest`` over six months for all 28.

Run: ``QT_QPA_PLATFORM=offscreen python bench/scheduling.py [--events 5000] [--months 24] [--rounds 3]``.
Both month-view variants run in one process, interleaved, on the same database, so the ratio
compares like with like (the goal: marks within 10 % of no marks; ``suggest`` under 1 s).
Timings are printed, never asserted: tests stay deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from month_switch import month_starts, synthetic_events

from cica_planner.domain.model import Category
from cica_planner.services.planner import PlannerService
from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar, member_states
from cica_planner.services.scheduling.service import SchedulingService
from cica_planner.services.seeding import open_database

DISPLAY_TZ = "Asia/Almaty"


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def bench_month_view(planner: PlannerService, months: int, rounds: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cica_planner.ui.holiday_marks import HolidayMarks
    from cica_planner.ui.views.month_view import MonthView

    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    view = MonthView()
    view.resize(1400, 900)
    view.show()
    calendar = HolidayCalendar()
    firsts = month_starts(date(2023, 1, 1), months)
    # The first look at a year loads its holidays once per country; the app then keeps them.
    started = time.perf_counter()
    for year in sorted({first.year for first in firsts} | {firsts[-1].year + 1}):
        calendar.holidays_on("KZ", date(year, 1, 1))
        for code in member_states():
            calendar.holidays_on(code, date(year, 1, 1))
    loading = time.perf_counter() - started
    marks = HolidayMarks(calendar, list(member_states()), "KZ")
    plain_times: list[float] = []
    marked_times: list[float] = []

    def switch(first: date, with_marks: bool) -> float:
        started = time.perf_counter()
        view.holiday_marks = marks if with_marks else None
        view.set_anchor_date(first)
        found = planner.occurrences(*view.visible_range(), tzid=DISPLAY_TZ)
        view.set_occurrences(found, DISPLAY_TZ)
        view.grab()
        return time.perf_counter() - started

    for round_number in range(rounds):
        for index, first in enumerate(firsts):
            # Alternate which variant goes first, so neither always meets a warm cache.
            order = (True, False) if (index + round_number) % 2 else (False, True)
            for with_marks in order:
                (marked_times if with_marks else plain_times).append(switch(first, with_marks))
    plain, marked = median_ms(plain_times), median_ms(marked_times)
    print(f"holidays of 28 Member States, first load of {len({f.year for f in firsts}) + 1} years: {loading * 1000:.0f} ms "
          "(once per year and country, then cached)")
    print(f"month switch without marks     median {plain:7.1f} ms   worst {max(plain_times) * 1000:7.1f} ms")
    print(f"month switch with 28 countries median {marked:7.1f} ms   worst {max(marked_times) * 1000:7.1f} ms")
    print(f"ratio marks / no marks: {marked / plain:.3f} (goal: at most 1.10)")


def bench_suggest(engine, rounds: int) -> None:
    planner = PlannerService(engine)
    first, last = date(2025, 1, 1), date(2025, 6, 30)
    cold_times, warm_times = [], []
    for _ in range(rounds):
        service = SchedulingService(engine, calendar=HolidayCalendar())  # nothing cached yet
        started = time.perf_counter()
        result = service.suggest(category=Category.SOC, host="KZ", days=2, first=first, last=last, today=date(2024, 12, 1))
        cold_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        service.suggest(category=Category.SOC, host="KZ", days=2, first=first, last=last, today=date(2024, 12, 1))
        warm_times.append(time.perf_counter() - started)
    fetches = []
    for _ in range(rounds):
        started = time.perf_counter()
        planner.occurrences(first, last, tzid=DISPLAY_TZ)
        fetches.append(time.perf_counter() - started)
    fetch = statistics.median(fetches)
    cold, warm = median_ms(cold_times), median_ms(warm_times)
    print(f"suggest SOC, host KZ, 2 days, Jan–Jun 2025, 28 countries: {len(result.candidates)} dates ranked")
    print(f"  first call (holidays loaded)  median {cold:7.1f} ms   ratio to the 1 s goal {cold / 1000:.3f}")
    print(f"  later call (holidays cached)  median {warm:7.1f} ms   ratio to the 1 s goal {warm / 1000:.3f}")
    print(f"  peer: fetching the window's occurrences once {fetch * 1000:.1f} ms; suggest / fetch = {warm / (fetch * 1000):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cica-bench-"))
    engine = open_database(folder / "bench.sqlite3", seed=True)
    planner = PlannerService(engine)
    planner.add_many(synthetic_events(args.events))
    print(f"calendar: the shipped events plus {args.events} synthetic ones")
    bench_suggest(engine, args.rounds)
    bench_month_view(planner, args.months, args.rounds)


if __name__ == "__main__":
    main()
