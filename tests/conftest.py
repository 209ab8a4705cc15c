"""Shared fixtures: real SQLite files in a temporary folder, never the user's own."""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.calendar_files import copy_calendar, write_calendar

try:
    import fcntl
except ImportError:  # Windows: each worker seeds a calendar of its own
    fcntl = None

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def _test_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run: the holiday answers kept there are the same for every test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                   _test_cache_folder: Path) -> None:
    """Keep every test away from the real user data, settings and cache folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_test_cache_folder))
    monkeypatch.delenv("CICA_PLANNER_DB", raising=False)
    # No test depends on the real date: every "today" of the app and the CLI is the walk-through's
    # evening, 23:30 UTC on 30 Nov 2026 (already 1 Dec in Astana). Tests that need another day
    # pass a Clock or set this variable themselves.
    monkeypatch.setenv("CICA_PLANNER_NOW", "2026-11-30T23:30:00+00:00")


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed one database per run; tests get their own copy of the file.

    Under pytest-xdist the workers of one run share the file: the first to get the lock seeds it,
    the others wait for it and read the finished file (written aside and renamed into place).
    """
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None:
        folder = folder.parent  # the run's folder, above each worker's own
    path = folder / "seeded.sqlite3"
    with (folder / "seeded.lock").open("w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            being_written = write_calendar(folder / f"seeded-{os.getpid()}.sqlite3")
            being_written.replace(path)
    return path


@pytest.fixture
def seeded_db(tmp_path: Path, _seeded_template: Path) -> Path:
    return copy_calendar(_seeded_template, tmp_path / "calendar.sqlite3")


@pytest.fixture
def seeded_engine(seeded_db: Path):
    from cica_planner.services.seeding import open_database

    engine = open_database(seeded_db)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_engine(tmp_path: Path):
    from cica_planner.services.seeding import open_database

    engine = open_database(tmp_path / "empty.sqlite3", seed=False)
    yield engine
    engine.dispose()


@pytest.fixture
def planner(seeded_engine):
    from cica_planner.services.planner import PlannerService

    return PlannerService(seeded_engine)


@pytest.fixture
def empty_planner(empty_engine):
    from cica_planner.services.planner import PlannerService

    return PlannerService(empty_engine)


@dataclass(frozen=True)
class CliResult:
    """What one run of the command line left behind; named like ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


CliRunner = Callable[..., CliResult]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run ``cica-planner ARGS`` in this process through ``cli.main``: ``run_cli(*args, env={...}, cwd=...)``.

    Each run sees only the environment variables it is given on top of the test's own, and
    starts from empty captured output. The engine a command opened is disposed afterwards, so
    no SQLite connection outlives the run that opened it (a separate process would close it
    on exit). One difference from a real process: a warning logged without a handler reaches
    pytest's log capture, not stderr. Tests that need a real process - kills, two processes at
    once, a closed pipe, another user, the installed entry point - start one themselves.
    """
    from cica_planner import cli

    opened: list[cli.Context] = []

    class RecordingContext(cli.Context):
        def __init__(self, args: argparse.Namespace) -> None:
            super().__init__(args)
            opened.append(self)

    def run(*args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> CliResult:
        with monkeypatch.context() as scoped:
            scoped.setattr(cli, "Context", RecordingContext)
            for name, value in (env or {}).items():
                scoped.setenv(name, value)
            if cwd is not None:
                scoped.chdir(cwd)
            capsys.readouterr()  # forget whatever the test printed before
            try:
                status = cli.main(list(args))
            except SystemExit as exit_:  # argparse: --help, --version and usage errors
                if isinstance(exit_.code, str):
                    print(exit_.code, file=sys.stderr)  # what the interpreter does with sys.exit("message")
                status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            finally:
                while opened:
                    engine = opened.pop().__dict__.get("engine")  # set only if the command used it
                    if engine is not None:
                        engine.dispose()
            out, err = capsys.readouterr()
        return CliResult(status, out, err)

    return run


# --------------------------------------------------------------------------------------------
# The ``gui`` mark, set from what a test touches rather than by hand
# --------------------------------------------------------------------------------------------

_QT_IMPORT = re.compile(r"^(?:from|import)\s+(?:PySide6|pytestqt|cica_planner\.ui)\b", re.MULTILINE)
_QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester", "qtlog"})


@cache
def _module_uses_qt(path: Path) -> bool:
    """True when the test module imports Qt or our widgets at its top (tests that import them inside use qapp or qtbot)."""
    try:
        return bool(_QT_IMPORT.search(path.read_text(encoding="utf-8")))
    except OSError:
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that creates widgets ``gui``, so ``-m "not gui"`` runs without a display stack."""
    ui_folder = Path(__file__).parent / "ui"
    for item in items:
        uses_fixture = bool(_QT_FIXTURES & set(getattr(item, "fixturenames", ())))
        if uses_fixture or ui_folder in item.path.parents or _module_uses_qt(item.path):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _english_as_the_app_starts(request: pytest.FixtureRequest) -> None:
    """Widgets speak English as the app starts them: English installed (its plural forms: "1 task", "10 tasks").

    The app installs a language before it builds any window; a test that builds widgets does the same
    once, and the translation tests switch to Russian and back in their own fixtures.
    """
    if not _QT_FIXTURES & set(request.fixturenames):
        return
    request.getfixturevalue("qapp")
    from cica_planner.i18n.language import install_language, language_installed

    if not language_installed():
        install_language("en")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Leave what collection loaded out of the cycle collector's work for the rest of the run.

    Every module, class and test item imported or built so far lives until the run ends, yet each
    full collection scanned all of them again; frozen, only what the tests make is scanned. The
    garbage of collection is collected first, so nothing is kept that would have been freed.
    """
    gc.collect()
    gc.freeze()
