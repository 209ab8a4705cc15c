"""The guesser: one VEVENT record (:mod:`ical_reader`) as CICA Planner events.

What a VEVENT means for the calendar (the rules are listed in :mod:`ical_import`): the
zone its times are read and stored in, the city, country and venue, the category guessed
from CATEGORIES or the title, the status, and the series parts (RRULE, RDATE, EXDATE and
RECURRENCE-ID). A VEVENT that cannot be read raises :class:`SkipError` with the reason
shown to the user.

Work that repeats across a file is done once: zone names are checked once per name, the
country a LOCATION names is looked up once per text, and a file's VTIMEZONE is built into a
zone only when a TZID needs it, once per zone.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country, Event, EventStatus, Mode, Moment, PeriodPart, Precision
from cica_planner.domain.recurrence import parse_rule
from cica_planner.services import ical_names as ex
from cica_planner.services import ical_series_import as series_import
from cica_planner.services import ical_values as values
from cica_planner.services.ical_guesses import category_of, country_of
from cica_planner.services.ical_reader import Prop, VEventRecord
from cica_planner.services.import_guard import fresh_timezone_state

DEFAULT_ZONE = HOME_ZONE
#: A timed VEVENT without DTEND or DURATION gets this length (the model needs end > start).
DEFAULT_DURATION = timedelta(hours=1)
#: LOCATION texts up to this length are taken as the city, longer ones as the venue.
SHORT_LOCATION = 40
_PRECISIONS = frozenset(p.value for p in Precision)
_PERIOD_PARTS = frozenset(p.value for p in PeriodPart)
#: RFC 5545 INTEGER is 32-bit signed; a larger SEQUENCE would not even fit the database.
MAX_SEQUENCE = 2_147_483_647


class SkipError(Exception):
    """A VEVENT that cannot be imported; the message is the reason shown to the user."""


@dataclass
class ReadContext:
    """What every VEVENT of one calendar shares: its zones, the countries, the plan's notes."""

    calendar_zone: str | None
    #: TZID → the zone built from the file's VTIMEZONE (built on first use; None if it cannot be).
    file_zones: dict[str, tzinfo | None]
    countries: list[Country]
    notes: list[str]
    zone_texts: dict[str, str] = field(default_factory=dict)
    _places: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def file_zone(self, tzid: str) -> tzinfo | None:
        if tzid not in self.file_zones:
            self.file_zones[tzid] = build_zone(self.zone_texts[tzid]) if tzid in self.zone_texts else None
        return self.file_zones[tzid]

    def country_of(self, location: str) -> tuple[str | None, str | None]:
        if location not in self._places:
            self._places[location] = country_of(location, self.countries)
        return self._places[location]


def build_zone(vtimezone: str) -> tzinfo | None:
    """The zone a VTIMEZONE's rules describe, as written (None when its rules cannot be built)."""
    import icalendar

    fresh_timezone_state()  # built from this text alone, never from a zone an earlier file defined
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = icalendar.Timezone.from_ical(vtimezone)
            return parsed.to_tz(lookup_tzid=False) if isinstance(parsed, icalendar.Timezone) else None
    except Exception:  # a broken VTIMEZONE: its events fall back to the TZID name
        return None


@dataclass
class EventRead:
    """What one VEVENT gives: its events and, for a moved instance, the occurrence it replaces."""

    uid: str
    events: list[Event]
    #: How far the stored wall time of DTSTART is from the wall time written in its TZID.
    shift: timedelta
    own: bool
    original: Moment | None = None
    original_tzid: str | None = None
    #: RECURRENCE-ID's wall time when it is written in the TZID of DTSTART.
    original_wall: datetime | None = None
    #: RECURRENCE-ID as written, and whether it has RANGE=THISANDFUTURE.
    original_raw: date | datetime | None = None
    this_and_future: bool = False


@lru_cache(maxsize=1)
def _windows_zones() -> dict[str, str]:
    from cica_planner.resources import load_json

    return load_json("timezones", "windows_zones.json")


def windows_zone(name: str) -> str | None:
    """The IANA zone of a Windows zone name ("Central Asia Standard Time"), as CLDR maps it."""
    return _windows_zones().get(name.strip())


@lru_cache(maxsize=512)
def valid_zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file name
        return None
    return name.strip()


def text_of(record: VEventRecord, name: str) -> str:
    prop = record.first(name)
    return "" if prop is None else values.text(prop.value)


