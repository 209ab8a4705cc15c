"""The lean VEVENT reader reads what icalendar reads: the repo's files and generated Outlook-style ones.

icalendar is the independent reference here: each VEVENT's properties, decoded by the lean
reader (``ical_reader`` + ``ical_values``), must equal icalendar's own decoding of the same
file, property by property.
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.outlook_file import outlook_calendar
from cica_planner.domain.errors import ImportFormatError
from cica_planner.services import ical_values as values
from cica_planner.services.ical_reader import read_records, split_line

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("*.ics")) + sorted((DATA / "series").glob("*.ics"))
TEXTS = ("UID", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS")
MOMENTS = ("DTSTART", "DTEND", "RECURRENCE-ID", "DTSTAMP", "LAST-MODIFIED", "CREATED")


def _wall(value: date | datetime) -> date | datetime:
    """A date, a UTC instant, or a wall time without its zone (the TZID parameter says which)."""
    if isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() == timedelta(0) \
            and str(value.tzinfo) in ("UTC", "UTC+00:00"):
        return value.astimezone(UTC)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def _icalendar_view(component: icalendar.cal.Component) -> dict[str, object]:
    view: dict[str, object] = {}
    for name in TEXTS:
        if name in component:
            prop = component[name]
            view[name] = str(prop[0] if isinstance(prop, list) else prop)
    for name in MOMENTS:
        if name in component:
            prop = component[name]
            view[name] = (_wall(prop.dt), prop.params.get("TZID"))
    if "RRULE" in component:
        rules = component["RRULE"] if isinstance(component["RRULE"], list) else [component["RRULE"]]
        view["RRULE"] = [rule.to_ical().decode() for rule in rules]
    for name in ("EXDATE", "RDATE"):
        if name in component:
            props = component[name] if isinstance(component[name], list) else [component[name]]
            view[name] = [([_wall(item.dt) if not isinstance(item.dt, tuple) else tuple(map(_wall, item.dt))
                            for item in prop.dts], prop.params.get("TZID")) for prop in props]
    if "CATEGORIES" in component:
        props = component["CATEGORIES"] if isinstance(component["CATEGORIES"], list) else [component["CATEGORIES"]]
        view["CATEGORIES"] = [list(map(str, prop.cats)) for prop in props]
    if "SEQUENCE" in component:
        view["SEQUENCE"] = int(str(component["SEQUENCE"]))
    if "DURATION" in component:
        view["DURATION"] = component.decoded("DURATION")
    return view


def _lean_view(record) -> dict[str, object]:
    view: dict[str, object] = {}
    for name in TEXTS:
        if name in record:
            view[name] = values.text(record.first(name).value)
    for name in MOMENTS:
        if name in record:
            prop = record.first(name)
            view[name] = (values.date_or_time(prop.value), prop.params.get("TZID"))
    if "RRULE" in record:
        view["RRULE"] = [values.rule(prop.value)[0] for prop in record.props["RRULE"]]
    for name in ("EXDATE", "RDATE"):
        if name in record:
            view[name] = [([item if not isinstance(item, tuple) else tuple(item) for item in values.moments(prop.value)],
                           prop.params.get("TZID")) for prop in record.props[name]]
    if "CATEGORIES" in record:
        view["CATEGORIES"] = [values.text_list(prop.value) for prop in record.props["CATEGORIES"]]
    if "SEQUENCE" in record:
        view["SEQUENCE"] = int(record.first("SEQUENCE").value)
    if "DURATION" in record:
        view["DURATION"] = values.duration(record.first("DURATION").value)
    return view


def _both(data: bytes) -> tuple[list[dict], list[dict]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    reference = [_icalendar_view(c) for calendar in calendars for c in calendar.walk("VEVENT")]
    lean = [_lean_view(record) for calendar in read_records(data) for record in calendar.events]
    return reference, lean


@pytest.mark.parametrize("path", [p for p in FILES if p.name != "broken_component.ics"], ids=lambda p: p.name)
def test_the_repo_files_read_the_same(path: Path) -> None:
    reference, lean = _both(path.read_bytes())
    assert len(lean) == len(reference) > 0
    for mine, theirs in zip(lean, reference, strict=True):
        assert mine == theirs


def test_the_benchmark_file_reads_the_same() -> None:
    reference, lean = _both(outlook_calendar(300, seed=7))
    assert len(lean) == 300
    assert lean == reference


_TEXT = st.text(alphabet=st.sampled_from(list("abc XYZ,;\\:\"\n\tЖүşé漢😀")), min_size=0, max_size=120)
_ZONES = ["Central Asia Standard Time", "Azerbaijan Standard Time", "Asia/Almaty", "Europe/Istanbul"]


@st.composite
def _outlook_style(draw) -> bytes:
    """A calendar written by icalendar (an independent writer): folded, escaped, zoned, with series parts."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    calendar.add("VERSION", "2.0")
    for number in range(draw(st.integers(1, 4))):
        event = icalendar.Event()
        event.add("UID", f"040000008200E00074C5B7101A82E008000000{number:04d}")
        event.add("SUMMARY", draw(_TEXT))
        event.add("LOCATION", draw(_TEXT))
        event.add("DESCRIPTION", draw(_TEXT))
        event.add("DTSTAMP", datetime(2024, 12, 1, 8, tzinfo=UTC))
        event.add("SEQUENCE", draw(st.integers(0, 5)))
        event.add("CATEGORIES", draw(st.lists(st.sampled_from(["SOC", "Youth, Council", "a;b"]), min_size=1, max_size=2)))
        day = date(2021, 1, 1) + timedelta(days=draw(st.integers(0, 2000)))
        if draw(st.booleans()):
            event.add("DTSTART", day)
            event.add("DTEND", day + timedelta(days=draw(st.integers(1, 3))))
            event.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
        else:
            tzid = draw(st.sampled_from(_ZONES))
            start = datetime.combine(day, datetime.min.time()) + timedelta(hours=draw(st.integers(0, 23)))
            event.add("DTSTART", start, parameters={"TZID": tzid})
            event.add("DTEND", start + timedelta(hours=1), parameters={"TZID": tzid})
            if draw(st.booleans()):
                event.add("RRULE", {"FREQ": "WEEKLY", "COUNT": draw(st.integers(2, 10)), "BYDAY": ["MO", "TH"]})
                event.add("EXDATE", [start + timedelta(days=7), start + timedelta(days=14)], parameters={"TZID": tzid})
            if draw(st.booleans()):
                event.add("RECURRENCE-ID", start, parameters={"TZID": tzid})
        calendar.add_component(event)
    return calendar.to_ical()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_outlook_style())
