"""Single-row lookups, shared date labels and the weekday rule used by both iCalendar modules."""

from __future__ import annotations

from datetime import date

from cica_planner.domain.chairmanship import UNDECIDED_SUCCESSOR
from cica_planner.domain.model import Category, Event, PeriodPart, Precision
from cica_planner.domain.periods import when_label
from cica_planner.services.chairmanship import ANCHOR_CATEGORIES, ChairmanshipService
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.ical_timezones import nth_weekday
from cica_planner.services.planner import PlannerService


def test_count_matches_the_stored_events(seeded_engine) -> None:
    planner = PlannerService(seeded_engine)
    assert planner.count() == len(planner.all_events()) > 0


def test_country_zone_reads_one_country(seeded_engine) -> None:
    planner = PlannerService(seeded_engine)
    assert planner.country_zone(" az ") == "Asia/Baku"
    assert planner.country_zone("XX") is None


def test_country_name_reads_one_country(seeded_engine) -> None:
    service = ChairmanshipService(seeded_engine)
    assert service.country_name("az") == "Azerbaijan"
    assert service.country_name("xx") == "XX"
    assert service.country_name("") == UNDECIDED_SUCCESSOR


def test_anchor_candidates_are_only_summits_and_councils(seeded_engine) -> None:
    service = ChairmanshipService(seeded_engine)
    planner = PlannerService(seeded_engine)
    choices = service.anchor_candidates()
    assert choices
    assert all(planner.get(choice.uid).category in ANCHOR_CATEGORIES for choice in choices)
    assert [c.start for c in choices] == sorted(c.start for c in choices)


def test_progress_names_each_event_with_tasks(seeded_engine) -> None:
    service = ChecklistService(seeded_engine)
    progress = service.progress(date(2024, 6, 30))
    with_tasks = {item.task.event_uid for item in service.list_tasks()}
    assert {row.event_uid for row in progress} == with_tasks
    for row in progress:
        ref = service.event(row.event_uid)
        assert (row.title, row.start, row.when) == (ref.title, ref.start, ref.when)


def test_when_label_writes_days_as_people_do() -> None:
    one_day = Event("SOC", Category.SOC, date(2024, 6, 27), date(2024, 6, 28))
    two_days = Event("Forum", Category.BUSINESS_FORUM, date(2024, 10, 24), date(2024, 10, 26))
    quarter = Event("Forum", Category.BUSINESS_FORUM, date(2024, 10, 1), date(2025, 1, 1),
                    precision=Precision.QUARTER)
    early = Event("Visit", Category.VISIT, date(2024, 10, 1), date(2024, 10, 11),
                  precision=Precision.MONTH, period_part=PeriodPart.EARLY)
    assert when_label(one_day) == "27 Jun 2024"
    assert when_label(two_days) == "24–25 Oct 2024"
    assert when_label(quarter) == "Q4 2024 (provisional)"
    assert when_label(early) == "early October 2024 (provisional)"


def test_nth_weekday_counts_from_either_end_of_the_month() -> None:
    assert nth_weekday(2024, 3, 6, -1) == date(2024, 3, 31)  # last Sunday of March
    assert nth_weekday(2024, 10, 6, -1) == date(2024, 10, 27)
    assert nth_weekday(2024, 11, 3, 4) == date(2024, 11, 28)  # fourth Thursday
    assert nth_weekday(2024, 12, 0, 1) == date(2024, 12, 2)
