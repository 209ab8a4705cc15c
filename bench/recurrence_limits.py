"""Measure what hostile recurrence rules cost next to ordinary ones, on every path.

Run: ``python bench/recurrence_limits.py [--events 50]``. Each line is a hostile case and
an ordinary peer measured in the same run, with their ratio: a rule that never occurs
(``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``, and one only the probe can tell), ``UNTIL`` in
year 9999 on export and on ``list`` (next to the same rule without an end). Timings are printed, never asserted: tests stay
deterministic, speed is watched here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import _parse_rule
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
    print(f"{label:<46} {hostile * 1000:9.1f} ms  peer {peer * 1000:9.1f} ms  ratio {hostile / peer:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
    _parse_rule.cache_clear()
    probed = _seconds(lambda: _refused("FREQ=MONTHLY;BYMONTHDAY=31;BYYEARDAY=1"))
    _parse_rule.cache_clear()
    normal = _seconds(lambda: _parse_rule(ordinary_rule, datetime(2025, 1, 6, 10)))
    _line("refuse one rule only the probe tells empty", probed, normal)
    forever_time, forever = imported("FREQ=WEEKLY;UNTIL=99991231T000000Z", "forever")
    _line(f"import {args.events} weekly rules UNTIL=9999", forever_time, peer)
    _line(f"export {args.events} weekly rules UNTIL=9999", _seconds(lambda: export_calendar(forever)),
          _seconds(lambda: export_calendar(open_ended)))
    _line("list 1990-2050 of rules UNTIL=9999", _seconds(lambda: forever.occurrences(date(1990, 1, 1), date(2051, 1, 1))),
          _seconds(lambda: open_ended.occurrences(date(1990, 1, 1), date(2051, 1, 1))))


def _refused(rule: str) -> None:
    try:
        _parse_rule(rule, datetime(2025, 1, 6, 10))
    except ValidationError:
        return
    raise SystemExit(f"{rule} was accepted")


if __name__ == "__main__":
    main()
