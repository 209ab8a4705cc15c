"""What Outlook can read: its reading of a VTIMEZONE and its recurrence templates (used by ``ical_export``).

Outlook keeps only the latest STANDARD and DAYLIGHT rules of a VTIMEZONE and maps only its
own recurrence templates (MS-OXCICAL); the export asks these questions before it writes a
time in a zone or a rule as RRULE.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice

import icalendar

from cica_planner.domain.model import Event, zone
from cica_planner.domain.recurrence import parse_rule, wall_time
from cica_planner.services import ical_series_export as series_export
from cica_planner.services.ical_timezones import nth_weekday

#: Open-ended series are checked (and, if needed, expanded) this many years past their start.
HORIZON_YEARS = 10
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class OutlookZone:
    """The UTC offset Outlook gives a local time in a VTIMEZONE.

    Outlook keeps only the STANDARD and DAYLIGHT with the largest DTSTART and applies
    their yearly BYMONTH/BYDAY rules to every year (MS-OXCICAL).
    """

    def __init__(self, vtimezone: icalendar.Timezone) -> None:
        def latest(name: str) -> icalendar.Component | None:
            found = [c for c in vtimezone.subcomponents if c.name == name]
            return max(found, key=lambda c: c.decoded("DTSTART")) if found else None

        standard = latest("STANDARD")
        if standard is None:
            raise ValueError("a VTIMEZONE without STANDARD")
        self.standard: icalendar.Component = standard
        self.daylight = latest("DAYLIGHT")
        self.standard_offset: timedelta = standard.decoded("TZOFFSETTO")
        daylight = self.daylight if self.daylight is not None and "RRULE" in self.daylight and "RRULE" in standard else None
        self.daylight_offset: timedelta | None = daylight.decoded("TZOFFSETTO") if daylight is not None else None

    @staticmethod
    def onset(component: icalendar.Component, year: int) -> datetime:
        rule = component.decoded("RRULE")
        month = int(rule["BYMONTH"][0])
        byday = str(rule["BYDAY"][0])
        day = nth_weekday(year, month, _WEEKDAYS.index(byday[-2:]), int(byday[:-2] or 1))
        return datetime.combine(day, component.decoded("DTSTART").time())

    def offset(self, local: datetime) -> timedelta:
        if self.daylight_offset is None or self.daylight is None:
            return self.standard_offset
        daylight_from = self.onset(self.daylight, local.year)
        standard_from = self.onset(self.standard, local.year)
        if daylight_from < standard_from:
            in_daylight = daylight_from <= local < standard_from
        else:  # southern hemisphere: daylight time spans the new year
            in_daylight = not (standard_from <= local < daylight_from)
        return self.daylight_offset if in_daylight else self.standard_offset


def _parts(rule_text: str) -> dict[str, str]:
    text = rule_text.strip().removeprefix("RRULE:")
    return {k.strip().upper(): v.strip().upper() for k, v in (p.split("=", 1) for p in text.split(";") if "=" in p)}


_ALLOWED = {
    "DAILY": set(),
    "WEEKLY": {"BYDAY"},
    "MONTHLY": {"BYMONTHDAY", "BYDAY", "BYSETPOS"},
    "YEARLY": {"BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS"},
}


def outlook_rule(event: Event) -> str | None:
    """Return the event's rule in a form Outlook's recurrence templates take, or None if it has none.

    The rule is completed where Outlook needs an explicit part (weekly BYDAY, monthly
    BYMONTHDAY, yearly BYMONTH+BYMONTHDAY) and UNTIL is rewritten as RFC 5545 wants it
    (UTC for timed events, a date for all-day ones).
    """
    parts = _parts(event.rrule or "")
    freq = parts.pop("FREQ", "")
    if freq not in _ALLOWED:
        return None
    interval = parts.pop("INTERVAL", "1")
    count = parts.pop("COUNT", None)
    until = parts.pop("UNTIL", None)
    parts.pop("WKST", None)
    if (count and until) or set(parts) - _ALLOWED[freq] or event.extra_rules:
        return None
    if any("," in value for value in parts.values()) and freq != "WEEKLY":
        return None
    rule = parse_rule(event.rrule or "", event.start)
    first = wall_time(event.start)
    # RFC 5545 counts DTSTART as the first occurrence even when it does not fit the rule,
    # dateutil and Outlook do not: such a series is expanded so every reader agrees.
    if rule.after(first - timedelta(seconds=1)) != first:
        return None
    # The first two occurrences tell a series of one (never count them all: UNTIL may be year 9999).
    if (count or until) and len(list(islice(rule, 2))) < 2:
        return None
    written = [f"FREQ={freq}"]
    if freq == "WEEKLY":
        days = parts.get("BYDAY") or _WEEKDAYS[first.weekday()]
        if any(day not in _WEEKDAYS for day in days.split(",")):
            return None
        written.append(f"BYDAY={days}")
    elif freq == "MONTHLY":
        monthly = _monthly(parts, first)
        if monthly is None:
            return None
        written.append(monthly)
    elif freq == "YEARLY":
        month = parts.pop("BYMONTH", str(first.month))
        monthly = _monthly(parts, first)
        if monthly is None or not month.isdigit():
            return None
        written.append(f"BYMONTH={month};{monthly}")
    if interval != "1":
        written.append(f"INTERVAL={interval}")
    if count:
        written.append(f"COUNT={count}")
    elif until:
        last = series_export.last_before_until(rule, first, HORIZON_YEARS)
        if event.all_day:
            written.append(f"UNTIL={last:%Y%m%d}")
        else:
            local = last.replace(tzinfo=zone(event.tzid))
            written.append(f"UNTIL={local.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    return ";".join(written)


def _monthly(parts: dict[str, str], first: datetime) -> str | None:
    """The day-of-month part of a monthly/yearly rule: BYMONTHDAY=n, BYDAY=2TU or BYDAY=TU;BYSETPOS=2."""
    day, byday, setpos = parts.get("BYMONTHDAY"), parts.get("BYDAY"), parts.get("BYSETPOS")
    if day and not byday and not setpos:
        return f"BYMONTHDAY={day}"
    if byday and not day:
        if setpos and byday in _WEEKDAYS and setpos in ("1", "2", "3", "4", "-1"):
            return f"BYDAY={byday};BYSETPOS={setpos}"
        if not setpos and byday[-2:] in _WEEKDAYS and byday[:-2].lstrip("-").isdigit():
            ordinal = int(byday[:-2])
            return f"BYDAY={byday}" if ordinal in (1, 2, 3, 4, -1) else None
        return None
    if not day and not byday and not setpos:
        return f"BYMONTHDAY={first.day}"
    return None
