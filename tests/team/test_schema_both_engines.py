"""One schema, two engines: the migrations run on SQLite and PostgreSQL from revision 0001 with data."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from cica_planner.domain.model import Category, Event
from cica_planner.services.planner import PlannerService
from cica_planner.storage.db import current_revision, head_revision, make_engine, upgrade


def test_migrations_from_the_first_revision_keep_data_and_meaning(any_url: str) -> None:
    engine = make_engine(any_url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO event (uid, title, category, all_day, start_utc, end_utc, tzid, precision, city, country, "
            "venue, mode, status, organiser, description, exdates, sequence, created, last_modified) VALUES "
            "('soc-1', 'SOC', 'SOC', false, '2024-06-27 05:00:00', '2024-06-27 08:00:00', 'Asia/Almaty', 'day', "
            "'Astana', 'KZ', '', 'in person', 'held', '', '', '', 2, '2024-01-01 00:00:00', '2024-05-01 09:30:00')"))
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO task (event_uid, title, owner, status, priority, notes, position, tags, due_fixed) VALUES "
            "('soc-1', 'Book the hall', 'Protocol', 'to do', 'normal', '', 0, '', '2024-06-01')"))
    upgrade(engine)
    assert current_revision(engine) == head_revision()

    stored = PlannerService(engine).get("soc-1")
    # Instants stay UTC instants (10:00 in Astana, UTC+5), the history of saves starts at version 1.
    assert stored.start == datetime(2024, 6, 27, 5, tzinfo=UTC)
    assert stored.start.astimezone(stored.start.tzinfo).hour == 10
    assert stored.version == 1
    assert stored.changed_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    with engine.connect() as connection:
        due, version = connection.execute(text("SELECT due_fixed, version FROM task")).one()
    assert due == date(2024, 6, 1) or str(due) == "2024-06-01"
    assert version == 1

    # UIDs are unique in the database itself, whatever a client does.
    with pytest.raises(Exception, match="(?i)unique"), engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO event (uid, title, category, all_day, start_day, end_day, tzid, precision, city, country, "
            "venue, mode, status, organiser, description, exdates, sequence, created, last_modified) VALUES "
            "('soc-1', 'Again', 'SOC', true, '2024-06-27', '2024-06-28', 'Asia/Almaty', 'day', '', '', '', "
            "'in person', 'held', '', '', '', 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"))
    engine.dispose()


def test_a_saved_event_records_version_author_and_time(any_url: str) -> None:
    from cica_planner.services.seeding import open_database

    engine = open_database(any_url, seed=False)
    planner = PlannerService(engine)
    created = planner.create(Event(title="Troika", category=Category.TROIKA, start=date(2025, 3, 3),
                                   end=date(2025, 3, 4)))
    assert created.version == 1
    assert created.changed_by
    saved = planner.update(planner.get(created.uid))
    assert saved.version == 2
    assert planner.get(created.uid).version == 2
    engine.dispose()
