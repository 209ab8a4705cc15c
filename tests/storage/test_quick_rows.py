"""The quick reads' row mapping (``storage/quick_rows.py``) gives what the SQLAlchemy path gives, field by field.

Random events of every kind (timed in zones with and without daylight saving time, all-day,
days not fixed yet, series with EXDATEs, RDATEs, further rules, changed occurrences, history)
are written to a real calendar file by the repository, then read back twice: by the ORM
(``EventRepository``, whose rows go through ``row_reading.event_from_row``) and by the quick
read (``quick_reads.events_with_ids``). Every field must be equal and of the same type, the
fields left out of ``==`` (version, author, change time) included. Stored text in other forms
than SQLAlchemy writes (an offset of its own, no microseconds) and rows that lack a value are
compared with the reading the quick path made before it mapped tuples directly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from cica_planner.domain.errors import StorageError, ValidationError
from cica_planner.domain.model import (
    Category,
    Event,
    EventChange,
    EventStatus,
    Mode,
    Override,
    PeriodPart,
    Precision,
)
from cica_planner.services.seeding import open_database
from cica_planner.storage import quick_reads
from cica_planner.storage.db import session_scope
from cica_planner.storage.quick_rows import EVENT_COLUMNS, RowMapper
from cica_planner.storage.repositories import EventRepository
from cica_planner.storage.row_reading import EventRecord, event_from_row

ZONES = ("Asia/Almaty", "Asia/Baku", "UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe")
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@st.composite
def events(draw: st.DrawFn) -> Event:
    tzid = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(tzid)
    day = date(2023, 10, 1) + timedelta(days=draw(st.integers(0, 400)))
    precision = draw(st.sampled_from(list(Precision)))
    all_day = precision is not Precision.DAY or draw(st.booleans())
    if precision is Precision.UNDATED:
        day = date(9999, 1, 1)
    if all_day:
        start: date | datetime = day
        end: date | datetime = day + timedelta(days=draw(st.integers(1, 40)))
        length = end - start
    else:
        start = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30])),
                         draw(st.sampled_from([0, 59])), draw(st.sampled_from([0, 123456])), tzinfo=tz)
        length = timedelta(minutes=draw(st.integers(1, 3000)))
        end = start + length
    series = precision is Precision.DAY and draw(st.booleans())
    event = Event(
        title=draw(TEXT.filter(str.strip)),
        category=draw(st.sampled_from(list(Category))),
        start=start,
        end=end,
        tzid=tzid,
        precision=precision,
        period_part=draw(st.sampled_from([None, *PeriodPart])) if precision in (Precision.MONTH, Precision.QUARTER) else None,
        city=draw(TEXT), country=draw(st.sampled_from(["", "KZ", "AZ", "TR"])), venue=draw(TEXT),
        mode=draw(st.sampled_from(list(Mode))), status=draw(st.sampled_from(list(EventStatus))),
        organiser=draw(TEXT), description=draw(st.text(max_size=60)),
        rrule=draw(st.sampled_from(["FREQ=WEEKLY;COUNT=6", "FREQ=DAILY;INTERVAL=2;COUNT=9", "FREQ=MONTHLY;BYDAY=2TU"]))
        if series else None,
        sequence=draw(st.integers(0, 5)),
        created=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC) + timedelta(seconds=draw(st.integers(0, 3)) * 86_400),
        last_modified=datetime(2024, 6, 1, 8, 0, tzinfo=UTC) + timedelta(microseconds=draw(st.integers(0, 2))),
    )
    if series:
        week = start + timedelta(days=7)
        if draw(st.booleans()):
            event.exdates = [week]
        if draw(st.booleans()):
            event.rdates = [start + timedelta(days=3)]
        if draw(st.booleans()):
            event.extra_rules = ["FREQ=MONTHLY;COUNT=2"]
        if draw(st.booleans()):
            moved = start + timedelta(days=15)
            event.overrides = [Override(recurrence_id=start + timedelta(days=14), start=moved, end=moved + length,
                                        title="Moved", category=Category.SWG, mode=Mode.ONLINE,
                                        this_and_future=draw(st.booleans()), sequence=1)]
    if precision is Precision.DAY and draw(st.booleans()):
        event.history = [EventChange(changed_at=datetime(2024, 2, 1, 9, 30, tzinfo=UTC), reason="moved by the host",
                                     old_start=start, old_end=end, new_start=start, new_end=end, old_place="Astana",
                                     new_place="Baku", old_mode="in person", new_mode="online")]
    try:
        event.validate()
    except ValidationError:  # a wall time the clocks skip, a rule that never occurs
        assume(False)
    return event


@pytest.fixture(scope="module")
def calendar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path_factory.mktemp("quick_rows") / "calendar.sqlite3"
    engine = open_database(path, seed=False)
    yield engine, path
    engine.dispose()


def assert_same_fields(quick: Event, orm: Event) -> None:
    """Every field equal and of the same type (zones the same objects), those ``==`` leaves out too."""
    for field in fields(Event):
        mine, theirs = getattr(quick, field.name), getattr(orm, field.name)
        assert mine == theirs, field.name
        assert type(mine) is type(theirs), field.name
        if isinstance(mine, datetime):
            assert mine.tzinfo is theirs.tzinfo, field.name
            assert mine.fold == theirs.fold, field.name
    assert quick == orm


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=st.lists(events(), min_size=1, max_size=6))
def test_quick_mapping_equals_the_orm_reading_field_by_field(calendar: tuple[Engine, Path], made: list[Event]) -> None:
    engine, path = calendar
    with session_scope(engine) as session:
        stored = [EventRepository(session).add(event) for event in made]
    ids = [event.id for event in stored if event.id is not None]
    try:
        with session_scope(engine) as session:
            orm = {event.id: event for event in EventRepository(session).all()}
        connection = sqlite3.connect(path)
        try:
            quick = quick_reads.events_with_ids(connection, ids)
        finally:
            connection.close()
        assert [event.id for event in quick] == sorted(ids)
        for event in quick:
            assert_same_fields(event, orm[event.id])
    finally:
        with session_scope(engine) as session:
            for event in stored:
                EventRepository(session).delete(event.uid)


def _reference(row: tuple) -> Event:
    """The row as the quick path read it before: each column converted on its own, then ``event_from_row``."""
    names = [name.strip() for name in EVENT_COLUMNS.split(",")]
    values = dict(zip(names, row, strict=True))

    def instant(text: str | None) -> datetime | None:
        return datetime.fromisoformat(text) if text else None

    values["all_day"] = bool(values["all_day"])
    for name in ("start_utc", "end_utc", "created", "last_modified", "changed_at"):
        values[name] = instant(values[name])
    for name in ("start_day", "end_day"):
        values[name] = date.fromisoformat(values[name]) if values[name] else None
    return event_from_row(cast(EventRecord, SimpleNamespace(**values)))


def _row(**changes: object) -> tuple:
    """A stored row of a timed event in Baku, as SQLAlchemy writes it, with ``changes``."""
    values: dict[str, object] = {
        "id": 7, "uid": "row@test", "title": "Meeting", "category": "SOC", "all_day": 0,
        "start_utc": "2024-02-29 18:30:00.000000", "end_utc": "2024-03-01 06:00:00.000000", "start_day": None,
        "end_day": None, "tzid": "Asia/Baku", "precision": "day", "period_part": None, "city": "Baku", "country": "AZ",
        "venue": "", "mode": "in person", "status": "planned", "organiser": "", "description": "", "rrule": None,
        "exdates": "", "rdates": "", "extra_rules": "", "sequence": 0, "created": "2024-01-01 00:00:00.000000",
        "last_modified": "2024-01-01 00:00:00.000000", "version": 3, "changed_by": "aigerim",
        "changed_at": "2024-01-02 10:00:00.000000",
    }
    values.update(changes)
    return tuple(values[name.strip()] for name in EVENT_COLUMNS.split(","))


@pytest.mark.parametrize("changes", [
    {},
    {"start_utc": "2024-02-29 18:30:00", "end_utc": "2024-03-01T06:00:00"},  # no microseconds; a T between
    {"created": "2024-01-01 05:00:00+05:00", "changed_at": "2024-01-02T10:00:00.250000-03:30"},  # offsets of their own
    {"changed_at": None},
    {"changed_at": ""},
    {"all_day": 1, "start_utc": None, "end_utc": None, "start_day": "2024-03-01", "end_day": "2024-03-04"},
    {"precision": "quarter", "period_part": "late", "all_day": 1, "start_utc": None, "end_utc": None,
     "start_day": "2024-07-01", "end_day": "2024-10-01"},
    {"exdates": "2024-03-07T18:30:00+00:00,2024-03-14T18:30:00+00:00", "rdates": "2024-03-09T18:30:00+00:00",
     "rrule": "FREQ=WEEKLY;COUNT=5", "extra_rules": "FREQ=MONTHLY;COUNT=2\n"},
])
def test_stored_text_in_any_form_reads_as_before(changes: dict[str, object]) -> None:
    row = _row(**changes)
    assert_same_fields(RowMapper().event(row), _reference(row))


def test_one_mapper_reads_many_rows_as_each_alone() -> None:
    rows = [_row(id=1), _row(id=2, tzid="America/New_York"), _row(id=3, created="2024-01-01 00:00:00+00:00"),
            _row(id=4, changed_at=None), _row(id=5, last_modified="2023-12-31 23:59:59.999999")]
    event = RowMapper().event
    for row in rows:
        assert_same_fields(event(row), _reference(row))
    shared = [event(row) for row in rows[:2]]
    assert shared[0].created == shared[1].created
    assert shared[0].created.tzinfo is UTC


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"start_utc": None}, StorageError, "lacks the start of a timed event"),
    ({"end_utc": ""}, StorageError, "lacks the end of a timed event"),
    ({"all_day": 1, "start_day": None}, StorageError, "lacks the first day of an all-day event"),
    ({"tzid": "Mars/Olympus"}, ValidationError, "unknown time zone"),
    ({"category": "Picnic"}, ValueError, "not a valid Category"),
    ({"mode": "by carrier pigeon"}, ValueError, "not a valid Mode"),
    ({"start_utc": "yesterday"}, ValueError, "Invalid isoformat"),
])
def test_a_row_that_cannot_be_read_is_refused_as_before(changes: dict[str, object], error: type[Exception],
                                                        message: str) -> None:
    row = _row(**changes)
    with pytest.raises(error, match=message):
        _reference(row)
    with pytest.raises(error, match=message):
        RowMapper().event(row)
