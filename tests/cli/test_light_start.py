"""The command line starts light: parsing arguments and --help import neither Qt nor the database stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("PySide6", "sqlalchemy", "sqlmodel", "alembic", "icalendar")


#: One fresh interpreter runs ``--help`` and then a command, printing the top-level modules loaded after each
#: (as a JSON list per line): the second list shows what the command added to what ``--help`` had loaded.
PROBE = """
import json, sys
from cica_planner.cli import main

def loaded():
    print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} | {name for name in sys.modules if "dialects" in name})))

try:
    main(["--help"])
except SystemExit:
    pass
loaded()
main(["--db", sys.argv[1], "--no-seed", "list"])
loaded()
"""


@pytest.fixture(scope="module")
def loaded_modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The top-level modules loaded after ``--help`` and after ``list``, in one process started for this module."""
    folder = tmp_path_factory.mktemp("light")
    # Set up before any test's own home folder: give the child one away from the user's, as every test has.
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data"),
           "XDG_CONFIG_HOME": str(folder / "config"), "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"}
    env.pop("CICA_PLANNER_DB", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder / "calendar.sqlite3")], capture_output=True,
                          text=True, check=True, timeout=60, env=env)
    after_help, after_list = (set(json.loads(line)) for line in done.stdout.splitlines()[-2:])
    return {"help": after_help, "list": after_list}


def test_help_imports_no_heavy_module(loaded_modules: dict[str, set[str]]) -> None:
    loaded = loaded_modules["help"]
    assert "cica_planner" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_start_of_the_window_reads_its_options_without_argparse() -> None:
    """The window's start is told apart by hand: no parser, so neither argparse nor gettext before the first paint."""
    code = ("import sys\nfrom cica_planner.cli import window_options\n"
            "options = window_options(['--db', 'calendar.sqlite3', '--no-seed'])\n"
            "print(options.db, options.no_seed, [m for m in ('argparse', 'gettext') if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.split() == ["calendar.sqlite3", "True", "[]"]


def test_a_command_imports_the_database_stack_when_it_runs(loaded_modules: dict[str, set[str]]) -> None:
    loaded = loaded_modules["list"]
    assert "sqlalchemy" in loaded
    assert "PySide6" not in loaded  # a command line command never needs Qt


def test_a_calendar_file_is_opened_without_the_postgresql_code(loaded_modules: dict[str, set[str]]) -> None:
    """SQLAlchemy's PostgreSQL dialect (and the driver) come with a team calendar only: the tables name no option of it."""
    loaded = loaded_modules["list"]
    assert "sqlalchemy.dialects.sqlite" in loaded
    assert "sqlalchemy.dialects.postgresql" not in loaded
    assert "psycopg" not in loaded


def test_the_command_line_names_the_roles_the_storage_knows() -> None:
    from cica_planner.cli.team_commands import ROLES
    from cica_planner.storage.roles import ROLES as STORED

    assert ROLES == STORED