def x_text(record: VEventRecord, name: str) -> str | None:
    prop = record.first(name)
    return None if prop is None else values.text(prop.value)


def tzid_of(record: VEventRecord, name: str) -> str | None:
    prop = record.first(name)
    return (prop.params.get("TZID") or None) if prop is not None else None


def uid_of(record: VEventRecord) -> str:
    uid = text_of(record, "UID").strip()
    if uid:
        return uid
    # Without a UID, one is derived from the content so that a second import finds it again.
    seed = "|".join(_raw(record, name) for name in ("DTSTART", "SUMMARY", "DTEND", "LOCATION"))
    raw = record.text.encode("utf-8") if not seed.strip("|") else seed.encode("utf-8")
    return f"import-{hashlib.sha1(raw).hexdigest()[:16]}@cica-planner"


def _raw(record: VEventRecord, name: str) -> str:
    prop = record.first(name)
    return "" if prop is None else prop.value


def is_deadline(record: VEventRecord) -> bool:
    return x_text(record, ex.X_KIND) == ex.KIND_DEADLINE


def _decoded(record: VEventRecord, name: str) -> date | datetime:
    prop = record.first(name)
    assert prop is not None
    try:
        return values.date_or_time(prop.value)
    except ValueError as exc:
        raise SkipError(f"bad {name}: {exc}") from None


def read_event(record: VEventRecord, uid: str, context: ReadContext) -> EventRead:
    """Turn one VEVENT into events (the event, plus any RDATE occurrences) and an override's EXDATE."""
    if "DTSTART" not in record:
        raise SkipError("no DTSTART")
    tzid_hint = valid_zone(x_text(record, ex.X_TZID))
    location = text_of(record, "LOCATION").strip()
    country_zone, country_code = context.country_of(location)
    written = _decoded(record, "DTSTART")
    start, tzid = _resolve(written, tzid_of(record, "DTSTART"), context, tzid_hint, country_zone, "DTSTART")
    end = _end(record, start, context, tzid_hint, country_zone)
    tz = ZoneInfo(tzid)
    shift = timedelta(0)
    if isinstance(start, datetime) and isinstance(end, datetime) and isinstance(written, datetime):
        start, end = start.astimezone(tz), end.astimezone(tz)  # (a timed start has a timed end: see _end)
        shift = start.replace(tzinfo=None) - written.replace(tzinfo=None)

    title = x_text(record, ex.X_TITLE) or " ".join(text_of(record, "SUMMARY").split()) or "(no title)"
    precision_text = x_text(record, ex.X_PRECISION)
    precision = Precision(precision_text) if precision_text in _PRECISIONS else Precision.DAY
    if isinstance(start, datetime):  # only all-day items can have an unfixed date
        precision = Precision.DAY
    part_text = x_text(record, ex.X_PERIOD_PART)
    period_part = PeriodPart(part_text) if precision is not Precision.DAY and part_text in _PERIOD_PARTS else None

    rules = _rules(record, start, tz)
    moved = "RECURRENCE-ID" in record
    rdates = [] if moved else _rdates(record, context, tzid_hint, country_zone, tz, start)
    exdates = _exdates(record, start, context, tzid_hint, country_zone, tz, shift) if rules or rdates else []
    own = any(name in record for name in (ex.X_TZID, ex.X_STATUS, ex.X_COUNTRY))
    city, venue = x_text(record, ex.X_CITY), x_text(record, ex.X_VENUE)
    country = x_text(record, ex.X_COUNTRY)
    if own:
        # The X- properties say exactly where it is; LOCATION is only their text for other clients
        # (an event with a country but no city is written "LOCATION:LK").
        country_code = None
    elif city is None and venue is None:
        city, venue = (location, "") if len(location) <= SHORT_LOCATION else ("", location)
    last_modified = _instant(record, "LAST-MODIFIED") or _instant(record, "DTSTAMP") or datetime(1970, 1, 1, tzinfo=UTC)
    event = Event(
        uid=uid,
        title=title,
        category=category_of([values.text_list(prop.value) for prop in record.props.get("CATEGORIES", ())], title),
        start=start,
        end=end,
        tzid=tzid,
        precision=precision,
        period_part=period_part,
        city=city or "",
        country=country or country_code or "",
        venue=venue or "",
        mode=_enum(Mode, x_text(record, ex.X_MODE), Mode.UNKNOWN),
        status=_status(record),
        organiser=x_text(record, ex.X_ORGANISER) or "",
        description=_description(record),
        rrule=rules[0] if rules else None,
        extra_rules=rules[1:],
        exdates=exdates,
        rdates=[moment for moment, _ in rdates],
        sequence=_sequence(record),
        created=_instant(record, "CREATED") or last_modified,
        last_modified=last_modified,
    )
    read = EventRead(uid, [event], shift, own)
    for moment, period_end in rdates:
        if period_end is not None:  # a PERIOD: that occurrence has its own end
            event.overrides.append(series_import.period_override(event, moment, period_end))
    if moved:
        _read_original(record, read, context, tzid_hint, country_zone, tz, shift)
    return read


