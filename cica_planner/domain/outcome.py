"""What an event's status means on a given day.

The stored status says what the planners recorded. Once an event's last possible day is
behind us, "planned" (or "proposed", "confirmed") is no longer true: the meeting either
happened or it did not, and someone has to say which. Such an event is shown as
"outcome to confirm" wherever its status shows, until a planner records what happened.
The stored status is left alone; only the day decides.
"""

from __future__ import annotations

from datetime import date

from cica_planner.domain.model import Event, EventStatus, Precision

#: The status shown for a past event whose outcome nobody recorded.
OUTCOME_TO_CONFIRM = "outcome to confirm"

#: Statuses that describe an intention: they stop being true once the event is over.
INTENDED = frozenset({EventStatus.PROPOSED, EventStatus.PLANNED, EventStatus.CONFIRMED})

#: The outcomes a planner can record for an event that needs confirming.
OUTCOMES = (EventStatus.HELD, EventStatus.POSTPONED, EventStatus.CANCELLED)


def is_over(event: Event, today: date) -> bool:
    """Whether the event's last possible day lies before ``today`` (an undated event or a series never is)."""
    if event.precision is Precision.UNDATED or event.rrule:
        return False  # a series has occurrences ahead; its past ones are not tracked one by one
    return event.local_end_date() < today


def needs_outcome(event: Event, today: date) -> bool:
    """Whether the event is over but still reads as an intention (planned, proposed or confirmed)."""
    return event.status in INTENDED and is_over(event, today)


def needs_date(event: Event) -> bool:
    """Whether the event's day must still be fixed: not held or cancelled, and known only to a period."""
    return event.precision is not Precision.DAY and event.status in INTENDED


def shown_status(event: Event, today: date) -> str:
    """The status to show on ``today``: the stored one, or "outcome to confirm" for a past intention."""
    return OUTCOME_TO_CONFIRM if needs_outcome(event, today) else event.status.value
