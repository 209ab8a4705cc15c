"""Dates, spans, UTC offsets and zone names as the calendar views write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta


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


def long_day(day: date) -> str:
    """Return 'Thursday 27 June 2024'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """Return 'Thu 27 Jun 2024'."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def span_title(first: date, last: date) -> str:
    """Return '24 – 30 June 2024', '29 July – 4 August 2024' or '30 December 2024 – 5 January 2025'."""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def format_day_span(first: date, last: date) -> str:
    """Return '27 Jun' or '27 Jun – 11 Jul' for an inclusive span of days."""
    if first == last:
        return f"{first.day} {first:%b}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last:%b}"
    return f"{first.day} {first:%b} – {last.day} {last:%b}"


def utc_offset_text(moment: datetime) -> str:
    """Return 'UTC+05:00' for an aware datetime."""
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_city(tzid: str) -> str:
    """Return the readable city of an IANA zone ('Asia/Ho_Chi_Minh' -> 'Ho Chi Minh')."""
    return tzid.rsplit("/", 1)[-1].replace("_", " ")
