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
def chairs(seeded_engine) -> ChairmanshipService:  # noqa: ANN001
    return ChairmanshipService(seeded_engine)


# -- advisory bodies ---------------------------------------------------------------


def test_think_tank_forum_is_chaired_by_siis_whoever_chairs_cica(chairs: ChairmanshipService) -> None:
    for day in (date(2023, 5, 1), date(2024, 12, 17), date(2025, 6, 1)):
        (ttf,) = [c for c in chairs.body_chairs_at(day) if c.body_code == "TTF"]
        assert "SIIS" in ttf.holder
        assert ttf.country == "CN"
    assert chairs.troika(date(2023, 5, 1)).current.country == "KZ"  # type: ignore[union-attr]
    assert chairs.troika(date(2025, 6, 1)).current.country == "AZ"  # type: ignore[union-attr]


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
    assert (cep.starts, cep.ends) == (date(2021, 10, 26), date(2026, 10, 26))


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
    assert (troika.previous.country, troika.current.country, troika.incoming.country) == ("KZ", "AZ", "UZ")  # type: ignore[union-attr]
    chairs.delete_term(successor.id)  # type: ignore[arg-type]
    assert chairs.troika(date(2026, 1, 1)).incoming is None


# -- the 2024 handover ---------------------------------------------------------------


def test_seeded_2024_handover_has_its_real_dates(chairs: ChairmanshipService) -> None:
    (handover,) = chairs.handovers()
    assert (handover.from_country, handover.to_country) == ("KZ", "AZ")
    assert handover.anchor_event_uid == SEED_HANDOVER_ANCHOR
    milestones = chairs.handover_plan(handover.id)  # type: ignore[arg-type]
    assert len(milestones) == len(TEMPLATE["items"])
    actual = {item["title"]: date.fromisoformat(item["done_on"]) for item in TEMPLATE["actual_2024"]}
    for item in milestones:
        assert item.task.event_uid == SEED_HANDOVER_ANCHOR
        assert item.task.handover_id == handover.id
        if item.task.title in actual:
            assert item.task.status is TaskStatus.DONE
            assert item.task.completed_on == actual[item.task.title]
        else:
            assert item.task.status is TaskStatus.TODO
            assert item.task.completed_on is None
    by_title = {i.task.title: i for i in milestones}
    decision = by_title[TEMPLATE["items"][0]["title"]]
    assert decision.due == date(2023, 11, 11)  # T-12 months from the planned 11 Nov 2024
    assert milestone_date(decision) == date(2024, 3, 19)  # done: shown at its real date


def test_moving_the_7th_mc_moves_its_open_milestones_only(chairs: ChairmanshipService, planner: PlannerService) -> None:
    (handover,) = chairs.handovers()
    before = {i.id: i for i in chairs.handover_plan(handover.id)}  # type: ignore[arg-type]
    planner.reschedule(SEED_HANDOVER_ANCHOR, date(2024, 12, 17), date(2024, 12, 18), "Held online, hosted by Azerbaijan",
                       mode=Mode.ONLINE)
    after = {i.id: i for i in chairs.handover_plan(handover.id)}  # type: ignore[arg-type]
    assert after.keys() == before.keys()
    moved = 0
    for task_id, old in before.items():
        new = after[task_id]
        if old.task.is_done:
            assert new.task.completed_on == old.task.completed_on
            assert milestone_date(new) == milestone_date(old)
            continue
        assert new.due == new.task.relative.resolve(date(2024, 12, 17), date(2024, 12, 17))  # type: ignore[union-attr]
        if new.task.relative.unit is not OffsetUnit.MONTHS:  # type: ignore[union-attr]
            assert new.due - old.due == timedelta(days=36)  # type: ignore[operator]
            moved += 1
        else:  # a month offset keeps the day of the month: 11 → 17, in a later month
            assert (new.due.day, new.due > old.due) == (17, True)  # type: ignore[union-attr, operator]
    assert moved >= 3  # T-3 days, T-1 day, T+6 weeks


