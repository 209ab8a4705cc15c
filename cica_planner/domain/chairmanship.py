"""The chairmanship register, the troika at any date and the handover template.

A chair's term runs from the meeting that hands it the chair up to (not including) the
day it hands the chair on: on a handover day the incoming chair already presides. An
incoming chair exists only from the day it was decided (Azerbaijan from 19 Mar 2024).
Chairs of the advisory bodies are kept apart from the CICA chair, per body and period,
because they do not follow it (the Think Tank Forum is chaired by SIIS throughout).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.tasks import TemplateItem

#: How an undecided successor is shown wherever a country name is expected.
UNDECIDED_SUCCESSOR = "next chair (to be decided)"


@dataclass(frozen=True)
class ChairTerm:
    """One term of a CICA chair: ``starts`` is the handover day, ``ends`` the next one (None while open)."""

    country: str
    starts: date
    ends: date | None = None
    name: str = ""  # the country's name, filled in by the service for display
    opened_by: str = ""
    closed_by: str = ""
    decided_on: date | None = None
    decided_how: str = ""
    theme: str = ""
    priorities: tuple[str, ...] = ()
    id: int | None = None
    #: The stored version this copy was read at (0: not checked); saving an older one is a conflict.
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """The country's name, or its code when the name is unknown."""
        return self.name or self.country

    def covers(self, day: date) -> bool:
        """Whether this chair presides on ``day`` (the handover day belongs to the next chair)."""
        return self.starts <= day and (self.ends is None or day < self.ends)

    def is_decided_by(self, day: date) -> bool:
        """Whether the chairmanship had been decided on ``day`` (an unrecorded decision counts from the start)."""
        return (self.decided_on or self.starts) <= day

    def years(self) -> str:
        """'2020–2024', or '2024–' for a term still open."""
        return f"{self.starts.year}–{self.ends.year if self.ends else ''}"

    def validate(self) -> None:
        """Raise ValidationError unless the term is consistent on its own."""
        if not self.country.strip():
            raise ValidationError("a chairmanship term needs a country")
        if self.ends is not None and self.ends <= self.starts:
            raise ValidationError(f"the term of {self.label} must end after it starts ({self.starts.isoformat()})")
        if self.decided_on is not None and self.ends is not None and self.decided_on >= self.ends:
            raise ValidationError(f"the chairmanship of {self.label} cannot be decided after its term ended")


@dataclass(frozen=True)
class BodyChair:
    """Who chairs an advisory (or working) body over a period; open ends mean 'not recorded'."""

    body_code: str
    holder: str
    country: str = ""
    starts: date | None = None
    ends: date | None = None
    note: str = ""
    body_name: str = ""  # filled in by the service for display
    id: int | None = None

    def covers(self, day: date) -> bool:
        """Whether this holder chairs the body on ``day`` (unknown bounds are taken as open)."""
        return (self.starts is None or self.starts <= day) and (self.ends is None or day < self.ends)

    def validate(self) -> None:
        """Raise ValidationError unless the record is consistent."""
        if not self.body_code.strip():
            raise ValidationError("a body chair needs the body it chairs")
        if not self.holder.strip():
            raise ValidationError("a body chair needs a holder")
        if self.starts is not None and self.ends is not None and self.ends <= self.starts:
            raise ValidationError(f"the chair of {self.body_code} must end after it starts")


@dataclass(frozen=True)
class Troika:
    """The previous, current and incoming chairs on one day (each may be missing)."""

    at: date
    previous: ChairTerm | None = None
    current: ChairTerm | None = None
    incoming: ChairTerm | None = None


def ordered_terms(terms: Iterable[ChairTerm]) -> list[ChairTerm]:
    """Return ``terms`` in the order they started."""
    return sorted(terms, key=lambda t: (t.starts, t.ends or date.max))


def troika_at(terms: Sequence[ChairTerm], day: date) -> Troika:
    """Return the troika on ``day``: the chair presiding, the one before it and the decided successor."""
    ordered = ordered_terms(terms)
    current = next((t for t in ordered if t.covers(day)), None)
    earlier = [t for t in ordered if t.ends is not None and t.ends <= day and t is not current]
    previous = earlier[-1] if earlier else None
    later = [t for t in ordered if t.starts > day]
    incoming = later[0] if later and later[0].is_decided_by(day) else None
    return Troika(at=day, previous=previous, current=current, incoming=incoming)


def register_problems(terms: Sequence[ChairTerm]) -> list[str]:
    """Describe overlaps, gaps and open terms followed by others in the register (empty when sound)."""
    problems = []
    ordered = ordered_terms(terms)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.ends is None:
            problems.append(f"the term of {before.label} from {before.starts.isoformat()} is open but another follows")
        elif after.starts < before.ends:
            problems.append(f"the terms of {before.label} and {after.label} overlap")
        elif after.starts > before.ends:
            problems.append(f"no chair between {before.ends.isoformat()} and {after.starts.isoformat()}")
    return problems


def check_no_overlap(terms: Sequence[ChairTerm], candidate: ChairTerm) -> None:
    """Raise ValidationError when ``candidate`` would overlap another term of the register."""
    candidate.validate()
    for other in terms:
        if other.id is not None and other.id == candidate.id:
            continue
        other_end = other.ends or date.max
        candidate_end = candidate.ends or date.max
        if candidate.starts < other_end and other.starts < candidate_end:
            raise ValidationError(
                f"the term of {candidate.label} from {candidate.starts.isoformat()} overlaps "
                f"the term of {other.label} ({other.years()})"
            )


@dataclass(frozen=True)
class HandoverTemplate:
    """The milestones a handover is planned from."""

    name: str
    milestones: tuple[TemplateItem, ...] = ()

    @classmethod
    def from_json(cls, data: dict) -> HandoverTemplate:
        """Build the template from ``handover_template.json`` (items with 'T-12 months' offsets)."""
        return cls(
            name=data.get("name", "Chairmanship handover"),
            milestones=tuple(TemplateItem.from_json(item, position) for position, item in enumerate(data.get("items", []))),
        )


@dataclass(frozen=True)
class Handover:
    """The transfer of the chair from one country to the next at an anchor meeting.

    ``to_country`` is empty while the successor has not been chosen.
    """

    from_country: str
    to_country: str
    anchor_event_uid: str
    title: str = ""
    created: datetime | None = None
    id: int | None = None


def handover_title(from_name: str, to_name: str, meeting: str = "") -> str:
    """A title such as 'Kazakhstan → Azerbaijan (7th CICA Ministerial Council)'."""
    text = f"{from_name or '?'} → {to_name or UNDECIDED_SUCCESSOR}"
    return f"{text} ({meeting})" if meeting else text
