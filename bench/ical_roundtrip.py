"""Measure iCalendar export and import of a large calendar, and search over it.

Run: ``python bench/ical_roundtrip.py [--events 2000]``. Timings are printed, never
asserted: tests stay deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from month_switch import synthetic_events

from cica_planner.services.ical_export import ExportOptions, export_calendar
from cica_planner.services.ical_import import apply_import, plan_import
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database


def timed(label: str, work):  # a tiny stopwatch
    started = time.perf_counter()
    result = work()
    print(f"{label:<34} {(time.perf_counter() - started) * 1000:9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cica-bench-"))
    source = PlannerService(open_database(folder / "source.sqlite3", seed=False))
    source.add_many(synthetic_events(args.events))
    data = timed(f"export {args.events} events", lambda: export_calendar(source, ExportOptions()))
    print(f"{'file size':<34} {len(data) / 1024:9.1f} KiB")
    target = PlannerService(open_database(folder / "target.sqlite3", seed=False))
    plan = timed("plan import into an empty calendar", lambda: plan_import(target, data))
    timed("apply import (one transaction)", lambda: apply_import(target, plan))
    timed("plan re-import (all unchanged)", lambda: plan_import(target, data))
    timed("search 'meeting 1'", lambda: target.search("meeting 1"))
    timed("search 'SOC' (a body's abbreviation)", lambda: target.search("SOC"))
    timed("search 'turkiye' (accents folded)", lambda: target.search("turkiye"))


if __name__ == "__main__":
    main()
