"""What an import wrote (:class:`ImportResult`), apart from the writing, so a caller need not load the database stack."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cica_planner.domain.model import Event
from cica_planner.services.ical_plan import PlannedItem, summary_text

if TYPE_CHECKING:
    from cica_planner.services.planner import DeletedEvent


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, read inside its transaction: the summary, and the receipt undo reverts."""

    created: int
    updated: int
    unchanged: int
    skipped: list[PlannedItem]
    notes: list[str]
    removed: int = 0
    ignored_deadlines: int = 0
    created_uids: list[str] = field(default_factory=list)
    #: Each event the import changed, as it was before (history included).
    replaced: list[Event] = field(default_factory=list)
    #: Each event the import removed, with its tasks.
    removed_events: list[DeletedEvent] = field(default_factory=list)

    def summary(self) -> str:
        return summary_text(self.created, self.updated, self.unchanged, len(self.skipped), self.removed,
                            self.ignored_deadlines)