def test_generated_outlook_style_files_read_the_same(data: bytes) -> None:
    reference, lean = _both(data)
    assert lean == reference


def test_folding_parameters_and_escapes() -> None:
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\nSUMMARY;LANGUAGE=ru:СВМДА\\, Совет\r\n"
            " \\; министров\\nАстана\r\n"
            'DTSTART;TZID="Central Asia Standard Time":20240115T100000\n'
            "X-CICA-CITY:Astana\\\\Nur-Sultan\r\n\tcontinued\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    (calendar,) = read_records(data)
    (record,) = calendar.events
    assert values.text(record.first("SUMMARY").value) == "СВМДА, Совет; министров\nАстана"
    assert record.first("SUMMARY").params == {"LANGUAGE": "ru"}
    assert record.first("DTSTART").params == {"TZID": "Central Asia Standard Time"}
    assert values.text(record.first("X-CICA-CITY").value) == "Astana\\Nur-Sultancontinued"


def test_a_content_line_is_split_at_the_first_unquoted_colon() -> None:
    assert split_line('ATTENDEE;CN="Doe: J";ROLE=CHAIR:mailto:j@x.org') == (
        "ATTENDEE", {"CN": "Doe: J", "ROLE": "CHAIR"}, "mailto:j@x.org")
    assert split_line("dtstart:20240101") == ("DTSTART", {}, "20240101")
    with pytest.raises(ValueError, match="not a content line"):
        split_line("no colon at all")


@pytest.mark.parametrize(("text", "message"), [
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
     "cannot read the iCalendar file: END:VTODO where END:VEVENT was expected"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n",
     "cannot read the iCalendar file: END:VCALENDAR where END:VEVENT was expected"),
    ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events"),
])
def test_structure_errors_are_one_line(text: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message) as raised:
        read_records(text.encode())
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(("raw", "expected"), [
    ("20240301", date(2024, 3, 1)),
    ("20240301T100000", datetime(2024, 3, 1, 10)),
    ("20240301T100000Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),
])
def test_dates_decode(raw: str, expected: date | datetime) -> None:
    assert values.date_or_time(raw) == expected
    assert type(values.date_or_time(raw)) is type(expected)


@pytest.mark.parametrize("raw", ["2024-03-01", "20241301", "20240301T250000", "tomorrow", ""])
def test_bad_dates_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=r"date"):
        values.date_or_time(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("PT1H30M", timedelta(hours=1, minutes=30)), ("-PT15M", timedelta(minutes=-15)), ("P2W", timedelta(weeks=2)),
    ("P1DT12H", timedelta(days=1, hours=12)),
])
def test_durations_decode(raw: str, expected: timedelta) -> None:
    assert values.duration(raw) == expected


def test_rules_are_written_in_icalendars_order() -> None:
    assert values.rule("byday=mo,th;COUNT=04;FREQ=weekly;") == ("FREQ=WEEKLY;COUNT=4;BYDAY=MO,TH", None)
    assert values.rule("FREQ=DAILY;UNTIL=20240105T000000Z") == (
        "FREQ=DAILY;UNTIL=20240105T000000Z", datetime(2024, 1, 5, tzinfo=UTC))
    assert icalendar.vRecur.from_ical("byday=mo,th;COUNT=04;FREQ=weekly").to_ical().decode() == \
        "FREQ=WEEKLY;COUNT=4;BYDAY=MO,TH"


def test_the_shipped_windows_zone_names_are_icalendars() -> None:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    from cica_planner.services.ical_normalise import windows_zone

    assert {name: windows_zone(name) for name in WINDOWS_TO_OLSON} == dict(WINDOWS_TO_OLSON)
    assert windows_zone(" Azerbaijan Standard Time ") == "Asia/Baku"
    assert windows_zone("Mars Standard Time") is None


def test_a_line_that_is_no_property_is_left_out_and_the_event_still_reads() -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@test\r\n"
            b"DTSTART:20240101T100000Z\r\nthis line is junk\r\nSUMMARY:ok\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (calendar,) = read_records(data)
    (record,) = calendar.events
    assert sorted(record.props) == ["DTSTART", "SUMMARY", "UID"]
    assert record.errors == ["not a content line: 'this line is junk'"]
    reference = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(reference["SUMMARY"]) == "ok"  # icalendar leaves the line out the same way
