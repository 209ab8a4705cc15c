"""The store on a real SQLite file: migrations, backup, WAL, round trips of time."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.model import Category, Event, Mode
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.storage.db import current_revision, head_revision, make_engine, upgrade


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "new.sqlite3", seed=False)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"event", "event_change", "country", "body", "task", "chair_term", "handover"} <= tables
    assert not list(tmp_path.glob("*.bak")), "a brand-new database needs no backup"


def test_backup_is_taken_before_migrating_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO event (uid, title, category, all_day, start_day, end_day, tzid, precision, city, country, venue,"
            " mode, status, organiser, description, exdates, sequence, created, last_modified) VALUES"
            " ('old-1', 'Old SOC', 'SOC', 1, '2024-06-27', '2024-06-28', 'Asia/Almaty', 'day', 'Astana', 'KZ', '',"
            " 'in person', 'held', '', '', '', 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    engine.dispose()

    engine = open_database(path)
    assert current_revision(engine) == head_revision()
    backups = list(tmp_path.glob("old.sqlite3.0001-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT title FROM event").fetchall() == [("Old SOC",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert PlannerService(engine).get("old-1").title == "Old SOC"


def test_instants_stored_as_utc_plus_zone(empty_planner: PlannerService, empty_engine) -> None:
    astana = ZoneInfo("Asia/Almaty")
    event = Event(title="SOC", category=Category.SOC, start=datetime(2024, 6, 27, 10, tzinfo=astana),
                  end=datetime(2024, 6, 27, 13, tzinfo=astana), tzid="Asia/Almaty", city="Astana", country="KZ")
    empty_planner.create(event)
    with empty_engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT start_utc, tzid FROM event").one()
    assert str(row[0]).startswith("2024-06-27 05:00:00")
    assert row[1] == "Asia/Almaty"
    loaded = empty_planner.get(event.uid)
    assert loaded.start == event.start
    assert loaded.start.utcoffset() == timedelta(hours=5)
    assert loaded.start.tzinfo == astana


def test_all_day_events_are_dates(empty_planner: PlannerService) -> None:
    event = Event(title="Rally", category=Category.YOUTH_COUNCIL, start=date(2024, 10, 3), end=date(2024, 10, 5))
    empty_planner.create(event)
    loaded = empty_planner.get(event.uid)
    assert (loaded.start, loaded.end, loaded.all_day) == (date(2024, 10, 3), date(2024, 10, 5), True)


def test_update_bumps_sequence_and_reschedule_keeps_history(empty_planner: PlannerService) -> None:
    mc = Event(title="7th Ministerial Council", category=Category.MINISTERIAL_COUNCIL, start=date(2024, 11, 11),
               end=date(2024, 11, 12), tzid="Asia/Baku", city="Baku", country="AZ")
    empty_planner.create(mc)
    moved = empty_planner.reschedule(mc.uid, date(2024, 12, 17), date(2024, 12, 18), "Held online", mode=Mode.ONLINE)
    assert moved.sequence == 1
    again = empty_planner.get(mc.uid)
    assert again.sequence == 1
    assert again.mode is Mode.ONLINE
    assert [c.reason for c in again.history] == ["Held online"]
    assert again.history[0].old_start == date(2024, 11, 11)
    assert again.last_modified >= mc.last_modified


def test_failed_write_leaves_nothing(empty_planner: PlannerService) -> None:
    good = Event(title="Good", category=Category.SOC, start=date(2024, 1, 1), end=date(2024, 1, 2))
    bad = Event(title="", category=Category.SOC, start=date(2024, 1, 1), end=date(2024, 1, 2))
    with pytest.raises(Exception, match="title"):
        empty_planner.add_many([good, bad])
    assert empty_planner.count() == 0
    duplicate = Event(title="Twin", category=Category.SOC, start=date(2024, 1, 1), end=date(2024, 1, 2), uid="same")
    twin = Event(title="Twin 2", category=Category.SOC, start=date(2024, 1, 1), end=date(2024, 1, 2), uid="same")
    with pytest.raises(Exception):  # noqa: B017, PT011 - the database's own integrity error
        empty_planner.add_many([duplicate, twin])
    assert empty_planner.count() == 0


def test_delete_and_undelete(empty_planner: PlannerService) -> None:
    event = Event(title="Visit", category=Category.VISIT, start=date(2024, 4, 17), end=date(2024, 4, 19))
    empty_planner.create(event)
    snapshot = empty_planner.delete(event.uid)
    assert empty_planner.find(event.uid) is None
    empty_planner.undelete(snapshot)
    assert empty_planner.get(event.uid).title == "Visit"


def test_occurrences_window_in_display_zone(empty_planner: PlannerService) -> None:
    astana = ZoneInfo("Asia/Almaty")
    late = Event(title="Late call", category=Category.BILATERAL, start=datetime(2024, 6, 30, 23, 30, tzinfo=astana),
                 end=datetime(2024, 7, 1, 0, 30, tzinfo=astana), tzid="Asia/Almaty")
    empty_planner.create(late)
    june = empty_planner.occurrences(date(2024, 6, 1), date(2024, 7, 1), tzid="Asia/Almaty")
    assert [o.event.title for o in june] == ["Late call"]
    july_utc = empty_planner.occurrences(datetime(2024, 7, 1, tzinfo=UTC), datetime(2024, 8, 1, tzinfo=UTC))
    assert july_utc == []


def test_backup_works_in_a_folder_with_an_apostrophe(tmp_path: Path) -> None:
    folder = tmp_path / "O'Brien"
    folder.mkdir()
    path = folder / "calendar.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO country (code, name, capital, tzid, status, joined)"
                                   " VALUES ('KZ', 'Kazakhstan', 'Astana', 'Asia/Almaty', 'member', '')")
    engine.dispose()
    open_database(path)
    assert len(list(folder.glob("calendar.sqlite3.0001-*.bak"))) == 1


def test_a_newer_schema_is_refused_without_a_backup(seeded_db: Path) -> None:
    from cica_planner.domain.errors import StorageError

    with sqlite3.connect(seeded_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    for _ in range(2):
        with pytest.raises(StorageError, match=r"newer CICA Planner \(schema zzzz\); update CICA Planner"):
            open_database(seeded_db)
    assert not list(seeded_db.parent.glob("*.bak"))


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    from cica_planner.domain.errors import StorageError

    path = tmp_path / "notes.sqlite3"
    path.write_text("Minutes of the SOC meeting\n" * 200)
    with pytest.raises(StorageError, match="is not a CICA Planner database"):
        open_database(path)


def test_a_read_only_calendar_reads_but_refuses_changes_clearly(seeded_db: Path) -> None:
    import os

    from cica_planner.domain.errors import StorageError

    engine = open_database(seeded_db)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    read_only = make_engine(f"sqlite:///file:{seeded_db}?mode=ro&uri=true")
    planner = PlannerService(read_only)
    assert planner.get("e082@seed.cica-planner").title == "Senior Officials Committee meeting"
    with pytest.raises(StorageError, match="read-only; changes cannot be saved"):
        planner.create(Event(title="New", category=Category.SOC, start=date(2025, 1, 1), end=date(2025, 1, 2)))
    assert os.path.exists(seeded_db)


@pytest.mark.parametrize(("query", "expected"), [("TÜRKIYE", 4), ("türkiye", 4), ("senior OFFICIALS", 6), ("%", 0), ("_", 0)])
def test_search_folds_unicode_case_and_takes_wildcards_literally(planner: PlannerService, query: str, expected: int) -> None:
    assert len(planner.search(query)) == expected


def test_search_in_kazakh_matches_any_case(empty_planner: PlannerService) -> None:
    empty_planner.create(Event(title="Қазақстан Республикасы СІМ брифингі", category=Category.BILATERAL,
                               start=date(2024, 5, 18), end=date(2024, 5, 19)))
    assert [e.title for e in empty_planner.search("қазақстан")] == ["Қазақстан Республикасы СІМ брифингі"]


def test_conflicts_are_other_fixed_events_on_the_same_days(planner: PlannerService) -> None:
    soc = planner.get("e082@seed.cica-planner")
    assert "Silence procedure: outcome document of the environmental Ministerial Conference" in {
        o.event.title for o in planner.conflicts(soc)
    }
    astana = ZoneInfo("Asia/Almaty")
    briefing = Event(title="Press briefing", category=Category.BILATERAL, tzid="Asia/Almaty",
                     start=datetime(2024, 6, 26, 10, tzinfo=astana), end=datetime(2024, 6, 26, 11, tzinfo=astana))
    titles = {o.event.title for o in planner.conflicts(briefing)}
    assert "Foundation stone ceremony, new CICA HQ" in titles
    assert all(o.event.precision.value == "day" for o in planner.conflicts(briefing))
    forum = planner.get("e095@seed.cica-planner")
    assert planner.conflicts(forum) == []  # a quarter clashes with nothing in particular


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    from cica_planner.domain.errors import StorageError

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO foo (name) VALUES ('bar')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="is not a CICA Planner database"):
        open_database(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_rows_are_stored_and_read_without_pydantic_building_their_validation(tmp_path: Path) -> None:
    """The tables defer pydantic's build (storage/tables.Row): no path of a row, written or read, asks for it."""
    from cica_planner.storage import tables

    engine = open_database(tmp_path / "rows.sqlite3", seed=True)
    planner = PlannerService(engine)
    added = planner.create(Event(title="Think Tank Forum", category=Category.THINK_TANK_FORUM, start=date(2024, 9, 12),
                                 end=date(2024, 9, 13), city="Astana", country="KZ"))
    planner.update(replace(planner.get(added.uid), city="Almaty"))
    assert planner.get(added.uid).city == "Almaty"
    assert len(planner.all_events()) > 50
    rows = [cls for cls in vars(tables).values() if isinstance(cls, type) and issubclass(cls, tables.Row)]
    assert tables.EventRow in rows
    assert not [cls.__name__ for cls in rows if cls.__pydantic_complete__]
