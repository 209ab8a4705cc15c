"""Preparation tasks and the relative-deadline mechanism shared by checklists and handovers.

A deadline is either a fixed date or an offset from the event's first or last day
("T-30 days", "T+2 months"). Relative deadlines follow the event when it moves; a task
that is done keeps its completion date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from cica_planner.domain.errors import ValidationError


class TaskStatus(StrEnum):
    TODO = "to do"
    IN_PROGRESS = "in progress"
    DONE = "done"
    BLOCKED = "blocked"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Anchor(StrEnum):
    START = "start"
    END = "end"


class OffsetUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


_OFFSET_PATTERN = re.compile(
    r"^\s*(?P<anchor>T|E|start|end)?\s*(?P<sign>[+\-−])\s*(?P<amount>\d+)\s*(?P<unit>d|day|days|w|week|weeks|m|mo|month|months)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RelativeDeadline:
    """An offset from the event's first day (``start``) or last day (``end``)."""

    amount: int  # negative before the anchor
    unit: OffsetUnit = OffsetUnit.DAYS
    anchor: Anchor = Anchor.START

    def resolve(self, first_day: date, last_day: date) -> date:
        """Return the deadline for an event running ``first_day``..``last_day`` (inclusive).

        Month offsets keep the day of month and clamp to the month's end (31 Jan + 1
        month = 29 Feb in a leap year), as calendar users expect.
        """
        base = first_day if self.anchor is Anchor.START else last_day
        if self.unit is OffsetUnit.MONTHS:
            return base + relativedelta(months=self.amount)
        days = self.amount * (7 if self.unit is OffsetUnit.WEEKS else 1)
        return base + timedelta(days=days)

    def label(self) -> str:
        """Return the offset as planners write it: 'T−30 days', 'T+2 months', 'end+14 days'."""
        letter = "T" if self.anchor is Anchor.START else "end"
        sign = "−" if self.amount < 0 else "+"
        size = abs(self.amount)
        unit = self.unit.value if size != 1 else self.unit.value[:-1]
        return f"{letter}{sign}{size} {unit}"

    @classmethod
    def parse(cls, text: str) -> RelativeDeadline:
        """Parse 'T-30d', 'T+14 days', 'T-9 months', 'end+2w' (the inverse of :meth:`label`)."""
        match = _OFFSET_PATTERN.match(text.replace("T−", "T-").replace("end−", "end-"))
        if not match:
            raise ValidationError(f"cannot read the deadline {text!r}; write it like 'T-30 days' or 'end+2 weeks'")
        anchor_text = (match["anchor"] or "T").lower()
        anchor = Anchor.END if anchor_text in ("e", "end") else Anchor.START
        amount = int(match["amount"]) * (-1 if match["sign"] in "-−" else 1)
        unit_letter = match["unit"].lower()[0]
        unit = {"d": OffsetUnit.DAYS, "w": OffsetUnit.WEEKS, "m": OffsetUnit.MONTHS}[unit_letter]
        return cls(amount, unit, anchor)


@dataclass
class TemplateItem:
    """One step of a checklist or handover template, dated relative to its event."""

    title: str
    offset: RelativeDeadline
    owner: str = ""
    priority: Priority = Priority.NORMAL
    position: int = 0
    id: int | None = None
    applies_when: str = ""  # a StepCondition value: "" (every meeting), "december", "handover pending"

    @classmethod
    def from_json(cls, item: dict, position: int = 0) -> TemplateItem:
        """Build a step from shipped data: ``{"title", "offset": "T-30 days", "owner", "priority", "applies_when"}``."""
        return cls(
            title=item["title"],
            offset=RelativeDeadline.parse(item["offset"]),
            owner=item.get("owner", ""),
            priority=Priority(item.get("priority") or "normal"),
            position=position,
            applies_when=item.get("applies_when", ""),
        )


@dataclass
class Task:
    """A preparation step of an event (or a milestone of a chairmanship handover)."""

    title: str
    event_uid: str
    owner: str = ""
    due_fixed: date | None = None
    relative: RelativeDeadline | None = None
    status: TaskStatus = TaskStatus.TODO
    priority: Priority = Priority.NORMAL
    notes: str = ""
    completed_on: date | None = None
    handover_id: int | None = None
    position: int = 0
    id: int | None = None
    tags: list[str] = field(default_factory=list)
    #: The stored version this copy was read at (0: never stored); a save of an older one is a conflict.
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    def validate(self) -> None:
        if not self.title.strip():
            raise ValidationError("a task needs a title")
        if self.due_fixed is not None and self.relative is not None:
            raise ValidationError("a task has either a fixed or a relative deadline, not both")

    def due(self, first_day: date, last_day: date) -> date | None:
        """The deadline for an event on ``first_day``..``last_day``; None when there is none."""
        if self.relative is not None:
            return self.relative.resolve(first_day, last_day)
        return self.due_fixed

    @property
    def is_done(self) -> bool:
        return self.status is TaskStatus.DONE

    def is_overdue(self, due: date | None, today: date) -> bool:
        return due is not None and not self.is_done and due < today
