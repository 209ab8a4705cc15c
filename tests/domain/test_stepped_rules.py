"""Daily and weekly rules without BY parts are stepped, not iterated: the starts are dateutil's own."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import _stepped, _stepped_from, _steps, _text_stepping, parse_rule
from cica_planner.domain.rule_fields import rule_count, rule_start, rule_until


@st.composite
def stepped_rules(draw: st.DrawFn) -> str:
    parts = [f"FREQ={draw(st.sampled_from(['DAILY', 'WEEKLY']))}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 9))}")
    bound = draw(st.sampled_from(["", "COUNT", "UNTIL"]))
    if bound == "COUNT":
        parts.append(f"COUNT={draw(st.integers(1, 40))}")
    elif bound == "UNTIL":
        until = datetime(2024, 1, 1) + timedelta(hours=draw(st.integers(0, 24 * 400)))
        parts.append(f"UNTIL={until:%Y%m%dT%H%M%S}" + draw(st.sampled_from(["", "Z"])))
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(['MO', 'SU', 'WE']))}")
    draw(st.randoms()).shuffle(parts)
    return ("RRULE:" if draw(st.booleans()) else "") + ";".join(parts)


@settings(max_examples=400, deadline=None)
@given(text=stepped_rules(),
       first=st.datetimes(min_value=datetime(2023, 6, 1), max_value=datetime(2024, 6, 1)),
       search_days=st.integers(-30, 500))
def test_stepped_starts_are_the_starts_dateutil_gives(text: str, first: datetime, search_days: int) -> None:
    try:
        rule = parse_rule(text, first)
    except ValidationError:  # an UNTIL before DTSTART: refused as never occurring
        return
    step = _steps(text, rule)
    assert step is not None
    search_from = first + timedelta(days=search_days, minutes=search_days * 7)
    assert list(islice(_stepped(rule, step, search_from), 60)) == list(islice(rule.xafter(search_from, inc=True), 60))


def test_rules_with_by_parts_or_other_frequencies_are_left_to_dateutil() -> None:
    first = datetime(2024, 3, 1, 10)
    for text in ("FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=MONTHLY;COUNT=3", "FREQ=YEARLY", "FREQ=DAILY;BYMONTH=3",
                 "FREQ=DAILY;BYHOUR=10"):
        assert _steps(text, parse_rule(text, first)) is None, text
    assert _steps("FREQ=WEEKLY;INTERVAL=2;COUNT=5", parse_rule("FREQ=WEEKLY;INTERVAL=2;COUNT=5", first)) == timedelta(days=14)


@st.composite
def rule_texts(draw: st.DrawFn) -> str:
    """Texts near the ones read without dateutil: small letters, spaces, UNTIL, BY parts, repeats, zero counts."""
    parts = [f"FREQ={draw(st.sampled_from(['DAILY', 'WEEKLY', 'daily', 'MONTHLY']))}"]
    extras = st.sampled_from(["INTERVAL=1", "INTERVAL=3", "INTERVAL=0", "INTERVAL=+2", "COUNT=1", "COUNT=12", "COUNT=0",
                              "COUNT=007", "WKST=SU", "WKST=XX", "UNTIL=20241231T000000Z", "BYDAY=MO", " COUNT=4",
                              "count=4", "COUNT", "", "FREQ=DAILY"])
    parts.extend(draw(st.lists(extras, max_size=3)))
    draw(st.randoms()).shuffle(parts)
    return draw(st.sampled_from(["", "RRULE:", " "])) + ";".join(parts)


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(rule_texts(), stepped_rules()),
       first=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9990, 1, 1)),
       search_days=st.integers(-30, 500))
def test_a_rule_read_from_its_text_steps_as_dateutil_reads_it(text: str, first: datetime, search_days: int) -> None:
    """A text read without dateutil is one dateutil accepts with every DTSTART, and gives dateutil's starts."""
    stepping = _text_stepping(text)
    if stepping is None:
        return
    assert "UNTIL" not in text
    rule = parse_rule(text, first)  # never refused
    step, count = stepping
    assert (step, count) == (_steps(text, rule), rule_count(rule))
    assert rule_until(rule) is None
    assert rule_start(rule) == first.replace(microsecond=0)
    search_from = first + timedelta(days=search_days, minutes=search_days * 7)
    assert list(islice(_stepped_from(first.replace(microsecond=0), step, count, None, search_from), 60)) == \
        list(islice(rule.xafter(search_from, inc=True), 60))


def test_only_plain_daily_and_weekly_texts_are_read_without_dateutil() -> None:
    assert _text_stepping("FREQ=WEEKLY;COUNT=10") == (timedelta(days=7), 10)
    assert _text_stepping("RRULE:FREQ=DAILY;INTERVAL=3;WKST=SU") == (timedelta(days=3), None)
    for text in ("FREQ=WEEKLY;UNTIL=20241231T000000Z", "FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;COUNT=3", "freq=weekly",
                 "FREQ=WEEKLY; COUNT=4", "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;FREQ=DAILY",
                 "COUNT=4", "FREQ=WEEKLY;", "FREQ=WEEKLY;INTERVAL=+2"):
        assert _text_stepping(text) is None, text
