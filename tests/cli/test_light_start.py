"""The command line starts light: parsing arguments and --help import neither Qt nor the database stack."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("PySide6", "sqlalchemy", "sqlmodel", "alembic", "icalendar")


def _modules_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return {name.split(".")[0] for name in done.stdout.split()}


def test_help_imports_no_heavy_module() -> None:
    loaded = _modules_after("from cica_planner.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert "cica_planner" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_command_imports_the_database_stack_when_it_runs(tmp_path) -> None:
    target = tmp_path / "calendar.sqlite3"
    loaded = _modules_after(f"from cica_planner.cli import main\nmain(['--db', {str(target)!r}, '--no-seed', 'list'])")
    assert "sqlalchemy" in loaded
    assert "PySide6" not in loaded  # a command line command never needs Qt


def test_the_command_line_names_the_roles_the_storage_knows() -> None:
    from cica_planner.cli.team_commands import ROLES
    from cica_planner.storage.roles import ROLES as STORED

    assert ROLES == STORED
