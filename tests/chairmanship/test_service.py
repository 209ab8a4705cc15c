"""Register edits, advisory-body chairs and handover plans on a real seeded database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from cica_planner.domain.chairmanship import UNDECIDED_SUCCESSOR, BodyChair, ChairTerm
from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Mode
from cica_planner.domain.tasks import OffsetUnit, TaskStatus
from cica_planner.resources import load_json
from cica_planner.services.chairmanship import (
    SEED_HANDOVER_ANCHOR,
    SEED_NEXT_ANCHOR,
    ChairmanshipService,
    MilestoneState,
    milestone_date,
    milestone_state,
)
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskQuery, TaskService

TEMPLATE = load_json("seed", "handover_template.json")


@pytest.fixture
def chairs(seeded_engine) -> ChairmanshipService:
    return ChairmanshipService(seeded_engine)


# -- advisory bodies ---------------------------------------------------------------


def test_think_tank_forum_is_chaired_by_siis_whoever_chairs_cica(chairs: ChairmanshipService) -> None:
    for day in (date(2023, 5, 1), date(2024, 12, 17), date(2025, 6, 1)):
        (ttf,) = [c for c in chairs.body_chairs_at(day) if c.body_code == "TTF"]
        assert "SIIS" in ttf.holder
        assert ttf.country == "CN"
    assert chairs.troika(date(2023, 5, 1)).current.country == "KZ"
    assert chairs.troika(date(2025, 6, 1)).current.country == "AZ"


def test_body_chairs_are_kept_per_body_and_period(chairs: ChairmanshipService) -> None:
    business = chairs.body_chairs("bc")
    assert [c.country for c in business] == ["KZ", "AZ"]
    assert business[0].body_name == "Business Council"
    assert "KOBIA" in business[1].holder
    assert business[1].starts == date(2025, 5, 20)
    # The Business Council stayed with Atameken after the CICA chair passed on 17 Dec 2024.
    (bc_in_january,) = [c for c in chairs.body_chairs_at(date(2025, 1, 15)) if c.body_code == "BC"]
    assert bc_in_january.country == "KZ"
    (cep,) = chairs.body_chairs("CEP")
    assert (cep.starts, cep.ends) == (date(2021, 10, 26), None)  # no source gives the end of the term


def test_add_and_edit_body_chair(chairs: ChairmanshipService) -> None:
    added = chairs.add_body_chair(BodyChair("ttf", "Center for Analysis of International Relations", "AZ",
                                            starts=date(2026, 1, 1)))
    assert added.id is not None
    assert added.body_code == "TTF"
    edited = chairs.update_body_chair(replace(added, note="if the TTF chair passes"))
    assert edited.note == "if the TTF chair passes"
    with pytest.raises(ValidationError, match="not a known CICA body"):
        chairs.add_body_chair(BodyChair("XYZ", "Somebody"))
    with pytest.raises(ValidationError, match="end after"):
        chairs.add_body_chair(BodyChair("YC", "Somebody", starts=date(2025, 1, 1), ends=date(2024, 1, 1)))
    chairs.delete_body_chair(added.id)
    assert len(chairs.body_chairs("TTF")) == 1


# -- register edits -----------------------------------------------------------------


def test_add_term_rejects_overlaps_and_unknown_countries(chairs: ChairmanshipService) -> None:
    with pytest.raises(ValidationError, match="overlaps"):
        chairs.add_term(ChairTerm("CN", date(2023, 1, 1), date(2025, 1, 1)))  # inside KZ's term
    with pytest.raises(ValidationError, match="not a known country"):
        chairs.add_term(ChairTerm("XX", date(2030, 1, 1)))
    with pytest.raises(ValidationError, match="end after"):
        chairs.add_term(ChairTerm("UZ", date(2030, 1, 1), date(2029, 1, 1)))
    assert len(chairs.terms()) == 6


def test_close_the_open_term_and_add_the_next_chair(chairs: ChairmanshipService) -> None:
    azerbaijan = chairs.terms()[-1]
    chairs.update_term(replace(azerbaijan, ends=date(2026, 10, 15), closed_by="CICA Summit, Baku"))
    successor = chairs.add_term(ChairTerm("UZ", date(2026, 10, 15), decided_on=date(2025, 11, 1)))
    assert successor.name == "Uzbekistan"
    assert chairs.register_problems() == []
    troika = chairs.troika(date(2026, 1, 1))
    assert (troika.previous.country, troika.current.country, troika.incoming.country) == ("KZ", "AZ", "UZ")
    chairs.delete_term(successor.id)
    assert chairs.troika(date(2026, 1, 1)).incoming is None


# -- the 2024 handover ---------------------------------------------------------------


def test_seeded_2024_handover_has_its_real_dates(chairs: ChairmanshipService) -> None:
    (handover,) = chairs.handovers()
    assert (handover.from_country, handover.to_country) == ("KZ", "AZ")
    assert handover.anchor_event_uid == SEED_HANDOVER_ANCHOR
    milestones = chairs.handover_plan(handover.id)
    assert len(milestones) == len(TEMPLATE["items"])
    actual = {item["title"]: item["done_on"] and date.fromisoformat(item["done_on"]) for item in TEMPLATE["actual_2024"]}
    # The anchor is the meeting that actually transferred the chair, the day the register hands it over.
    held = date(2024, 12, 17)
    assert [t.ends for t in chairs.terms() if t.country == "KZ"][-1] == held
    for item in milestones:
        assert item.task.event_uid == SEED_HANDOVER_ANCHOR
        assert item.task.handover_id == handover.id
        assert item.due == item.task.relative.resolve(held, held)  # the offset and the due date agree
        if item.task.title in actual:
            assert item.task.status is TaskStatus.DONE
            assert item.task.completed_on == actual[item.task.title]  # None: done, the day not recorded
            assert milestone_date(item) == actual[item.task.title]
        else:
            assert item.task.status is TaskStatus.TODO
            assert item.task.completed_on is None
            assert milestone_state(item, date(2026, 11, 30)) is MilestoneState.NOT_RECORDED
    by_title = {i.task.title: i for i in milestones}
    # The SOC recommends first, then the Ministerial Council decides.
    recommendation, decision = (by_title[item["title"]] for item in TEMPLATE["items"][:2])
    assert recommendation.task.title.startswith("SOC recommends")
    assert decision.task.title.startswith("Ministerial Council decides")
    assert recommendation.task.position < decision.task.position
    assert decision.due == date(2023, 12, 17)  # T-12 months from the held 17 Dec 2024
    assert milestone_date(decision) == date(2024, 3, 19)  # done: shown at its real date
    transfer = by_title[TEMPLATE["items"][11]["title"]]
    assert (transfer.task.relative.label(), transfer.due, transfer.task.completed_on) == ("T+0 days", held, held)
    for title in ("Final in-person SWG and SOC", "Online SOC finalising"):
        step = next(i for i in milestones if i.task.title.startswith(title))
        assert step.due < held  # the meetings before T are due before T ...
        assert step.task.completed_on is None or step.task.completed_on < held  # ... and were done before it


def test_moving_the_next_handover_meeting_moves_its_open_milestones_only(chairs: ChairmanshipService,
                                                                         planner: PlannerService) -> None:
    # The end-to-end case on a meeting still ahead: the 2026 Summit that ends Azerbaijan's term.
    handover = chairs.plan_next_handover()
    first = chairs.handover_plan(handover.id)[0]
    chairs.set_milestone_done(first.id, True, date(2025, 3, 1))
    planner.reschedule(SEED_NEXT_ANCHOR, date(2026, 12, 10), date(2026, 12, 11), "Date agreed by the Member States")
    before = {i.id: i for i in chairs.handover_plan(handover.id)}
    assert not any(i.provisional for i in before.values())
    planner.reschedule(SEED_NEXT_ANCHOR, date(2027, 1, 15), date(2027, 1, 16), "Postponed to January", mode=Mode.HYBRID)
    after = {i.id: i for i in chairs.handover_plan(handover.id)}
    assert after.keys() == before.keys()
    moved = 0
    for task_id, old in before.items():
        new = after[task_id]
        if old.task.is_done:
            assert new.task.completed_on == old.task.completed_on == date(2025, 3, 1)
            assert milestone_date(new) == milestone_date(old)
            continue
        assert new.due == new.task.relative.resolve(date(2027, 1, 15), date(2027, 1, 15))
        if new.task.relative.unit is not OffsetUnit.MONTHS:
            assert new.due - old.due == timedelta(days=36)
            moved += 1
        else:  # a month offset keeps the day of the month: 10 → 15, in a later month
            assert (new.due.day, new.due > old.due) == (15, True)
    assert moved >= 3  # T-3 days, T-1 day, T+6 weeks


def test_plan_next_handover_at_the_2026_summit(chairs: ChairmanshipService) -> None:
    assert chairs.next_handover_defaults() == ("AZ", SEED_NEXT_ANCHOR)
    handover = chairs.plan_next_handover()
    assert (handover.from_country, handover.to_country, handover.anchor_event_uid) == ("AZ", "", SEED_NEXT_ANCHOR)
    plan = chairs.plan(handover.id)
    assert plan.to_name == UNDECIDED_SUCCESSOR
    assert plan.label == f"Azerbaijan → {UNDECIDED_SUCCESSOR}"
    assert plan.anchor_provisional
    assert "2026" in plan.anchor_when
    assert len(plan.milestones) == len(TEMPLATE["items"])
    # The Summit has only a year: each deadline is a range from 1 Jan to 31 Dec 2026's offsets.
    assert all(i.provisional and i.task.status is TaskStatus.TODO for i in plan.milestones)
    dues = {i.task.relative.label(): (i.due, i.latest_due) for i in plan.milestones}
    assert dues["T−12 months"] == (date(2025, 1, 1), date(2025, 12, 31))
    assert dues["T+0 days"] == (date(2026, 1, 1), date(2026, 12, 31))
    assert dues["T+6 weeks"] == (date(2026, 2, 12), date(2027, 2, 11))
    # One plan per meeting; the successor is named once decided.
    with pytest.raises(ValidationError, match="already planned"):
        chairs.plan_next_handover("UZ", SEED_NEXT_ANCHOR)
    with pytest.raises(ValidationError, match="no Summit or Ministerial Council"):
        chairs.plan_next_handover("UZ")  # the only meeting left is taken
    named = chairs.set_successor(handover.id, "uz")
    assert named.to_country == "UZ"
    assert chairs.plan(handover.id).label == "Azerbaijan → Uzbekistan"
    assert [p.handover.from_country for p in chairs.plans()] == ["KZ", "AZ"]


def test_create_handover_is_all_or_nothing(chairs: ChairmanshipService, seeded_engine) -> None:
    tasks = TaskService(seeded_engine)
    count = len(tasks.list_tasks())
    with pytest.raises(NotFoundError):
        chairs.create_handover("AZ", "UZ", "missing@example.org")
    with pytest.raises(ValidationError, match="Summit or Ministerial Council"):
        chairs.create_handover("AZ", "UZ", "e082@seed.cica-planner")  # an SOC cannot transfer the chair
    with pytest.raises(ValidationError, match="itself"):
        chairs.create_handover("AZ", "AZ", SEED_NEXT_ANCHOR)
    with pytest.raises(ValidationError, match="not a known country"):
        chairs.create_handover("AZ", "ZZ", SEED_NEXT_ANCHOR)
    assert len(chairs.handovers()) == 1
    assert len(tasks.list_tasks()) == count


def test_marking_milestones_done_and_open(chairs: ChairmanshipService, planner: PlannerService) -> None:
    handover = chairs.plan_next_handover()
    planner.reschedule(SEED_NEXT_ANCHOR, date(2026, 12, 10), date(2026, 12, 11), "Date agreed")
    today = date(2026, 12, 8)
    open_items = [i for i in chairs.handover_plan(handover.id) if not i.task.is_done]
    overdue = [i for i in open_items if milestone_state(i, today) is MilestoneState.OVERDUE]
    assert "Reach consensus on pending draft decisions" in [i.task.title for i in overdue]
    assert "Publish the outgoing Chair's report on achievements" not in [i.task.title for i in overdue]
    done = chairs.set_milestone_done(overdue[0].id, True, today)
    assert (done.task.status, done.task.completed_on) == (TaskStatus.DONE, today)
    reopened = chairs.set_milestone_done(overdue[0].id, False, today)
    assert (reopened.task.status, reopened.task.completed_on) == (TaskStatus.TODO, None)
    ordinary = TaskService(chairs.engine).list_tasks(TaskQuery(event_uid="e082@seed.cica-planner"))
    assert ordinary
    with pytest.raises(ValidationError, match="not a handover milestone"):
        chairs.set_milestone_done(ordinary[0].id, True, today)


def test_deleting_a_handover_removes_its_milestones(chairs: ChairmanshipService) -> None:
    handover = chairs.plan_next_handover("UZ")
    chairs.delete_handover(handover.id)
    assert [h.from_country for h in chairs.handovers()] == ["KZ"]
    assert TaskService(chairs.engine).list_tasks(TaskQuery(handover_id=handover.id)) == []
    with pytest.raises(NotFoundError):
        chairs.handover_plan(handover.id)


def test_empty_database_has_no_register(empty_engine) -> None:
    chairs = ChairmanshipService(empty_engine)
    assert chairs.terms() == []
    assert chairs.troika(date(2024, 6, 27)).current is None
    with pytest.raises(ValidationError, match="register is empty"):
        chairs.plan_next_handover()


def test_plan_names_a_deleted_meeting_plainly(chairs: ChairmanshipService) -> None:
    from cica_planner.services.planner import PlannerService

    (plan,) = chairs.plans()
    assert not plan.anchor_deleted
    assert plan.anchor_label == f"{plan.anchor_title}, {plan.anchor_when}"
    PlannerService(chairs.engine).delete(plan.handover.anchor_event_uid)
    (plan,) = chairs.plans()
    assert plan.anchor_deleted
    assert plan.anchor_label == "meeting deleted"
    assert plan.milestones == ()
