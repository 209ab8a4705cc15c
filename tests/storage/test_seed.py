"""The shipped calendar states what happened: every seeded fact is checked against the reference's event table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from reference_table import REFERENCE  # the helper module of this folder

from cica_planner.domain.model import UNDATED_DAY, EventStatus, Mode, Precision
from cica_planner.domain.periods import when_label
from cica_planner.resources import load_json
from cica_planner.services.chairmanship import ChairmanshipService
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


#: Reference rows that are one event in the calendar: the digest's plan and the later report of it.
MERGED = {"E093": "X04", "X07": "E097", "X09": "E099"}
#: Reference rows that are two events: meetings held back to back, one per body.
SPLIT = {"X05": ("X05a", "X05b"), "X08": ("X08", "X08b")}
#: What happened after the digest (the reference's X rows and its warnings): start, end, precision, status, mode.
OUTCOMES = {
    "E090": ("2024-08-28", "2024-08-28", "day", "held", "hybrid"),
    "E091": ("2024-10-03", "2024-10-04", "day", "held", "in person"),
    "E092": ("2024-10-03", "2024-10-04", "day", "held", "in person"),
    "E097": ("2024-12-17", "2024-12-17", "day", "held", "online"),
    "E099": ("2025-07-02", "2025-07-02", "day", "held", "in person"),
    "X06": ("2024-12-10", "2024-12-11", "window", "held", "online"),  # reported 11 Dec; the day is not known
}
#: Inferred spans that are real spans, not one unknown day: a two-day forum, a two-week silence procedure.
SPANS = {"E071", "E083"}


def _expected_precision(key: str, start: str, end: str, precision: str) -> set[str]:
    if precision in ("day", "month", "quarter", "year", "undated"):
        return {precision}
    if precision == "month-part":
        return {"month"}
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if first == last or key in SPANS:
        return {"day"}
    whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month
    if whole_month:
        return {"month"}
    next_day = last + timedelta(days=1)
    if first.day == 1 and first.month % 3 == 1 and next_day.day == 1 and next_day.month % 3 == 1:
        return {"quarter", "window"}  # a whole quarter: "Q1 2024" says as much as the window
    return {"window"}


def _expected_status(status: str) -> str:
    return {"background": "held", "decision": "held"}.get(status, status)


def _seed_keys(key: str) -> tuple[str, ...]:
    return SPLIT.get(key, (MERGED.get(key, key),))


@pytest.mark.parametrize("key", sorted(REFERENCE))
def test_every_reference_row_is_seeded_as_the_reference_says(planner: PlannerService, key: str) -> None:
    category, start, end, precision, country, mode, status = REFERENCE[key]
    if key in OUTCOMES:
        start, end, precision, status, mode = OUTCOMES[key]
        expected_precisions = {precision}
    elif key in MERGED:
        return  # checked under the row it was merged into
    else:
        expected_precisions = _expected_precision(key, start, end, precision)
    events = [planner.get(seed_uid(k)) for k in _seed_keys(key)]
    categories = {c.strip() for c in category.split("/")} if " / " in category else {category}
    assert {e.category.value for e in events} == categories, key
    if precision != "undated":  # a row split in two spans both events
        span = (min(e.local_start_date() for e in events), max(e.local_end_date() for e in events))
        assert span == (date.fromisoformat(start), date.fromisoformat(end)), key
    for event in events:
        assert event.precision.value in expected_precisions, key
        if precision == "undated":
            assert event.start == UNDATED_DAY, key
            assert when_label(event) == "undated", key
        assert event.status.value == _expected_status(status), key
        codes = [c.strip() for c in country.split(";")] if country not in ("—", "") else [""]
        assert event.country == codes[0] or (not event.country and codes == [""]), key
        if mode in ("in person", "online", "hybrid"):
            assert event.mode.value == mode, key
        if precision == "inferred" or key in OUTCOMES:
            # An inferred fact or a later report says so in the event.
            assert any(word in event.description.casefold() for word in ("inferred", "public reports", "later reports",
                                                              "not known", "assumed")), key


def test_nothing_is_seeded_that_neither_source_has(planner: PlannerService) -> None:
    keys = {item["key"] for item in load_json("seed", "events.json")}
    from_reference = {k for key in REFERENCE for k in _seed_keys(key)}
    assert keys == from_reference
    assert {e.uid for e in planner.all_events()} == {seed_uid(k) for k in keys}
    assert not any(e.rrule for e in planner.all_events())  # no World Bicycle Day repeating until 2050
    titles = [e.title.casefold() for e in planner.all_events()]
    assert not any("regular think tank forum session" in t for t in titles)  # merged into the 12th TTF meeting


def test_the_7th_mc_shows_its_outcome_and_keeps_its_plan(planner: PlannerService) -> None:
    mc = planner.get(seed_uid("E097"))
    assert (mc.start, mc.end, mc.mode, mc.status, mc.country, mc.city) == (
        date(2024, 12, 17), date(2024, 12, 18), Mode.ONLINE, EventStatus.HELD, "AZ", "")
    (change,) = mc.history
    assert (change.old_start, change.old_place, change.old_mode) == (date(2024, 11, 11), "Baku", "in person")
    assert (change.new_start, change.new_mode) == (date(2024, 12, 17), "online")
    assert "17 Dec 2024" in change.reason
    assert "hosted by Azerbaijan" in change.reason
    youth = planner.get(seed_uid("E091"))
    assert [c.old_start for c in youth.history] == [date(2024, 10, 1)]


def test_window_items_say_the_day_is_not_known(planner: PlannerService) -> None:
    meeting = planner.get(seed_uid("E031"))  # during the Baku visit of 17-18 Apr 2024
    assert meeting.precision is Precision.WINDOW
    assert when_label(meeting) == "between 17 and 18 Apr 2024, day not known"
    iftar = planner.get(seed_uid("E020"))
    assert when_label(iftar) == "between 25 Mar and 9 Apr 2024, day not known"


def test_reference_data_has_no_politics(planner: PlannerService, seeded_engine) -> None:  # noqa: ANN001
    for country in load_json("seed", "countries.json"):
        assert set(country) == {"code", "name", "tzid", "status", "joined"}
        assert "(" not in country["name"]
    names = {c.code: c.name for c in planner.countries()}
    assert (names["TR"], names["VN"], names["LA"], names["KG"]) == ("Türkiye", "Viet Nam", "Laos", "Kyrgyzstan")
    observers = {b.code for b in planner.bodies() if b.kind == "observer organisation"}
    assert observers == {"UN", "OSCE", "LAS", "IOM", "TURKPA"}
    chairs = {c.body_code: c for c in ChairmanshipService(seeded_engine).body_chairs()}
    assert chairs["CEP"].ends is None  # no source gives the end of the Head's term


def test_no_seed_gives_an_empty_calendar(empty_planner: PlannerService) -> None:
    assert empty_planner.count() == 0
    assert empty_planner.countries() == []


def test_non_editable_install_finds_the_seed_data() -> None:
    """The wheel maps resources/ into the package; resources_dir() looks there first."""
    from cica_planner.resources import resources_dir

    assert (resources_dir() / "seed" / "events.json").is_file()
