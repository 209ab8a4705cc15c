"""Measure what hostile recurrence rules cost next to ordinary ones, on every path.

Run: ``python bench/recurrence_limits.py [--events 50]``. Each line is a hostile case and
an ordinary peer measured in the same run, with their ratio: rules that never occur (one line
per rule: what refusing it costs next to reading a weekly rule), fifty of them imported,
``UNTIL`` in year 9999 on export and on ``list`` (next to the same rule without an end). Timings are printed, never asserted: tests stay
deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.rules import _parse_rule
from cica_planner.services.ical_export import export_calendar
from cica_planner.services.ical_import import import_file
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database


def _calendar(rule: str, count: int, tag: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{tag}-{n}@bench\r\nDTSTAMP:20240101T000000Z\r\nSUMMARY:{tag} {n}\r\n"
        f"DTSTART;TZID=Asia/Almaty:2025{n % 12 + 1:02d}{n % 27 + 1:02d}T100000\r\n"
        f"DTEND;TZID=Asia/Almaty:2025{n % 12 + 1:02d}{n % 27 + 1:02d}T110000\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        for n in range(count))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:bench\r\n{body}END:VCALENDAR\r\n".encode()


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _line(label: str, hostile: float, peer: float) -> None:
    print(f"{label:<62} {hostile * 1000:9.2f} ms  peer {peer * 1000:9.2f} ms  ratio {hostile / peer:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cica-bench-"))

    def imported(rule: str, tag: str) -> tuple[float, PlannerService]:
        planner = PlannerService(open_database(folder / f"{tag}.sqlite3", seed=False))
        return _seconds(lambda: import_file(planner, _calendar(rule, args.events, tag))), planner

    ordinary_rule = "FREQ=WEEKLY;COUNT=10"
    peer, ordinary = imported(ordinary_rule, "ordinary")
    _, open_ended = imported("FREQ=WEEKLY", "open")
    never, _ = imported("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never")
    _line(f"import {args.events} rules that never occur", never, peer)
    normal = _per_rule(lambda: _parse_rule(ordinary_rule, datetime(2025, 1, 6, 10)))
    for rule in NEVER_OCCURRING:
        _line(f"refuse {rule}", _per_rule(lambda rule=rule: _refused(rule)), normal)
    forever_time, forever = imported("FREQ=WEEKLY;UNTIL=99991231T000000Z", "forever")
    _line(f"import {args.events} weekly rules UNTIL=9999", forever_time, peer)
    _line(f"export {args.events} weekly rules UNTIL=9999", _seconds(lambda: export_calendar(forever)),
          _seconds(lambda: export_calendar(open_ended)))
    _line("list 1990-2050 of rules UNTIL=9999", _seconds(lambda: forever.occurrences(date(1990, 1, 1), date(2051, 1, 1))),
          _seconds(lambda: open_ended.occurrences(date(1990, 1, 1), date(2051, 1, 1))))


#: Rules that never occur, each refused by another step of ``rules._check_occurs``.
NEVER_OCCURRING = [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=31;BYYEARDAY=1",
    "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=1;BYDAY=MO", "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1", "FREQ=DAILY;BYWEEKNO=60",
    "FREQ=MONTHLY;BYSETPOS=32;BYMONTHDAY=1,2", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=8",
    "FREQ=DAILY;BYSETPOS=2", "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20271231T000000", "FREQ=MONTHLY;INTERVAL=12;BYMONTH=6",
]


def _per_rule(work: Callable[[], object], repeats: int = 20) -> float:
    """Seconds per call, each call on an empty rule cache."""
    total = 0.0
    for _ in range(repeats):
        _parse_rule.cache_clear()
        total += _seconds(work)
    return total / repeats


def _refused(rule: str) -> None:
    try:
        _parse_rule(rule, datetime(2025, 1, 6, 10))
    except ValidationError:
        return
    raise SystemExit(f"{rule} was accepted")


if __name__ == "__main__":
    main()
