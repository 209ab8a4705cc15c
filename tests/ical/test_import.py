"""iCalendar import: Outlook, Google and Thunderbird files, re-import, round trip and bad files."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outlook_reader import in_window, rie_occurrences

from cica_planner.domain.errors import ImportFormatError
from cica_planner.domain.model import Category, EventStatus
from cica_planner.services.ical_export import export_calendar
from cica_planner.services.ical_import import Outcome, apply_import, import_file, plan_import

DATA = Path(__file__).parent / "data"  # the sample files beside this module

def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _import(planner, name: str):
    return import_file(planner, (DATA / name).read_bytes())


def test_outlook_file_with_windows_and_custom_zones(empty_planner) -> None:
    result = _import(empty_planner, "outlook.ics")
    assert (result.created, result.updated, result.skipped) == (5, 0, [])
    events = {e.uid: e for e in empty_planner.all_events()}
    soc = next(e for uid, e in events.items() if uid.startswith("040000008200E"))
    assert soc.start == _utc(2025, 6, 26, 5)
    assert soc.end == _utc(2025, 6, 26, 13)
    assert soc.category is Category.SOC
    assert soc.tzid == "Asia/Almaty"
    assert soc.country == "KZ"
    assert soc.city == "CICA HQ, Astana"
    assert "Interpretation: EN/RU/ZH." in soc.description
    mc = events["outlook-mc-2024@example.org"]
    assert mc.start == _utc(2024, 12, 17, 6)
    assert mc.tzid == "Asia/Baku"
    assert mc.title == "Nazirlər Şurası — Ministerial Council (online) 🌐"
    assert (mc.category, mc.status, mc.sequence) == (Category.MINISTERIAL_COUNCIL, EventStatus.CONFIRMED, 2)
    # The file's own zone (+05) is honoured although Asia/Almaty was +06 on that day.
    custom = events["outlook-custom-zone@example.org"]
    assert custom.start == _utc(2024, 2, 15, 5)
    assert custom.tzid == "UTC"
    forum = events["outlook-allday-multiday@example.org"]
    assert (forum.start, forum.end) == (date(2025, 4, 6), date(2025, 4, 9))
    assert forum.title == "Think Tank Forum: Қазақстан, Azərbaycan; 中国 🎉"
    # Weekly Cairo series across the end of DST, one EXDATE and one moved occurrence.
    cairo = events["outlook-cairo-weekly@example.org"]
    assert cairo.tzid == "Africa/Cairo"
    assert cairo.rrule == "FREQ=WEEKLY;COUNT=6;BYDAY=TH"
    # The moved occurrence stays in its series, keyed by its original start.
    moved = cairo.override_for(_utc(2024, 10, 24, 7))
    assert moved is not None
    assert moved.start == _utc(2024, 10, 25, 9)
    assert "outlook-cairo-weekly@example.org-20241024" not in events
    starts = [o.start for o in empty_planner.occurrences(date(2024, 10, 1), date(2024, 12, 1))
              if o.uid == "outlook-cairo-weekly@example.org"]
    assert starts == [_utc(2024, 10, 3, 7), _utc(2024, 10, 10, 7), _utc(2024, 10, 25, 9), _utc(2024, 10, 31, 7),
                      _utc(2024, 11, 7, 8)]


def test_google_file_with_utc_times_and_calendar_zone(empty_planner) -> None:
    result = _import(empty_planner, "google.ics")
    assert (result.created, result.skipped) == (3, [])
    events = {e.uid: e for e in empty_planner.all_events()}
    forum = events["2k3j4h5g6f7d8s9a0q1w2e3r4t@google.com"]
    assert forum.start == _utc(2025, 10, 14, 4)
    assert forum.tzid == "Asia/Almaty"
    assert forum.start.utcoffset() == timedelta(hours=5)
    assert forum.category is Category.BUSINESS_FORUM
    retreat = events["7y6t5r4e3w2q1a2s3d4f5g6h7j@google.com"]
    assert (retreat.start, retreat.end, retreat.status) == (date(2025, 11, 20), date(2025, 11, 22), EventStatus.PLANNED)
    briefings = [o.start for o in empty_planner.occurrences(date(2025, 1, 1), date(2025, 3, 1))
                 if o.uid.startswith("0p9o8i7u6y5t4r3e2w1q")]
    assert briefings == [_utc(2025, 1, 6, 4), _utc(2025, 1, 13, 4), _utc(2025, 1, 27, 4), _utc(2025, 2, 4, 6),
                         _utc(2025, 2, 10, 4), _utc(2025, 2, 17, 4)]


def test_thunderbird_file(empty_planner) -> None:
    result = _import(empty_planner, "thunderbird.ics")
    assert result.created == 3
    assert result.notes == ["floating times (no time zone) read in Asia/Almaty"]
    events = {e.uid: e for e in empty_planner.all_events()}
    unga = events["5d1c3b2a-0f9e-4d8c-b7a6-95e4f3d2c1b0"]
    assert unga.start == _utc(2025, 9, 23, 17)
    assert unga.tzid == "America/New_York"
    assert unga.category is Category.EXTERNAL
    assert unga.venue.startswith("UN Headquarters")
    floating = events["f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9"]
    assert floating.start == _utc(2025, 4, 15, 10)
    assert floating.category is Category.TROIKA
    jerusalem = [o.start for o in empty_planner.occurrences(date(2025, 1, 1), date(2026, 1, 1))
                 if o.uid == "8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d"]
    assert jerusalem == [_utc(2025, 3, 11, 8), _utc(2025, 4, 8, 7), _utc(2025, 6, 10, 7)]


def test_reimport_is_idempotent_and_newer_sequence_updates(empty_planner) -> None:
    data = (DATA / "outlook.ics").read_bytes()
    import_file(empty_planner, data)
    count = empty_planner.count()
    again = plan_import(empty_planner, data)
    assert (again.count(Outcome.NEW), again.count(Outcome.UPDATED), again.count(Outcome.UNCHANGED)) == (0, 0, 5)
    apply_import(empty_planner, again)
    assert empty_planner.count() == count
    newer = data.replace(b"SEQUENCE:2\r\nSTATUS:CONFIRMED", b"SEQUENCE:3\r\nSTATUS:CANCELLED")
    result = import_file(empty_planner, newer)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 4)
    assert empty_planner.get("outlook-mc-2024@example.org").status is EventStatus.CANCELLED
    older = data.replace(b"SEQUENCE:2\r\nSTATUS:CONFIRMED", b"SEQUENCE:1\r\nSTATUS:CONFIRMED")
    assert import_file(empty_planner, older).unchanged == 5
    assert empty_planner.get("outlook-mc-2024@example.org").status is EventStatus.CANCELLED
    assert empty_planner.count() == count


def test_round_trip_keeps_uids_instants_and_recurrence(timed_planner, empty_planner) -> None:
    first = export_calendar(timed_planner)
    result = import_file(empty_planner, first)
    assert result.skipped == []
    assert result.created > 55
    second = export_calendar(empty_planner)
    window = (_utc(2024, 1, 1), _utc(2027, 1, 1))
    assert sorted(rie_occurrences(first, *window)) == sorted(rie_occurrences(second, *window))
    one, two = icalendar.Calendar.from_ical(first), icalendar.Calendar.from_ical(second)
    assert sorted(str(v["UID"]) for v in one.walk("VEVENT")) == sorted(str(v["UID"]) for v in two.walk("VEVENT"))
    rules = {str(v["UID"]): v["RRULE"].to_ical() for v in one.walk("VEVENT") if "RRULE" in v}
    assert rules == {str(v["UID"]): v["RRULE"].to_ical() for v in two.walk("VEVENT") if "RRULE" in v}
    assert len(rules) >= 4
    mc = empty_planner.get("e097@seed.cica-planner")
    original = timed_planner.get("e097@seed.cica-planner")
    assert (mc.title, mc.category, mc.status, mc.city, mc.country, mc.organiser, mc.description, mc.tzid) == (
        original.title, original.category, original.status, original.city, original.country, original.organiser,
        original.description, original.tzid)
    assert plan_import(empty_planner, first).count(Outcome.UNCHANGED) == result.created
    # Timed occurrences planned by the importing database are the ones planned by the exporting one.
    occurrences = [(o.start, o.end) for o in empty_planner.occurrences(*window) if in_window(o.start, *window)]
    expected = [(o.start, o.end) for o in timed_planner.occurrences(*window, include_unscheduled=False)
                if in_window(o.start, *window)]
    assert sorted(map(repr, occurrences)) == sorted(map(repr, expected))


def test_broken_component_is_named_and_the_rest_imports(empty_planner) -> None:
    result = _import(empty_planner, "broken_component.ics")
    assert result.created == 2
    reasons = {item.uid: item.reason for item in result.skipped}
    assert set(reasons) == {"bad-dtstart@example.org", "end-before-start@example.org", "unknown-zone@example.org",
                            "bad-rrule@example.org"}
    assert "DTSTART" in reasons["bad-dtstart@example.org"]
    assert reasons["end-before-start@example.org"] == "DTEND comes before DTSTART"
    assert "Mars/Olympus_Mons" in reasons["unknown-zone@example.org"]
    assert "RRULE" in reasons["bad-rrule@example.org"]
    assert all("\n" not in reason for reason in reasons.values())
    assert {e.uid for e in empty_planner.all_events()} == {"good-1@example.org", "good-2@example.org"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"Minutes of the SOC meeting\nAgenda item 1\n", "not an iCalendar file"),
        ((DATA / "google.ics").read_bytes()[:700], "cut short"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "no events"),
        (b"\xff\xfe" + "BEGIN:VCALENDAR".encode("utf-16-le"), "cut short"),  # UTF-16 is read; this one stops after its first line
    ],
)
def test_unreadable_file_is_refused_and_nothing_written(planner, data: bytes, message: str) -> None:
    before = planner.count()
    with pytest.raises(ImportFormatError, match=message) as raised:
        import_file(planner, data)
    assert "\n" not in str(raised.value)
    assert planner.count() == before


def test_progress_is_reported(empty_planner) -> None:
    calls: list[tuple[int, int]] = []
    plan = plan_import(empty_planner, (DATA / "google.ics").read_bytes(), progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (4, 4)
    calls.clear()
    apply_import(empty_planner, plan, progress=lambda d, t: calls.append((d, t)))
    # The new events are written in batches (one here); the moved occurrence is written with its series.
    assert calls == [(3, 3)]


def test_apply_is_one_transaction(empty_planner, monkeypatch: pytest.MonkeyPatch) -> None:
    from cica_planner.storage import event_bulk

    plan = plan_import(empty_planner, (DATA / "google.ics").read_bytes())
    real_columns = event_bulk.override_columns

    def failing_columns(override, event_id):
        # The events are inserted by now; the failure comes while their moved occurrence is written.
        assert event_id is not None
        raise RuntimeError("disk gone")

    assert real_columns is not failing_columns
    monkeypatch.setattr(event_bulk, "override_columns", failing_columns)
    with pytest.raises(RuntimeError):
        apply_import(empty_planner, plan)
    assert empty_planner.count() == 0


def test_missing_summary_and_uid(empty_planner) -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nDTSTAMP:20250101T000000Z\r\n"
            b"DTSTART;VALUE=DATE:20250301\r\nLOCATION:Summit venue\\, Baku\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    import_file(empty_planner, data)
    [event] = empty_planner.all_events()
    assert event.title == "(no title)"
    assert event.city == "Summit venue, Baku"
    assert event.country == "AZ"
    assert import_file(empty_planner, data).unchanged == 1


_VALID = (DATA / "outlook.ics").read_bytes()


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    lines = _VALID.split(b"\r\n")
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "garble", "bytes"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "garble":
            line = bytearray(lines[index])
            if line:
                position = draw(st.integers(0, len(line) - 1))
                line[position] = draw(st.sampled_from(b":;=,\\ x9Z\"-"))
            lines[index] = bytes(line)
        else:
            lines[index] = draw(st.binary(max_size=20))
        if not lines:
            break
    return b"\r\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_mutated())
def test_mutated_files_never_crash(empty_planner, data: bytes) -> None:
    before = empty_planner.count()
    refused = ""
    try:
        plan = plan_import(empty_planner, data)
    except ImportFormatError as exc:
        refused = str(exc) or "?"
    if refused:
        assert "\n" not in refused
        assert empty_planner.count() == before
        return
    apply_import(empty_planner, plan)
    assert empty_planner.count() >= before
    assert all(item.reason for item in plan.skipped)


def test_override_of_a_stored_series_joins_it(empty_planner) -> None:
    data = (DATA / "google.ics").read_bytes()
    master_only, _, rest = data.partition(b"BEGIN:VEVENT\r\nDTSTART;TZID=Asia/Almaty:20250204T110000")
    import_file(empty_planner, master_only.rstrip(b"\r\n") + b"\r\nEND:VCALENDAR\r\n")
    override = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Asia/Almaty:20250204T110000" + rest
    result = import_file(empty_planner, override)
    assert (result.created, result.updated) == (0, 1)
    master = empty_planner.get("0p9o8i7u6y5t4r3e2w1q@google.com")
    assert [o.recurrence_id for o in master.overrides] == [_utc(2025, 2, 3, 4)]
    assert _utc(2025, 2, 3, 4) not in master.exdates
    assert import_file(empty_planner, override).unchanged == 1
    assert master.rrule == "FREQ=WEEKLY;UNTIL=20250224T085959;BYDAY=MO"


def _swap_vevents(data: bytes) -> bytes:
    """The same file with its two VEVENTs in the other order (the moved instance first)."""
    head, first, second = data.split(b"BEGIN:VEVENT")
    second, tail = second.split(b"END:VCALENDAR")
    return head + b"BEGIN:VEVENT" + second + b"BEGIN:VEVENT" + first + b"END:VCALENDAR" + tail


@pytest.mark.parametrize("swapped", [False, True], ids=["outlook-order", "moved-instance-first"])
def test_moved_instance_takes_the_zone_of_its_series(empty_planner, swapped: bool) -> None:
    # Both VEVENTs say TZID="West Asia Standard Time"; only the series names Astana in LOCATION,
    # the moved instance says "Microsoft Teams Meeting" (whose mapping alone would give Asia/Tashkent).
    data = (DATA / "outlook_moved_instance.ics").read_bytes()
    result = import_file(empty_planner, _swap_vevents(data) if swapped else data)
    assert (result.created, result.skipped) == (1, [])
    (series,) = [e for e in empty_planner.all_events() if e.uid.endswith("CBM0WEEKLY")]
    assert series.tzid == "Asia/Almaty"
    (moved,) = series.overrides
    assert moved.recurrence_id == _utc(2025, 1, 23, 5)
    # The instants are those of the file (+05:00), whatever the zone is called.
    assert (moved.start, moved.end) == (_utc(2025, 1, 24, 10), _utc(2025, 1, 24, 11))
    assert moved.start.utcoffset() == timedelta(hours=5)
    assert series.exdates == []
    starts = [o.start for o in empty_planner.occurrences(date(2025, 1, 1), date(2025, 3, 1))]
    assert starts == [_utc(2025, 1, 9, 5), _utc(2025, 1, 16, 5), _utc(2025, 1, 24, 10), _utc(2025, 1, 30, 5),
                      _utc(2025, 2, 6, 5), _utc(2025, 2, 13, 5)]


def test_a_utf16_file_from_windows_is_read(empty_planner) -> None:
    from cica_planner.services.ical_import import Outcome, plan_import

    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:utf16-1\r\n"
        "SUMMARY:Şuşa — Қазақстан briefing\r\nDTSTART;VALUE=DATE:20240618\r\nDTEND;VALUE=DATE:20240619\r\n"
        "DTSTAMP:20240601T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    plan = plan_import(empty_planner, text.encode("utf-16"))
    assert [(i.outcome, i.event.title) for i in plan.items] == [(Outcome.NEW, "Şuşa — Қазақстан briefing")]
