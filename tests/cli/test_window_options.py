"""A start of the window is read by hand (cli/window_start.py); everything else goes to the full parser.

The hand reading must agree with the full parser wherever it answers, and give way to it
wherever the command line is anything more: a command, --help, an abbreviation, a malformed option.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cica_planner import app, cli
from cica_planner.cli.window_start import WindowOptions, window_start_options


@pytest.mark.parametrize(("argv", "options"), [
    ([], WindowOptions(None, False)),
    (["--db", "team.sqlite3"], WindowOptions("team.sqlite3", False)),
    (["--db=x.sqlite3"], WindowOptions("x.sqlite3", False)),
    (["--no-seed"], WindowOptions(None, True)),
    (["--no-seed", "--db", "a b.sqlite3"], WindowOptions("a b.sqlite3", True)),
    (["--db", "first.sqlite3", "--db=second.sqlite3"], WindowOptions("second.sqlite3", False)),  # the last counts
    (["--db="], WindowOptions("", False)),  # an empty path: the full parser reads it alike (Context refuses it)
])
def test_the_window_options_are_read_by_hand(argv: list[str], options: WindowOptions) -> None:
    assert window_start_options(argv) == options


@pytest.mark.parametrize("argv", [
    ["list"], ["--db", "x.sqlite3", "list"], ["--help"], ["-h"], ["--version"],
    ["--db"], ["--db", "--no-seed"], ["--db", "-"], ["--no-seed=yes"],
    ["--d", "x.sqlite3"], ["--no"],  # abbreviations: the full parser knows whether they are unique
    ["--bogus"], ["-x"], ["--"], ["x.sqlite3"],
])
def test_anything_else_falls_to_the_full_parser(argv: list[str]) -> None:
    assert window_start_options(argv) is None


@pytest.mark.parametrize("argv", [
    [], ["--db", "team.sqlite3"], ["--db=x.sqlite3", "--no-seed"], ["--no-seed", "--no-seed"],
    ["--db", "a.sqlite3", "--db", "b.sqlite3"], ["--db="],
])
def test_the_hand_reading_agrees_with_the_full_parser(argv: list[str]) -> None:
    options = window_start_options(argv)
    parsed = cli.build_parser().parse_args(argv)
    assert parsed.command is None
    assert options == WindowOptions(parsed.db, parsed.no_seed)


def test_a_window_start_reaches_run_desktop_with_the_options_read_by_hand(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    started: list[tuple[object, bool]] = []
    monkeypatch.setattr(app, "run_desktop", lambda location, *, seed: started.append((location, seed)) or 0)
    # No parser is built for a window start: building one would fail here.
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the full parser was built for a window start"))
    calendar = tmp_path / "calendar.sqlite3"
    assert cli.main(["--db", str(calendar), "--no-seed"]) == 0
    assert started == [(calendar, False)]
