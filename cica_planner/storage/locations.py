"""Where a calendar lives: a SQLite file or a PostgreSQL server, told from its text alone.

Kept apart from ``storage/server.py`` (which imports SQLAlchemy) because every start asks
this before anything else, and a start on a calendar file paints its window before the
database stack is loaded (``ui/quick_window.py``).
"""

from __future__ import annotations

import os

SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_url(text: str | os.PathLike[str] | None) -> bool:
    """Whether ``text`` names a PostgreSQL calendar (anything else is a SQLite file)."""
    scheme = str(text or "").split("://", 1)[0].split("+", 1)[0].lower()
    return "://" in str(text or "") and scheme in SERVER_SCHEMES
