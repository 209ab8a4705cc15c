"""Fixtures of the CalDAV tests: one real Radicale per session, and the password in the environment."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The helpers in caldav_helpers.py are shared by the test modules of this folder.
sys.path.insert(0, str(Path(__file__).parent))

from caldav_helpers import PASSWORD, USER, RadicaleServer, run_cli, start_radicale

#: The "now" every test runs at (set for each test in tests/conftest.py); the published template is
#: made at the same moment, so its resources (their DTSTAMP, hence their content hashes) are the ones
#: a test's own publish would write.
TESTS_NOW = "2026-11-30T23:30:00+00:00"


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    yield from start_radicale(tmp_path_factory)


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CICA_PLANNER_CALDAV_PASSWORD", PASSWORD)


@pytest.fixture
def app_settings(tmp_path: Path):
    from cica_planner.ui.settings import AppSettings

    return AppSettings.from_path(tmp_path / "settings.ini")


@dataclass(frozen=True)
class PublishedTemplate:
    """The seeded calendar published once, as `cica-planner publish URL --user alice --create` leaves it."""

    url: str
    database: Path


@pytest.fixture(scope="session")
def _published_template(radicale: RadicaleServer, _seeded_template: Path,
                        tmp_path_factory: pytest.TempPathFactory) -> PublishedTemplate:
    folder = tmp_path_factory.mktemp("published")
    working = folder / "publishing.sqlite3"
    working.write_bytes(_seeded_template.read_bytes())
    url = radicale.collection(prefix="template")
    with pytest.MonkeyPatch.context() as env:  # what each test's environment holds (tests/conftest.py)
        env.setenv("HOME", str(folder / "home"))
        env.setenv("XDG_DATA_HOME", str(folder / "home" / "data"))
        env.setenv("XDG_CONFIG_HOME", str(folder / "home" / "config"))
        env.delenv("CICA_PLANNER_DB", raising=False)
        env.setenv("CICA_PLANNER_NOW", TESTS_NOW)
        env.setenv("CICA_PLANNER_CALDAV_PASSWORD", PASSWORD)
        status, out, err = run_cli(working, "publish", url, "--user", USER, "--create")
    assert status == 0, err
    assert "created" in out, out
    # One self-contained file (the WAL folded in), whatever connection the command left open.
    template = folder / "published.sqlite3"
    with sqlite3.connect(working) as source, sqlite3.connect(template) as target:
        source.backup(target)
    source.close()
    target.close()
    return PublishedTemplate(url, template)


@pytest.fixture
def copy_published(radicale: RadicaleServer, seeded_db: Path, _published_template: PublishedTemplate,
                   password_env: None) -> Callable[..., str]:
    """``copy_published(prefix="cal")``: ``seeded_db`` as just published to a new collection of alice's: its URL.

    Publishing the whole seeded calendar costs a PUT per event. Tests that only start from a
    published calendar get a copy of one publish instead: the collection copied on the server's
    disk (same resources, same ETags) and the calendar file with its publish state, moved to the
    new address. Tests of the first publish itself publish for real. Request this fixture before
    any fixture that opens ``seeded_db`` (``planner``): the file is replaced.
    """
    assert os.environ.get("CICA_PLANNER_NOW") == TESTS_NOW, "the published template was made at another moment"

    def copy(prefix: str = "cal") -> str:
        assert not seeded_db.with_name(seeded_db.name + "-wal").exists(), "seeded_db is open: request the copy first"
        url = radicale.collection(prefix=prefix)
        radicale.copy_collection(_published_template.url, url)
        seeded_db.write_bytes(_published_template.database.read_bytes())
        with sqlite3.connect(seeded_db) as connection:
            moved = connection.execute("UPDATE published_collection SET url = ? WHERE url = ?",
                                       (url, _published_template.url)).rowcount
        connection.close()
        assert moved == 1
        return url

    return copy


@pytest.fixture
def published_url(copy_published: Callable[..., str]) -> str:
    """The URL of a collection ``seeded_db`` was just published to (see ``copy_published``)."""
    return copy_published()


@pytest.fixture
def unpublished_copy(tmp_path: Path, _seeded_template: Path) -> Path:
    """Another copy of the seeded calendar, as it was before any publish (it holds no publish state)."""
    copy = tmp_path / "unpublished.sqlite3"
    copy.write_bytes(_seeded_template.read_bytes())
    return copy
