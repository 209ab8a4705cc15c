"""Fixtures shared by the widget tests: a window built once per module for the tests that only look at it.

Building the main window over a seeded copy costs a tenth of a second or more (services, pages, the
first show); a module whose tests only inspect it (layout, screenshots, the Russian walk) builds it
once. A test that changes data, or the window's own state beyond the page, the date and the size it
sets itself, keeps its own window (the ``window`` fixtures of ``app/`` and ``i18n/``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine


@pytest.fixture(scope="session")
def _shared_cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the session's widget tests (what ``$XDG_CACHE_HOME`` names)."""
    return tmp_path_factory.mktemp("cache-home")


@pytest.fixture(autouse=True)
def _holiday_cache_kept(_shared_cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The widget tests share the app's cache folder, as windows opened one after another on one machine do.

    The only thing the app keeps there is the holiday cache: what the holidays package answers for a
    country and year, the same in every test. Filling it anew for every window (each test has its own
    home) cost more than building the window. The cache itself is tested in tests/scheduling.
    """
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache_home))


@pytest.fixture(scope="module")
def module_home(tmp_path_factory: pytest.TempPathFactory, _shared_cache_home: Path) -> Iterator[Path]:
    """The isolated home of ``_isolated_home`` (tests/conftest.py), held for a whole module.

    Module fixtures are set up before any test's own home exists, so a window built once per
    module gets the same temporary folders and the same fixed "now" here, never the user's own.
    """
    home = tmp_path_factory.mktemp("module-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        patch.setenv("XDG_DATA_HOME", str(home / "data"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        patch.setenv("XDG_CACHE_HOME", str(_shared_cache_home))
        patch.delenv("CICA_PLANNER_DB", raising=False)
        patch.setenv("CICA_PLANNER_NOW", "2026-11-30T23:30:00+00:00")
        yield home


@pytest.fixture(scope="module")
def module_seeded_engine(module_home: Path, _seeded_template: Path) -> Iterator[Engine]:
    """One seeded copy for a module whose tests only read it."""
    from cica_planner.services.seeding import open_database

    target = module_home / "calendar.sqlite3"
    target.write_bytes(_seeded_template.read_bytes())
    engine = open_database(target)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def english_for_the_module(qapp) -> None:
    """English installed before a module's shared window is built, as the app does before any window."""
    from cica_planner.i18n.language import install_language

    install_language("en")
