"""Argument helpers shared by the sub-commands."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from cica_planner.domain.errors import ValidationError

#: Dates a command accepts: wide enough for any CICA history and plan, narrow enough that a
#: window around them never runs past what datetime can hold.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def parse_date(text: str | None, option: str) -> date | None:
    """Parse an ISO date given to ``option``; a bad one is a ValidationError with one line."""
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{option}: {text!r} is not a date; write it as YYYY-MM-DD") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(f"{option}: {text!r} is outside the years {FIRST_YEAR}–{LAST_YEAR} the calendar covers")
    return day


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
