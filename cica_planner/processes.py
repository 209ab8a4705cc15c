"""Whether a process that left a temporary file behind is still running (exports, reports, backups)."""

from __future__ import annotations

import os


def is_alive(pid: int) -> bool:
    """Return whether process ``pid`` still runs; when that cannot be told, assume it does.

    Windows has no harmless signal 0, so there the caller's age limit decides instead.
    """
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, under another user
    return True
