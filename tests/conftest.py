"""Shared fixtures: real SQLite files in a temporary folder, never the user's own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CICA_PLANNER_DB", raising=False)
    # No test depends on the real date: every "today" of the app and the CLI is the walk-through's
    # evening, 23:30 UTC on 30 Nov 2026 (already 1 Dec in Astana). Tests that need another day
    # pass a Clock or set this variable themselves.
    monkeypatch.setenv("CICA_PLANNER_NOW", "2026-11-30T23:30:00+00:00")


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed one database per session; tests get their own copy of the file."""
    from cica_planner.services.seeding import open_database

    path = tmp_path_factory.mktemp("seed") / "seeded.sqlite3"
    engine = open_database(path, seed=True)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def seeded_db(tmp_path: Path, _seeded_template: Path) -> Path:
    target = tmp_path / "calendar.sqlite3"
    target.write_bytes(_seeded_template.read_bytes())
    return target


@pytest.fixture
def seeded_engine(seeded_db: Path):  # noqa: ANN201
    from cica_planner.services.seeding import open_database

    engine = open_database(seeded_db)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_engine(tmp_path: Path):  # noqa: ANN201
    from cica_planner.services.seeding import open_database

    engine = open_database(tmp_path / "empty.sqlite3", seed=False)
    yield engine
    engine.dispose()


@pytest.fixture
def planner(seeded_engine):  # noqa: ANN001, ANN201
    from cica_planner.services.planner import PlannerService

    return PlannerService(seeded_engine)


@pytest.fixture
def empty_planner(empty_engine):  # noqa: ANN001, ANN201
    from cica_planner.services.planner import PlannerService

    return PlannerService(empty_engine)
