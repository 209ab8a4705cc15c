"""Windows for dates known only to a month, quarter or year ("Business Forum, Q4 2024"), and their labels.

A ``window`` precision is its own window (one unknown day between two dates); ``undated`` has none.
"""

from __future__ import annotations

from datetime import date, timedelta

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, PeriodPart, Precision


def _first_of_next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def period_window(precision: Precision, anchor: date, part: PeriodPart | None = None) -> tuple[date, date]:
    """Return the all-day window (start, exclusive end) of the period that contains ``anchor``.

    ``part`` narrows a month to days 1-10 (early), 11-20 (mid) or 21-end (late); for a
    quarter or year it narrows to its first, middle or last month.
    """
    if precision in (Precision.DAY, Precision.WINDOW):
        # A window's bounds are its own (the event's first and last possible day), not a calendar period.
        return anchor, anchor + timedelta(days=1)
    if precision is Precision.UNDATED:
        raise ValidationError("an undated event has no period")
    if precision is Precision.MONTH:
        start, end = anchor.replace(day=1), _first_of_next_month(anchor)
        if part is PeriodPart.EARLY:
            return start, start.replace(day=11)
        if part is PeriodPart.MID:
            return start.replace(day=11), start.replace(day=21)
        if part is PeriodPart.LATE:
            return start.replace(day=21), end
        return start, end
    if precision is Precision.QUARTER:
        first_month = 3 * ((anchor.month - 1) // 3) + 1
        months = [date(anchor.year, first_month + i, 1) for i in range(3)]
    elif precision is Precision.YEAR:
        months = [date(anchor.year, m, 1) for m in range(1, 13)]
    else:  # pragma: no cover - exhaustive over the enum
        raise ValidationError(f"unknown precision {precision!r}")
    if part is PeriodPart.EARLY:
        chosen = months[: len(months) // 3]
    elif part is PeriodPart.MID:
        chosen = months[len(months) // 3 : 2 * len(months) // 3]
    elif part is PeriodPart.LATE:
        chosen = months[2 * len(months) // 3 :]
    else:
        chosen = months
    return chosen[0], _first_of_next_month(chosen[-1])


def describe_window(first: date, last: date) -> str:
    """'between 14 and 17 Apr 2024, day not known' for an event on one unknown day of first..last."""
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if first.year != last.year:
        span = f"{first.day} {first:%b %Y} and {last.day} {last:%b %Y}"
    elif first.month != last.month:
        span = f"{first.day} {first:%b} and {last.day} {last:%b %Y}"
    else:
        span = f"{first.day} and {last.day} {last:%b %Y}"
    return f"between {span}, day not known"


def describe_period(precision: Precision, start: date, part: PeriodPart | None = None, last: date | None = None) -> str:
    """Return a label such as 'Q4 2024', 'early October 2024', '2026' or 'undated'.

    A window needs its ``last`` possible day (inclusive): 'between 14 and 17 Apr 2024, day not known'.
    """
    if precision is Precision.UNDATED:
        return "undated"
    if precision is Precision.WINDOW:
        return describe_window(start, last or start)
    prefix = f"{part.value} " if part else ""
    if precision is Precision.MONTH:
        return f"{prefix}{start:%B %Y}"
    if precision is Precision.QUARTER:
        return f"{prefix}Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision is Precision.YEAR:
        return f"{prefix}{start.year}"
    return f"{start:%d %b %Y}"


def when_label(event: Event) -> str:
    """The event's days as people write them: '11 Nov 2024', '24–25 Oct 2024', 'Q4 2024 (provisional)'."""
    return days_label(event.precision, event.local_start_date(), event.local_end_date(), event.period_part)


def days_label(precision: Precision, first: date, last: date, period_part: PeriodPart | None = None) -> str:
    """:func:`when_label` of an event with these local days (lists read them without loading the event)."""
    if precision in (Precision.WINDOW, Precision.UNDATED):
        return describe_period(precision, first, None, last)
    if precision is not Precision.DAY:
        return f"{describe_period(precision, first, period_part)} (provisional)"
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"
