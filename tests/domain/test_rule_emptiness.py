"""A rule that never occurs is told from the calendar's structure, and agrees with dateutil's own expansion.

The reference is dateutil itself, looking for a first occurrence over 800 years (the
calendar repeats every 400): :func:`never_occurs` must never call a rule empty that occurs,
and for yearly and monthly rules it must find every empty one. Speed is watched in
``bench/recurrence_limits.py``, not here.
"""

from __future__ import annotations

import os
from datetime import datetime
from itertools import islice

import pytest
from dateutil.rrule import rrule, rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import parse_rule
from cica_planner.domain.rule_emptiness import never_occurs

START = datetime(2025, 1, 30, 10)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: ``EMPTINESS_EXAMPLES=3000 pytest tests/domain/test_rule_emptiness.py`` for a long run.
EXAMPLES = int(os.environ.get("EMPTINESS_EXAMPLES", "150"))


def occurs_per_dateutil(rule: rrule) -> bool:
    """Whether dateutil finds any occurrence, looking from a start moved (by 400-year cycles) to near year 9999."""
    first: datetime = vars(rule)["_dtstart"]  # dateutil keeps DTSTART private
    shifted = first.replace(year=first.year + 400 * ((9599 - first.year) // 400))
    try:
        return next(iter(rule.replace(dtstart=shifted, until=None, count=None)), None) is not None
    except (ValueError, IndexError):  # dateutil cannot expand the rule (BYDAY=20MO in a month)
        return False


@st.composite
def rules(draw: st.DrawFn, frequencies: tuple[str, ...]) -> str:
    frequency = draw(st.sampled_from(frequencies))
    parts = [f"FREQ={frequency}"]
    interval = draw(st.sampled_from([1, 1, 1, 2, 3, 4, 5, 6, 12]))
    if interval > 1:
        parts.append(f"INTERVAL={interval}")

    def numbers(name: str, values: st.SearchStrategy[int]) -> None:
        if draw(st.booleans()):
            chosen = draw(st.lists(values, min_size=1, max_size=3, unique=True))
            parts.append(f"{name}={','.join(map(str, chosen))}")

    numbers("BYMONTH", st.integers(1, 12))
    numbers("BYMONTHDAY", st.integers(1, 31) | st.integers(-31, -1))
    if draw(st.integers(0, 3)) == 0:
        numbers("BYYEARDAY", st.sampled_from([1, 2, 59, 60, 61, 365, 366, -1, -2, -365, -366]))
    if draw(st.integers(0, 3)) == 0:
        numbers("BYWEEKNO", st.sampled_from([1, 2, 9, 22, 52, 53, -1, -53]))
    if draw(st.booleans()):
        # dateutil fails on more than five of a weekday in a month (refused apart, below).
        in_months = frequency == "MONTHLY" or any(p.startswith("BYMONTH=") for p in parts)
        ordinal = st.sampled_from(["", "", "1", "2", "4", "5", "-1", "-5", *([] if in_months else ["20", "53"])])
        days = draw(st.lists(st.tuples(ordinal, st.sampled_from(WEEKDAYS)), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(n + d for n, d in days))
    if draw(st.integers(0, 3)) == 0:
        numbers("BYSETPOS", st.sampled_from([1, 2, 3, 5, 6, 8, 31, 54, 367 - 1, -1, -2, -6, -32]))
    return ";".join(parts)


def _read(text: str) -> rrule | None:
    try:
        rule = rrulestr(text, dtstart=START, ignoretz=True)
    except (ValueError, TypeError):
        return None
    return rule if isinstance(rule, rrule) else None


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True)
@given(rules(("YEARLY", "MONTHLY")))
def test_yearly_and_monthly_rules_are_empty_exactly_when_dateutil_finds_nothing(text: str) -> None:
    rule = _read(text)
    if rule is None:
        return
    assert never_occurs(rule) == (not occurs_per_dateutil(rule)), text


@settings(max_examples=max(EXAMPLES // 4, 20), deadline=None, derandomize=True)
@given(rules(("DAILY", "WEEKLY")))
def test_a_daily_or_weekly_rule_called_empty_never_occurs(text: str) -> None:
    rule = _read(text)
    if rule is None or not never_occurs(rule):
        return
    assert not occurs_per_dateutil(rule), text


@pytest.mark.parametrize("text", [
    "FREQ=MONTHLY;BYMONTHDAY=31;BYYEARDAY=1",
    "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=1;BYDAY=MO",
    "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1",
    "FREQ=MONTHLY;BYSETPOS=32;BYMONTHDAY=1,2",
    "FREQ=DAILY;BYWEEKNO=60",
    "FREQ=YEARLY;BYYEARDAY=-367",
    "FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6",
    "FREQ=MONTHLY;BYMONTH=2",  # the 30th, from the start: never in February
    "FREQ=MONTHLY;INTERVAL=12;BYMONTH=6",  # January, January, ...
    "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # 2025, 2029, ...: never a leap year
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH",  # odd years only
    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
    "FREQ=YEARLY;BYDAY=MO;BYSETPOS=54",
    "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=8",
    "FREQ=DAILY;BYSETPOS=2",
    "FREQ=YEARLY;BYMONTH=13",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20271231T000000",
])
def test_rules_that_never_occur_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValidationError, match="never occurs"):
        parse_rule(text, START)
    rule = _read(text)
    assert rule is not None and not occurs_per_dateutil(rule.replace(until=None)) or "UNTIL" in text


@pytest.mark.parametrize("text", [
    "FREQ=MONTHLY;BYSETPOS=5;BYDAY=MO",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20280301T000000",
    "FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2",
    "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH",
    "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO;BYMONTH=12",
    "FREQ=DAILY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=WEEKLY;INTERVAL=2;BYWEEKNO=1",
    "FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH",
])
def test_rare_rules_that_do_occur_are_read(text: str) -> None:
    rule = parse_rule(text, START)
    assert next(iter(rule), None) is not None
    assert not never_occurs(rule)


@pytest.mark.parametrize(("text", "reason"), [
    ("FREQ=MONTHLY;BYDAY=1MO,20MO", "a month holds at most 5 of each weekday"),
    ("FREQ=YEARLY;BYMONTH=3;BYDAY=-6FR", "a month holds at most 5 of each weekday"),
    ("FREQ=YEARLY;BYDAY=54MO", "a year holds at most 53 of each weekday"),
])
def test_weekday_ordinals_dateutil_cannot_expand_are_refused_not_crashed_on(text: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_rule(text, START)


@pytest.mark.parametrize("first", [datetime(2024, 1, 31, 9), datetime(2024, 2, 29), datetime(2025, 3, 30, 23, 30)])
@pytest.mark.parametrize("frequency", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
@pytest.mark.parametrize("bound", ["", ";COUNT=1", ";COUNT=7", ";INTERVAL=3", ";INTERVAL=5;WKST=SU",
                                   ";UNTIL=20240130T000000", ";UNTIL=20240229T000000", ";UNTIL=20300101T000000"])
def test_a_rule_without_by_parts_is_read_as_dateutil_expands_it(first: datetime, frequency: str, bound: str) -> None:
    """Such a rule is read without the emptiness analysis: DTSTART itself is its first occurrence."""
    text = f"FREQ={frequency}{bound}"
    reference = next(iter(rrulestr(text, dtstart=first, ignoretz=True)), None)
    if reference is None:
        with pytest.raises(ValidationError, match="never occurs"):
            parse_rule(text, first)
    else:
        assert reference == first
        assert list(islice(parse_rule(text, first), 3)) == list(islice(rrulestr(text, dtstart=first, ignoretz=True), 3))
