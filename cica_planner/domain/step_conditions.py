"""Checklist steps that apply only to some meetings of a kind.

Not every SOC approves a budget: the December SOC does. Not every SOC has troika
consultations on its eve: only one held while a handover is pending, i.e. once the next
chair has been decided and before it takes over. A template step names its condition;
applying the template to a meeting leaves out the steps whose condition the meeting does
not meet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from cica_planner.domain.chairmanship import ChairTerm, troika_at
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, Precision


class StepCondition(StrEnum):
    """When a template step applies; the value is stored with the step."""

    ALWAYS = ""
    DECEMBER = "december"
    HANDOVER_PENDING = "handover pending"

    @property
    def label(self) -> str:
        """How the template editor names the condition."""
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str | None) -> StepCondition:
        """The condition stored as ``text`` (empty: always); a ValidationError names an unknown one."""
        wanted = (text or "").strip().casefold()
        for condition in cls:
            if wanted in (condition.value, condition.label.casefold()):
                return condition
        raise ValidationError(f"unknown step condition {text!r}; choose one of: december, handover pending")


_LABELS = {
    StepCondition.ALWAYS: "every meeting",
    StepCondition.DECEMBER: "December only",
    StepCondition.HANDOVER_PENDING: "eve of a handover",
}


def _possible_days(event: Event) -> tuple[date, date] | None:
    if event.precision is Precision.UNDATED:
        return None
    return event.local_start_date(), event.local_end_date()


def step_applies(condition: StepCondition, event: Event, terms: Sequence[ChairTerm]) -> bool:
    """Whether a step with ``condition`` belongs to ``event``'s checklist.

    An event whose day is not fixed meets a condition when any of its possible days does
    (its checklist would rather carry a step too many than miss the budget).
    """
    if condition is StepCondition.ALWAYS:
        return True
    days = _possible_days(event)
    if days is None:
        return True  # nothing is known yet; keep the step until the date is fixed
    first, last = days
    if condition is StepCondition.DECEMBER:
        return any(month == 12 for month in _months(first, last))
    # HANDOVER_PENDING: the next chair is decided and has not taken over on the meeting's first day.
    return troika_at(terms, first).incoming is not None or troika_at(terms, last).incoming is not None


def _months(first: date, last: date) -> list[int]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < 12:
        months.append(month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
