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

MC7 = "planned-mc@test"  # see conftest.py: a Ministerial Council still planned for 11 Nov 2024 in Baku
SEEDED_MC7 = "e097@seed.cica-planner"  # held on 17 Dec 2024, with its checklist and handover milestones
BICYCLE_DAY = "bicycle-day@test"  # see conftest.py


@pytest.fixture(autouse=True)
def english_catalogue(qapp) -> None:
    """English, with its catalogue, as the app installs it at start: the undo texts' plurals come from it."""
    from cica_planner.i18n.language import install_language

    install_language("en")


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


def test_create_undo_redo(planner, stack) -> None:
    event = Event(title="Expert meeting on ICT security", category=Category.EXPERT_MEETING,
                  start=date(2025, 3, 4), end=date(2025, 3, 5), city="Astana", country="KZ")
    push_command(stack, CreateEvent(planner, event))
    assert planner.get(event.uid).title == "Expert meeting on ICT security"
    assert stack.undoText() == "New Expert meeting on ICT security"
    stack.undo()
    assert planner.find(event.uid) is None
    stack.redo()
    assert planner.get(event.uid).start == date(2025, 3, 4)


def test_edit_undo_restores_the_exact_event(planner, stack) -> None:
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


def test_reschedule_with_reason_and_undo(planner, stack) -> None:
    before = planner.get(MC7)
    moved = replace(before, start=date(2024, 12, 17), end=date(2024, 12, 18), city="", mode=Mode.ONLINE)
    push_command(stack, EditEvent(planner, before, moved, "Moved online at the Chair's request"))
    stored = planner.get(MC7)
    assert (stored.start, stored.mode, stored.city) == (date(2024, 12, 17), Mode.ONLINE, "")
    assert [c.reason for c in stored.history] == ["Moved online at the Chair's request"]
    assert stored.history[0].old_start == date(2024, 11, 11)
    assert stored.history[0].old_place == "Baku"
    assert stack.undoText() == "Move 7th CICA Ministerial Council"  # the title without its bracketed note

    stack.undo()
    back = planner.get(MC7)
    assert (back.start, back.mode, back.city) == (date(2024, 11, 11), Mode.IN_PERSON, "Baku")
    assert back.history == []
    stack.redo()
    again = planner.get(MC7)
    assert again.start == date(2024, 12, 17)
    assert [c.summary() for c in again.history] == [c.summary() for c in stored.history]


def test_reschedule_keeps_an_approximate_precision(planner, stack) -> None:
    forum = planner.get("e095@seed.cica-planner")  # Q4 2024
    moved = replace(forum, start=date(2025, 1, 1), end=date(2025, 4, 1))  # Q1 2025, still a quarter
    push_command(stack, EditEvent(planner, forum, moved, "Postponed by the hosts"))
    stored = planner.get(forum.uid)
    assert stored.precision == forum.precision
    assert stored.history[-1].old_start == date(2024, 10, 1)


def test_delete_undo_redo(planner, stack) -> None:
    title = planner.get(MC7).title
    push_command(stack, DeleteEvent(planner, MC7, title))
    assert planner.find(MC7) is None
    assert stack.undoText() == "Delete 7th CICA Ministerial Council"
    stack.undo()
    assert planner.get(MC7).title == title
    stack.redo()
    assert planner.find(MC7) is None


def test_delete_occurrence_undo(planner, stack) -> None:
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


def test_a_refused_change_leaves_the_stack_alone(planner, stack) -> None:
    before = planner.get(MC7)
    broken = replace(before, end=before.start - timedelta(days=1))
    with pytest.raises(ValidationError):
        push_command(stack, EditEvent(planner, before, broken))
    assert stack.count() == 0
    assert planner.get(MC7).end == before.end


def test_short_titles() -> None:
    assert short_title("7th CICA Ministerial Council (handover KZ → AZ)") == "7th CICA Ministerial Council"
    assert short_title("x" * 80).endswith("…")


# -- tasks, handover plans and imports ------------------------------------------------------

