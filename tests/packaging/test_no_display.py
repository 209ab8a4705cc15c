"""Without a usable display the app prints one line pointing to the command line and exits with
a status: no Qt abort, no core dump. The display check itself is tested with real sockets."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cica_planner.display import NO_DISPLAY_EXIT, no_display_reason

ROOT = Path(__file__).resolve().parents[2]


def _app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a desktop start with no display variables at all, and the checkout on the path."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTEST_CURRENT_TEST")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), CICA_PLANNER_LOG_DIR=str(tmp_path / "logs"),
               CICA_PLANNER_DB=str(tmp_path / "calendar.sqlite3"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    env.update(extra)
    return env


def _start(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cica_planner"], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False)


def _closed_tcp_display() -> str:
    """An X display name whose port (6000 + number) nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"127.0.0.1:{port - 6000}"


def test_no_display_variables_give_one_line_and_status(tmp_path) -> None:
    result = _start(_app_env(tmp_path), tmp_path)
    assert result.returncode == NO_DISPLAY_EXIT  # a positive status: not killed by SIGABRT
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == ["cica-planner: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                     "the window cannot open (the command line works without one: cica-planner --help)"]
    assert not list(tmp_path.glob("core*"))
    assert not (tmp_path / "calendar.sqlite3").exists()  # nothing was started


def test_an_unreachable_display_gives_one_line(tmp_path) -> None:
    display = _closed_tcp_display()
    result = _start(_app_env(tmp_path, DISPLAY=display), tmp_path)
    assert result.returncode == NO_DISPLAY_EXIT
    assert result.stderr.splitlines() == [
        f"cica-planner: the display DISPLAY={display} cannot be reached; the window cannot open "
        "(the command line works without one: cica-planner --help)"]


def test_a_platform_qt_cannot_start_ends_with_one_line_not_an_abort(tmp_path) -> None:
    """QT_QPA_PLATFORM set by hand skips the check: Qt's own fatal error is caught instead."""
    result = _start(_app_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=_closed_tcp_display()), tmp_path)
    assert result.returncode == NO_DISPLAY_EXIT, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cica-planner: the window cannot open: ")
    # The cause, not Qt's generic "no Qt platform plugin could be initialized".
    assert "could not connect to display" in lines[0] or "xcb-cursor0" in lines[0], lines[0]
    assert lines[0].endswith("(the command line works without one: cica-planner --help)")
    assert "Qt stopped: " in (tmp_path / "logs" / "cica-planner.log").read_text(encoding="utf-8")


def test_the_command_line_works_without_a_display(tmp_path) -> None:
    env = _app_env(tmp_path)
    result = subprocess.run([sys.executable, "-m", "cica_planner", "--version"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("cica-planner ")


# -- the check, against real sockets ------------------------------------------------------------


def test_windows_and_macos_always_have_a_display() -> None:
    assert no_display_reason({}, "win32") is None
    assert no_display_reason({}, "darwin") is None


def test_a_chosen_qt_platform_is_trusted() -> None:
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_an_x_server_that_answers_on_tcp_is_a_display() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        assert no_display_reason({"DISPLAY": f"127.0.0.1:{port - 6000}.0"}, "linux") is None
    assert no_display_reason({"DISPLAY": f"127.0.0.1:{port - 6000}.0"}, "linux") == (
        f"the display DISPLAY=127.0.0.1:{port - 6000}.0 cannot be reached")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets only")
def test_a_wayland_socket_in_the_runtime_folder_is_a_display(tmp_path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert no_display_reason(environ, "linux") == "the display WAYLAND_DISPLAY=wayland-7 cannot be reached"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        assert no_display_reason(environ, "linux") is None
        # An unreachable X display next to a working Wayland one does not matter.
        assert no_display_reason({**environ, "DISPLAY": _closed_tcp_display()}, "linux") is None


def test_a_malformed_display_name_is_not_a_display() -> None:
    assert no_display_reason({"DISPLAY": "nonsense"}, "linux") == "the display DISPLAY=nonsense cannot be reached"
