"""PlannerService.edit is the one path of a change: it decides when a move needs a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import event as sa_event

from cica_planner.domain.edits import needs_reason
from cica_planner.domain.errors import ConflictError, ValidationError
from cica_planner.domain.model import EventStatus, Mode
from cica_planner.services.container import services_over
from cica_planner.services.planner import PlannerService
from cica_planner.storage.seed_ids import seed_uid

SOC = seed_uid("E060")  # a held SOC: a published plan


def test_a_published_move_without_a_reason_writes_nothing(planner: PlannerService) -> None:
    before = planner.get(SOC)
    after = replace(before, city="Baku")
    assert planner.needs_reason(before, after)
    with pytest.raises(ValidationError, match="Give a reason"):
        planner.edit(before, after)
    stored = planner.get(SOC)
    assert (stored.city, stored.version, len(stored.history)) == (before.city, before.version, len(before.history))


def test_a_move_with_a_reason_keeps_the_old_plan_in_the_history(planner: PlannerService) -> None:
    before = planner.get(SOC)
    after = replace(before, start=before.start + timedelta(days=7), end=before.end + timedelta(days=7),
                    mode=Mode.HYBRID, title="SOC (renamed)")
    saved = planner.edit(before, after, "  Moved by the Member States  ")
    stored = planner.get(SOC)
    assert saved.version == before.version + 1
    assert stored.title == "SOC (renamed)"
    assert stored.sequence == before.sequence + 1
    change = stored.history[-1]
    assert (change.reason, change.old_start, change.new_start) == ("Moved by the Member States", before.start,
                                                                   after.start)
    assert (change.old_mode, change.new_mode) == (before.mode.value, "hybrid")


def test_plain_edits_proposals_and_fresh_events_need_no_reason(planner: PlannerService) -> None:
    before = planner.get(SOC)
    retitled = planner.edit(before, replace(before, title="Renamed only"))
    assert planner.get(SOC).history == before.history
    assert retitled.title == "Renamed only"
    current = planner.get(SOC)
    assert not planner.needs_reason(current, replace(current, city="Baku"), fresh=True)
    planner.edit(current, replace(current, city="Baku"), fresh=True)
    assert planner.get(SOC).city == "Baku"
    proposal = replace(current, status=EventStatus.PROPOSED)
    assert not needs_reason(proposal, replace(proposal, city="Tashkent"))


def test_a_stale_edit_is_a_conflict_before_it_is_a_missing_reason(planner: PlannerService) -> None:
    before = planner.get(SOC)
    planner.edit(before, replace(before, title="Someone else's title"))
    with pytest.raises(ConflictError, match="since you opened it"):
        planner.edit(before, replace(before, city="Baku"))


def test_reschedule_is_one_edit(planner: PlannerService) -> None:
    before = planner.get(SOC)
    start, end = date(2030, 3, 4), date(2030, 3, 6)
    moved = planner.reschedule(SOC, start, end, "Postponed", status=EventStatus.POSTPONED)
    assert (moved.start, moved.end, moved.status) == (start, end, EventStatus.POSTPONED)
    assert planner.get(SOC).history[-1].reason == "Postponed"
    assert len(planner.get(SOC).history) == len(before.history) + 1
    with pytest.raises(ValidationError):
        planner.reschedule(SOC, start, end, "  ")


def test_an_update_reads_no_history(planner: PlannerService) -> None:
    """Saving reads the stored event's bookkeeping, not its history, to number the new version."""
    before = planner.get(SOC)
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    sa_event.listen(planner.engine, "before_cursor_execute", record)
    try:
        planner.edit(before, replace(before, title="Counted"))
    finally:
        sa_event.remove(planner.engine, "before_cursor_execute", record)
    reads = [s.lower() for s in statements if s.lstrip().upper().startswith("SELECT")]
    # The history is read once, to append after what is stored; the overrides are not read at all.
    assert sum("from event_change" in s for s in reads) == 1
    assert not any("from event_override" in s for s in reads)
    assert planner.get(SOC).version == before.version + 1


def test_the_container_builds_each_service_once(seeded_engine) -> None:
    services = services_over(seeded_engine)
    assert services.chairs.tasks is services.checklists
    assert services.scheduling.planner is services.planner
    assert services.confirming.planner is services.planner
    assert services.tasks is services.checklists
    assert services.team.location().endswith(".sqlite3")