OVERRIDE_ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:bicycle-day@test\r\n"
                b"DTSTAMP:20240101T000000Z\r\nRECURRENCE-ID;VALUE=DATE:20250603\r\nDTSTART;VALUE=DATE:20250604\r\n"
                b"DTEND;VALUE=DATE:20250605\r\nSUMMARY:World Bicycle Day (moved)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _mc7_tasks(planner):
    from cica_planner.services.checklists import ChecklistService
    from cica_planner.services.tasks import TaskQuery

    checklists = ChecklistService(planner.engine)
    return checklists, checklists.list_tasks(TaskQuery(event_uid=SEEDED_MC7))


def test_bulk_status_undo_restores_each_task(planner, stack) -> None:
    from cica_planner.domain.tasks import TaskStatus
    from cica_planner.ui.commands import SetTaskStatus

    checklists, items = _mc7_tasks(planner)
    done = next(i for i in items if i.task.is_done)
    open_ = [i for i in items if not i.task.is_done][:2]
    ids = [done.id, *(i.id for i in open_)]
    push_command(stack, SetTaskStatus(checklists, ids, TaskStatus.DONE, date(2024, 10, 20)))
    assert stack.undoText() == "Mark 3 tasks done"
    assert all(checklists.get(i).task.is_done for i in ids)
    assert checklists.get(done.id).task.completed_on == done.task.completed_on  # done earlier: keeps its day
    stack.undo()
    for item in (done, *open_):
        stored = checklists.get(item.id).task
        assert (stored.status, stored.completed_on) == (item.task.status, item.task.completed_on)
    stack.redo()
    assert checklists.get(open_[0].id).task.completed_on == date(2024, 10, 20)


def test_add_edit_delete_tasks_undo_and_redo_keep_ids(planner, stack) -> None:
    from cica_planner.domain.tasks import Task
    from cica_planner.ui.commands import AddTasks, DeleteTasks, EditTask

    checklists, items = _mc7_tasks(planner)
    add = AddTasks(checklists, [Task(title="Book interpreters", event_uid=SEEDED_MC7)])
    push_command(stack, add)
    assert stack.undoText() == "Add task Book interpreters"
    new_id = add.added[0].id
    stack.undo()
    assert all(i.id != new_id for i in checklists.list_tasks())
    stack.redo()
    assert checklists.get(new_id).task.title == "Book interpreters"  # the same id: later commands still find it

    before = checklists.get(new_id).task
    push_command(stack, EditTask(checklists, before, replace(before, title="Book interpreters (AZ, RU)")))
    stack.undo()
    assert checklists.get(new_id).task.title == "Book interpreters"

    milestone = next(i for i in items if i.task.handover_id is not None)
    push_command(stack, DeleteTasks(checklists, [milestone.id], [milestone.task.title]))
    assert stack.undoText().startswith("Delete task ")
    stack.undo()
    back = checklists.get(milestone.id).task
    assert (back.handover_id, back.title, back.status) == (milestone.task.handover_id, milestone.task.title,
                                                          milestone.task.status)


def test_apply_template_undo_removes_only_what_it_added(planner, stack) -> None:
    from cica_planner.services.tasks import TaskQuery
    from cica_planner.ui.commands import ApplyTemplate

    checklists, _items = _mc7_tasks(planner)
    event = Event(title="Expert meeting on ICT security", category=Category.EXPERT_MEETING,
                  start=date(2025, 3, 4), end=date(2025, 3, 5), city="Astana", country="KZ")
    planner.create(event)
    command = ApplyTemplate(checklists, event.uid, "soc", "SOC meeting")
    push_command(stack, command)
    assert stack.undoText() == "Apply template SOC meeting"
    added = {t.id for t in command.added}
    assert added
    assert {i.id for i in checklists.list_tasks(TaskQuery(event_uid=event.uid))} == added
    stack.undo()
    assert checklists.list_tasks(TaskQuery(event_uid=event.uid)) == []
    stack.redo()
    assert {i.id for i in checklists.list_tasks(TaskQuery(event_uid=event.uid))} == added
    # Applying it again adds nothing: no empty step is left on the stack.
    push_command(stack, ApplyTemplate(checklists, event.uid, "soc", "SOC meeting"))
    assert stack.count() == 1