def test_plan_next_handover_at_the_2026_summit(chairs: ChairmanshipService) -> None:
    assert chairs.next_handover_defaults() == ("AZ", SEED_NEXT_ANCHOR)
    handover = chairs.plan_next_handover()
    assert (handover.from_country, handover.to_country, handover.anchor_event_uid) == ("AZ", "", SEED_NEXT_ANCHOR)
    plan = chairs.plan(handover.id)  # type: ignore[arg-type]
    assert plan.to_name == UNDECIDED_SUCCESSOR
    assert plan.label == f"Azerbaijan → {UNDECIDED_SUCCESSOR}"
    assert plan.anchor_provisional
    assert "2026" in plan.anchor_when
    assert len(plan.milestones) == len(TEMPLATE["items"])
    # The Summit has only a year: deadlines count from 1 Jan 2026 and are provisional.
    assert all(i.provisional and i.task.status is TaskStatus.TODO for i in plan.milestones)
    dues = {i.task.relative.label(): i.due for i in plan.milestones}  # type: ignore[union-attr]
    assert dues["T−12 months"] == date(2025, 1, 1)
    assert dues["T+0 days"] == date(2026, 1, 1)
    assert dues["T+6 weeks"] == date(2026, 2, 12)
    # One plan per meeting; the successor is named once decided.
    with pytest.raises(ValidationError, match="already planned"):
        chairs.plan_next_handover("UZ", SEED_NEXT_ANCHOR)
    with pytest.raises(ValidationError, match="no Summit or Ministerial Council"):
        chairs.plan_next_handover("UZ")  # the only meeting left is taken
    named = chairs.set_successor(handover.id, "uz")  # type: ignore[arg-type]
    assert named.to_country == "UZ"
    assert chairs.plan(handover.id).label == "Azerbaijan → Uzbekistan"  # type: ignore[arg-type]
    assert [p.handover.from_country for p in chairs.plans()] == ["KZ", "AZ"]


def test_create_handover_is_all_or_nothing(chairs: ChairmanshipService, seeded_engine) -> None:  # noqa: ANN001
    tasks = TaskService(seeded_engine)
    count = len(tasks.list())
    with pytest.raises(NotFoundError):
        chairs.create_handover("AZ", "UZ", "missing@example.org")
    with pytest.raises(ValidationError, match="Summit or Ministerial Council"):
        chairs.create_handover("AZ", "UZ", "e082@seed.cica-planner")  # an SOC cannot transfer the chair
    with pytest.raises(ValidationError, match="itself"):
        chairs.create_handover("AZ", "AZ", SEED_NEXT_ANCHOR)
    with pytest.raises(ValidationError, match="not a known country"):
        chairs.create_handover("AZ", "ZZ", SEED_NEXT_ANCHOR)
    assert len(chairs.handovers()) == 1
    assert len(tasks.list()) == count


def test_marking_milestones_done_and_open(chairs: ChairmanshipService) -> None:
    (handover,) = chairs.handovers()
    today = date(2024, 11, 9)
    open_items = [i for i in chairs.handover_plan(handover.id) if not i.task.is_done]  # type: ignore[arg-type]
    overdue = [i for i in open_items if milestone_state(i, today) is MilestoneState.OVERDUE]
    assert [i.task.title for i in overdue] == ["Reach consensus on pending draft decisions"]
    done = chairs.set_milestone_done(overdue[0].id, True, today)
    assert (done.task.status, done.task.completed_on) == (TaskStatus.DONE, today)
    reopened = chairs.set_milestone_done(overdue[0].id, False, today)
    assert (reopened.task.status, reopened.task.completed_on) == (TaskStatus.TODO, None)
    ordinary = TaskService(chairs.engine).list(TaskQuery(event_uid="e082@seed.cica-planner"))
    if ordinary:
        with pytest.raises(ValidationError, match="not a handover milestone"):
            chairs.set_milestone_done(ordinary[0].id, True, today)


def test_deleting_a_handover_removes_its_milestones(chairs: ChairmanshipService) -> None:
    handover = chairs.plan_next_handover("UZ")
    chairs.delete_handover(handover.id)  # type: ignore[arg-type]
    assert [h.from_country for h in chairs.handovers()] == ["KZ"]
    assert TaskService(chairs.engine).list(TaskQuery(handover_id=handover.id)) == []
    with pytest.raises(NotFoundError):
        chairs.handover_plan(handover.id)  # type: ignore[arg-type]


def test_empty_database_has_no_register(empty_engine) -> None:  # noqa: ANN001
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
