"""Fixtures of the CalDAV tests: one real Radicale per session, and the password in the environment."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The helpers in caldav_helpers.py are shared by the test modules of this folder.
sys.path.insert(0, str(Path(__file__).parent))

from caldav_helpers import PASSWORD, RadicaleServer, start_radicale


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
