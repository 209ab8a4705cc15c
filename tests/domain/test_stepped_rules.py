"""Daily and weekly rules without BY parts are stepped, not iterated: the starts are dateutil's own."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import _stepped, _steps, parse_rule


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
