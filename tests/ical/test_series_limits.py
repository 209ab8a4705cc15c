"""Recurrence limits on import and export: hostile rules are refused or bounded, and UIDs never repeat
in an export except for a series and its RECURRENCE-ID overrides."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import icalendar
import pytest

from cica_planner.services.ical_export import export_calendar
from cica_planner.services.ical_import import import_file

DATA = Path(__file__).parent / "data"  # the sample files beside this module


def _calendar(*vevents: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\n{v}END:VEVENT\r\n" for v in vevents)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n".encode()


def assert_uids_only_shared_by_a_series_and_its_overrides(data: bytes) -> None:
    groups: dict[str, list[icalendar.Event]] = defaultdict(list)
    for vevent in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        groups[str(vevent["UID"])].append(vevent)
    for uid, vevents in groups.items():
        if len(vevents) == 1:
            continue
        masters = [v for v in vevents if "RECURRENCE-ID" not in v]
        ids = [v.decoded("RECURRENCE-ID") for v in vevents if "RECURRENCE-ID" in v]
        assert len(masters) <= 1, uid
        assert masters, uid
        assert "RRULE" in masters[0], uid
        assert len(ids) == len(set(ids)), uid


@pytest.mark.parametrize(("rule", "reason"), [
    ("FREQ=DAILY;INTERVAL=0", "INTERVAL of 1 or more"),
    ("FREQ=DAILY;BYHOUR=5,6,7;BYMINUTE=0,30", "at most daily"),
    ("FREQ=WEEKLY;BYMINUTE=0,30", "at most daily"),
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never occurs"),
])
def test_hostile_rules_are_skipped_with_their_reason(empty_planner, rule: str, reason: str) -> None:
    data = _calendar(f"UID:hostile@x\r\nSUMMARY:Hostile\r\nDTSTART:20250106T100000Z\r\nRRULE:{rule}\r\n",
                     "UID:fine@x\r\nSUMMARY:Fine\r\nDTSTART:20250106T100000Z\r\n")
    result = import_file(empty_planner, data)
    assert result.created == 1
    (skipped,) = result.skipped
    assert skipped.uid == "hostile@x"
    assert reason in skipped.reason


def test_fifty_never_occurring_rules_are_all_refused(empty_planner) -> None:
    # Each once cost seconds (dateutil searched to year 9999); how fast it is now: bench/recurrence_limits.py.
    data = _calendar(*(f"UID:never-{n}@x\r\nSUMMARY:Never\r\nDTSTART;VALUE=DATE:2025{n % 12 + 1:02d}01\r\n"
                       "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n" for n in range(50)))
    result = import_file(empty_planner, data)
    assert (result.created, len(result.skipped)) == (0, 50)


def test_until_year_9999_exports_one_series_not_thousands(empty_planner) -> None:
    data = _calendar("UID:forever@x\r\nSUMMARY:Forever\r\nDTSTART;TZID=Asia/Almaty:20250106T100000\r\n"
                     "DTEND;TZID=Asia/Almaty:20250106T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=99991231T000000Z\r\n",
                     "UID:forever-allday@x\r\nSUMMARY:Forever all day\r\nDTSTART;VALUE=DATE:20250106\r\n"
                     "RRULE:FREQ=DAILY;UNTIL=99991231\r\n")
    assert import_file(empty_planner, data).created == 2
    exported = export_calendar(empty_planner)
    vevents = icalendar.Calendar.from_ical(exported).walk("VEVENT")
    assert [str(v["UID"]) for v in vevents] == ["forever@x", "forever-allday@x"]
    assert "UNTIL=9999" in vevents[0]["RRULE"].to_ical().decode()
    assert len(exported) < 20_000


def test_a_rule_outlook_cannot_map_is_expanded_within_bounds(empty_planner) -> None:
    data = _calendar("UID:twice-a-week@x\r\nSUMMARY:Twice a week\r\nDTSTART;TZID=Asia/Almaty:20250106T100000\r\n"
                     "DTEND;TZID=Asia/Almaty:20250106T110000\r\nRRULE:FREQ=DAILY;BYDAY=MO,TH;UNTIL=99991231T000000Z\r\n")
    import_file(empty_planner, data)
    exported = export_calendar(empty_planner)
    uids = [str(v["UID"]) for v in icalendar.Calendar.from_ical(exported).walk("VEVENT")]
    assert 1000 < len(uids) <= 5000  # ten years of Mondays and Thursdays, not 8,000 years
    assert len(uids) == len(set(uids))


def test_a_daily_second_rule_is_written_apart_in_at_most_1500_events(empty_planner, tmp_path) -> None:
    # Found by the large fuzz run: a daily RRULE added to a weekly series made 3,650 events whose export and
    # re-import took over ten seconds of CPU time.
    from datetime import date

    from cica_planner.services.ical_series_export import MAX_OCCURRENCES_APART
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    data = _calendar("UID:twice@x\r\nSUMMARY:Weekly\r\nDTSTART;TZID=Asia/Almaty:20240222T100000\r\n"
                     "DTEND;TZID=Asia/Almaty:20240222T110000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
                     "RRULE:FREQ=DAILY;UNTIL=99991231T000000Z\r\n")
    assert import_file(empty_planner, data).created == 1
    exported = export_calendar(empty_planner)
    uids = [str(v["UID"]) for v in icalendar.Calendar.from_ical(exported).walk("VEVENT")]
    assert len(uids) == MAX_OCCURRENCES_APART
    assert len(set(uids)) == len(uids)
    again = PlannerService(open_database(tmp_path / "again.sqlite3", seed=False))
    import_file(again, exported)

    def shown(planner: PlannerService) -> list[tuple[str, object]]:
        return sorted((o.event.title, o.start) for o in planner.occurrences(date(2024, 2, 1), date(2027, 12, 31)))

    assert shown(again) == shown(empty_planner)
    assert len(shown(again)) > 1300


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "series").glob("*.ics")) + ["outlook.ics", "google.ics"])
def test_exports_share_a_uid_only_between_a_series_and_its_overrides(empty_planner, name: str) -> None:
    folder = DATA / "series" if (DATA / "series" / name).exists() else DATA
    import_file(empty_planner, (folder / name).read_bytes())
    assert_uids_only_shared_by_a_series_and_its_overrides(export_calendar(empty_planner))


def test_the_seeded_calendar_exports_unique_uids(planner) -> None:
    assert_uids_only_shared_by_a_series_and_its_overrides(export_calendar(planner))