def test_plan_handover_undo_and_redo(planner, stack) -> None:
    from cica_planner.services.chairmanship import SEED_NEXT_ANCHOR, ChairmanshipService
    from cica_planner.ui.commands import PlanHandover

    chairs = ChairmanshipService(planner.engine)
    command = PlanHandover(chairs, "UZ", SEED_NEXT_ANCHOR)
    push_command(stack, command)
    handover_id = command.handover.id
    milestones = {i.id for i in chairs.handover_plan(handover_id)}
    assert len(chairs.plans()) == 2
    assert len(milestones) == 16
    stack.undo()
    assert len(chairs.plans()) == 1
    assert handover_id not in [p.id for p in chairs.plans()]
    assert chairs.anchor_candidates()  # the meeting is free again
    stack.redo()
    assert {i.id for i in chairs.handover_plan(handover_id)} == milestones
    assert chairs.get_handover(handover_id).to_country == "UZ"


def test_import_undo_deletes_what_it_created_and_restores_what_it_changed(planner, stack) -> None:
    from cica_planner.services.ical_import import plan_import
    from cica_planner.ui.commands import ImportCalendar

    plan = plan_import(planner, OVERRIDE_ICS)
    push_command(stack, ImportCalendar(planner, plan, "bicycle.ics"))
    assert stack.undoText() == "Import bicycle.ics"
    (moved,) = planner.get(BICYCLE_DAY).overrides
    assert (moved.recurrence_id, moved.start) == (date(2025, 6, 3), date(2025, 6, 4))
    stack.undo()
    assert planner.get(BICYCLE_DAY).overrides == []
    stack.redo()
    assert [o.title for o in planner.get(BICYCLE_DAY).overrides] == ["World Bicycle Day (moved)"]
    assert planner.find("bicycle-day@test-20250603") is None


def test_import_undo_brings_back_an_updated_event(planner, stack) -> None:
    from cica_planner.services.ical_import import Outcome, plan_import
    from cica_planner.ui.commands import ImportCalendar

    before = planner.get(MC7)
    ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:" + MC7.encode() + b"\r\n"
           b"DTSTAMP:20240101T000000Z\r\nSEQUENCE:99\r\nDTSTART;VALUE=DATE:20241217\r\nDTEND;VALUE=DATE:20241218\r\n"
           b"SUMMARY:7th CICA Ministerial Council (from Outlook)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    plan = plan_import(planner, ics)
    assert [item.outcome for item in plan.items] == [Outcome.UPDATED]
    push_command(stack, ImportCalendar(planner, plan, "outlook.ics"))
    assert planner.get(MC7).start == date(2024, 12, 17)
    stack.undo()
    restored = planner.get(MC7)
    assert (restored.title, restored.start, restored.city) == (before.title, before.start, before.city)
    stack.redo()
    assert planner.get(MC7).title == "7th CICA Ministerial Council (from Outlook)"


def test_prune_known_exdates(planner) -> None:
    # Pruning moved into the import service, so the command line prunes too.
    from cica_planner.services.ical_import import ImportService

    imports = ImportService(planner)
    imports.apply(imports.plan(OVERRIDE_ICS))
    again = imports.plan(OVERRIDE_ICS)
    assert again.stored_exdates == {}  # the series already has that override
    assert [item.outcome.value for item in again.items] == ["unchanged"]


def test_undo_texts_count_in_each_language(qapp) -> None:
    """The counting undo texts are Qt plurals: English one/many, Russian 1 / 2–4 / 5+."""
    from cica_planner.domain.tasks import TaskStatus
    from cica_planner.i18n.language import install_language
    from cica_planner.ui.commands.tasks import TaskCommandTexts

    texts = TaskCommandTexts()
    assert [texts.marked(TaskStatus.DONE, n) for n in (1, 3)] == ["Mark 1 task done", "Mark 3 tasks done"]
    assert texts.deleted([], 2) == "Delete 2 tasks"
    install_language("ru")
    try:
        assert [texts.marked(TaskStatus.DONE, n) for n in (1, 3, 5)] == [
            "выполнение 1 задачи", "выполнение 3 задач", "выполнение 5 задач"]
        assert texts.added([]) == "добавление 0 задач"
        assert texts.deleted(["Забронировать зал"], 1) == "удаление задачи «Забронировать зал»"
        # "Отменить …" in the Edit menu, "Отменено: …" in the status bar: the text reads after both.
        assert texts.marked(TaskStatus.IN_PROGRESS, 2) == "начало работы над 2 задачами"
    finally:
        install_language("en")
