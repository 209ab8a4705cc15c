"""The fast paths of import and export: the written file reads the same in two independent parsers,
import → export → import gives the same events back, and the bulk insert stores what the repository would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import icalendar
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cica_planner.domain.model import Category, Event, EventStatus, Mode
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.services import ical_text
from cica_planner.services.ical_export import ExportOptions, build_export
from cica_planner.services.ical_import import ImportService, import_file
from cica_planner.services.tasks import TaskService
from cica_planner.storage import event_bulk
from cica_planner.storage.repositories import event_to_row

if TYPE_CHECKING:
    from tests.ical.conftest import FreshCalendars

HOSTILE = "Ministerial Council, Baku; \"Room\" \\ A\nSecond line — СВМДА 漢字 😀 " + "long " * 30
STAMP = datetime(2025, 1, 10, 9, tzinfo=UTC)
WINDOW = (datetime(2020, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


def _text_properties(data: bytes) -> tuple[dict, dict]:
    """SUMMARY, LOCATION, DESCRIPTION and the X-CICA- texts of every VEVENT, as icalendar and vobject read them."""
    names = ("summary", "location", "description", "x-cica-city", "x-cica-venue", "x-cica-organiser",
             "x-cica-description", "categories")
    theirs: dict[str, dict[str, str]] = {}
    for vevent in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        found = {}
        for name in names:
            if name.upper() not in vevent:
                continue
            value = vevent[name.upper()]
            if name == "categories":
                found[name] = ",".join(map(str, value.cats))
            elif name.startswith("x-"):  # icalendar keeps X- values escaped
                found[name] = ical_text_unescape(value.to_ical().decode())
            else:
                found[name] = str(value)
        theirs[f"{vevent['UID']}|{vevent.get('RECURRENCE-ID', '')!s}"] = found
    second: dict[str, dict[str, str]] = {}
    for vevent in vobject.readOne(data.decode("utf-8")).vevent_list:
        found = {}
        for name in names:
            lines = vevent.contents.get(name)
            if not lines:
                continue
            value = lines[0].value
            found[name] = ",".join(value) if isinstance(value, list) else value
        rid = vevent.contents.get("recurrence-id")
        key = f"{vevent.uid.value}|{icalendar.vDDDTypes(rid[0].value).to_ical().decode() if rid else ''}"
        second[key] = found
    return theirs, second


def ical_text_unescape(raw: str) -> str:
    from cica_planner.services.ical_values import text

    return text(raw)


def test_the_export_reads_the_same_in_icalendar_and_vobject(timed_planner) -> None:
    timed_planner.create(Event(HOSTILE, Category.MINISTERIAL_COUNCIL, datetime(2025, 3, 4, 10, tzinfo=ZoneInfo("Asia/Baku")),
                               datetime(2025, 3, 4, 12, tzinfo=ZoneInfo("Asia/Baku")), tzid="Asia/Baku",
                               uid="hostile,uid;1@test", city="Baku, \"old town\"", country="AZ", venue=HOSTILE,
                               organiser="MFA; Protocol", description=HOSTILE))
    data = build_export(timed_planner, ExportOptions(include_unscheduled=True, include_tasks=True, alarm_minutes=90),
                        now=STAMP, tasks=TaskService(timed_planner.engine)).to_bytes()
    theirs, second = _text_properties(data)
    assert len(theirs) > 10
    assert {key.split("|")[0] for key in theirs} == {key.split("|")[0] for key in second}
    for key, found in theirs.items():
        uid = key.split("|")[0]
        other = next(value for name, value in second.items() if name.split("|")[0] == uid and
                     value.get("summary") == found.get("summary"))
        assert other == found, uid
    hostile = next(found for key, found in theirs.items() if key.startswith("hostile,uid;1@test"))
    assert hostile["summary"] == " ".join(HOSTILE.split("\n")).strip()
    assert hostile["x-cica-venue"] == HOSTILE
    assert hostile["x-cica-description"] == HOSTILE
    assert hostile["x-cica-city"] == "Baku, \"old town\""
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"TRIGGER:-PT1H30M" in data


def test_folding_never_splits_a_character_or_an_escape() -> None:
    for text in (HOSTILE, "Ж" * 100, "\\" * 80, "a" * 74 + "\\n" + "b" * 80, *("x" * n + "\\" + "y" * 90 for n in range(55, 66))):
        folded = ical_text.fold("DESCRIPTION:" + ical_text.escape(text))
        lines = folded.split("\r\n")
        assert all(len(line.encode()) <= 75 for line in lines)
        assert all(line.startswith(" ") for line in lines[1:])
        # No line ends inside an escape: its trailing backslashes come in pairs.
        assert all((len(line) - len(line.rstrip("\\"))) % 2 == 0 for line in lines[:-1])
        parsed = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\n")
        assert str(parsed["DESCRIPTION"]) == text.replace("\r\n", "\n").replace("\r", "\n")


_TITLES = st.text(alphabet=st.sampled_from(list("abcXYZ ,;\\\"ЖүşéСВМДА漢😀")), min_size=1, max_size=90).filter(str.strip)
_ZONES = ["Asia/Almaty", "Asia/Baku", "Asia/Tashkent", "Europe/Istanbul", "Asia/Shanghai"]


@st.composite
def _events(draw) -> list[Event]:
    events = []
    for number in range(draw(st.integers(1, 5))):
        title = " ".join(draw(_TITLES).split())
        day = date(2024, 3, 4) + timedelta(days=draw(st.integers(0, 900)))
        common = {"uid": f"rt-{number}@test", "city": draw(st.sampled_from(["Astana", "Baku", "", "Dushanbe"])),
                      "country": draw(st.sampled_from(["KZ", "AZ", ""])), "venue": draw(st.sampled_from(["", "Palace; hall"])),
                      "organiser": draw(st.sampled_from(["", "Secretariat, CICA"])), "description": draw(_TITLES),
                      "status": draw(st.sampled_from([EventStatus.CONFIRMED, EventStatus.PLANNED, EventStatus.CANCELLED])),
                      "mode": draw(st.sampled_from(list(Mode))), "sequence": draw(st.integers(0, 4)),
                      "last_modified": STAMP - timedelta(days=1), "created": STAMP - timedelta(days=2)}
        category = draw(st.sampled_from([Category.SOC, Category.SWG, Category.YOUTH_COUNCIL, Category.SUMMIT]))
        if draw(st.booleans()):
            events.append(Event(title, category, day, day + timedelta(days=draw(st.integers(1, 3))), **common))
            continue
        tzid = draw(st.sampled_from(_ZONES))
        start = datetime.combine(day, datetime.min.time(), tzinfo=ZoneInfo(tzid)) + timedelta(hours=draw(st.integers(8, 18)))
        rule = draw(st.sampled_from([None, "FREQ=WEEKLY;COUNT=6", "FREQ=MONTHLY;BYMONTHDAY=10;COUNT=3"]))
        if rule and "MONTHLY" in rule:
            start = start.replace(day=10)
        exdates = [start + timedelta(days=7)] if rule == "FREQ=WEEKLY;COUNT=6" and draw(st.booleans()) else []
        events.append(Event(title, category, start, start + timedelta(hours=2), tzid=tzid, rrule=rule,
                            exdates=exdates, **common))
    return events


def _fields(event: Event) -> tuple:
    def instant(m):
        return (m.astimezone(UTC) if isinstance(m, datetime) else m)
    return (event.uid, event.title, event.category, instant(event.start), instant(event.end), event.tzid, event.city,
            event.country, event.venue, event.organiser, event.description, event.status, event.mode,
            # The same occurrences (the export completes a rule where Outlook needs it: weekly BYDAY, ...).
            [(instant(o.start), instant(o.end)) for o in expand(event, WINDOW[0], WINDOW[1])],
            sorted(map(instant, event.exdates)), event.sequence, event.precision)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=_events())
def test_import_export_import_gives_the_same_events(fresh_calendars: FreshCalendars, events: list[Event]) -> None:
    with fresh_calendars() as (source, target):
        source.add_many(events)
        first = build_export(source, now=STAMP).to_bytes()
        result = import_file(target, first)
        assert result.skipped == []
        assert sorted(map(_fields, target.all_events())) == sorted(map(_fields, source.all_events()))
        second = build_export(target, now=STAMP).to_bytes()
        assert second == first  # and the export of the imported calendar is the same file, byte for byte


def test_bulk_columns_are_the_repositorys_columns(timed_planner) -> None:
    for event in timed_planner.all_events():
        row = event_to_row(event)
        columns = event_bulk.event_columns(event)
        assert columns == {name: getattr(row, name) for name in columns}
        assert set(columns) | {"id", "version", "changed_by", "changed_at"} == set(type(row).model_fields)


def test_the_import_is_one_bulk_write_and_signs_every_event(empty_planner) -> None:
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(
        f"BEGIN:VEVENT\r\nUID:b{n}@test\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:2025{n % 12 + 1:02d}01\r\n"
        f"SUMMARY:Bulk {n}\r\nEND:VEVENT\r\n" for n in range(1200)) + "END:VCALENDAR\r\n").encode()
    seen: list[tuple[int, int]] = []
    result = ImportService(empty_planner).import_file(data, progress=lambda done, total: seen.append((done, total)))
    assert result.created == 1200
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]  # one step per batch of rows
    stored = empty_planner.get("b7@test")
    assert (stored.version, stored.title, stored.start) == (1, "Bulk 7", date(2025, 8, 1))
    assert stored.changed_by
    assert stored.changed_at is not None
