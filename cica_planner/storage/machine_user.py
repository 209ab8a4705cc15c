"""The user of this machine, as a calendar file's changes are signed (no database stack needed to ask)."""

from __future__ import annotations

import getpass


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"