def _end(record: VEventRecord, start: Moment, context: ReadContext, tzid_hint: str | None,
         country_zone: str | None) -> Moment:
    """DTEND, or DTSTART plus DURATION, or the default length; checked against DTSTART."""
    timed = isinstance(start, datetime)
    if "DTEND" in record:
        end, _ = _resolve(_decoded(record, "DTEND"), tzid_of(record, "DTEND"), context, tzid_hint, country_zone, "DTEND")
    elif "DURATION" in record:
        try:
            length = values.duration(record.props["DURATION"][0].value)
        except ValueError as exc:
            raise SkipError(f"bad DURATION: {exc}") from None
        end = start + length if timed else start + timedelta(days=max(1, length.days))
    else:
        end = start + (DEFAULT_DURATION if timed else timedelta(days=1))
    if timed and not isinstance(end, datetime):
        raise SkipError("DTSTART is a time but DTEND is a date")
    if not timed and isinstance(end, datetime):
        raise SkipError("DTSTART is a date but DTEND is a time")
    if end < start:
        raise SkipError("DTEND comes before DTSTART")
    if end == start:  # a same-day DTEND (a common mistake) means that one day
        end = start + (DEFAULT_DURATION if timed else timedelta(days=1))
    return end


def _read_original(record: VEventRecord, read: EventRead, context: ReadContext, tzid_hint: str | None,
                   country_zone: str | None, tz: ZoneInfo, shift: timedelta) -> None:
    """A changed occurrence of the series with this UID (joined to it by the plan)."""
    prop = record.props["RECURRENCE-ID"][0]
    raw = _decoded(record, "RECURRENCE-ID")
    read.original_raw = raw
    read.this_and_future = prop.params.get("RANGE", "").upper() == "THISANDFUTURE"
    read.original_tzid = prop.params.get("TZID") or None
    series_tzid = tzid_of(record, "DTSTART")
    read.original = _occurrence_moment(raw, read.original_tzid, series_tzid, tz, context, tzid_hint,
                                       country_zone, "RECURRENCE-ID", shift)
    if isinstance(raw, datetime) and _same_wall_clock(raw, read.original_tzid, series_tzid):
        read.original_wall = raw.replace(tzinfo=None)
    event = read.events[0]
    event.rrule, event.extra_rules, event.exdates, event.rdates, event.overrides = None, [], [], [], []


def _resolve(
    value: date | datetime,
    tzid_param: str | None,
    context: ReadContext,
    tzid_hint: str | None,
    country_zone: str | None,
    name: str,
) -> tuple[Moment, str]:
    """Read a DATE or DATE-TIME as an exact moment and the IANA zone to store it under."""
    if not isinstance(value, datetime):
        return value, tzid_hint or country_zone or context.calendar_zone or DEFAULT_ZONE
    if tzid_param is not None:
        reader = _reading_zone(tzid_param, context, tzid_hint)
        if reader is not None:
            value = value.replace(tzinfo=reader)
        elif value.tzinfo is None:
            raise SkipError(f"unknown time zone {tzid_param!r} and no VTIMEZONE for it in the file")
        offset = value.utcoffset()
        # The zone stored is the first that gives the same offset at this instant: the
        # instant itself is exact whichever is chosen.
        candidates = (
            tzid_hint,
            valid_zone(tzid_param),
            country_zone,
            getattr(value.tzinfo, "key", None),
            valid_zone(windows_zone(tzid_param)),
            context.calendar_zone,
        )
        for candidate in candidates:
            stored_zone = valid_zone(candidate)
            if stored_zone and value.astimezone(ZoneInfo(stored_zone)).utcoffset() == offset:
                return value, stored_zone
        return value, "UTC"
    if value.tzinfo is not None:  # UTC (Z)
        return value, tzid_hint or context.calendar_zone or "UTC"
    # A floating time: the wall-clock time of wherever the reader is.
    zone_name = tzid_hint or context.calendar_zone or DEFAULT_ZONE
    note = f"floating times (no time zone) read in {zone_name}"
    if note not in context.notes:
        context.notes.append(note)
    return value.replace(tzinfo=ZoneInfo(zone_name)), zone_name


