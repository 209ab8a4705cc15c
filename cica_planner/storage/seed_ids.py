"""The stable UIDs of the shipped items: an export of the seeded calendar keeps the same UIDs."""

from __future__ import annotations

SEED_UID_SUFFIX = "@seed.cica-planner"


def seed_uid(key: str) -> str:
    """The UID of the shipped item ``key`` of ``resources/seed/events.json`` (``E097`` → ``e097@seed.cica-planner``)."""
    return f"{key.lower()}{SEED_UID_SUFFIX}"
