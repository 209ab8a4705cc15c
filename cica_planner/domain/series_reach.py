"""Where a series' occurrences can fall: the span stored with its row, so a window finds its series in SQL.

A calendar holds thousands of series and a page reaches a few dozen. Every write of an event
stores, next to its row, the UTC span from its first occurrence to its last (widened, see
below); a window then reads the series whose span reaches it with one indexed query
(``storage/quick_reads.py``, ``storage/event_queries.py``) instead of parsing every rule.

The span is widened by two days on each side: wall times lie within 14 hours of UTC, and
all-day dates are local to the venue. A rule bounded by UNTIL, or by COUNT with one occurrence
per period, is bounded from its text; another COUNT rule is counted out (up to
``_MAX_COUNTED`` occurrences); a rule without either has no last occurrence. A series with
RDATEs, further rules or changed occurrences (or a rule that cannot be read) reaches every
window: its span starts at :data:`UNBOUNDED_FIRST` and has no end, so it is always read.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event
from cica_planner.domain.rule_fields import rule_count, rule_until
from cica_planner.domain.rules import parse_rule, wall_time

#: A COUNT above this is treated as open-ended rather than counted out.
_MAX_COUNTED = 20_000
#: Wall time lies within 14 hours of UTC; two days cover that and all-day dates in any zone.
_MARGIN = timedelta(days=2)
#: The first of the span of a series that reaches every window (before any date a calendar holds).
UNBOUNDED_FIRST = datetime(1, 1, 3, tzinfo=UTC)

#: Rule parts after which COUNT periods of the frequency hold at least COUNT occurrences (each period has one).
_SIMPLE_PARTS = {"FREQ", "COUNT", "INTERVAL", "WKST", "UNTIL"}
_PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
_WEEKDAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}

Span = tuple[datetime, datetime | None]


def series_span(event: Event) -> Span | None:
    """Aware UTC bounds (widened) around every occurrence of ``event``; None for a single event.

    The second bound is None when the series has no last occurrence (or it lies past the last
    representable day).
    """
    if not event.is_series:
        return None
    if event.rdates or event.extra_rules or event.overrides or not event.rrule:
        return UNBOUNDED_FIRST, None
    try:
        return _span_from_text(event) or _counted_span(event)
    except (ValidationError, ValueError, OverflowError):  # a rule this version cannot read, or a start at
        return UNBOUNDED_FIRST, None  # the very beginning of representable time: never left out of a window


def stored_span(event: Event) -> tuple[datetime | None, datetime | None]:
    """The values of the ``series_first_utc`` and ``series_last_utc`` columns for ``event`` (both None for a single event)."""
    return series_span(event) or (None, None)


def _counted_span(event: Event) -> Span:
    """The span found by expanding the rule (COUNT rules whose periods may hold none of their occurrences)."""
    first = wall_time(event.start).replace(tzinfo=UTC) - _MARGIN
    rule = parse_rule(event.rrule or "", event.start)
    count, until = rule_count(rule), rule_until(rule)
    duration = event.duration()
    try:
        if until is not None:
            return first, until.replace(tzinfo=UTC) + timedelta(days=1) + duration + _MARGIN
        if count is None or count > _MAX_COUNTED:
            return first, None
        every = list(rule)  # at most _MAX_COUNTED occurrences
        return first, (every[-1].replace(tzinfo=UTC) + duration + _MARGIN) if every else first
    except OverflowError:  # the bound lies past the last representable day: no bound
        return first, None


def _span_from_text(event: Event) -> Span | None:
    """The span read from the rule's text alone (no expansion), or None when the rule must be counted out.

    UNTIL bounds any rule. Without it, COUNT bounds a rule of one occurrence per period
    (FREQ, INTERVAL, and BYDAY of plain weekdays in a weekly rule): the last one falls within
    (COUNT + 1) × INTERVAL periods of the start. A monthly rule from the 29th-31st or a yearly one
    from 29 February skips periods, so it is counted out instead.
    """
    start_moment, end_moment = event.start, event.end
    if isinstance(start_moment, datetime) and isinstance(end_moment, datetime):
        start = start_moment.astimezone(UTC).replace(tzinfo=None)
        end = end_moment.astimezone(UTC).replace(tzinfo=None)
    else:
        start, end = wall_time(start_moment), wall_time(end_moment)
    rule = (event.rrule or "").upper().removeprefix("RRULE:")
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    first = start.replace(tzinfo=UTC) - _MARGIN
    duration = max(end - start, timedelta(0))
    try:
        if "UNTIL" in parts and len(parts["UNTIL"]) >= 8 and parts["UNTIL"][:8].isdigit():
            until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").replace(tzinfo=UTC) + timedelta(days=1)
            return first, until + duration + _MARGIN
        weekly_days = parts.get("FREQ") == "WEEKLY" and all(
            day.strip() in _WEEKDAYS for day in parts.get("BYDAY", "MO").split(","))
        simple = set(parts) <= _SIMPLE_PARTS or (weekly_days and set(parts) <= _SIMPLE_PARTS | {"BYDAY"})
        count, interval = parts.get("COUNT", ""), parts.get("INTERVAL", "1")
        if not simple or parts.get("FREQ") not in _PERIOD_DAYS or not count.isdigit() or not interval.isdigit():
            return None if "COUNT" in parts or not simple else (first, None)
        if (parts["FREQ"] == "MONTHLY" and start.day > 28) or (parts["FREQ"] == "YEARLY" and (start.month, start.day) == (2, 29)):
            return None  # months without that day are skipped: COUNT periods may not be enough
        periods = (int(count) + 1) * max(int(interval), 1)  # one more: the first week may hold none of its weekdays
        last = start.replace(tzinfo=UTC) + timedelta(days=periods * _PERIOD_DAYS[parts["FREQ"]]) + duration + _MARGIN
    except OverflowError:  # the bound lies past the last representable day: no bound
        return first, None
    return first, last
