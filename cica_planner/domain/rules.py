"""Reading a recurrence rule (RRULE) and refusing the ones the calendar cannot hold.

Kept apart from :mod:`cica_planner.domain.recurrence`, which expands the series of an
:class:`~cica_planner.domain.model.Event`: the model checks an event's rules with this
module, and the expansion imports the model, so neither imports the other in a circle.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.rule_emptiness import never_occurs
from cica_planner.domain.rule_fields import DAILY, rule_count, rule_frequency, rule_times_of_day, rule_until

if TYPE_CHECKING:  # dateutil is imported by the first rule read, not with the model (see rule_fields)
    from dateutil.rrule import rrule

#: A rule must occur within this many years of its start (the Gregorian calendar repeats every 400 years).
PROBE_YEARS = 400
_LAST_PROBE_YEAR = 9999 - PROBE_YEARS
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def parse_rule(rule_text: str, start: date | datetime) -> rrule:
    """Parse an RRULE value anchored at ``start`` (naive wall-clock) or raise ValidationError.

    Refused: INTERVAL below 1, more than one occurrence a day (FREQ finer than DAILY, or
    several BYHOUR/BYMINUTE/BYSECOND values), and rules that never occur. Emptiness is
    decided in milliseconds (see :func:`_check_occurs`), never by iterating to year 9999.
    """
    return _parse_rule(rule_text.strip(), wall_time(start))


@lru_cache(maxsize=4096)
def _parse_rule(text: str, first: datetime) -> rrule:
    original = text
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts = _rule_parts(text)
    interval = parts.get("INTERVAL", "1")
    if not interval.lstrip("+").isdigit() or int(interval) < 1:
        raise ValidationError(f"the recurrence rule {original!r} needs an INTERVAL of 1 or more")
    from dateutil.rrule import rrule, rrulestr  # here: a page without a series needs no dateutil (rule_fields)

    try:
        rule = rrulestr(text, dtstart=first, forceset=False, ignoretz=True)
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise ValidationError(f"cannot read the recurrence rule {original!r}: {exc}") from exc
    if not isinstance(rule, rrule):
        raise ValidationError(f"cannot read the recurrence rule {original!r}")
    # dateutil exposes the frequency and the times of day only privately.
    if rule_frequency(rule) > DAILY or len(rule_times_of_day(rule)) > 1:
        raise ValidationError("events repeat at most daily; hourly rules, or several BYHOUR, BYMINUTE or "
                              "BYSECOND values, are not supported")
    _check_occurs(rule, parts, first, original)
    return rule


def _rule_parts(text: str) -> dict[str, str]:
    return {k.strip().upper(): v.strip().upper() for k, v in (p.split("=", 1) for p in text.split(";") if "=" in p)}


def _numbers(text: str | None) -> list[int]:
    try:
        return [int(v) for v in text.split(",") if v] if text else []
    except ValueError:
        return []


def _check_occurs(rule: rrule, parts: dict[str, str], first: datetime, original: str) -> None:
    """Refuse a rule without occurrences, in milliseconds.

    Combinations that can never happen (30 February, the first Monday on the 20th, a COUNT
    of 0) are refused from the text; then :func:`never_occurs` proves from one year of each
    type, in about a millisecond, that no day can ever be given (BYYEARDAY, BYWEEKNO,
    BYSETPOS and a yearly or monthly INTERVAL included). What is left occurs, or is one of
    the few rules that analysis leaves open (a daily or weekly INTERVAL against BYxxx parts):
    dateutil looks for its first occurrence, which ends the look as soon as it is found. The
    look never runs past 800 years: dateutil does not stop at UNTIL before it finds an
    occurrence, so the rule is moved by whole 400-year cycles (the Gregorian calendar's
    period, which changes neither its weekdays nor its phase) to start shortly before year
    9999, where dateutil stops looking; the occurrence found is moved back and held against
    UNTIL.
    """
    never = f"the recurrence rule {original!r} never occurs"
    months = _numbers(parts.get("BYMONTH")) or list(range(1, 13))
    month_days = _numbers(parts.get("BYMONTHDAY"))
    if month_days and not any(abs(d) <= _MONTH_DAYS[m - 1] for m in months if 1 <= m <= 12 for d in month_days):
        raise ValidationError(never)
    days = [t for t in (parts.get("BYDAY") or "").split(",") if t]
    ordinals = [t[:-2] for t in days if t[:-2].lstrip("+-").isdigit()]
    by_month = parts.get("FREQ") == "MONTHLY" or (parts.get("FREQ") == "YEARLY" and "BYMONTH" in parts)
    most = 5 if by_month else 53
    if parts.get("FREQ") in ("MONTHLY", "YEARLY") and any(not 1 <= abs(int(o)) <= most for o in ordinals):
        # dateutil fails on them (an IndexError in December) instead of finding nothing.
        period = "a month holds" if by_month else "a year holds"
        raise ValidationError(f"cannot read the recurrence rule {original!r}: {period} at most {most} of each weekday")
    if month_days and ordinals and len(ordinals) == len(days) and by_month and not any(_ordinal_meets_day(int(o), d, m) for o in ordinals for d in month_days for m in months if 1 <= m <= 12):
        raise ValidationError(never)
    if rule_count(rule) == 0:
        raise ValidationError(never)
    weekdays = {t[-2:] for t in days}
    if parts.get("FREQ") == "DAILY" and int(parts.get("INTERVAL", "1")) % 7 == 0 and weekdays \
            and _WEEKDAY_CODES[first.weekday()] not in weekdays:
        raise ValidationError(never)
    until = rule_until(rule)
    if not any(name.startswith("BY") for name in parts):
        # Without BYxxx parts dateutil takes them from DTSTART, which is then the first occurrence:
        # the rule occurs unless its UNTIL comes first (the probe below would find just that).
        if until is not None and first > until:
            raise ValidationError(f"{never} before its UNTIL")
        return
    if never_occurs(rule):
        raise ValidationError(never)
    cycles = max(0, (_LAST_PROBE_YEAR - first.year) // 400)
    probe_start = first.replace(year=first.year + 400 * cycles) if cycles else first
    found = _first_occurrence(rule.replace(dtstart=probe_start, until=None, count=None))
    if found is None:
        raise ValidationError(f"the recurrence rule {original!r} never occurs (not within {PROBE_YEARS} years)")
    real = found.replace(year=found.year - 400 * cycles) if cycles else found
    if until is not None and real > until:
        raise ValidationError(f"{never} before its UNTIL")


def _first_occurrence(rule: rrule) -> datetime | None:
    try:
        return next(iter(rule), None)
    except (ValueError, IndexError, OverflowError):  # a mask dateutil cannot build, or the end of year 9999
        return None


def _ordinal_meets_day(ordinal: int, day: int, month: int) -> bool:
    """Whether the ``ordinal``-th weekday of ``month`` can fall on its ``day`` (negative from the end)."""
    lengths = (28, 29) if month == 2 else (_MONTH_DAYS[month - 1],)
    for length in lengths:
        real_day = day if day > 0 else length + day + 1
        if not 1 <= real_day <= length:
            continue
        first, last = (7 * (ordinal - 1) + 1, 7 * ordinal) if ordinal > 0 else (length + 7 * ordinal + 1, length + 7 * (ordinal + 1))
        if first <= real_day <= last:
            return True
    return False


def wall_time(moment: date | datetime) -> datetime:
    """The naive local wall time of ``moment`` (midnight for a date), as RRULE/EXDATE values are read."""
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    return datetime(moment.year, moment.month, moment.day)
