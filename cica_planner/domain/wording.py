"""Words the app and the command line share, so both speak one language."""

from __future__ import annotations

#: The one word for a task or milestone whose deadline has passed while it is not done.
OVERDUE = "OVERDUE"

#: The author of the shipped calendar's items: nobody on this machine wrote them, so no OS user signs them.
SHIPPED_AUTHOR = "CICA Planner (shipped calendar)"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` with ``noun`` in the right number: "1 event", "2 events", "0 open tasks"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
