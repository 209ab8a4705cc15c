"""The "Needs confirming" list: past plans whose outcome nobody recorded, and events whose day is still open.

A planner settles each item in one action: held, postponed or cancelled, with the reason,
which the event's History keeps. Which events are past depends on ``today``; this module
never reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy.engine import Engine

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event, EventChange, EventStatus, PeriodPart, Precision, utc_now
from cica_planner.domain.outcome import INTENDED, OUTCOMES, needs_date, needs_outcome, shown_status
from cica_planner.domain.periods import when_label
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService
from cica_planner.storage.db import session_scope
from cica_planner.storage.event_queries import confirm_candidates, next_candidates


class ConfirmReason(StrEnum):
    """Why an event is on the list."""

    OUTCOME = "outcome to confirm"  # it is over; was it held?
    DATE = "day to fix"  # it is ahead, known only to a window, month, quarter or year, or undated


@dataclass(frozen=True)
class ToConfirm:
    """One event on the Needs confirming list, with what a list row shows."""

    uid: str
    title: str
    category: Category
    when: str  # '11 Nov 2024', 'Q4 2024 (provisional)', 'undated'
    reason: ConfirmReason
    status: str  # as shown today
    first_day: date | None  # None for an undated event
    last_day: date | None = None  # last day, inclusive (to write ``when`` in another language)
    precision: Precision = Precision.DAY
    period_part: PeriodPart | None = None

    @property
    def label(self) -> str:
        return f"{self.title} — {self.when}"


def to_confirm(event: Event, today: date) -> ToConfirm | None:
    """The list entry for ``event`` on ``today``, or None when nothing about it needs confirming."""
    if needs_outcome(event, today):
        reason = ConfirmReason.OUTCOME
    elif needs_date(event):
        reason = ConfirmReason.DATE
    else:
        return None
    undated = event.precision is Precision.UNDATED
    return ToConfirm(
        uid=event.uid,
        title=event.title,
        category=event.category,
        when=when_label(event),
        reason=reason,
        status=shown_status(event, today),
        first_day=None if undated else event.local_start_date(),
        last_day=None if undated else event.local_end_date(),
        precision=event.precision,
        period_part=event.period_part,
    )


@dataclass(frozen=True)
class OutcomeChoice:
    """What the planner recorded: the outcome, why, and whether to close the event's open steps."""

    uid: str
    outcome: EventStatus
    reason: str
    close_open_steps: bool = False


class ConfirmingService:
    """List what needs confirming and record outcomes; each call is one transaction."""

    def __init__(self, engine: Engine, *, planner: PlannerService | None = None,
                 tasks: TaskService | None = None) -> None:
        self.engine = engine
        self.planner = planner or PlannerService(engine)
        self.tasks = tasks or TaskService(engine)

    def needs_confirming(self, today: date) -> list[ToConfirm]:
        """Past plans first (oldest first), then events whose day is open (soonest first, undated last)."""
        with session_scope(self.engine) as session:
            candidates = confirm_candidates(session, today)  # SQL narrows; to_confirm decides
        found = [entry for event in candidates if (entry := to_confirm(event, today)) is not None]
        return sorted(
            found,
            key=lambda e: (e.reason is not ConfirmReason.OUTCOME, e.first_day is None, e.first_day or date.max, e.title),
        )

    def count(self, today: date) -> int:
        return len(self.needs_confirming(today))

    def coming_next(self, after: date) -> Event | None:
        """The first event still intended (planned, proposed or confirmed) that has not ended before ``after``.

        Undated events have no place in time and are left out; a fixed day wins over a period
        that starts on the same day.
        """
        with session_scope(self.engine) as session:
            near = next_candidates(session, after)  # SQL narrows to the earliest few; the test below decides
        candidates = [
            e for e in near
            if e.status in INTENDED and e.precision is not Precision.UNDATED and e.local_end_date() >= after
        ]
        return min(candidates, key=lambda e: (e.local_start_date(), e.precision is not Precision.DAY, e.title),
                   default=None)

    def close_open_steps(self, uid: str) -> int:
        """Close the steps of a held event that were never ticked ("not recorded"); return how many."""
        return self.tasks.close_unrecorded(uid)

    def record_outcome(self, uid: str, outcome: EventStatus, reason: str, *, when: datetime | None = None) -> Event:
        """Mark the event held, postponed or cancelled; its History keeps the reason.

        Returns the event as stored. The day, place and format stay as they are: a move is
        a reschedule of its own.
        """
        if outcome not in OUTCOMES:
            choices = ", ".join(o.value for o in OUTCOMES)
            raise ValidationError(f"an outcome is one of: {choices}")
        if not reason.strip():
            raise ValidationError(f"say why the event is marked {outcome.value}")
        event = self.planner.get(uid)
        if event.status is outcome:
            raise ValidationError(f"{event.title!r} is already recorded as {outcome.value}")
        change = EventChange(
            changed_at=when or utc_now(),
            reason=f"marked {outcome.value} (was {event.status.value}): {reason.strip()}",
            old_start=event.start,
            old_end=event.end,
            new_start=event.start,
            new_end=event.end,
            old_place=event.city,
            new_place=event.city,
            old_mode=event.mode.value,
            new_mode=event.mode.value,
        )
        # The one path of a change (nothing moves, so no reason rule applies beyond this outcome's own).
        return self.planner.edit(event, replace(event, status=outcome, history=[*event.history, change]))
