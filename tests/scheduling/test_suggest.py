"""Ranking dates and checking an event's dates against the seeded calendar and real holidays."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category
from cica_planner.services.scheduling.blackouts import (
    BlackoutEntry,
    load_blackouts,
    save_blackouts,
    unga_general_debate_opening,
)
from cica_planner.services.scheduling.conflicts import ConflictKind
from cica_planner.services.scheduling.holiday_calendar import days
from cica_planner.services.scheduling.service import CountrySet, SchedulingService
from cica_planner.services.scheduling.warnings import warning_lines


@pytest.fixture
def service(seeded_engine) -> SchedulingService:
    return SchedulingService(seeded_engine)


def test_suggest_never_proposes_a_host_holiday_or_weekend(service: SchedulingService) -> None:
    result = service.suggest(category=Category.SOC, host="KZ", days=2, first=date(2025, 3, 1), last=date(2025, 4, 30),
                             today=date(2024, 12, 1))
    assert result.candidates
    nauryz = set(days(date(2025, 3, 21), date(2025, 3, 25)))
    for candidate in result.candidates:
        for day in days(candidate.first, candidate.last):
            assert day not in nauryz
            assert day.weekday() < 5
            assert not service.calendar.holidays_on("KZ", day)
        assert not any(c.kind in (ConflictKind.HOST_HOLIDAY, ConflictKind.HOST_WEEKEND) for c in candidate.conflicts)


def test_a_date_without_conflicts_ranks_above_one_with_conflicts(service: SchedulingService) -> None:
    result = service.suggest(category=Category.SOC, host="KZ", days=2, first=date(2027, 3, 1), last=date(2027, 4, 30),
                             today=date(2026, 12, 1))
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores)
    clean = [c.first for c in result.candidates if not c.conflicts]
    busy = [c.first for c in result.candidates if c.conflicts]
    assert clean
    assert busy
    order = [c.first for c in result.candidates]
    assert max(order.index(d) for d in clean) < min(order.index(d) for d in busy)
    # Tue 2 Mar 2027 falls in Ramadan (8 Feb – 8 Mar 2027): below every clean date, with Ramadan named.
    ramadan = next(c for c in result.candidates if c.first == date(2027, 3, 2))
    assert [c.kind for c in ramadan.conflicts] == [ConflictKind.RAMADAN]
    assert ramadan.conflicts[0].name == "Ramadan 1448 AH"
    # The note says Sri Lanka's 2027 holidays are not known instead of pretending there are none.
    assert any("Sri Lanka" in note and "2027" in note for note in result.notes)


def test_member_state_holiday_outweighs_ramadan_which_outweighs_weekends(service: SchedulingService) -> None:
    check = service.check
    novruz = check(category=Category.SOC, host="KZ", first=date(2025, 3, 20), last=date(2025, 3, 20),
                   countries=CountrySet.parse("AZ"))
    assert {(c.kind, c.country, c.name) for c in novruz.conflicts} >= {(ConflictKind.HOLIDAY, "AZ", "Spring Festival")}
    ramadan_only = check(category=Category.SOC, host="KZ", first=date(2025, 3, 12), last=date(2025, 3, 12),
                         countries=CountrySet.parse("AZ"))
    assert [c.kind for c in ramadan_only.conflicts] == [ConflictKind.RAMADAN]
    weekend_only = check(category=Category.SOC, host="KZ", first=date(2025, 6, 13), last=date(2025, 6, 13),
                         countries=CountrySet.parse("BH,QA,JO"))
    assert {c.country for c in weekend_only.conflicts if c.kind is ConflictKind.WEEKEND} == {"BH", "QA", "JO"}
    assert novruz.score > ramadan_only.score > weekend_only.score > 0


def test_editor_lines_for_late_march_2025(service: SchedulingService) -> None:
    assessment = service.check(category=Category.SOC, host="KZ", first=date(2025, 3, 20), last=date(2025, 3, 31))
    texts = [line.text for line in warning_lines(assessment)]
    assert texts[0] == "Nowruz Holiday — Kazakhstan (host)"
    assert "weekend in Kazakhstan (host)" in texts
    eid = next(t for t in texts if t.startswith("Eid al-Fitr — "))
    assert eid == "Eid al-Fitr — 19 Member States"
    assert any(t.startswith("weekend in AF, BH, BD") and t.endswith("…") for t in texts)
    assert any(t.startswith("Ramadan 1446 AH") for t in texts)


def test_closeness_to_other_meetings_and_late_checklist(service: SchedulingService, planner) -> None:
    soc = next(o.event for o in planner.occurrences(date(2024, 6, 27), date(2024, 6, 28)) if o.event.category is Category.SOC)
    assessment = service.check(category=Category.SOC, host="KZ", first=date(2024, 6, 27), last=date(2024, 6, 27),
                               today=date(2024, 5, 20), exclude_uid=soc.uid)
    texts = [line.text for line in warning_lines(assessment)]
    swg = next(t for t in texts if "Special Working Group" in t)
    assert swg.endswith("two days earlier")
    assert not any("same days" in t for t in texts)  # the edited event does not clash with itself
    late_steps = sorted(c.day for c in assessment.conflicts if c.kind is ConflictKind.LATE)
    assert late_steps == [date(2024, 4, 27), date(2024, 5, 16)]  # T−2 months, T−6 weeks (invitations)
    late = [line for line in warning_lines(assessment) if line.kind is ConflictKind.LATE]
    assert len(late) == 1
    assert late[0].day == date(2024, 4, 27)
    assert late[0].text.startswith("T−2 months Set date, venue and format")
    assert late[0].text.endswith("already late (+1 more step)")
    assert late[0].tooltip.count("was due") == 2
    # Only a December SOC prepares next year's budget: its step is late for 10 Dec, not for 27 June.
    december = service.check(category=Category.SOC, host="KZ", first=date(2024, 12, 10), last=date(2024, 12, 10),
                             today=date(2024, 11, 20), countries=CountrySet.parse("host"))
    assert any(c.kind is ConflictKind.LATE and c.name.startswith("T−6 weeks: Prepare next year's CBM plan") for c in december.conflicts)
    assert not any("CBM plan" in c.name for c in assessment.conflicts)


def test_troika_and_custom_country_sets(service: SchedulingService) -> None:
    assert service.countries(CountrySet.parse("troika"), "KZ", date(2025, 6, 1))[:2] == ("KZ", "AZ")
    assert service.countries(CountrySet.parse("cn, kz"), "AZ", date(2025, 6, 1)) == ("AZ", "CN", "KZ")
    assert len(service.countries(CountrySet.parse("all"), "KZ", date(2025, 6, 1))) == 28
    with pytest.raises(ValidationError, match="unknown country code 'QQ'"):
        CountrySet.parse("KZ,QQ")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"host": "XX"}, "unknown host country"),
    ({"days": 0}, "--days must be between"),
    ({"first": date(2025, 5, 1), "last": date(2025, 4, 1)}, "--to comes before --from"),
    ({"first": date(2025, 1, 1), "last": date(2028, 1, 1)}, "too long"),
    ({"first": date(2025, 1, 6), "last": date(2025, 1, 6), "days": 2}, "does not fit"),
    ({"min_gap": -1}, "--min-gap must be between 0 and 90 days"),
    ({"first": date(2201, 1, 1), "last": date(2201, 2, 1)}, "search between the years 1900 and 2200"),
    ({"min_gap": 100_000}, "--min-gap must be between 0 and 90 days"),
])
def test_bad_requests_are_one_line_errors(service: SchedulingService, kwargs: dict, message: str) -> None:
    request = {"category": Category.SOC, "host": "KZ", "days": 1, "first": date(2025, 1, 1), "last": date(2025, 2, 1)}
    with pytest.raises(ValidationError, match=message):
        service.suggest(**{**request, **kwargs})


def test_unga_high_level_week_rule() -> None:
    openings = {year: unga_general_debate_opening(year) for year in range(2021, 2026)}
    assert openings == {2021: date(2021, 9, 21), 2022: date(2022, 9, 20), 2023: date(2023, 9, 19),
                        2024: date(2024, 9, 24), 2025: date(2025, 9, 23)}


def test_blackouts_count_against_dates(service: SchedulingService) -> None:
    unga = service.check(category=Category.SOC, host="KZ", first=date(2025, 9, 24), last=date(2025, 9, 25),
                         countries=CountrySet.parse("host"))
    assert [(c.kind, c.name) for c in unga.conflicts] == [(ConflictKind.BLACKOUT, "UN General Assembly high-level week")]
    after = service.check(category=Category.SOC, host="KZ", first=date(2025, 9, 30), last=date(2025, 10, 1),
                          countries=CountrySet.parse("host"))
    assert after.conflicts == ()


def test_the_user_list_replaces_the_shipped_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_engine) -> None:
    mine = tmp_path / "mine.json"
    monkeypatch.setenv("CICA_PLANNER_BLACKOUTS", str(mine))
    shipped = load_blackouts()  # no user list yet: the shipped one
    assert [e.name for e in shipped][0] == "UN General Assembly high-level week"
    retreat = BlackoutEntry("Chairmanship retreat", first=date(2025, 7, 7), last=date(2025, 7, 8), country="AZ")
    assert save_blackouts([*shipped, retreat]) == mine
    assert load_blackouts() == [*shipped, retreat]  # written as it reads back, rules included
    assert json.loads(mine.read_text(encoding="utf-8"))["periods"][0]["rule"] == "unga-high-level-week"
    assessment = SchedulingService(seeded_engine).check(category=Category.SOC, host="KZ", first=date(2025, 7, 8),
                                                        last=date(2025, 7, 8), countries=CountrySet.parse("host"))
    assert [(c.kind, c.country, c.name) for c in assessment.conflicts] == [(ConflictKind.BLACKOUT, "AZ", "Chairmanship retreat")]
    with pytest.raises(ValidationError, match="the last day comes before the first"):
        save_blackouts([BlackoutEntry("Backwards", first=date(2025, 7, 8), last=date(2025, 7, 7))])
    assert load_blackouts() == [*shipped, retreat]  # a refused save leaves the file as it was
    mine.write_text('{"periods": [{"name": "x", "first": "2025-13-01"}]}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"entry 1 \(x\): needs a \"rule\" or a \"first\" day"):
        load_blackouts()
    mine.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_blackouts()


def test_an_event_without_a_host_has_no_host_days(service: SchedulingService) -> None:
    online = service.check(category=Category.SOC, host="", first=date(2025, 3, 22), last=date(2025, 3, 22),
                           countries=CountrySet.parse("KZ,QA"))
    kinds = {(c.kind, c.country) for c in online.conflicts}
    assert (ConflictKind.HOST_WEEKEND, "") not in kinds
    assert (ConflictKind.HOLIDAY, "KZ") in kinds  # Nauryz, now an attendee's holiday
    assert (ConflictKind.WEEKEND, "QA") in kinds
