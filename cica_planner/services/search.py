"""Search for scripts and views: the events matching a text, with the matching of ``domain.search_text``."""

from __future__ import annotations

from collections.abc import Iterable

from cica_planner.domain.model import Occurrence
from cica_planner.services.planner import PlannerService

#: ``PlannerService.search`` keeps the sidebar short; a script wants every match.
NO_LIMIT = 1_000_000


def matching_uids(planner: PlannerService, text: str) -> set[str]:
    """The UIDs of every event matching ``text`` (empty text: none)."""
    return {event.uid for event in planner.search(text, limit=NO_LIMIT)}


def filter_occurrences(planner: PlannerService, occurrences: Iterable[Occurrence], text: str) -> list[Occurrence]:
    """The occurrences whose event matches ``text``, in their order."""
    wanted = matching_uids(planner, text)
    return [occurrence for occurrence in occurrences if occurrence.uid in wanted]
