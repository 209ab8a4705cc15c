"""The shipped calendar holds the digest's landmarks with the right precision, place and status."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.model import Category, EventStatus, Mode, PeriodPart, Precision
from cica_planner.resources import load_json
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import seed_uid


def test_reference_data_is_complete(planner: PlannerService) -> None:
    countries = planner.countries()
    members = [c for c in countries if c.status == "member"]
    observers = [c for c in countries if c.status == "observer"]
    assert len(members) == 28
    assert len(observers) == 10
    by_code = {c.code: c for c in countries}
    assert by_code["KZ"].tzid == "Asia/Almaty"
    assert by_code["AZ"].tzid == "Asia/Baku"
    assert by_code["KW"].name == "Kuwait"
    assert {b.code for b in planner.bodies()} >= {"SUMMIT", "MC", "SOC", "SWG", "BC", "BF", "YC", "TTF", "CEP"}


def test_every_seed_item_is_loaded(planner: PlannerService) -> None:
    keys = {item["key"] for item in load_json("seed", "events.json")}
    assert {f"E{n:03d}" for n in range(1, 98) if n not in (98, 99)} <= keys
    assert len(keys) >= 105
    loaded = {e.uid for e in planner.all_events()}
    assert loaded == {seed_uid(k) for k in keys}


@pytest.mark.parametrize(
    ("key", "category", "first_day", "precision", "city", "status"),
    [
        ("E079", Category.SWG, date(2024, 6, 25), Precision.DAY, "Astana", EventStatus.HELD),
        ("E080", Category.CEREMONY, date(2024, 6, 26), Precision.DAY, "Astana", EventStatus.HELD),
        ("E082", Category.SOC, date(2024, 6, 27), Precision.DAY, "Astana", EventStatus.HELD),
        ("E090", Category.MINISTERIAL_CONFERENCE, date(2024, 8, 28), Precision.DAY, "Astana", EventStatus.PLANNED),
        ("E091", Category.YOUTH_COUNCIL, date(2024, 10, 1), Precision.MONTH, "Astana", EventStatus.PLANNED),
        ("E095", Category.BUSINESS_FORUM, date(2024, 10, 1), Precision.QUARTER, "Bishkek", EventStatus.PLANNED),
        ("E097", Category.MINISTERIAL_COUNCIL, date(2024, 11, 11), Precision.DAY, "Baku", EventStatus.PLANNED),
        ("E028", Category.VISIT, date(2024, 4, 17), Precision.DAY, "Baku", EventStatus.HELD),
        ("E100", Category.SUMMIT, date(2026, 1, 1), Precision.YEAR, "", EventStatus.PLANNED),
    ],
)
def test_digest_landmarks(planner: PlannerService, key, category, first_day, precision, city, status) -> None:  # noqa: ANN001
    event = planner.get(seed_uid(key))
    assert event.category is category
    assert event.start == first_day
    assert event.precision is precision
    assert event.city == city
    assert event.status is status


def test_approximate_dates_span_their_period(planner: PlannerService) -> None:
    youth = planner.get(seed_uid("E091"))
    assert (youth.start, youth.end, youth.period_part) == (date(2024, 10, 1), date(2024, 10, 11), PeriodPart.EARLY)
    forum = planner.get(seed_uid("E095"))
    assert (forum.start, forum.end) == (date(2024, 10, 1), date(2025, 1, 1))
    mc = planner.get(seed_uid("E097"))
    assert (mc.tzid, mc.country, mc.mode) == ("Asia/Baku", "AZ", Mode.IN_PERSON)


def test_seed_has_a_recurring_event(planner: PlannerService) -> None:
    found = planner.occurrences(date(2025, 1, 1), date(2027, 1, 1), tzid="Asia/Almaty")
    bicycle_days = [o.start for o in found if o.event.rrule]
    assert date(2025, 6, 3) in bicycle_days
    assert date(2026, 6, 3) in bicycle_days


def test_no_seed_gives_an_empty_calendar(empty_planner: PlannerService) -> None:
    assert empty_planner.count() == 0
    assert empty_planner.countries() == []


def test_non_editable_install_finds_the_seed_data() -> None:
    """The wheel maps resources/ into the package; resources_dir() looks there first."""
    from cica_planner.resources import resources_dir

    assert (resources_dir() / "seed" / "events.json").is_file()