def _reading_zone(tzid_param: str, context: ReadContext, tzid_hint: str | None) -> tzinfo | None:
    """The zone the wall times written with ``TZID=tzid_param`` are read in (None if unknown).

    CICA Planner's own files (``X-CICA-TZID``) and known zones (IANA names, Windows names
    with a CLDR mapping) are read with the IANA rules, as Google and Thunderbird do: their
    VTIMEZONEs carry only the rules Outlook can read, or only today's offset (Google
    writes Asia/Almaty at +05 all year, so a February 2024 meeting would be an hour off).
    Any other TZID is read with the file's VTIMEZONE as written.
    """
    if tzid_hint and tzid_param == tzid_hint:
        return ZoneInfo(tzid_hint)
    known = valid_zone(tzid_param) or valid_zone(windows_zone(tzid_param))
    if known is not None:
        return ZoneInfo(known)
    return context.file_zone(tzid_param)


def _instant(record: VEventRecord, name: str) -> datetime | None:
    prop = record.first(name)
    if prop is None:
        return None
    try:
        value = values.date_or_time(prop.value)
    except ValueError:  # a broken stamp is as good as none
        return None
    if isinstance(value, datetime):
        zone = valid_zone(prop.params.get("TZID")) if value.tzinfo is None else None
        value = value.replace(tzinfo=ZoneInfo(zone) if zone else UTC) if value.tzinfo is None else value
        return value.astimezone(UTC).replace(microsecond=0)
    return None


def _rules(record: VEventRecord, start: Moment, tz: ZoneInfo) -> list[str]:
    """Every RRULE of the VEVENT (their occurrences are the union); an empty ``RRULE:`` is none."""
    rules = [_rule(prop, start, tz) for prop in record.props.get("RRULE", ())]
    return list(dict.fromkeys(rule for rule in rules if rule))


def _rule(prop: Prop, start: Moment, tz: ZoneInfo) -> str | None:
    if not prop.value.strip():
        return None
    try:
        text, until = values.rule(prop.value)
    except ValueError as exc:
        raise SkipError(f"bad RRULE: {exc}") from None
    if until is not None:
        # The store expands rules in the venue's wall-clock time: UNTIL is written the same way.
        if isinstance(until, datetime) and not isinstance(start, datetime):
            value = f"{until:%Y%m%d}"  # an all-day series ends on the day written, as other readers take it
        elif isinstance(until, datetime):
            local = until.astimezone(tz) if until.tzinfo else until
            value = f"{local:%Y%m%dT%H%M%S}"
        else:
            value = f"{until:%Y%m%d}" if not isinstance(start, datetime) else f"{until:%Y%m%d}T235959"
        text = re.sub(r"(^|;)UNTIL=[^;]*", lambda m: f"{m.group(1)}UNTIL={value}", text)
    try:
        parse_rule(text, start)
    except ValidationError as exc:
        raise SkipError(f"bad RRULE: {exc}") from None
    return text


def _dates_of(record: VEventRecord, name: str) -> list[tuple[date | datetime | tuple, str | None]]:
    found: list[tuple[date | datetime | tuple, str | None]] = []
    for prop in record.props.get(name, ()):
        try:
            decoded = values.moments(prop.value)
        except ValueError as exc:
            raise SkipError(f"bad {name}: {exc}") from None
        tzid = prop.params.get("TZID") or None
        found.extend((item, tzid) for item in decoded)
    return found


def _same_wall_clock(value: date | datetime, tzid: str | None, series_tzid: str | None) -> bool:
    """Whether ``value`` is a date-time written in the TZID of DTSTART (or floating, like it)."""
    return isinstance(value, datetime) and (tzid or None) == series_tzid and bool(tzid or value.tzinfo is None)


