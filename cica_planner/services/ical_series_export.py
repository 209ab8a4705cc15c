"""How a series with its exceptions is written to iCalendar (used by ``ical_export``).

A series that fits Outlook's recurrence templates is one master VEVENT plus one VEVENT per
changed occurrence, with the series' UID and a RECURRENCE-ID naming the occurrence it
replaces (RFC 5545 §3.8.4.4): Outlook, Thunderbird and Google show these as exceptions of
the series. A THISANDFUTURE change is written as an override of every occurrence it
reaches (up to the export horizon): Outlook does not read RANGE=THISANDFUTURE.

What Outlook cannot take is written apart, as events with their own UID
``<series uid>-<yyyymmdd>`` (the occurrence's original local date): occurrences the rule
does not give (RDATE, an override naming no occurrence), and every occurrence of a series
whose rule Outlook cannot map. No two VEVENTs share a UID unless they are a master and its
overrides. Occurrences Outlook would put at another hour (its zone rules are today's only) are
written apart too, up to :data:`MAX_APART_FOR_OUTLOOK` of them per series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import rrule

from cica_planner.domain.model import Event, Moment, Occurrence, occurrence_key, zone
from cica_planner.domain.recurrence import expand
from cica_planner.domain.rule_fields import rule_until

#: At most this many unchanged occurrences of one series are written apart because Outlook would
#: misread their hour (the latest ones, nearest the zone's present rules). A daily series from
#: decades ago under another offset would otherwise become thousands of events; the earlier
#: ones stay in the series, where every reader that knows the IANA zone (Thunderbird, Google,
#: CICA Planner) puts them right and Outlook shows them at today's offset.
MAX_APART_FOR_OUTLOOK = 366
#: A series Outlook cannot map is written occurrence by occurrence over ten years, and at most this
#: many occurrences: a daily rule (a second RRULE) would otherwise give 3,650 events, whose export
#: and re-import take longer than the fuzzer's ten seconds.
MAX_OCCURRENCES_APART = 1500


@dataclass
class SeriesSplit:
    """A series cut into what its master, its overrides and its separate events carry."""

    exdates: list[Moment] = field(default_factory=list)
    overrides: list[Occurrence] = field(default_factory=list)
    apart: list[Event] = field(default_factory=list)


def plain(event: Event) -> Event:
    """The event without anything that makes it a series."""
    return replace(event, rrule=None, exdates=[], rdates=[], extra_rules=[], overrides=[])


def split(event: Event, occurrences: list[Occurrence], misread: Callable[[Moment], bool]) -> SeriesSplit:
    """Sort the occurrences of an Outlook-compatible series into EXDATEs, overrides and separate events."""
    result = SeriesSplit()
    rule_keys = _rule_keys(event, occurrences) if (event.rdates or event.overrides) else None
    names = _Names(event)
    extra = [rule_keys is not None and o.recurrence_id is not None  # (a series' occurrences all have one)
             and occurrence_key(o.recurrence_id, event.tzid) not in rule_keys for o in occurrences]
    misread_ones = [i for i, o in enumerate(occurrences) if not extra[i] and o.event is event and misread(o.start)]
    taken_apart = set(misread_ones[-MAX_APART_FOR_OUTLOOK:])
    for index, occurrence in enumerate(occurrences):
        assert occurrence.recurrence_id is not None
        if extra[index]:
            result.apart.append(_part(occurrence, names))
        elif occurrence.event is event:
            if index in taken_apart:
                result.exdates.append(occurrence.start)
                result.apart.append(_part(occurrence, names))
        else:
            result.overrides.append(occurrence)
    return result


def parts_apart(event: Event, occurrences: Iterable[Occurrence]) -> list[Event]:
    """Every occurrence as an event of its own (a series Outlook cannot map)."""
    names = _Names(event)
    return [_part(occurrence, names) for occurrence in occurrences]


def recurrence_id_value(series: Event, recurrence_id: Moment) -> Moment:
    """RECURRENCE-ID as DTSTART of the series is written: a date, or a time in the venue's zone (or UTC)."""
    if not isinstance(series.start, datetime):  # all-day
        return recurrence_id.date() if isinstance(recurrence_id, datetime) else recurrence_id
    if not isinstance(recurrence_id, datetime):
        recurrence_id = datetime.combine(recurrence_id, series.start.astimezone(zone(series.tzid)).timetz())
    return recurrence_id.astimezone(UTC if series.tzid == "UTC" else zone(series.tzid))


def last_before_until(rule: rrule, first: datetime, horizon_years: int) -> datetime:
    """The last occurrence up to UNTIL, looked up only when UNTIL is within the horizon (else UNTIL itself)."""
    until = rule_until(rule)
    assert until is not None
    if until.year - first.year > horizon_years:
        return until
    return rule.before(until, inc=True) or until


class _Names:
    """UIDs for occurrences written apart: ``<uid>-<yyyymmdd>``, with the time when a day has two."""

    def __init__(self, event: Event) -> None:
        self.event = event
        self.taken: set[str] = set()

    def __call__(self, recurrence_id: Moment) -> str:
        local = recurrence_id.astimezone(zone(self.event.tzid)) if isinstance(recurrence_id, datetime) else recurrence_id
        uid = f"{self.event.uid}-{local:%Y%m%d}"
        if uid in self.taken and isinstance(local, datetime):
            uid = f"{self.event.uid}-{local:%Y%m%dT%H%M%S}"
        serial = 1
        base = uid
        while uid in self.taken:
            serial += 1
            uid = f"{base}-{serial}"
        self.taken.add(uid)
        return uid


def _part(occurrence: Occurrence, names: _Names) -> Event:
    assert occurrence.recurrence_id is not None
    return replace(plain(occurrence.event), uid=names(occurrence.recurrence_id), start=occurrence.start,
                   end=occurrence.end)


def _rule_keys(event: Event, occurrences: list[Occurrence]) -> set[datetime]:
    """The original starts the rule itself (with DTSTART) gives over the span of ``occurrences``."""
    if not occurrences:
        return set()
    starts = [_instant(o.recurrence_id, event.tzid) for o in occurrences if o.recurrence_id is not None]
    window = (min(starts) - timedelta(days=2), max(starts) + timedelta(days=2))
    bare = replace(event, rdates=[], overrides=[], exdates=[])
    return {occurrence_key(o.recurrence_id, event.tzid) for o in expand(bare, *window).occurrences
            if o.recurrence_id is not None}


def _instant(moment: Moment, tzid: str) -> datetime:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC)
    assert isinstance(moment, date)
    return datetime(moment.year, moment.month, moment.day, tzinfo=zone(tzid)).astimezone(UTC)
