"""Dates as people type them: "27 June 2024", "27.06.2024", "2024-06-27", "June 2024", "today".

Numeric dates are read day first (27.06.2024, 27/06/2024), as in Kazakhstan and most CICA
Member States, except ISO dates, which start with the year. A month without a day means its
first day; a day and month without a year mean that day in ``today``'s year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from cica_planner.domain.days import add_months
from cica_planner.domain.errors import ValidationError

EXAMPLES = "27 June 2024, 27.06.2024, 2024-06-27 or June 2024"

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_WORDS = re.compile(r"[a-z]+|\d+")


def parse_typed_date(text: str, today: date) -> date:
    """The day ``text`` names; a ValidationError with one line when it names none."""
    cleaned = text.strip().lower().replace(",", " ")
    if not cleaned:
        raise ValidationError(f"type a date, e.g. {EXAMPLES}")
    if cleaned in _RELATIVE:
        return today + timedelta(days=_RELATIVE[cleaned])
    if match := _ISO.fullmatch(cleaned):
        return _day(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _NUMERIC.fullmatch(cleaned):
        return _day(int(match[3]), int(match[2]), int(match[1]), text)
    words = _WORDS.findall(cleaned)
    months = [w for w in words if not w.isdigit()]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or months[0] not in _MONTHS or len(numbers) > 2 or "".join(words) != cleaned.replace(" ", "").replace(".", ""):
        raise ValidationError(f"{text.strip()!r} is not a date; type e.g. {EXAMPLES}")
    month = _MONTHS[months[0]]
    years = [n for n in numbers if n > 31]
    days = [n for n in numbers if n <= 31]
    if len(years) > 1 or len(days) > 1:
        raise ValidationError(f"{text.strip()!r} is not a date; type e.g. {EXAMPLES}")
    year = years[0] if years else today.year
    return _day(year, month, days[0] if days else 1, text)


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(f"{text.strip()!r} is not a day of the calendar") from None


def format_typed_date(day: date) -> str:
    """The form the Go to Date box shows: "27 June 2024"."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def step_field(day: date, field: int, steps: int) -> date:
    """Move ``day`` by ``steps`` days (field 0), months (1) or years (2); the day is kept within the month."""
    if field == 0:
        return day + timedelta(days=steps)
    return add_months(day, steps if field == 1 else 12 * steps)