def _occurrence_moment(
    value: date | datetime,
    tzid: str | None,
    series_tzid: str | None,
    tz: ZoneInfo,
    context: ReadContext,
    tzid_hint: str | None,
    country_zone: str | None,
    name: str,
    shift: timedelta,
) -> Moment:
    """An EXDATE or RECURRENCE-ID: it names an occurrence by its wall-clock start in the series' zone.

    A value in the same TZID as DTSTART (or floating, like it) is matched by its wall time,
    moved by ``shift`` (not zero only when the zone stored is not the TZID's, e.g. a
    fallback to UTC). Only a value in another zone (or UTC) is converted as an instant.
    """
    if isinstance(value, datetime) and _same_wall_clock(value, tzid, series_tzid):
        return (value.replace(tzinfo=None) + shift).replace(tzinfo=tz)
    moment, _ = _resolve(value, tzid, context, tzid_hint, country_zone, name)
    return moment.astimezone(tz) if isinstance(moment, datetime) else moment


def _exdates(record: VEventRecord, start: Moment, context: ReadContext, tzid_hint: str | None,
             country_zone: str | None, tz: ZoneInfo, shift: timedelta) -> list[Moment]:
    found: list[Moment] = []
    series_tzid = tzid_of(record, "DTSTART")
    for value, tzid in _dates_of(record, "EXDATE"):
        if isinstance(value, tuple):
            raise SkipError("bad EXDATE: a period is not an occurrence")
        moment = _occurrence_moment(value, tzid, series_tzid, tz, context, tzid_hint, country_zone, "EXDATE", shift)
        if isinstance(start, datetime):
            if not isinstance(moment, datetime):  # a date excludes the occurrence of that day
                moment = datetime.combine(moment, start.astimezone(tz).timetz().replace(tzinfo=None), tzinfo=tz)
            found.append(moment.astimezone(tz))
        else:
            found.append(moment.date() if isinstance(moment, datetime) else moment)
    return found


def _rdates(record: VEventRecord, context: ReadContext, tzid_hint: str | None, country_zone: str | None,
            tz: ZoneInfo, start: Moment) -> list[tuple[Moment, Moment | None]]:
    """RDATE values as occurrence starts of the kind of DTSTART, each with its end when it is a PERIOD."""
    found: list[tuple[Moment, Moment | None]] = []
    for value, tzid in _dates_of(record, "RDATE"):
        end: date | datetime | timedelta | None = None
        if isinstance(value, tuple):  # a PERIOD: start and end (or length)
            value, end = value
        moment, _ = _resolve(value, tzid, context, tzid_hint, country_zone, "RDATE")
        if isinstance(moment, datetime):
            moment = moment.astimezone(tz)
            if not isinstance(start, datetime):
                moment = moment.date()
        elif isinstance(start, datetime):  # a date on a timed series: midnight of that day
            moment = datetime.combine(moment, datetime.min.time(), tzinfo=tz)
        if isinstance(end, timedelta):
            end = moment + end
        elif isinstance(end, datetime):
            resolved, _ = _resolve(end, tzid, context, tzid_hint, country_zone, "RDATE")
            end = resolved.astimezone(tz) if isinstance(resolved, datetime) and isinstance(moment, datetime) else None
        else:
            end = None
        if (moment, end) not in found:
            found.append((moment, end if end is not None and end > moment else None))
    return found


def _enum(kind: type, text: str | None, default):  # noqa: ANN001, ANN202 - any StrEnum
    try:
        return kind(text) if text else default
    except ValueError:
        return default


def _status(record: VEventRecord) -> EventStatus:
    exact = _enum(EventStatus, x_text(record, ex.X_STATUS), None)
    if exact is not None:
        return exact
    status = text_of(record, "STATUS").upper()
    return {"CONFIRMED": EventStatus.CONFIRMED, "CANCELLED": EventStatus.CANCELLED}.get(status, EventStatus.PLANNED)


def _description(record: VEventRecord) -> str:
    plain = x_text(record, ex.X_DESCRIPTION)
    if plain is not None:
        return plain
    if ex.X_STATUS in record:  # our own export with no description
        return ""
    return text_of(record, "DESCRIPTION").replace("\r\n", "\n").strip()


def _sequence(record: VEventRecord) -> int:
    try:
        return min(max(0, int(text_of(record, "SEQUENCE").strip() or 0)), MAX_SEQUENCE)
    except ValueError:
        return 0
