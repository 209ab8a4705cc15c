"""Checklists on a real database: deadline arithmetic, shifting, templates, seeded checklists, dashboard data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Category, Event, EventStatus, Mode
from cica_planner.domain.tasks import Priority, RelativeDeadline, Task, TaskStatus
from cica_planner.services.checklists import (
    ChecklistService,
    ChecklistTemplate,
    TemplateItem,
)
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import seed_uid, seeded_checklist_keys
from cica_planner.services.tasks import TaskQuery, state_label

MC = seed_uid("E097")
SOC_JUNE = seed_uid("E082")
FORUM = seed_uid("E095")
BC_PLENARY = seed_uid("E094")  # held together with the forum: the plenary carries the one checklist
SUMMIT = seed_uid("E100")
SOC_MARCH, SOC_DECEMBER = seed_uid("X03"), seed_uid("X05b")
TODAY = date(2026, 11, 30)
#: A Ministerial Council still ahead on TODAY, with the MC checklist: the seeded 7th MC is history.
UPCOMING_MC_DAY = date(2027, 1, 20)


@pytest.fixture
def checklists(seeded_engine) -> ChecklistService:
    return ChecklistService(seeded_engine)


@pytest.fixture
def upcoming_mc(planner: PlannerService, checklists: ChecklistService) -> str:
    uid = planner.create(Event(title="8th CICA Ministerial Council", category=Category.MINISTERIAL_COUNCIL,
                               start=UPCOMING_MC_DAY, end=UPCOMING_MC_DAY + timedelta(days=1), city="Baku",
                               country="AZ", tzid="Asia/Baku")).uid
    checklists.apply_template(uid, "mc")
    return uid


def _all_day(planner: PlannerService, first: date, last: date | None = None, **extra: object) -> str:
    event = Event(title="Test meeting", category=Category.SOC, start=first, end=(last or first) + timedelta(days=1), **extra)
    return planner.create(event).uid


def _due(checklists: ChecklistService, uid: str, offset: str) -> date | None:
    (task,) = checklists.add([Task(title=f"step {offset}", event_uid=uid, relative=RelativeDeadline.parse(offset))])
    return checklists.get(task.id).due


@pytest.mark.parametrize(
    ("first", "last", "offset", "expected"),
    [
        (date(2024, 3, 31), None, "T-1 months", date(2024, 2, 29)),  # clamps to the leap day
        (date(2025, 3, 31), None, "T-1 months", date(2025, 2, 28)),  # ... and to 28 Feb otherwise
        (date(2024, 3, 1), None, "T-1 days", date(2024, 2, 29)),
        (date(2024, 3, 7), None, "T-1 weeks", date(2024, 2, 29)),
        (date(2024, 1, 30), date(2024, 1, 31), "end+1 months", date(2024, 2, 29)),  # anchored on the last day
        (date(2024, 2, 29), None, "T+12 months", date(2025, 2, 28)),
        (date(2024, 12, 31), None, "T+1 days", date(2025, 1, 1)),
        (date(2024, 11, 11), None, "T+0 days", date(2024, 11, 11)),
    ],
)
def test_relative_deadline_arithmetic(planner: PlannerService, checklists: ChecklistService, first: date,
                                      last: date | None, offset: str, expected: date) -> None:
    uid = _all_day(planner, first, last)
    assert _due(checklists, uid, offset) == expected


def test_timed_event_deadline_uses_the_venue_day(planner: PlannerService, checklists: ChecklistService) -> None:
    # 19:30 UTC on 10 Nov is still 10 Nov in Baku (UTC+4) but already 11 Nov in Astana (UTC+5).
    start = datetime(2024, 11, 10, 19, 30, tzinfo=UTC)
    uids = {}
    for tzid in ("Asia/Baku", "Asia/Almaty"):
        event = Event(title=f"Late session {tzid}", category=Category.SOC, tzid=tzid,
                      start=start, end=start + timedelta(minutes=30))
        uids[tzid] = planner.create(event).uid
    assert _due(checklists, uids["Asia/Baku"], "T-10 days") == date(2024, 10, 31)
    assert _due(checklists, uids["Asia/Almaty"], "T-10 days") == date(2024, 11, 1)
    # The end anchor is the local last day too: ending at midnight in Baku, the last day is still 10 Nov.
    assert _due(checklists, uids["Asia/Baku"], "end+1 days") == date(2024, 11, 11)
    assert _due(checklists, uids["Asia/Almaty"], "end+1 days") == date(2024, 11, 12)


def test_moving_the_mc_moves_open_deadlines_and_keeps_completion_dates(
    planner: PlannerService, checklists: ChecklistService, upcoming_mc: str
) -> None:
    first = checklists.list_tasks(TaskQuery(event_uid=upcoming_mc))[0]
    checklists.complete([first.id], TODAY)
    before = {i.id: i for i in checklists.list_tasks(TaskQuery(event_uid=upcoming_mc))}
    planner.reschedule(upcoming_mc, date(2027, 2, 17), date(2027, 2, 18), "Held online instead", mode=Mode.ONLINE)
    after = {i.id: i for i in checklists.list_tasks(TaskQuery(event_uid=upcoming_mc))}
    assert after.keys() == before.keys()
    moved = [i for i in after.values() if not i.task.is_done and i.task.relative is not None]
    assert moved
    for item in moved:
        assert item.due == item.task.relative.resolve(date(2027, 2, 17), date(2027, 2, 17))
        assert item.due != before[item.id].due
    for item in after.values():
        if item.task.is_done:
            assert item.task.completed_on == before[item.id].task.completed_on
    assert after[first.id].task.completed_on == TODAY
    invitations = next(i for i in after.values() if i.task.title.startswith("Circulate the draft agenda"))
    assert invitations.due == date(2027, 1, 20)  # T-4 weeks of 17 Feb


def test_apply_template_is_one_idempotent_action(planner: PlannerService, checklists: ChecklistService) -> None:
    uid = _all_day(planner, date(2025, 6, 10))
    template = checklists.get_template("soc")
    added = checklists.apply_template(uid, "soc")
    # A June SOC with no handover pending: neither the December budget step nor the troika.
    always = [i.title for i in template.items if not i.applies_when]
    assert [t.title for t in added] == always
    assert len(always) == len(template.items) - 2
    assert all(t.id is not None and t.relative is not None for t in added)
    assert checklists.apply_template(uid, "soc") == []
    # A step removed by hand comes back on the next application; the others are not doubled.
    checklists.delete([added[0].id])
    again = checklists.apply_template(uid, "soc")
    assert [t.title for t in again] == [added[0].title]
    assert len(checklists.list_tasks(TaskQuery(event_uid=uid))) == len(always)
    assert checklists.apply_template(MC, "mc") == []  # the seeded MC has its checklist already


def test_apply_template_refuses_unknown_names(checklists: ChecklistService) -> None:
    with pytest.raises(NotFoundError, match="no event with UID"):
        checklists.apply_template("missing@example", "soc")
    with pytest.raises(NotFoundError, match="no checklist template"):
        checklists.apply_template(MC, "no-such-template")


def test_templates_are_editable(checklists: ChecklistService) -> None:
    assert len(checklists.templates()) == 9
    assert checklists.template_for(Category.BUSINESS_FORUM).key == "bc_bf"
    assert checklists.template_for(Category.CEREMONY).key == "cultural"
    assert checklists.template_for(Category.BILATERAL) is None

    created = checklists.create_template(ChecklistTemplate(
        key="visit", name="SG visit", categories=[Category.VISIT],
        items=[TemplateItem("Agree programme", RelativeDeadline.parse("T-3 weeks"), "SG Office", Priority.HIGH)],
    ))
    assert created.id is not None
    assert checklists.template_for(Category.VISIT).key == "visit"
    created.items.append(TemplateItem("Thank-you letters", RelativeDeadline.parse("end+7 days")))
    created.name = "SG visit abroad"
    checklists.update_template(created)
    stored = checklists.get_template("visit")
    assert stored.name == "SG visit abroad"
    assert [(i.title, i.offset.label()) for i in stored.items] == [("Agree programme", "T−3 weeks"),
                                                                    ("Thank-you letters", "end+7 days")]
    with pytest.raises(ValidationError, match="exists already"):
        checklists.create_template(ChecklistTemplate(key="visit", name="again"))
    with pytest.raises(ValidationError, match="twice"):
        checklists.update_template(ChecklistTemplate(key="visit", name="x", items=stored.items + stored.items[:1]))
    checklists.delete_template("visit")
    with pytest.raises(NotFoundError):
        checklists.get_template("visit")


def test_seeded_mc_steps_are_not_recorded_and_close_in_one_action(checklists: ChecklistService) -> None:
    template = checklists.get_template("mc")
    items = checklists.list_tasks(TaskQuery(event_uid=MC))
    assert {i.title for i in template.items} <= {i.task.title for i in items}
    open_items = [i for i in items if not i.task.is_done]
    assert len(open_items) >= 5
    # The 7th MC was held: its unticked steps are "not recorded", never overdue.
    assert all(i.not_recorded and not i.is_overdue(TODAY) for i in open_items)
    assert {state_label(i, TODAY) for i in open_items} == {"not recorded"}
    done_before = {i.id: i.task.completed_on for i in items if i.task.is_done}
    assert checklists.close_unrecorded(MC) == len(open_items)
    after = checklists.list_tasks(TaskQuery(event_uid=MC))
    assert all(i.task.is_done for i in after)
    assert {state_label(i, TODAY) for i in after if i.id not in done_before} == {"done, date not recorded"}
    assert {i.id: i.task.completed_on for i in after if i.id in done_before} == done_before
    with pytest.raises(ValidationError, match="not recorded as held"):
        checklists.close_unrecorded(SUMMIT)


def test_seeded_steps_carry_no_invented_completion_dates(checklists: ChecklistService) -> None:
    items = checklists.list_tasks()
    dated = {(i.task.title, i.task.completed_on) for i in items if i.task.completed_on is not None}
    # Only handover milestones whose day the sources give are done on a day.
    assert all(i.task.handover_id is not None for i in items if i.task.completed_on is not None)
    assert ("Troika consultations (RoP para 14.3.8) on the eve of an SOC", date(2024, 6, 26)) in dated
    assert not any(title.startswith("Troika") and day < date(2024, 6, 26) for title, day in dated)
    june = checklists.list_tasks(TaskQuery(event_uid=SOC_JUNE))
    assert june
    assert all(i.not_recorded and i.task.completed_on is None for i in june)


def test_soc_steps_follow_their_conditions(checklists: ChecklistService) -> None:
    def titles(uid: str) -> set[str]:
        return {i.task.title for i in checklists.list_tasks(TaskQuery(event_uid=uid))}

    budget = "Prepare next year's CBM plan, Secretariat budget and the SG's annual report for approval"
    troika = "Troika consultations (current, previous and incoming Chairs + SG) on the eve of the SOC"
    assert budget not in titles(SOC_MARCH)
    assert troika not in titles(SOC_MARCH)
    assert budget not in titles(SOC_JUNE)
    assert troika in titles(SOC_JUNE)
    assert budget in titles(SOC_DECEMBER)
    assert troika in titles(SOC_DECEMBER)


def test_unfixed_events_have_deadline_ranges(checklists: ChecklistService) -> None:
    plenary = checklists.list_tasks(TaskQuery(event_uid=BC_PLENARY))  # Q4 2024, outcome never recorded
    assert plenary
    assert all(i.provisional for i in plenary)
    for item in plenary:
        assert item.due == item.task.relative.resolve(date(2024, 10, 1), date(2024, 10, 1))
        assert item.latest_due == item.task.relative.resolve(date(2024, 12, 31), date(2024, 12, 31))
        assert not item.is_overdue(TODAY)  # first say whether the plenary took place
        assert state_label(item, TODAY) == "to confirm"
    summit = checklists.list_tasks(TaskQuery(event_uid=SUMMIT))  # 2026, year precision
    set_date = next(i for i in summit if i.task.title.startswith("Set date"))
    assert (set_date.due, set_date.latest_due) == (date(2025, 1, 1), date(2025, 12, 31))
    assert not set_date.is_overdue(date(2025, 12, 31))
    assert set_date.is_overdue(date(2026, 1, 1))
    assert not set_date.waiting_for_date
    others = [i for i in summit if i is not set_date and not i.task.is_done]
    assert others
    assert all(i.waiting_for_date for i in others)
    assert all(not i.is_overdue(date(2025, 6, 30)) for i in summit)  # in 2025 nothing of the 2026 Summit was late yet


def test_readiness_due_soon_and_load(checklists: ChecklistService, upcoming_mc: str) -> None:
    readiness = {r.event_uid: r for r in checklists.readiness(TODAY)}
    assert set(readiness) == {upcoming_mc, SUMMIT}  # what is actually ahead on 30 Nov 2026
    mc = readiness[upcoming_mc]
    items = checklists.list_tasks(TaskQuery(event_uid=upcoming_mc))
    assert (mc.done, mc.total) == (sum(i.task.is_done for i in items), len(items))
    assert mc.overdue == sum(i.is_overdue(TODAY) for i in items) > 0
    assert mc.next_deadline == min(i.due for i in items if not i.task.is_done and i.due >= TODAY)
    assert not mc.provisional
    assert readiness[SUMMIT].provisional
    assert SOC_JUNE not in readiness  # held in June: not upcoming
    assert all(r.start <= TODAY + timedelta(days=180) for r in readiness.values())

    soon = checklists.due_soon(TODAY, 14)
    assert soon
    assert all(TODAY <= i.due <= TODAY + timedelta(days=14) and not i.task.is_done for i in soon)

    loads = checklists.load_by_owner(TODAY)
    # Steps of meetings already over (held, or awaiting their outcome) are to record, not to work on.
    open_items = [i for i in checklists.list_tasks() if not i.task.is_done and not i.not_recorded
                  and not i.awaits_outcome(TODAY)]
    assert sum(load.open for load in loads) == len(open_items)
    assert sum(load.overdue for load in loads) == sum(i.is_overdue(TODAY) for i in open_items)
    assert [load.open for load in loads] == sorted((load.open for load in loads), reverse=True)


def test_cancelled_events_leave_the_dashboard(planner: PlannerService, checklists: ChecklistService,
                                              upcoming_mc: str) -> None:
    event = planner.get(upcoming_mc)
    event.status = EventStatus.CANCELLED
    planner.update(event)
    assert upcoming_mc not in {r.event_uid for r in checklists.readiness(TODAY)}


def test_complete_records_today_and_keeps_earlier_dates(checklists: ChecklistService, upcoming_mc: str) -> None:
    items = checklists.list_tasks(TaskQuery(event_uid=upcoming_mc))
    done = items[0]
    checklists.complete([done.id], date(2026, 6, 1))
    done = checklists.get(done.id)
    late = next(i for i in items if i.is_overdue(TODAY) and i.id != done.id)
    assert checklists.complete([done.id, late.id], TODAY) == 2
    assert checklists.get(late.id).task.completed_on == TODAY
    assert checklists.get(done.id).task.completed_on == done.task.completed_on


def test_seeded_mc_has_each_handover_step_once(checklists: ChecklistService) -> None:
    items = checklists.list_tasks(TaskQuery(event_uid=MC))
    titles = [i.task.title.casefold() for i in items]
    assert len(titles) == len(set(titles))
    by_title = {i.task.title: i for i in items}
    # The MC template shares these steps with the handover plan: the milestone (with its real date) stands alone.
    shared = {
        "SOC starts MC preparation; outgoing Chair proposes expected outcome documents": date(2024, 6, 27),
        "Final in-person SWG and SOC (documents, next year's CBM plan and budget)": date(2024, 12, 4),
        "Online SOC finalising MC documents; SG briefs on organisational matters": None,  # day not known
    }
    for title, done_on in shared.items():
        item = by_title[title]
        assert item.task.handover_id is not None
        assert (item.task.status, item.task.completed_on) == (TaskStatus.DONE, done_on)
    assert by_title["Reach consensus on pending draft decisions"].task.handover_id is not None
    for old in ("Final SWG and SOC on MC documents", "Final (online) SOC finalising", "SOC starts substantive"):
        assert not any(title.startswith(old.casefold()) for title in titles)
    template = checklists.get_template("mc")
    template_only = {i.title for i in template.items} - {i.task.title for i in items if i.task.handover_id}
    assert {i.task.title for i in items if "template:mc" in i.task.tags} == template_only


def test_another_mc_gets_the_shared_steps_from_the_template(planner: PlannerService,
                                                              checklists: ChecklistService) -> None:
    uid = planner.create(Event(title="8th CICA Ministerial Council", category=Category.MINISTERIAL_COUNCIL,
                               start=date(2026, 10, 15), end=date(2026, 10, 16))).uid
    added = {t.title: t for t in checklists.apply_template(uid, "mc")}
    final = added["Final in-person SWG and SOC (documents, next year's CBM plan and budget)"]
    assert (final.relative.label(), final.owner) == ("T−2 weeks", "Chairmanship MFA")
    assert "Online SOC finalising MC documents; SG briefs on organisational matters" in added
    assert len(added) == len(checklists.get_template("mc").items)


def test_seeded_checklists_follow_the_checklist_field(checklists: ChecklistService) -> None:
    wanted = seeded_checklist_keys()
    templates = {t.key: t for t in checklists.templates()}
    # Every named template exists and suits the category of its event.
    for uid, key in wanted.items():
        assert checklists.event(uid).category in templates[key].categories, uid
    tagged: dict[str, set[str]] = {}
    for item in checklists.list_tasks():
        for tag in item.task.tags:
            if tag.startswith("template:"):
                tagged.setdefault(item.task.event_uid, set()).add(tag.removeprefix("template:"))
    assert tagged == {uid: {key} for uid, key in wanted.items()}
    assert wanted[BC_PLENARY] == "bc_bf"
    # Not meetings of their body: a courtesy call, a decision, the Rally, and the forum held with the plenary.
    for key in ("E034", "E019", "E092", "E095", "E024", "E088"):
        assert checklists.list_tasks(TaskQuery(event_uid=seed_uid(key))) == [], key
