"""How to open a SQLite calendar file read-only, and whether it can be written.

Read-only opening follows SQLite's rules for write-ahead-logged files: when the ``-wal`` log
holds commits and its ``-shm`` index exists, the file is opened with ``mode=ro`` (it sees
those commits); otherwise everything is in the file itself and it is opened ``immutable=1``,
which creates no side file, so no read-only session leaves a ``-shm`` behind that would keep
the file read-only later.

Apart from ``calendar_file.py`` (what a file is), whose schema checks the first paint does not need:
the quick reads open the calendar with :func:`read_only_uri`, and the window asks :func:`can_write`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def sidecar(path: Path, suffix: str) -> Path:
    """The ``-wal``/``-shm``/``-journal`` file SQLite keeps beside ``path``."""
    return path.with_name(path.name + suffix)


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading without creating any file beside it."""
    absolute = Path(os.path.abspath(path))
    location = quote(absolute.as_posix(), safe="/:")
    if _has_frames(sidecar(absolute, "-wal")) and sidecar(absolute, "-shm").exists():
        # Recent commits still sit in the write-ahead log: read them through its index.
        return f"file:{location}?mode=ro"
    # Everything is in the file itself: read it as it is, with no lock file and no index.
    return f"file:{location}?mode=ro&immutable=1"


def _has_frames(wal: Path) -> bool:
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def connect_read_only(path: Path, timeout: float = 15) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, check_same_thread=False)


def can_write(path: Path) -> bool:
    """Whether SQLite could write ``path``: the file and its folder (journals live there) are writable.

    ``os.access`` asks the kernel with the real permissions, so a read-only mount counts too.
    """
    if path.exists() and not os.access(path, os.W_OK):
        return False
    folder = Path(os.path.abspath(path)).parent
    while not folder.exists() and folder != folder.parent:  # a new calendar's folder is made on the way
        folder = folder.parent
    return os.access(folder, os.W_OK)
