"""Window and undated precisions, the status shown on a day, and template steps with conditions."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import UNDATED_DAY, Category, Event, EventStatus, Precision
from cica_planner.domain.outcome import OUTCOME_TO_CONFIRM, needs_date, needs_outcome, shown_status
from cica_planner.domain.periods import describe_window, when_label
from cica_planner.domain.step_conditions import StepCondition, step_applies


def _event(first: date, last: date, precision: Precision = Precision.DAY, **extra: object) -> Event:
    from datetime import timedelta

    return Event("Meeting", Category.SOC, first, last + timedelta(days=1), precision=precision, **extra)


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        (date(2024, 4, 14), date(2024, 4, 17), "between 14 and 17 Apr 2024, day not known"),
        (date(2024, 3, 25), date(2024, 4, 9), "between 25 Mar and 9 Apr 2024, day not known"),
        (date(2024, 12, 30), date(2025, 1, 2), "between 30 Dec 2024 and 2 Jan 2025, day not known"),
        (date(2024, 4, 17), date(2024, 4, 17), "17 Apr 2024"),
    ],
)
def test_window_labels(first: date, last: date, label: str) -> None:
    assert describe_window(first, last) == label
    if first != last:
        assert when_label(_event(first, last, Precision.WINDOW)) == label


def test_an_undated_event_has_no_date_at_all() -> None:
    undated = _event(UNDATED_DAY, UNDATED_DAY, Precision.UNDATED)
    undated.validate()
    assert when_label(undated) == "undated"
    with pytest.raises(ValidationError, match="undated event cannot carry a date"):
        _event(date(2024, 1, 1), date(2024, 12, 31), Precision.UNDATED).validate()
    assert not needs_outcome(undated, date(2100, 1, 1))
    assert needs_date(undated)


def test_the_status_shown_depends_on_the_day() -> None:
    planned = _event(date(2024, 11, 11), date(2024, 11, 11))
    assert shown_status(planned, date(2024, 11, 11)) == "planned"
    assert shown_status(planned, date(2024, 11, 12)) == OUTCOME_TO_CONFIRM
    assert shown_status(_event(date(2024, 11, 11), date(2024, 11, 11), status=EventStatus.HELD),
                        date(2026, 1, 1)) == "held"
    # A window is over only after its last possible day; a series never is.
    window = _event(date(2024, 4, 14), date(2024, 4, 17), Precision.WINDOW)
    assert not needs_outcome(window, date(2024, 4, 17))
    assert needs_outcome(window, date(2024, 4, 18))
    series = _event(date(2024, 6, 3), date(2024, 6, 3), rrule="FREQ=YEARLY")
    assert shown_status(series, date(2030, 1, 1)) == "planned"


def test_step_conditions() -> None:
    terms = [ChairTerm("KZ", date(2020, 9, 24), date(2024, 12, 17)),
             ChairTerm("AZ", date(2024, 12, 17), None, decided_on=date(2024, 3, 19))]
    december = _event(date(2024, 12, 4), date(2024, 12, 4))
    june = _event(date(2024, 6, 27), date(2024, 6, 27))
    march = _event(date(2024, 3, 14), date(2024, 3, 14))
    assert step_applies(StepCondition.DECEMBER, december, terms)
    assert not step_applies(StepCondition.DECEMBER, june, terms)
    assert step_applies(StepCondition.DECEMBER, _event(date(2025, 10, 1), date(2025, 12, 31), Precision.QUARTER), terms)
    assert step_applies(StepCondition.HANDOVER_PENDING, june, terms)  # Azerbaijan decided, not yet in the chair
    assert not step_applies(StepCondition.HANDOVER_PENDING, march, terms)  # nobody decided yet
    assert not step_applies(StepCondition.HANDOVER_PENDING, _event(date(2025, 6, 1), date(2025, 6, 1)), terms)
    assert step_applies(StepCondition.ALWAYS, march, terms)
    assert StepCondition.parse("") is StepCondition.ALWAYS
    assert StepCondition.parse("December only") is StepCondition.DECEMBER
    with pytest.raises(ValidationError, match="unknown step condition"):
        StepCondition.parse("sometimes")
