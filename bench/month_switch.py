"""Measure what switching months costs with 10,000 events in the database.

Run: ``python bench/month_switch.py [--events 10000] [--months 24]``. It builds a
temporary database, then for each month fetches the occurrences the month view needs
(and, when Qt is available, lays out and paints the month view offscreen) and prints
the median and worst time per switch. Timings are printed, never asserted: tests stay
deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cica_planner.domain.model import Category, Event, EventStatus
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

ZONES = ["Asia/Almaty", "Asia/Baku", "Asia/Bishkek", "Asia/Shanghai", "Africa/Cairo", "Europe/Istanbul"]


def synthetic_events(count: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    categories = list(Category)
    events = []
    for number in range(count):
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(365 * 8))
        category = rng.choice(categories)
        if rng.random() < 0.4:
            start, end = day, day + timedelta(days=rng.choice([1, 1, 2, 3]))
            tzid = "Asia/Almaty"
        else:
            tzid = rng.choice(ZONES)
            start = datetime(day.year, day.month, day.day, rng.randrange(8, 18), tzinfo=ZoneInfo(tzid))
            end = start + timedelta(hours=rng.choice([1, 2, 3]))
        rule = "FREQ=WEEKLY;COUNT=20" if number % 500 == 0 else None
        events.append(Event(title=f"{category.value} meeting {number}", category=category, start=start, end=end,
                            tzid=tzid, city="Astana", country="KZ", status=EventStatus.PLANNED, rrule=rule))
    return events


def month_starts(first: date, months: int) -> list[date]:
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(months)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cica-bench-"))
    engine = open_database(folder / "bench.sqlite3", seed=False)
    planner = PlannerService(engine)
    started = time.perf_counter()
    planner.add_many(synthetic_events(args.events))
    print(f"inserted {args.events} events in {time.perf_counter() - started:.2f} s")

    view = None
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            from PySide6.QtWidgets import QApplication

            from cica_planner.ui.views.month_view import MonthView

            app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
            view = MonthView()
            view.resize(1400, 900)
        except ImportError as exc:
            print(f"month view not measured: {exc}")

    fetch_times, view_times, counts = [], [], []
    for first in month_starts(date(2023, 1, 1), args.months):
        started = time.perf_counter()
        if view is not None:
            view.set_anchor_date(first)
            range_start, range_end = view.visible_range()
        else:
            range_start, range_end = first - timedelta(days=7), first + timedelta(days=42)
        found = planner.occurrences(range_start, range_end, tzid="Asia/Almaty")
        fetched = time.perf_counter()
        if view is not None:
            view.set_occurrences(found, "Asia/Almaty")
            view.grab()
        done = time.perf_counter()
        fetch_times.append(fetched - started)
        view_times.append(done - fetched)
        counts.append(len(found))

    def report(label: str, values: list[float]) -> None:
        print(f"{label:<28} median {statistics.median(values) * 1000:7.1f} ms   worst {max(values) * 1000:7.1f} ms")

    print(f"occurrences per month view: median {statistics.median(counts):.0f}, max {max(counts)}")
    report("fetch occurrences", fetch_times)
    if view is not None:
        report("lay out + paint month view", view_times)
        report("whole switch", [a + b for a, b in zip(fetch_times, view_times, strict=True)])


if __name__ == "__main__":
    main()
