from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event, Mode, PeriodPart, Precision
from cica_planner.domain.periods import describe_period, period_window
from cica_planner.domain.tasks import Anchor, OffsetUnit, RelativeDeadline, Task, TaskStatus


@pytest.mark.parametrize(
    ("precision", "anchor", "part", "window", "label"),
    [
        (Precision.QUARTER, date(2024, 11, 5), None, (date(2024, 10, 1), date(2025, 1, 1)), "Q4 2024"),
        (Precision.MONTH, date(2024, 10, 3), PeriodPart.EARLY, (date(2024, 10, 1), date(2024, 10, 11)), "early October 2024"),
        (Precision.MONTH, date(2024, 2, 25), PeriodPart.LATE, (date(2024, 2, 21), date(2024, 3, 1)), "late February 2024"),
        (Precision.YEAR, date(2026, 5, 1), None, (date(2026, 1, 1), date(2027, 1, 1)), "2026"),
        (Precision.YEAR, date(2026, 5, 1), PeriodPart.LATE, (date(2026, 9, 1), date(2027, 1, 1)), "late 2026"),
        (Precision.DAY, date(2024, 6, 27), None, (date(2024, 6, 27), date(2024, 6, 28)), "27 Jun 2024"),
    ],
)
def test_period_windows(precision, anchor, part, window, label) -> None:
    assert period_window(precision, anchor, part) == window
    assert describe_period(precision, window[0], part) == label


@pytest.mark.parametrize(
    ("text", "first", "last", "due"),
    [
        ("T-30 days", date(2024, 11, 11), date(2024, 11, 11), date(2024, 10, 12)),
        ("T+14 days", date(2024, 12, 17), date(2024, 12, 17), date(2024, 12, 31)),
        ("T-1 months", date(2024, 3, 31), date(2024, 3, 31), date(2024, 2, 29)),  # leap-year month end
        ("T-12 months", date(2025, 2, 28), date(2025, 2, 28), date(2024, 2, 28)),
        ("T+1 months", date(2024, 1, 31), date(2024, 1, 31), date(2024, 2, 29)),
        ("end+2 weeks", date(2024, 10, 3), date(2024, 10, 4), date(2024, 10, 18)),
        ("T−2 weeks", date(2024, 12, 17), date(2024, 12, 17), date(2024, 12, 3)),
    ],
)
def test_relative_deadlines(text: str, first: date, last: date, due: date) -> None:
    deadline = RelativeDeadline.parse(text)
    assert deadline.resolve(first, last) == due
    assert RelativeDeadline.parse(deadline.label()) == deadline


def test_deadline_labels_and_errors() -> None:
    assert RelativeDeadline(-30).label() == "T−30 days"
    assert RelativeDeadline(1, OffsetUnit.MONTHS, Anchor.END).label() == "end+1 month"
    with pytest.raises(ValidationError, match="T-30 days"):
        RelativeDeadline.parse("a month before")


def test_task_follows_event_but_done_task_keeps_completion() -> None:
    open_task = Task(title="Send invitations", event_uid="mc", relative=RelativeDeadline(-30))
    done_task = Task(title="Book venue", event_uid="mc", relative=RelativeDeadline(-60), status=TaskStatus.DONE,
                     completed_on=date(2024, 9, 1))
    planned, held = date(2024, 11, 11), date(2024, 12, 17)
    assert open_task.due(planned, planned) == date(2024, 10, 12)
    assert open_task.due(held, held) == date(2024, 11, 17)
    assert done_task.completed_on == date(2024, 9, 1)
    assert open_task.is_overdue(open_task.due(held, held), date(2024, 11, 20))
    assert not done_task.is_overdue(done_task.due(held, held), date(2024, 11, 20))


def test_reschedule_keeps_history_with_reason() -> None:
    mc = Event(title="7th CICA Ministerial Council", category=Category.MINISTERIAL_COUNCIL, start=date(2024, 11, 11),
               end=date(2024, 11, 12), tzid="Asia/Baku", city="Baku", country="AZ")
    moved = mc.rescheduled(date(2024, 12, 17), date(2024, 12, 18), "Held online, hosted by Azerbaijan",
                           mode=Mode.ONLINE, city="", when=datetime(2024, 12, 1, tzinfo=ZoneInfo("UTC")))
    assert moved.start == date(2024, 12, 17)
    assert moved.mode is Mode.ONLINE
    assert len(moved.history) == 1
    change = moved.history[0]
    assert (change.old_start, change.new_start) == (date(2024, 11, 11), date(2024, 12, 17))
    assert change.summary() == "11 Nov 2024, Baku (in person) → 17 Dec 2024 (online): Held online, hosted by Azerbaijan"
    with pytest.raises(ValidationError, match="reason"):
        mc.rescheduled(date(2024, 12, 17), date(2024, 12, 18), "  ")


def test_category_parse() -> None:
    assert Category.parse("soc") is Category.SOC
    assert Category.parse("ministerial council") is Category.MINISTERIAL_COUNCIL
    with pytest.raises(ValidationError, match="unknown category"):
        Category.parse("Picnic")
