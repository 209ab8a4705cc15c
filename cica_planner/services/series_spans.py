"""Where each series' occurrences can fall, worked out once per version of the series.

Every visible range once loaded and expanded every recurring event of the calendar, even
series that ended years before. A service keeps here, per series, the span from its first
occurrence to its last (open-ended rules have none); a range then loads only the series
whose span reaches it. The span is keyed by the columns that define the series, so an edit
(or a change made by another process) is seen at the next read; nothing is invalidated by hand.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cica_planner.domain.model import Event
from cica_planner.domain.recurrence import parse_rule, wall_time
from cica_planner.domain.rule_fields import rule_count, rule_until

#: A COUNT above this is treated as open-ended rather than counted out.
_MAX_COUNTED = 20_000
#: Wall time lies within 14 hours of UTC; two days cover that and all-day dates in any zone.
_MARGIN = timedelta(days=2)


def series_span(event: Event) -> tuple[datetime, datetime | None]:
    """UTC bounds (widened) around all occurrences of the recurring ``event``; None: no last occurrence."""
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


#: Rule parts after which COUNT periods of the frequency hold at least COUNT occurrences (each period has one).
_SIMPLE_PARTS = {"FREQ", "COUNT", "INTERVAL", "WKST", "UNTIL"}
_PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}


def span_from_key(key: tuple) -> tuple[datetime, datetime | None] | None:
    """See :func:`_span_from_key`; a bound beyond the last representable day means no bound."""
    try:
        return _span_from_key(key)
    except OverflowError:  # an UNTIL at the end of representable time
        return None


def _span_from_key(key: tuple) -> tuple[datetime, datetime | None] | None:
    """The span read from the stored columns alone (no event built), or None when the rule must be expanded.

    UNTIL bounds any rule. Without it, COUNT bounds a rule of one occurrence per period
    (FREQ, INTERVAL, and BYDAY of plain weekdays in a weekly rule): the last one falls within
    (COUNT + 1) × INTERVAL periods of the start. A monthly rule from the 29th-31st or a yearly one
    from 29 February skips periods, so it is expanded instead.
    """
    _uid, rule, _exdates, _tzid, _sequence, start_utc, end_utc, start_day, end_day, _modified = key
    try:
        start = datetime.fromisoformat(start_day or start_utc)
        end = datetime.fromisoformat(end_day or end_utc)
        parts = dict(part.split("=", 1) for part in rule.upper().removeprefix("RRULE:").split(";") if "=" in part)
    except (TypeError, ValueError):
        return None
    first = start.replace(tzinfo=UTC) - _MARGIN
    duration = max(end - start, timedelta(0))
    if "UNTIL" in parts and len(parts["UNTIL"]) >= 8 and parts["UNTIL"][:8].isdigit():
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").replace(tzinfo=UTC) + timedelta(days=1)
        return first, until + duration + _MARGIN
    weekly_days = parts.get("FREQ") == "WEEKLY" and all(
        day.strip() in {"MO", "TU", "WE", "TH", "FR", "SA", "SU"} for day in parts.get("BYDAY", "MO").split(","))
    simple = set(parts) <= _SIMPLE_PARTS or (weekly_days and set(parts) <= _SIMPLE_PARTS | {"BYDAY"})
    count, interval = parts.get("COUNT", ""), parts.get("INTERVAL", "1")
    if not simple or parts.get("FREQ") not in _PERIOD_DAYS or not count.isdigit() or not interval.isdigit():
        return None if "COUNT" in parts or not simple else (first, None)
    if (parts["FREQ"] == "MONTHLY" and start.day > 28) or (parts["FREQ"] == "YEARLY" and (start.month, start.day) == (2, 29)):
        return None  # months without that day are skipped: COUNT periods may not be enough
    periods = (int(count) + 1) * max(int(interval), 1)  # one more: the first week may hold none of its weekdays
    return first, start.replace(tzinfo=UTC) + timedelta(days=periods * _PERIOD_DAYS[parts["FREQ"]]) + duration + _MARGIN


#: Spans longer than this are tested one by one; shorter ones are found by their first day.
_SHORT_SPAN = timedelta(days=400)


@dataclass
class _Index:
    """The spans of one list of series keys, ordered for a window's look-up."""

    keys: list[tuple]
    firsts: list[datetime]  # of the short spans, in order
    short: list[tuple[datetime, datetime, int]]  # (first, last, position in keys), by first
    others: list[tuple[tuple[datetime, datetime | None] | None, int]]  # long, open or unknown spans
    reach: timedelta  # the longest short span


class SeriesSpans:
    """The spans of the series seen so far, by UID, with the key columns they were computed from."""

    def __init__(self) -> None:
        self._spans: dict[str, tuple[tuple, tuple[datetime, datetime | None]]] = {}
        self._index: _Index | None = None  # for the last key list asked about (kept until something is written)

    def candidates(self, keys: list[tuple], window_start: datetime, window_end: datetime) -> list[str]:
        """UIDs of the series (rows of SERIES_KEY_COLUMNS) that may have an occurrence in the window, in the order of ``keys``.

        A calendar holds thousands of series and a page reaches a few dozen: the short spans
        are ordered by their first day once per key list, so a window looks at those near it only.
        """
        index = self._index
        if index is None or index.keys is not keys:
            index = self._index = self._indexed(keys)
        found = [position for span, position in index.others if span is None or _reaches(span, window_start, window_end)]
        low = bisect_left(index.firsts, window_start - index.reach)
        high = bisect_left(index.firsts, window_end)
        found += [position for _first, last, position in index.short[low:high] if last > window_start]
        found.sort()
        return [keys[position][0] for position in found]

    def _indexed(self, keys: list[tuple]) -> _Index:
        short: list[tuple[datetime, datetime, int]] = []
        others: list[tuple[tuple[datetime, datetime | None] | None, int]] = []
        for position, key in enumerate(keys):
            known = self._spans.get(key[0])
            if known is None or known[0] != key:
                span = span_from_key(key)
                if span is None:
                    others.append((None, position))  # learnt once the event is loaded and its rule expanded
                    continue
                known = self._spans[key[0]] = (key, span)
            first, last = known[1]
            if last is None or last - first > _SHORT_SPAN:
                others.append((known[1], position))
            else:
                short.append((first, last, position))
        short.sort()
        reach = max((last - first for first, last, _position in short), default=timedelta(0))
        return _Index(keys, [first for first, _last, _position in short], short, others, reach)

    def span_of(self, key: tuple) -> tuple[datetime, datetime | None] | None:
        """The known span of the series whose key columns are ``key`` (None when not known for that key)."""
        known = self._spans.get(key[0])
        return known[1] if known is not None and known[0] == key else None

    def learn(self, keys: list[tuple], events: list[Any]) -> None:
        """Remember the spans of the recurring ``events`` just loaded (keyed as ``keys`` read them)."""
        by_uid = {key[0]: key for key in keys}
        for event in events:
            key = by_uid.get(event.uid)
            if key is not None and event.rrule and self._spans.get(event.uid, (None,))[0] != key:
                self._spans[event.uid] = (key, series_span(event))
                self._index = None  # its series was among those of unknown span


def _reaches(span: tuple[datetime, datetime | None], window_start: datetime, window_end: datetime) -> bool:
    first, last = span
    return first < window_end and (last is None or last > window_start)
