"""iCalendar import: known zones read with IANA rules, stale exported parts, round trip of the seed, deadlines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Category, Event, Precision
from cica_planner.services.ical_export import ExportOptions, build_export
from cica_planner.services.ical_import import Outcome, import_file, plan_import
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.services.tasks import TaskService

DATA = Path(__file__).parent / "data"  # the sample files beside this module

ALMATY = ZoneInfo("Asia/Almaty")
STAMP = datetime(2025, 1, 1, tzinfo=UTC)


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _starts(planner: PlannerService, uid_prefix: str) -> list[tuple[str, datetime]]:
    return [(o.uid, o.start.astimezone(UTC)) for o in planner.occurrences(date(2024, 1, 1), date(2025, 1, 1))
            if o.uid.startswith(uid_prefix)]


def test_google_zone_with_todays_offset_only_is_read_with_iana_rules(empty_planner) -> None:
    # The VTIMEZONE says +05 all year; Astana was +06 until 1 March 2024.
    result = import_file(empty_planner, (DATA / "google_min_current_offset.ics").read_bytes())
    assert (result.created, result.skipped) == (1, [])
    series = empty_planner.get("gmin@google.com")
    assert series.tzid == "Asia/Almaty"
    assert series.exdates == [datetime(2024, 3, 7, 10, tzinfo=ALMATY)]
    assert _starts(empty_planner, "gmin") == [("gmin@google.com", _utc(2024, 2, 22, 4)),
                                              ("gmin@google.com", _utc(2024, 2, 29, 4)),
                                              ("gmin@google.com", _utc(2024, 3, 14, 5))]


def test_google_moved_occurrence_replaces_its_original(empty_planner) -> None:
    result = import_file(empty_planner, (DATA / "google_current_offset.ics").read_bytes())
    assert (result.created, result.skipped) == (5, [])
    assert empty_planner.get("g3@google.com").tzid == "Asia/Almaty"
    assert _starts(empty_planner, "g3@") == [
        ("g3@google.com", _utc(2024, 2, 22, 4)),
        ("g3@google.com", _utc(2024, 2, 29, 4)),
        ("g3@google.com", _utc(2024, 3, 14, 5)),
        ("g3@google.com", _utc(2024, 3, 21, 10)),  # moved to 15:00 in Astana (+05), still in its series
        ("g3@google.com", _utc(2024, 3, 28, 5)),
    ]


def test_windows_zone_series_with_exdate_and_moved_instance(empty_planner) -> None:
    result = import_file(empty_planner, (DATA / "outlook_min_moved.ics").read_bytes())
    assert (result.created, result.skipped) == (1, [])
    assert _starts(empty_planner, "omin") == [("omin", _utc(2024, 2, 22, 4)), ("omin", _utc(2024, 2, 29, 4)),
                                              ("omin", _utc(2024, 3, 15, 9))]


def test_custom_zone_falling_back_to_utc_keeps_exdate_and_override_consistent(empty_planner) -> None:
    # "Custom Astana" is no IANA or Windows name: its VTIMEZONE (+05) is honoured, no IANA zone gives
    # +05 at the first instant, so the series is stored in UTC; EXDATE and RECURRENCE-ID must follow.
    data = (DATA / "outlook_min_moved.ics").read_bytes().replace(b"Central Asia Standard Time", b"Custom Astana")
    data = data.replace(b"+0600", b"+0500").replace(b"LOCATION:Astana\r\n", b"")
    result = import_file(empty_planner, data)
    assert (result.created, result.skipped) == (1, [])
    assert empty_planner.get("omin").tzid == "UTC"
    assert _starts(empty_planner, "omin") == [("omin", _utc(2024, 2, 22, 5)), ("omin", _utc(2024, 2, 29, 5)),
                                              ("omin", _utc(2024, 3, 15, 10))]


def _weekly(start_day: int, byday: str) -> Event:
    return Event("Weekly briefing, Astana", Category.EXPERT_MEETING, datetime(2024, 2, start_day, 10, tzinfo=ALMATY),
                 datetime(2024, 2, start_day, 11, tzinfo=ALMATY), uid="weekly@test", city="Astana", country="KZ",
                 rrule=f"FREQ=WEEKLY;BYDAY={byday};COUNT=5")


def _parts(planner: PlannerService) -> list[str]:
    return sorted(e.uid for e in planner.all_events() if e.uid.startswith("weekly@test-"))


def test_reimport_removes_parts_the_moved_series_no_longer_has(empty_planner, tmp_path) -> None:
    source = empty_planner
    source.create(_weekly(15, "TH"))
    first = build_export(source).to_bytes()
    target = PlannerService(open_database(tmp_path / "target.sqlite3", seed=False))
    assert import_file(target, first).created == 4  # the series and the three February Thursdays (+06)
    assert _parts(target) == ["weekly@test-20240215", "weekly@test-20240222", "weekly@test-20240229"]

    source.update(replace(source.get("weekly@test"), start=datetime(2024, 2, 16, 10, tzinfo=ALMATY),
                          end=datetime(2024, 2, 16, 11, tzinfo=ALMATY), rrule="FREQ=WEEKLY;BYDAY=FR;COUNT=5"))
    second = build_export(source).to_bytes()
    plan = plan_import(target, second)
    removed = [item.uid for item in plan.items if item.outcome is Outcome.REMOVED]
    assert removed == ["weekly@test-20240215", "weekly@test-20240222", "weekly@test-20240229"]
    result = import_file(target, second)
    assert (result.created, result.updated, result.removed) == (2, 1, 3)
    assert result.summary() == "created 2, updated 1, unchanged 0, skipped 0, removed 3"
    assert _parts(target) == ["weekly@test-20240216", "weekly@test-20240223"]
    starts = [o.start for o in target.occurrences(date(2024, 2, 1), date(2024, 4, 1))]
    assert [s.astimezone(ALMATY).strftime("%a %H:%M") for s in starts] == ["Fri 10:00"] * 5
    # An older file removes nothing: the stored series is newer than the file's.
    again = import_file(target, first)
    assert (again.updated, again.unchanged, again.removed) == (0, 1, 0)
    assert "weekly@test-20240216" in _parts(target)


def test_foreign_file_never_removes_stored_events(empty_planner, tmp_path) -> None:
    empty_planner.create(_weekly(15, "TH"))
    import_file(empty_planner, build_export(empty_planner).to_bytes())
    foreign = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:weekly@test\r\n"
        "SUMMARY:Weekly briefing\r\nDTSTART;TZID=Asia/Almaty:20240315T100000\r\n"
        "DTEND;TZID=Asia/Almaty:20240315T110000\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nSEQUENCE:9\r\n"
        "DTSTAMP:20240601T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = import_file(empty_planner, foreign.encode())
    assert (result.updated, result.removed) == (1, 0)
    assert _parts(empty_planner) == ["weekly@test-20240215", "weekly@test-20240222", "weekly@test-20240229"]


def _vevents(data: bytes) -> list[str]:
    text = data.decode("utf-8").replace("\r\n ", "")
    blocks = re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, flags=re.S)
    return sorted(re.sub(r"DTSTAMP:[^\r]*\r\n", "", block) for block in blocks)


def _without_history(blocks: list[str]) -> list[str]:
    """The VEVENTs with the "Rescheduled: ..." facts cut from DESCRIPTION: History is not carried by an import."""
    return [re.sub(r"\\nRescheduled: .*?(?=\r\n[A-Z])", "", block, flags=re.S) for block in blocks]


def test_round_trip_of_the_seeded_calendar_with_unscheduled_events(planner, empty_planner) -> None:
    options = ExportOptions(include_unscheduled=True)
    first = build_export(planner, options, now=STAMP).to_bytes()
    result = import_file(empty_planner, first)
    assert result.skipped == []
    second = build_export(empty_planner, options, now=STAMP + timedelta(days=1)).to_bytes()
    assert "Rescheduled: 11 Nov 2024" in first.decode().replace("\r\n ", "")  # the seeded plans are exported
    assert _without_history(_vevents(first)) == _vevents(second)
    # Country-only events keep an empty city (LOCATION:LK is not a city).
    country_only = [e for e in planner.all_events() if e.country and not e.city]
    assert country_only
    for event in country_only:
        assert empty_planner.get(event.uid).city == ""


def test_unscheduled_events_are_tentative_and_keep_their_status(planner, empty_planner) -> None:
    export = build_export(planner, ExportOptions(include_unscheduled=True), now=STAMP)
    undated = [v for v in export.calendar.walk("VEVENT") if "X-CICA-PRECISION" in v]
    dated = [e for e in planner.all_events() if e.precision is not Precision.UNDATED]
    assert len(undated) == sum(e.precision is not Precision.DAY for e in dated) > 0  # an undated item has no day
    assert {str(v["X-CICA-PRECISION"]) for v in undated} >= {"window", "month", "quarter", "year"}
    window = next(v for v in undated if v["UID"] == "e031@seed.cica-planner")
    assert str(window["SUMMARY"]).endswith("(date TBC: between 17 and 18 Apr 2024, day not known)")
    assert {str(v["STATUS"]) for v in undated} == {"TENTATIVE"}
    import_file(empty_planner, export.to_bytes())
    for event in dated:
        assert empty_planner.get(event.uid).status is event.status


def test_checklist_deadlines_are_ignored_silently_and_counted(planner, empty_planner) -> None:
    export = build_export(planner, ExportOptions(include_unscheduled=True, include_tasks=True), now=STAMP,
                          tasks=TaskService(planner.engine))
    assert export.deadline_count > 0
    plan = plan_import(empty_planner, export.to_bytes())
    assert plan.ignored_deadlines == export.deadline_count
    assert plan.skipped == []
    result = import_file(empty_planner, export.to_bytes())
    count = export.event_count - export.deadline_count
    assert result.summary() == (f"created {count}, updated 0, unchanged 0, skipped 0, "
                                f"ignored {export.deadline_count} checklist deadlines")


def test_cli_import_of_a_tasks_export_prints_one_summary_line(run_cli, seeded_db, tmp_path) -> None:
    cli = run_cli  # the shared in-process command line of tests/conftest.py
    target = tmp_path / "tasks.ics"
    # The seeded meetings still ahead (the 2026 Summit) are known only to a year: export them too.
    assert cli("--db", str(seeded_db), "export", str(target), "--tasks", "--include-unscheduled").returncode == 0
    result = cli("--db", str(seeded_db), "import", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert re.fullmatch(r"created 0, updated 0, unchanged \d+, skipped 0, ignored \d+ checklist deadlines\n",
                        result.stdout)


def test_undoing_an_import_brings_back_the_parts_it_removed(qapp, empty_planner, tmp_path) -> None:
    from PySide6.QtGui import QUndoStack

    from cica_planner.ui.commands import ImportCalendar, push_command

    source = empty_planner
    source.create(_weekly(15, "TH"))
    target = PlannerService(open_database(tmp_path / "target.sqlite3", seed=False))
    import_file(target, build_export(source).to_bytes())
    before = {e.uid: (e.start, e.end) for e in target.all_events()}
    source.update(replace(source.get("weekly@test"), start=datetime(2024, 2, 16, 10, tzinfo=ALMATY),
                          end=datetime(2024, 2, 16, 11, tzinfo=ALMATY), rrule="FREQ=WEEKLY;BYDAY=FR;COUNT=5"))
    stack = QUndoStack()
    push_command(stack, ImportCalendar(target, plan_import(target, build_export(source).to_bytes()), "weekly.ics"))
    assert _parts(target) == ["weekly@test-20240216", "weekly@test-20240223"]
    stack.undo()
    assert {e.uid: (e.start, e.end) for e in target.all_events()} == before
    stack.redo()
    assert _parts(target) == ["weekly@test-20240216", "weekly@test-20240223"]
