"""The newest schema revision this version ships, read from the migration files without Alembic.

Opening a calendar that is already up to date only needs to compare two revision ids;
importing Alembic (and Mako under it) to learn the head cost a good share of the start-up.
Alembic is still what runs every migration.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The table Alembic stamps a calendar's schema revision in.
VERSION_TABLE = "alembic_version"

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)
_IDS = re.compile(r"['\"]([^'\"]+)['\"]")


@cache
def shipped_head() -> str:
    """The one revision no other revision builds on (as Alembic's ``get_heads()[0]`` finds it)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down is not None:
            parents.update(_IDS.findall(down.group(1)))
    heads = sorted(revisions - parents)
    if len(heads) != 1:
        raise RuntimeError(f"the shipped migrations have {len(heads)} heads: {heads}")
    return heads[0]
