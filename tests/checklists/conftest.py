"""A Ministerial Council still planned in October 2024, with its checklist half done.

The seeded 7th Ministerial Council is history (held online on 17 Dec 2024). The checklist
views and reports are tested on a meeting that is still ahead of the tests' day, as the
7th MC was when it was planned for 11 Nov 2024 in Baku.
"""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.model import Category, Event
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.planner import PlannerService

PLANNED_MC = "planned-mc@test"
#: Steps due before this day are done on it; the later ones are open.
WORKED_UNTIL = date(2024, 6, 30)


@pytest.fixture
def planned_mc(seeded_engine) -> str:
    PlannerService(seeded_engine).create(Event(
        title="7th CICA Ministerial Council (as planned)", category=Category.MINISTERIAL_COUNCIL, uid=PLANNED_MC,
        start=date(2024, 11, 11), end=date(2024, 11, 12), city="Baku", country="AZ", tzid="Asia/Baku"))
    checklists = ChecklistService(seeded_engine)
    checklists.apply_template(PLANNED_MC, "mc")
    early = [item.id for item in checklists.list_tasks() if item.task.event_uid == PLANNED_MC and item.due < WORKED_UNTIL]
    checklists.complete(early, WORKED_UNTIL)
    return PLANNED_MC
