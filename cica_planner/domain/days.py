"""Calendar arithmetic on days that every view and widget shares: weeks from Monday, months added."""

from __future__ import annotations

from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` months, clamped to the end of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def week_start(day: date) -> date:
    """Return the Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def month_end(day: date) -> date:
    """Return the last day of ``day``'s month."""
    return add_months(day.replace(day=1), 1) - timedelta(days=1)


def month_grid_start(day: date) -> date:
    """Return the first day a month page shows for ``day``'s month: the Monday on or before its first."""
    return week_start(day.replace(day=1))
