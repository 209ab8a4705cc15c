"""A new calendar file is made from prepared statements: it must be exactly what the migrations make."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from cica_planner.services.seeding import open_database
from cica_planner.storage import new_schema
from cica_planner.storage.calendar_file import CORE_TABLES, FileKind, inspect_file
from cica_planner.storage.migration_runs import (
    head_revision,
    new_schema_source,
    transactional_engine,
    upgrade_connection,
)

ROOT = Path(__file__).resolve().parents[2]


def described(path: Path) -> dict[str, Any]:
    """Everything a schema is made of, as SQLite reports it: definitions, columns, indexes, keys, stamp, rows."""
    with closing(sqlite3.connect(path)) as connection:
        master = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        tables = [name for kind, name, _, _ in master if kind == "table"]
        indexes = [name for kind, name, _, _ in master if kind == "index"]
        return {
            "master": master,
            "columns": {t: connection.execute("SELECT * FROM pragma_table_xinfo(?)", (t,)).fetchall() for t in tables},
            "foreign keys": {t: connection.execute("SELECT * FROM pragma_foreign_key_list(?)", (t,)).fetchall()
                             for t in tables},
            "index lists": {t: connection.execute("SELECT * FROM pragma_index_list(?)", (t,)).fetchall() for t in tables},
            "index columns": {i: connection.execute("SELECT * FROM pragma_index_xinfo(?)", (i,)).fetchall()
                              for i in indexes},
            "rows": {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables},
            "user version": connection.execute("PRAGMA user_version").fetchone(),
            "journal": connection.execute("PRAGMA journal_mode").fetchone(),
        }


def migrated_file(path: Path) -> Path:
    """A calendar file built the long way: every migration, through Alembic, in one transaction."""
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL").connection.close()
    engine = transactional_engine(lambda: sqlite3.connect(path, check_same_thread=False))
    try:
        with engine.begin() as connection:
            upgrade_connection(connection, head_revision())
    finally:
        engine.dispose()
    return path


def test_the_prepared_schema_is_the_one_the_migrations_make_today() -> None:
    assert head_revision() == new_schema.REVISION, "run: python -m cica_planner.storage.migration_runs"
    assert new_schema_source() == Path(new_schema.__file__).read_text(encoding="utf-8"), (
        "the migrations changed: run python -m cica_planner.storage.migration_runs")


def test_a_new_calendar_equals_a_migrated_one(tmp_path: Path) -> None:
    created = tmp_path / "new.sqlite3"
    open_database(created, seed=False).dispose()
    migrated = migrated_file(tmp_path / "migrated.sqlite3")

    ours, theirs = described(created), described(migrated)
    assert ours == theirs
    assert {name for kind, name, _, _ in ours["master"] if kind == "table"} >= CORE_TABLES | {"task", "alembic_version"}
    assert ours["rows"]["alembic_version"] == [(head_revision(),)]
    assert ours["journal"] == ("wal",)
    state = inspect_file(created)
    assert state.kind is FileKind.CALENDAR
    assert state.revision == head_revision()
    assert not state.half_migrated


def test_a_new_calendar_takes_the_shipped_calendar(tmp_path: Path) -> None:
    created = tmp_path / "new.sqlite3"
    open_database(created, seed=True).dispose()
    rows = described(created)["rows"]
    assert len(rows["event"]) > 100
    assert len(rows["country"]) > 20
    assert len(rows["task"]) > 0


def test_a_prepared_schema_of_another_revision_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A prepared schema left behind by a new migration is ignored: the migrations run, and agree."""
    monkeypatch.setattr(new_schema, "STATEMENTS", ("CREATE TABLE stale (id INTEGER)",))
    monkeypatch.setattr(new_schema, "REVISION", "0000-not-the-head")
    created = tmp_path / "new.sqlite3"
    open_database(created, seed=False).dispose()
    assert described(created) == described(migrated_file(tmp_path / "migrated.sqlite3"))


def test_creating_a_calendar_does_not_load_alembic(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from cica_planner.services.seeding import open_database; "
            "open_database(Path(sys.argv[1]), seed=False).dispose(); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] in ('alembic', 'mako')))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "new.sqlite3")], capture_output=True, text=True,
                          check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "[]"
    assert inspect_file(tmp_path / "new.sqlite3").revision == head_revision()
