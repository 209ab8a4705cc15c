"""Is there a display the window can open on? Asked before Qt is started.

Without a display, Qt's xcb platform ends the process with a fatal error: an abort and, on many
systems, a core dump. On Linux and the BSDs this module therefore looks for a display first: the
Wayland socket named by $WAYLAND_DISPLAY or the X server named by $DISPLAY, and tries to reach it.
When $QT_QPA_PLATFORM is set the user (or a test) has chosen the platform, and Qt is trusted with it.
Windows and macOS always have their own platform.

The function takes the environment and platform as arguments, so tests need no display of their own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY_EXIT = 3
"""Exit status of the desktop app when no display is available (2 is taken by refused commands)."""

HINT = "the command line works without one: cica-planner --help"

#: How long to wait for a display server that does not answer (a forwarded X display over SSH).
CONNECT_TIMEOUT = 2.0


def no_display_reason(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Return why the window cannot open here (one short clause), or None when a display is there."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "cygwin", "darwin"):
        return None
    if environ.get("QT_QPA_PLATFORM"):
        return None
    wayland = environ.get("WAYLAND_DISPLAY", "")
    x11 = environ.get("DISPLAY", "")
    if not wayland and not x11:
        return "no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    if wayland and _wayland_reachable(wayland, environ.get("XDG_RUNTIME_DIR", "")):
        return None
    if x11 and _x11_reachable(x11):
        return None
    named = " or ".join(f"{name}={value}" for name, value in (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11)) if value)
    return f"the display {named} cannot be reached"


def message(reason: str) -> str:
    """The one line printed when the window cannot open."""
    return f"cica-planner: {reason}; the window cannot open ({HINT})"


def _wayland_reachable(name: str, runtime_dir: str) -> bool:
    path = Path(name) if Path(name).is_absolute() else Path(runtime_dir or "/nonexistent") / name
    return _unix_socket_answers(str(path))


def _x11_reachable(display: str) -> bool:
    """Try to connect to the X server of ``display`` ("[host]:number[.screen]")."""
    import socket  # only where a display must be probed: Windows, macOS and offscreen starts need none

    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit():
        return False
    if host.startswith("/"):  # a socket path given whole (XQuartz-style launchd sockets)
        return _unix_socket_answers(host) or _unix_socket_answers(f"{host}:{number}")
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        # Linux X servers also listen on the abstract name, which works where /tmp is not shared.
        return _unix_socket_answers(path) or (sys.platform.startswith("linux") and _unix_socket_answers("\0" + path))
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=CONNECT_TIMEOUT):
            return True
    except OSError:
        return False


def _unix_socket_answers(path: str) -> bool:
    import socket

    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_TIMEOUT)
        try:
            probe.connect(path)
        except OSError:
            return False
    return True
