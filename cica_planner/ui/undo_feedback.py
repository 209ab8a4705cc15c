"""Which event an undoable command changed, so undo and redo can go to it and say what they did."""

from __future__ import annotations

from typing import Any


def changed_event_uid(command: Any) -> str | None:
    """The UID of the event ``command`` created, edited, moved or deleted; None for other changes.

    Event commands keep the event as ``event`` (created), ``before`` (edited, moved, one
    occurrence left out) or ``uid`` (deleted); task commands name the event of their tasks.
    """
    for name in ("uid", "event_uid"):
        value = getattr(command, name, None)
        if isinstance(value, str) and value:
            return value
    for name in ("before", "event", "after"):
        value = getattr(command, name, None)
        uid = getattr(value, "uid", None)
        if isinstance(uid, str) and uid:
            return uid
    return None
