"""A series added or changed on the server (as Thunderbird does) is stored with the span its rule gives, after sync."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
from caldav_helpers import RadicaleServer, run_cli
from sqlmodel import select

from cica_planner.domain.series_reach import stored_span
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import EventRow

UID = "5d1e-thunderbird-series"


def _put(radicale: RadicaleServer, url: str, rule: str, sequence: int, etag: str | None) -> None:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
    calendar.add("VERSION", "2.0")
    vevent = icalendar.Event()
    vevent.add("UID", UID)
    vevent.add("DTSTAMP", datetime(2024, 5, 2, tzinfo=UTC))
    vevent.add("LAST-MODIFIED", datetime.now(UTC).replace(microsecond=0))
    vevent.add("SEQUENCE", sequence)
    vevent.add("SUMMARY", "Weekly call with the Chair")
    vevent.add("DTSTART", datetime(2024, 5, 6, 5, 0, tzinfo=UTC))
    vevent.add("DTEND", datetime(2024, 5, 6, 6, 0, tzinfo=UTC))
    vevent.add("RRULE", icalendar.vRecur.from_ical(rule))
    calendar.add_component(vevent)
    condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
    status, _, _ = radicale.request(url + "thunderbird-series.ics", "PUT", calendar.to_ical(),
                                    {**condition, "Content-Type": "text/calendar"})
    assert status in (201, 204)


def _stored(db: Path) -> tuple[tuple, tuple, list]:
    """The row's span columns, the span its event gives, and its occurrences in November 2024."""
    engine = open_database(db)
    try:
        planner = PlannerService(engine)
        with session_scope(engine) as session:
            columns = session.exec(select(EventRow.series_first_utc, EventRow.series_last_utc)
                                   .where(EventRow.uid == UID)).one()
        november = [o.start for o in planner.occurrences(date(2024, 11, 1), date(2024, 12, 1)) if o.uid == UID]
        return tuple(columns), stored_span(planner.get(UID)), november
    finally:
        engine.dispose()


def test_a_series_added_then_lengthened_on_the_server_keeps_a_true_span(radicale: RadicaleServer, seeded_db: Path,
                                                                       published_url: str) -> None:
    url = published_url
    _put(radicale, url, "FREQ=WEEKLY;COUNT=4", 0, None)
    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    columns, span, november = _stored(seeded_db)
    assert columns == span
    assert november == []  # four weeks of May

    _, headers, _ = radicale.request(url + "thunderbird-series.ics")
    _put(radicale, url, "FREQ=WEEKLY;COUNT=40", 1, headers["ETag"])  # now until February
    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    assert "updated from the server: Weekly call with the Chair" in out
    columns, span, november = _stored(seeded_db)
    assert columns == span
    assert november == [datetime(2024, 11, day, 5, tzinfo=UTC) for day in (4, 11, 18, 25)]
