"""Independent readers of an exported file: Outlook's way, vobject's and recurring-ical-events'.

Outlook keeps only the STANDARD and the DAYLIGHT with the largest DTSTART of a VTIMEZONE
and applies their yearly BYMONTH/BYDAY rules to every year (MS-OXCICAL); RDATE is ignored.
This module is written from that description, not from the exporter's code.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import UTC, date, datetime, timedelta

import icalendar
import recurring_ical_events
import vobject
from dateutil.rrule import rrulestr

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _nth_weekday(year: int, month: int, byday: str) -> date:
    ordinal = int(byday[:-2] or "1")
    weekday = DAYS.index(byday[-2:])
    if ordinal > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


class OutlookZone:
    """A VTIMEZONE as Outlook reads it."""

    def __init__(self, vtimezone: icalendar.cal.Component) -> None:
        def latest(kind: str):
            found = [c for c in vtimezone.subcomponents if c.name == kind]
            return max(found, key=lambda c: c.decoded("DTSTART")) if found else None

        self.standard, self.daylight = latest("STANDARD"), latest("DAYLIGHT")

    def _onset(self, component: icalendar.cal.Component, year: int) -> datetime:
        rule = component.decoded("RRULE")
        day = _nth_weekday(year, int(rule["BYMONTH"][0]), str(rule["BYDAY"][0]))
        return datetime.combine(day, component.decoded("DTSTART").time())

    def offset(self, local: datetime) -> timedelta:
        standard = self.standard.decoded("TZOFFSETTO")
        if self.daylight is None or "RRULE" not in self.daylight or "RRULE" not in self.standard:
            return standard
        on, off = self._onset(self.daylight, local.year), self._onset(self.standard, local.year)
        in_daylight = on <= local < off if on < off else not (off <= local < on)
        return self.daylight.decoded("TZOFFSETTO") if in_daylight else standard


def outlook_instants(data: bytes, until: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
    """UTC (start, end) of every timed occurrence before ``until``, per UID, read the Outlook way."""
    calendar = icalendar.Calendar.from_ical(data)
    zones = {str(tz["TZID"]): OutlookZone(tz) for tz in calendar.walk("VTIMEZONE")}
    found: dict[str, list[tuple[datetime, datetime]]] = {}
    for vevent in calendar.walk("VEVENT"):
        start_prop, end_prop = vevent["DTSTART"], vevent["DTEND"]
        if not isinstance(start_prop.dt, datetime):
            continue
        tzid = start_prop.params.get("TZID")

        def to_utc(wall: datetime, tzid: str | None = tzid) -> datetime:
            if tzid is None:
                return wall.astimezone(UTC)
            return (wall.replace(tzinfo=None) - zones[tzid].offset(wall.replace(tzinfo=None))).replace(tzinfo=UTC)

        start_wall = start_prop.dt.replace(tzinfo=None) if tzid else start_prop.dt
        length = to_utc(end_prop.dt.replace(tzinfo=None) if tzid else end_prop.dt) - to_utc(start_wall)
        walls = [start_wall]
        if "RRULE" in vevent:
            rule_text = vevent["RRULE"].to_ical().decode()
            until_utc = re.search(r"UNTIL=(\d{8}T\d{6})Z", rule_text)
            if until_utc and tzid:  # UNTIL is UTC: Outlook compares it with local times in the zone
                instant = datetime.strptime(until_utc.group(1), "%Y%m%dT%H%M%S")
                local = instant + zones[tzid].offset(instant)
                rule_text = rule_text.replace(until_utc.group(0), f"UNTIL={local:%Y%m%dT%H%M%S}")
            rule = rrulestr(rule_text, dtstart=start_wall.replace(tzinfo=None), ignoretz=True)
            excluded = set()
            for prop in vevent.get("EXDATE", []) if isinstance(vevent.get("EXDATE"), list) else [vevent["EXDATE"]] if "EXDATE" in vevent else []:
                excluded.update(d.dt.replace(tzinfo=None) for d in prop.dts)
            limit = until.replace(tzinfo=None) + timedelta(days=1)
            walls = [w for w in rule.between(datetime(1900, 1, 1), limit, inc=True) if w not in excluded]
        found.setdefault(str(vevent["UID"]), []).extend((to_utc(w), to_utc(w) + length) for w in walls if to_utc(w) < until)
    return found


def _key(start, end):
    if isinstance(start, datetime):
        return ("t", start.astimezone(UTC), end.astimezone(UTC))
    return ("d", start, end)


def in_window(start, first: datetime, last: datetime) -> bool:
    """Timed starts compare as UTC instants, all-day starts by their date."""
    if isinstance(start, datetime):
        return first <= start.astimezone(UTC) < last
    return first.date() <= start < last.date()


def vobject_occurrences(data: bytes, first: datetime, last: datetime) -> list[tuple[str, tuple]]:
    """(UID, key) of every occurrence starting in [first, last), expanded by vobject."""
    found = []
    for vevent in vobject.readOne(data.decode("utf-8")).vevent_list:
        start, end = vevent.dtstart.value, vevent.dtend.value
        length = end - start
        ruleset = vevent.getrruleset(addRDate=True)
        if ruleset is None:
            starts = [start]
        elif isinstance(start, datetime):
            starts = ruleset.between(first - timedelta(days=2), last + timedelta(days=2), inc=True)
        else:  # vobject expands all-day rules as naive midnights
            naive = [first.replace(tzinfo=None) - timedelta(days=2), last.replace(tzinfo=None) + timedelta(days=2)]
            starts = [moment.date() for moment in ruleset.between(*naive, inc=True)]
        found.extend((vevent.uid.value, _key(m, m + length)) for m in starts if in_window(m, first, last))
    return found


def rie_occurrences(data: bytes, first: datetime, last: datetime) -> list[tuple[str, tuple]]:
    """(UID, key) of every occurrence starting in [first, last), expanded by recurring-ical-events."""
    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for vevent in recurring_ical_events.of(calendar).between(first - timedelta(days=2), last + timedelta(days=2)):
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        if in_window(start, first, last):
            found.append((str(vevent.get("UID", "")), _key(start, end)))
    return found


def occurrence_key(occurrence) -> tuple:
    return _key(occurrence.start, occurrence.end)
