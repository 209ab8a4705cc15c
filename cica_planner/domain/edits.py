"""What an edit of an event changes, and when it must say why.

A published plan (planned, confirmed, held or postponed) whose date, place or format moves
keeps the old plan in its history with the reason: the Member States were told of the old
date. An event made minutes ago in this session of the app ("fresh") is adjusted freely, and a
proposal, a cancellation or a tentative entry never needs a reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cica_planner.domain.model import Event, EventStatus, Moment

#: The statuses of a plan others rely on: moving it needs a reason.
RESCHEDULE_STATUSES = frozenset({EventStatus.PLANNED, EventStatus.CONFIRMED, EventStatus.HELD, EventStatus.POSTPONED})

REASON_NEEDED = "Give a reason for the change of date, place or format; it is kept in the history."


def same_moment(first: Moment, second: Moment) -> bool:
    """Equal instants or equal days; a day and an instant are never the same moment."""
    if isinstance(first, datetime) != isinstance(second, datetime):
        return False
    return first == second


def moves_plan(before: Event, after: Event) -> bool:
    """Whether ``after`` changes the date, place or format of ``before``."""
    return (
        not same_moment(after.start, before.start)
        or not same_moment(after.end, before.end)
        or after.city != before.city
        or after.country != before.country
        or after.venue != before.venue
        or after.mode is not before.mode
    )


def needs_reason(before: Event, after: Event, *, fresh: bool = False) -> bool:
    """Whether the edit ``before`` → ``after`` moves a published plan, so that a reason is asked."""
    if fresh or before.status not in RESCHEDULE_STATUSES:
        return False
    return moves_plan(before, after)


def with_move_recorded(before: Event, after: Event, reason: str) -> Event:
    """``after`` with a history entry recording the move from ``before`` and ``reason``.

    The other edited fields (title, description, …) are kept; so is the precision the user
    chose, so "Q4 2024 → Q1 2025" stays a quarter instead of becoming a fixed day.
    """
    base = replace(after, start=before.start, end=before.end, city=before.city, mode=before.mode,
                   history=list(before.history))
    moved = base.rescheduled(after.start, after.end, reason, city=after.city, mode=after.mode)
    return replace(moved, precision=after.precision, period_part=after.period_part)
