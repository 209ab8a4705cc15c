"""iCalendar export: what independent parsers, and Outlook's reading of time zones, make of it."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from outlook_reader import occurrence_key, outlook_instants, rie_occurrences, vobject_occurrences

from cica_planner.domain.model import Category, Event
from cica_planner.services.ical_export import (
    PRODID,
    ExportOptions,
    build_export,
    export_calendar,
    write_export,
)

FIRST = datetime(2024, 1, 1, tzinfo=UTC)
LAST = datetime(2027, 1, 1, tzinfo=UTC)
SUFFIX = re.compile(r"-\d{8}$")


def _series_uid(uid: str, known: set[str]) -> str:
    """The UID of the event an exported VEVENT comes from (occurrences written apart carry -yyyymmdd)."""
    base = SUFFIX.sub("", uid)
    return base if base in known and base != uid else uid


def _expected(planner) -> Counter:
    occurrences = planner.occurrences(FIRST, LAST, include_unscheduled=False)
    from outlook_reader import in_window

    return Counter((o.uid, occurrence_key(o)) for o in occurrences if in_window(o.start, FIRST, LAST))


def _parsed(found: list[tuple[str, tuple]], known: set[str]) -> Counter:
    return Counter((_series_uid(uid, known), key) for uid, key in found)


@pytest.fixture
def exported(timed_planner) -> bytes:
    return export_calendar(timed_planner)


def test_independent_parsers_see_every_occurrence_at_the_planner_instant(timed_planner, exported: bytes) -> None:
    expected = _expected(timed_planner)
    known = {uid for uid, _ in expected}
    assert len(expected) > 60
    assert any(key[0] == "t" for _, key in expected)
    assert _parsed(vobject_occurrences(exported, FIRST, LAST), known) == expected
    assert _parsed(rie_occurrences(exported, FIRST, LAST), known) == expected


def test_known_instants_in_utc(exported: bytes) -> None:
    found = dict(rie_occurrences(exported, FIRST, LAST))
    assert found["soc-feb@test"][1] == datetime(2024, 2, 15, 4, tzinfo=UTC)
    assert found["soc-jun@test"][1] == datetime(2024, 6, 27, 5, tzinfo=UTC)
    assert found["mc@test"][1] == datetime(2024, 12, 17, 6, tzinfo=UTC)
    assert found["unga@test"][1] == datetime(2025, 9, 23, 17, tzinfo=UTC)


def test_outlook_reads_every_timed_occurrence_at_the_zoneinfo_instant(timed_planner, exported: bytes) -> None:
    expected = {
        (uid, key[1], key[2]) for uid, key in _expected(timed_planner) if key[0] == "t"
    }
    read = outlook_instants(exported, LAST)
    known = {uid for uid, _, _ in expected}
    outlook = {(_series_uid(uid, known), s, e) for uid, pairs in read.items() for s, e in pairs if s >= FIRST}
    assert outlook == expected
    # Astana before 2024-03-01 (+06) is beyond a single-rule VTIMEZONE: that instant is written in UTC.
    assert b"DTSTART:20240215T040000Z" in exported
    # Cairo's 2024 DST ended on a Thursday at 24:00, which Outlook's rule cannot say: 31 Oct goes apart.
    assert b"UID:cairo-weekly@test-20241031" in exported


def test_structure_follows_the_outlook_rules(timed_planner) -> None:
    # The reminder is an option (off by default); asked for, it is one VALARM 15 minutes before.
    exported = export_calendar(timed_planner, ExportOptions(alarm_minutes=15))
    assert exported.count(b"\r\n") == exported.count(b"\n")
    assert all(len(line) <= 75 for line in exported.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(exported)
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["PRODID"] == PRODID
    assert calendar["VERSION"] == "2.0"
    assert calendar["X-WR-CALNAME"] == "CICA Planner"
    names = [c.name for c in calendar.subcomponents]
    assert names.index("VEVENT") > max(i for i, n in enumerate(names) if n == "VTIMEZONE")
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    used = set(re.findall(rb"TZID=([^:;]+)", exported))
    assert {u.decode() for u in used} == defined
    assert "Asia/Almaty" in defined
    assert "Africa/Cairo" in defined
    for vevent in calendar.walk("VEVENT"):
        text = vevent.to_ical()
        assert text.count(b"\r\nCATEGORIES") == 1
        assert len(vevent.walk("VALARM")) <= 1
        assert "DTSTAMP" in vevent
        assert "LAST-MODIFIED" in vevent
        assert "SEQUENCE" in vevent
        assert vevent["TRANSP"] in ("OPAQUE", "TRANSPARENT")
        assert vevent["X-MICROSOFT-CDO-BUSYSTATUS"] in ("FREE", "TENTATIVE", "BUSY")
        assert "ORGANIZER" not in vevent
        assert "ATTENDEE" not in vevent
        assert "COUNT=1;" not in str(vevent.get("RRULE", "")) + ";"
        start = vevent.decoded("DTSTART")
        if isinstance(start, datetime):
            assert len(vevent.walk("VALARM")) == 1
            assert vevent.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-15)
            assert b"TRIGGER:-PT15M" in text
        else:
            assert vevent.decoded("DTEND") > start
            assert vevent["X-MICROSOFT-CDO-ALLDAYEVENT"] == "TRUE"
            assert not vevent.walk("VALARM")


def test_mc_all_day_has_exclusive_end_and_forum_is_free(exported: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(exported)
    by_uid = {str(v["UID"]): v for v in calendar.walk("VEVENT")}
    mc = by_uid["e097@seed.cica-planner"]
    assert mc.decoded("DTSTART") == date(2024, 12, 17)
    assert mc.decoded("DTEND") == date(2024, 12, 18)
    assert b"DTSTART;VALUE=DATE:20241217" in mc.to_ical()
    multi_day = [v for v in by_uid.values() if not isinstance(v.decoded("DTSTART"), datetime)
                 and (v.decoded("DTEND") - v.decoded("DTSTART")).days >= 2]
    assert multi_day
    assert all(v["TRANSP"] == "TRANSPARENT" and v["X-MICROSOFT-CDO-BUSYSTATUS"] == "FREE" for v in multi_day)


def test_recurrence_within_outlook_templates_or_expanded(exported: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(exported)
    by_uid = {str(v["UID"]): v for v in calendar.walk("VEVENT")}
    assert by_uid["briefing@test"]["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=8;BYDAY=MO,WE"
    assert by_uid["jerusalem@test"]["RRULE"].to_ical() == b"FREQ=MONTHLY;COUNT=10;BYDAY=2TU"
    assert b"BYMONTH=6" in by_uid["yearly@test"]["RRULE"].to_ical()
    # Two weekdays a month is not an Outlook template: one VEVENT per occurrence.
    assert "irregular@test" not in by_uid
    irregular = sorted(uid for uid in by_uid if uid.startswith("irregular@test-"))
    assert irregular[:2] == ["irregular@test-20250110", "irregular@test-20250124"]
    assert len(irregular) == 6
    # EXDATE is in the zone of DTSTART (and UNTIL in UTC, as RFC 5545 wants).
    cairo = by_uid["cairo-weekly@test"].to_ical()
    assert b"EXDATE;TZID=Africa/Cairo:20240516T100000" in cairo
    assert re.search(rb"UNTIL=\d{8}T\d{6}Z", cairo)


def test_yearly_rule_with_one_occurrence_is_a_single_event(empty_planner) -> None:
    empty_planner.create(Event("Once", Category.CEREMONY, date(2025, 5, 5), date(2025, 5, 6), uid="once@test",
                               rrule="FREQ=YEARLY;COUNT=1"))
    empty_planner.create(Event("Other", Category.CEREMONY, date(2025, 5, 7), date(2025, 5, 8), uid="other@test"))
    data = export_calendar(empty_planner)
    assert b"RRULE" not in data
    assert b"UID:once@test\r\n" in data


def test_single_event_file_has_no_calendar_name(empty_planner) -> None:
    empty_planner.create(Event("Only", Category.VISIT, date(2025, 5, 5), date(2025, 5, 6), uid="only@test"))
    data = export_calendar(empty_planner)
    assert b"X-WR-CALNAME" not in data
    assert b"METHOD:PUBLISH" in data


def test_hostile_text_is_escaped_folded_and_round_trips(empty_planner) -> None:
    title = "Qazaqstan: Қазақстан Республикасы; Azərbaycan, 中华人民共和国 🎉🎉\r\nDTSTART:19990101T000000Z\nEND:VEVENT"
    description = "Line one;\nBEGIN:VALARM\r\nTRIGGER:-PT1M\r, comma " + "Ə" * 80
    empty_planner.create(Event(title, Category.VISIT, date(2025, 5, 5), date(2025, 5, 6), uid="hostile@test",
                               description=description, city="Астана, Есіл"))
    empty_planner.create(Event("Other", Category.VISIT, date(2025, 5, 7), date(2025, 5, 8), uid="other@test"))
    data = export_calendar(empty_planner)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # never split inside a UTF-8 character
    assert b"\r\nDTSTART:1999" not in data
    assert b"\r\nBEGIN:VALARM" not in data
    assert b"\r\nEND:VEVENT\r\nEND:VEVENT" not in data
    calendar = icalendar.Calendar.from_ical(data)
    vevent = next(v for v in calendar.walk("VEVENT") if v["UID"] == "hostile@test")
    assert len(calendar.walk("VEVENT")) == 2
    assert not vevent.walk("VALARM")
    assert str(vevent["SUMMARY"]) == " ".join(title.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert "Line one;\nBEGIN:VALARM\nTRIGGER:-PT1M\n, comma " in str(vevent["DESCRIPTION"])
    assert str(vevent["LOCATION"]) == "Астана, Есіл"


def test_same_uids_twice_and_sequence_rises(timed_planner) -> None:
    first = build_export(timed_planner)
    second = build_export(timed_planner)
    assert first.uids == second.uids
    assert len(set(first.uids)) == len(first.uids)
    event = timed_planner.get("soc-jun@test")
    timed_planner.update(replace(event, title="SOC, Astana (agenda changed)"))
    after = icalendar.Calendar.from_ical(export_calendar(timed_planner))
    vevent = next(v for v in after.walk("VEVENT") if v["UID"] == "soc-jun@test")
    assert int(vevent["SEQUENCE"]) == event.sequence + 1
    assert vevent.decoded("LAST-MODIFIED") >= event.last_modified


def test_description_shows_organiser_mode_status_and_reschedules(planner) -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    vevents = {str(v["UID"]): v for v in build_export(planner, now=now).calendar.walk("VEVENT")}
    vevent = vevents["e097@seed.cica-planner"]
    text = str(vevent["DESCRIPTION"])
    assert "Organiser: " in text
    assert "Mode: online" in text
    assert "Status: held" in text
    assert "Rescheduled: 11 Nov 2024, Baku (in person) → 17 Dec 2024 (online)" in text
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["CATEGORIES"].cats == ["Ministerial Council"]
    # A past plan whose outcome nobody recorded is exported as such, tentative; the stored status travels along.
    silence = vevents["e083@seed.cica-planner"]
    assert "Status: outcome to confirm" in str(silence["DESCRIPTION"])
    assert silence["STATUS"] == "TENTATIVE"
    assert str(silence["X-CICA-STATUS"]) == "planned"


def test_unscheduled_only_on_request_as_tentative_tbc(planner) -> None:
    without = icalendar.Calendar.from_ical(export_calendar(planner))
    assert "e095@seed.cica-planner" not in {str(v["UID"]) for v in without.walk("VEVENT")}
    with_them = icalendar.Calendar.from_ical(export_calendar(planner, ExportOptions(include_unscheduled=True)))
    forum = next(v for v in with_them.walk("VEVENT") if v["UID"] == "e095@seed.cica-planner")
    assert str(forum["SUMMARY"]) == "9th CICA Business Forum (date TBC: Q4 2024)"
    assert forum["STATUS"] == "TENTATIVE"
    assert forum["X-MICROSOFT-CDO-BUSYSTATUS"] == "FREE"
    assert (forum.decoded("DTSTART"), forum.decoded("DTEND")) == (date(2024, 10, 1), date(2025, 1, 1))


def test_window_and_category_filters(planner) -> None:
    options = ExportOptions(start=date(2024, 12, 1), end=date(2024, 12, 31),
                            categories=frozenset({Category.MINISTERIAL_COUNCIL}))
    result = build_export(planner, options)
    assert result.uids == ["e097@seed.cica-planner"]
    assert b"X-WR-CALNAME" not in result.to_bytes()


def test_tasks_become_free_all_day_deadline_markers(planner) -> None:
    from cica_planner.domain.tasks import Task
    from cica_planner.services.tasks import TaskService

    meeting = planner.create(Event("8th CICA Ministerial Council", Category.MINISTERIAL_COUNCIL, date(2026, 10, 20),
                                   date(2026, 10, 21), uid="mc8@test", tzid="Asia/Baku"))
    tasks = TaskService(planner.engine)
    [task] = tasks.add([Task("Send invitations", meeting.uid, due_fixed=date(2026, 10, 1))])
    result = build_export(planner, ExportOptions(include_tasks=True), tasks=tasks)
    assert result.deadline_count >= 1
    calendar = icalendar.Calendar.from_ical(result.to_bytes())
    marker = next(v for v in calendar.walk("VEVENT") if v["UID"] == f"task-{task.id}-mc8@test")
    assert str(marker["SUMMARY"]).startswith("Deadline: Send invitations (")
    assert marker.decoded("DTSTART") == date(2026, 10, 1)
    assert marker.decoded("DTEND") == date(2026, 10, 2)
    assert marker["TRANSP"] == "TRANSPARENT"
    assert marker["X-MICROSOFT-CDO-BUSYSTATUS"] == "FREE"
    assert not calendar.walk("VTODO")
    assert b"task-" not in export_calendar(planner)


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cica.ics"
    target.write_bytes(b"previous content")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_export(target, b"BEGIN:VCALENDAR\r\n" * 1000)
    assert target.read_bytes() == b"previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["cica.ics"]
    monkeypatch.undo()
    write_export(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["cica.ics"]
