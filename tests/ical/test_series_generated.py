"""Generated series (hypothesis): import, ``list`` and export → import agree with recurring-ical-events.

Each example is a VEVENT with a generated RRULE (sometimes two), RDATEs, EXDATEs and overrides
(moved occurrences, one that names no occurrence, one THISANDFUTURE). Rules the app refuses
(they repeat more than daily, or never occur) are refused quickly with a reason; every
accepted one lists exactly the occurrences the independent expander lists, and so does a
fresh calendar that imports the app's export of it.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outlook_reader import occurrence_key, rie_occurrences

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import parse_rule
from cica_planner.services.ical_export import export_calendar
from cica_planner.services.ical_import import import_file
from cica_planner.services.planner import PlannerService

if TYPE_CHECKING:
    from tests.ical.conftest import FreshCalendars

FIRST, LAST = datetime(2024, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)
ZONES = ["Asia/Almaty", "Asia/Baku", "Europe/Berlin", "Asia/Tashkent"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_serial = itertools.count()


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 4))}")
    if freq in ("WEEKLY", "DAILY") and draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=3, unique=True))))
    if freq in ("MONTHLY", "YEARLY"):
        choice = draw(st.sampled_from(["none", "monthday", "nth"]))
        if choice == "monthday":
            parts.append(f"BYMONTHDAY={draw(st.sampled_from([1, 5, 15, 28, 29, 30, 31, -1]))}")
        elif choice == "nth":
            parts.append(f"BYDAY={draw(st.sampled_from([1, 2, 3, 4, -1]))}{draw(st.sampled_from(WEEKDAYS))}")
        if freq == "YEARLY" and choice != "none":
            parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
    if freq == "DAILY" and draw(st.integers(0, 3)) == 0:
        parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
    # Open-ended daily rules are left out only to keep the test fast: a daily rule Outlook cannot map is
    # exported occurrence by occurrence over ten years.
    end = draw(st.sampled_from(["count", "until"] if freq == "DAILY" else ["count", "until", "open"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 12))}")
    elif end == "until":
        until = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 800)))
        parts.append(f"UNTIL={until:%Y%m%d}T235959Z")
    return ";".join(parts)


@st.composite
def series(draw: st.DrawFn) -> tuple[bytes, str]:
    uid = f"gen-{next(_serial)}@test"
    all_day = draw(st.booleans())
    tzid = draw(st.sampled_from(ZONES))
    day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    hour = draw(st.integers(8, 18))
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240101T000000Z", "SUMMARY:Generated series"]

    def stamp(moment_day: date, moment_hour: int) -> str:
        return f"{moment_day:%Y%m%d}" if all_day else f"{moment_day:%Y%m%d}T{moment_hour:02d}0000"

    def prop(name: str, value: str) -> str:
        return f"{name};VALUE=DATE:{value}" if all_day else f"{name};TZID={tzid}:{value}"

    lines.append(prop("DTSTART", stamp(day, hour)))
    lines.append(prop("DTEND", stamp(day + timedelta(days=1), hour) if all_day else stamp(day, hour + 1)))
    for _ in range(draw(st.sampled_from([1, 1, 1, 2]))):
        lines.append(f"RRULE:{draw(rules())}")
    offsets = st.integers(0, 200)
    for _ in range(draw(st.integers(0, 2))):
        lines.append(prop("RDATE", stamp(day + timedelta(days=draw(offsets)), hour)))
    # EXDATEs and overrides name occurrences by DTSTART's wall time: some hit one, some do not.
    offsets_named = draw(st.lists(st.sampled_from([0, 1, 7, 14, 28, 30, 31, 365]), min_size=3, max_size=3, unique=True))
    named = [day + timedelta(days=offset) for offset in offsets_named]
    if draw(st.booleans()):
        lines.append(prop("EXDATE", stamp(named[0], hour)))
    lines.append("END:VEVENT")
    for index in range(draw(st.integers(0, 2))):
        moved_to = named[index + 1] + timedelta(days=draw(st.integers(-2, 2)))
        future = draw(st.integers(0, 4)) == 0
        rid = prop("RECURRENCE-ID;RANGE=THISANDFUTURE" if future else "RECURRENCE-ID", stamp(named[index + 1], hour))
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240101T000000Z", "SUMMARY:Generated (moved)", rid,
                  prop("DTSTART", stamp(moved_to, hour + 1)),
                  prop("DTEND", stamp(moved_to + timedelta(days=1), hour + 1) if all_day else stamp(moved_to, hour + 2)),
                  "END:VEVENT"]
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Generated//EN", *lines, "END:VCALENDAR", ""])
    return text.encode(), uid


def _ours(planner: PlannerService, uid: str) -> Counter:
    return Counter(occurrence_key(o) for o in planner.occurrences(FIRST, LAST) if o.uid.startswith(uid)
                   and _in_window(o.start))


def _in_window(start) -> bool:
    if isinstance(start, datetime):
        return FIRST <= start.astimezone(UTC) < LAST
    return FIRST.date() <= start < LAST.date()


#: A small count by default; ``SERIES_EXAMPLES=2000 pytest tests/ical/test_series_generated.py`` for a long run.
EXAMPLES = int(os.environ.get("SERIES_EXAMPLES", "30"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=series())
def test_generated_series_agree_with_recurring_ical_events(fresh_calendars: FreshCalendars,
                                                           generated: tuple[bytes, str]) -> None:
    data, uid = generated
    # Each example stands alone: the next export holds only its own series.
    with fresh_calendars() as (imported, reimported):
        result = import_file(imported, data)
        if result.skipped:
            # Refused with a reason: a rule that repeats more than daily or never occurs.
            assert all("RRULE" in item.reason or "never occurs" in item.reason for item in result.skipped)
            return
        expected = Counter(key for found_uid, key in rie_occurrences(data, FIRST, LAST) if found_uid == uid)
        assert _ours(imported, uid) == expected
        exported = export_calendar(imported)
        if b"BEGIN:VEVENT" not in exported:  # every occurrence left out: nothing to send
            assert not expected
            return
        assert import_file(reimported, exported).skipped == []
        assert _ours(reimported, uid) == expected


def test_hostile_rules_are_refused_with_a_reason() -> None:
    # How fast: bench/recurrence_limits.py (the old check took seconds for a rule that never occurs).
    start = datetime(2025, 1, 6, 10)
    for rule in ("FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;BYHOUR=5,6,7;BYMINUTE=0,30", "FREQ=DAILY;BYMINUTE=0,30",
                 "FREQ=WEEKLY;BYSECOND=1,2", "FREQ=HOURLY", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                 "FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20", "FREQ=DAILY;INTERVAL=7;BYDAY=TU",
                 "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31;UNTIL=99991231T000000"):
        with pytest.raises(ValidationError, match="INTERVAL|at most daily|never occurs"):
            parse_rule(rule, start)
