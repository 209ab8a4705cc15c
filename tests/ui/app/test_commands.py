"""Undo and redo of every change, checked against the database through PlannerService."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QUndoStack

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event, Mode
from cica_planner.ui.commands import (
    CreateEvent,
    DeleteEvent,
    DeleteOccurrence,
    EditEvent,
    push_command,
    short_title,
)

MC7 = "e097@seed.cica-planner"
BICYCLE_DAY = "r01@seed.cica-planner"


@pytest.fixture
def stack(qapp) -> QUndoStack:  # noqa: ANN001
    return QUndoStack()


def test_create_undo_redo(planner, stack) -> None:  # noqa: ANN001
    event = Event(title="Expert meeting on ICT security", category=Category.EXPERT_MEETING,
                  start=date(2025, 3, 4), end=date(2025, 3, 5), city="Astana", country="KZ")
    push_command(stack, CreateEvent(planner, event))
    assert planner.get(event.uid).title == "Expert meeting on ICT security"
    assert stack.undoText() == "New Expert meeting on ICT security"
    stack.undo()
    assert planner.find(event.uid) is None
    stack.redo()
    assert planner.get(event.uid).start == date(2025, 3, 4)


def test_edit_undo_restores_the_exact_event(planner, stack) -> None:  # noqa: ANN001
    before = planner.get(MC7)
    after = replace(before, title="7th CICA Ministerial Council", description="Edited")
    push_command(stack, EditEvent(planner, before, after))
    assert planner.get(MC7).description == "Edited"
    assert stack.undoText() == "Edit 7th CICA Ministerial Council"
    stack.undo()
    restored = planner.get(MC7)
    assert restored.title == before.title
    assert restored.description == before.description
    stack.redo()
    assert planner.get(MC7).title == "7th CICA Ministerial Council"


def test_reschedule_with_reason_and_undo(planner, stack) -> None:  # noqa: ANN001
    before = planner.get(MC7)
    moved = replace(before, start=date(2024, 12, 17), end=date(2024, 12, 18), city="", mode=Mode.ONLINE)
    push_command(stack, EditEvent(planner, before, moved, "Moved online at the Chair's request"))
    stored = planner.get(MC7)
    assert (stored.start, stored.mode, stored.city) == (date(2024, 12, 17), Mode.ONLINE, "")
    assert [c.reason for c in stored.history] == ["Moved online at the Chair's request"]
    assert stored.history[0].old_start == date(2024, 11, 11)
    assert stored.history[0].old_place == "Baku"
    assert stack.undoText() == "Move 7th CICA Ministerial Council"

    stack.undo()
    back = planner.get(MC7)
    assert (back.start, back.mode, back.city) == (date(2024, 11, 11), Mode.IN_PERSON, "Baku")
    assert back.history == []
    stack.redo()
    again = planner.get(MC7)
    assert again.start == date(2024, 12, 17)
    assert [c.summary() for c in again.history] == [c.summary() for c in stored.history]


def test_reschedule_keeps_an_approximate_precision(planner, stack) -> None:  # noqa: ANN001
    forum = planner.get("e095@seed.cica-planner")  # Q4 2024
    moved = replace(forum, start=date(2025, 1, 1), end=date(2025, 4, 1))  # Q1 2025, still a quarter
    push_command(stack, EditEvent(planner, forum, moved, "Postponed by the hosts"))
    stored = planner.get(forum.uid)
    assert stored.precision == forum.precision
    assert stored.history[-1].old_start == date(2024, 10, 1)


def test_delete_undo_redo(planner, stack) -> None:  # noqa: ANN001
    title = planner.get(MC7).title
    push_command(stack, DeleteEvent(planner, MC7, title))
    assert planner.find(MC7) is None
    assert stack.undoText() == "Delete 7th CICA Ministerial Council"
    stack.undo()
    assert planner.get(MC7).title == title
    stack.redo()
    assert planner.find(MC7) is None


def test_delete_occurrence_undo(planner, stack) -> None:  # noqa: ANN001
    def june_2025() -> list:
        return [o for o in planner.occurrences(date(2025, 6, 1), date(2025, 7, 1)) if o.uid == BICYCLE_DAY]

    assert [o.start for o in june_2025()] == [date(2025, 6, 3)]
    push_command(stack, DeleteOccurrence(planner, BICYCLE_DAY, "World Bicycle Day", date(2025, 6, 3)))
    assert june_2025() == []
    assert planner.get(BICYCLE_DAY).rrule  # the series itself stays
    stack.undo()
    assert [o.start for o in june_2025()] == [date(2025, 6, 3)]
    assert planner.get(BICYCLE_DAY).exdates == []
    stack.redo()
    assert june_2025() == []


def test_a_refused_change_leaves_the_stack_alone(planner, stack) -> None:  # noqa: ANN001
    before = planner.get(MC7)
    broken = replace(before, end=before.start - timedelta(days=1))
    with pytest.raises(ValidationError):
        push_command(stack, EditEvent(planner, before, broken))
    assert stack.count() == 0
    assert planner.get(MC7).end == before.end


def test_short_titles() -> None:
    assert short_title("7th CICA Ministerial Council (handover KZ → AZ)") == "7th CICA Ministerial Council"
    assert short_title("x" * 80).endswith("…")
