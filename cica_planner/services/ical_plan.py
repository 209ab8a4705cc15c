"""The import plan: what every VEVENT of a file would do (new, updated, unchanged, skipped, removed) and why.

Nothing is written here. The file is read once (:mod:`ical_reader`), each VEVENT is turned
into events by the guesser (:mod:`ical_normalise`), moved occurrences join their series,
and each event is compared, by UID, with what is stored: an update needs a higher
SEQUENCE, or an equal one with a newer LAST-MODIFIED (DTSTAMP when there is none).

The stored calendar is read once per plan, in one query.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from cica_planner.domain.errors import ImportFormatError, ValidationError
from cica_planner.domain.model import Country, Event, Moment, Override
from cica_planner.services import ical_series_import as series_import
from cica_planner.services import ical_values as values
from cica_planner.services.ical_normalise import (
    EventRead,
    ReadContext,
    SkipError,
    is_deadline,
    read_event,
    text_of,
    tzid_of,
    uid_of,
    valid_zone,
    windows_zone,
)
from cica_planner.services.ical_reader import CalendarRecord, read_records
from cica_planner.services.import_guard import fresh_timezone_state

Progress = Callable[[int, int], None]


class StoredCalendar(Protocol):
    """What a plan reads of the calendar it is made for: a ``PlannerService``, or a calendar file read
    with the standard ``sqlite3`` module alone (``services/file_import.py``)."""

    def all_events(self) -> list[Event]: ...

    def countries(self) -> list[Country]: ...


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    #: A stored occurrence written apart by an earlier export that the file's series no longer has.
    REMOVED = "removed"


@dataclass(frozen=True)
class PlannedItem:
    """What importing one VEVENT will do."""

    uid: str
    outcome: Outcome
    title: str = ""
    reason: str = ""
    event: Event | None = None


@dataclass
class ImportPlan:
    """The outcome of every VEVENT of a file, worked out without writing anything."""

    items: list[PlannedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Occurrences to leave out of series that are already stored; the apply step adds those
    #: the stored series does not leave out yet (see ``ical_import.prune_known_exdates``).
    stored_exdates: dict[str, list[Moment]] = field(default_factory=dict)
    #: Checklist deadline markers of the file (they belong to the checklists, not the calendar).
    ignored_deadlines: int = 0
    #: The stored events the plan compared with, by UID (read once; the apply step re-checks them).
    stored: dict[str, Event] = field(default_factory=dict, repr=False, compare=False)

    def count(self, outcome: Outcome) -> int:
        return sum(item.outcome is outcome for item in self.items)

    @property
    def skipped(self) -> list[PlannedItem]:
        return [item for item in self.items if item.outcome is Outcome.SKIPPED]

    def summary(self) -> str:
        return summary_text(self.count(Outcome.NEW), self.count(Outcome.UPDATED), self.count(Outcome.UNCHANGED),
                            self.count(Outcome.SKIPPED), self.count(Outcome.REMOVED), self.ignored_deadlines)


def summary_text(created: int, updated: int, unchanged: int, skipped: int, removed: int, ignored: int) -> str:
    text = f"created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}"
    if removed:
        text += f", removed {removed}"
    if ignored:
        text += f", ignored {ignored} checklist deadline{'' if ignored == 1 else 's'}"
    return text


def is_newer(incoming: Event, current: Event) -> bool:
    if incoming.sequence != current.sequence:
        return incoming.sequence > current.sequence
    return incoming.last_modified > current.last_modified


def read_file(data: bytes | str) -> list[CalendarRecord]:
    """The calendars of ``data``, or ImportFormatError with a one-line message.

    A VTIMEZONE whose TZID is a known zone (IANA or Windows name) is not read: such times
    are read with the IANA rules. Any other VTIMEZONE is checked with icalendar now, so a
    broken one refuses the file before anything is planned.
    """
    calendars = read_records(data)
    unknown = [text for calendar in calendars for tzid, text in calendar.timezones.items()
               if not (valid_zone(tzid) or windows_zone(tzid))]
    if not unknown:
        return calendars
    import icalendar

    fresh_timezone_state()  # no VTIMEZONE of an earlier file may stand in for this file's
    for text in unknown:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                icalendar.Timezone.from_ical(text)
        except Exception as exc:  # a VTIMEZONE icalendar cannot read makes the file unreadable, as before
            message = " ".join(str(exc).split()) or exc.__class__.__name__
            raise ImportFormatError(f"cannot read the iCalendar file: {message[:200]}") from None
    return calendars


def plan_import(target: StoredCalendar, data: bytes | Sequence[object], progress: Progress | None = None,
                *, stored: dict[str, Event] | None = None) -> ImportPlan:
    """Work out what importing ``data`` would do, without writing anything.

    Args:
        target: the calendar the import goes into (its stored events and countries are read).
        data: the file, its calendars as read by :func:`read_file`, or icalendar calendars
            (a CalDAV resource), which are read from their text like a file.
        stored: the stored events by UID, when the caller has them already (else read once here).

    Raises:
        ImportFormatError: If ``data`` is not an iCalendar file at all.
    """
    calendars = _calendars(data)
    if stored is None:
        stored = {event.uid: event for event in target.all_events()}
    countries = target.countries() or _shipped_countries()
    plan = ImportPlan(stored=stored)
    records = [(calendar, record) for calendar in calendars for record in calendar.events]
    incoming: dict[str, Event] = {}
    overrides: list[EventRead] = []
    # DTSTART's TZID, the event and the wall-time shift read from each series master; each moved instance.
    masters: dict[str, tuple[str | None, Event, timedelta]] = {}
    # Series of CICA Planner's own files: their parts written apart that the file lacks are stale.
    own_series: dict[str, Event] = {}
    moved: list[tuple[str, str | None, list[Event]]] = []
    order: list[PlannedItem] = []
    contexts = {id(calendar): _context(calendar, countries, plan.notes) for calendar in calendars}
    for done, (calendar, record) in enumerate(records, start=1):
        if progress:
            progress(done, len(records))
        uid = uid_of(record)
        if is_deadline(record):
            # Tasks are not imported from iCalendar: the marker belongs to its event's checklist.
            plan.ignored_deadlines += 1
            continue
        try:
            read = read_event(record, uid, contexts[id(calendar)])
            events = read.events
            if read.original is not None:
                # A changed occurrence: it joins its series once every VEVENT is read.
                events[0].validate()
                overrides.append(read)
                moved.append((uid, tzid_of(record, "DTSTART"), events))
                continue
            masters.setdefault(uid, (tzid_of(record, "DTSTART"), events[0], read.shift))
            if read.own:
                own_series.setdefault(uid, events[0])
            for event in events:
                if event.uid in incoming:
                    raise SkipError(f"the file holds UID {event.uid} twice")
                event.validate()
                incoming[event.uid] = event
                order.append(PlannedItem(event.uid, Outcome.NEW, event.title, event=event))
        except (SkipError, ValidationError) as exc:
            order.append(PlannedItem(uid, Outcome.SKIPPED, _title(record), _one_line(str(exc))))
        except Exception as exc:  # one unreadable component must not stop the import
            reason = _one_line(str(exc)) or exc.__class__.__name__
            order.append(PlannedItem(uid, Outcome.SKIPPED, _title(record), f"cannot read it: {reason}"))
    _zone_moved_like_masters(masters, moved)
    order += _join_overrides(overrides, masters, incoming, stored)
    for item in order:
        current = stored.get(item.uid) if item.outcome is Outcome.NEW else None
        if item.event is None or current is None:
            plan.items.append(item)
        else:
            newer = is_newer(item.event, current)
            plan.items.append(replace(item, outcome=Outcome.UPDATED if newer else Outcome.UNCHANGED))
    plan.items.extend(_stale_parts(own_series, stored, {item.uid for item in order}))
    return plan


def _calendars(data: bytes | Sequence[object]) -> list[CalendarRecord]:
    if isinstance(data, bytes):
        return read_file(data)
    records = [calendar for calendar in data if isinstance(calendar, CalendarRecord)]
    if len(records) == len(data):
        return records
    import icalendar

    return read_file(b"".join(calendar.to_ical() for calendar in data if isinstance(calendar, icalendar.Calendar)))


def _context(calendar: CalendarRecord, countries: list[Country], notes: list[str]) -> ReadContext:
    wr_zone = calendar.props.get("X-WR-TIMEZONE")
    return ReadContext(calendar_zone=valid_zone(values.text(wr_zone[0].value)) if wr_zone else None,
                       file_zones={}, countries=countries, notes=notes, zone_texts=calendar.timezones)


def _title(record) -> str:  # noqa: ANN001 - a VEventRecord
    return text_of(record, "SUMMARY")


def _join_overrides(overrides: list[EventRead], masters: dict[str, tuple[str | None, Event, timedelta]],
                    incoming: dict[str, Event], stored: dict[str, Event]) -> list[PlannedItem]:
    """Each moved occurrence joins its series: in the file, else stored, else a series of its own."""
    changed_stored: dict[str, Event] = {}
    orphans: dict[str, Event] = {}
    for read in sorted(overrides, key=lambda r: r.events[0].sequence):
        master_uid, moment = read.uid, read.original
        assert moment is not None
        assert read.original_raw is not None
        found = masters.get(master_uid)
        if master_uid in incoming:
            master = incoming[master_uid]
        elif master_uid in stored:
            master = changed_stored.setdefault(master_uid, series_import.with_own_overrides(stored[master_uid]))
        elif master_uid in orphans:
            master = orphans[master_uid]
        else:
            master = None
        same_tzid = found is not None and read.original_wall is not None and found[0] == read.original_tzid
        shift = found[2] if found is not None else timedelta(0)
        if master is None:
            rid = moment
        else:
            rid = series_import.recurrence_id(read.original_raw, moment, read.original_wall, master, same_tzid, shift)
        override = Override.of(read.events[0], rid, this_and_future=read.this_and_future)
        if master is None:
            orphans[master_uid] = series_import.orphan(master_uid, read.events[0], override)
        else:
            series_import.add_override(master, override, read.events[0].last_modified)
    items: list[PlannedItem] = []
    for uid, series in changed_stored.items():
        outcome = Outcome.UNCHANGED if series.overrides == stored[uid].overrides else Outcome.UPDATED
        if outcome is Outcome.UPDATED:
            # The stored series changed by this file's exceptions: newer than what is stored, for the re-check.
            series.last_modified = max(series.last_modified, stored[uid].last_modified + timedelta(seconds=1))
        # Compared with the stored one already: the loop in plan_import leaves it as it is.
        items.append(PlannedItem(uid, outcome, series.title, event=None if outcome is Outcome.UNCHANGED else series))
    for uid, series in orphans.items():
        incoming[uid] = series
        items.append(PlannedItem(uid, Outcome.NEW, series.title, event=series))
    return items


_PART = re.compile(r"(?P<series>.+)-\d{8}")


def _stale_parts(own_series: dict[str, Event], stored: dict[str, Event], in_file: set[str]) -> list[PlannedItem]:
    """Stored occurrences that an earlier export wrote apart and the file's series no longer has.

    CICA Planner writes some occurrences of a series as events of their own (UID
    ``<uid>-<yyyymmdd>``): when the series moves, the next export has other parts, and the
    old ones must go. Only series from CICA Planner's own files are checked (a foreign file
    cannot have written them), and never when the stored series is newer than the file's.
    """
    removed = []
    if not own_series:
        return removed
    for uid, event in sorted(stored.items()):
        match = _PART.fullmatch(uid)
        if match is None or uid in in_file:
            continue
        series = own_series.get(match.group("series"))
        if series is None:
            continue
        current = stored.get(series.uid)
        if current is not None and is_newer(current, series):
            continue
        reason = f"no longer an occurrence of {series.uid} in the file"
        removed.append(PlannedItem(uid, Outcome.REMOVED, event.title, reason, event=event))
    return removed


def _zone_moved_like_masters(
    masters: dict[str, tuple[str | None, Event, timedelta]], moved: list[tuple[str, str | None, list[Event]]]
) -> None:
    """Store each moved instance under its series' zone when both are written in the same TZID.

    The zone is chosen per VEVENT from the offset, the TZID's Windows mapping and the
    country named in LOCATION; a moved instance often has another LOCATION (or none), so
    the same "West Asia Standard Time" would give Asia/Almaty to the series but
    Asia/Tashkent to its moved instance. The instants do not change, only the zone they
    are shown in.
    """
    for uid, tzid_param, events in moved:
        found = masters.get(uid)
        if found is None or found[0] != tzid_param:
            continue
        zone = found[1].tzid
        for event in events:
            if event.tzid == zone:
                continue
            if isinstance(event.start, datetime) and isinstance(event.end, datetime):
                tz = ZoneInfo(zone)
                event.start, event.end = event.start.astimezone(tz), event.end.astimezone(tz)
            event.tzid = zone


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def _shipped_countries() -> list[Country]:
    """The shipped list of Member and observer States, for a database created without it."""
    from cica_planner.resources import load_json

    try:
        rows = load_json("seed", "countries.json")
    except (OSError, ValueError):
        return []
    return [Country(r["code"], r["name"], r["tzid"], r.get("status", "member")) for r in rows]


def prune_known_exdates(plan: ImportPlan) -> ImportPlan:
    """``plan`` without the occurrences its stored series already leave out, so the preview counts real changes."""
    pending: dict[str, list[Moment]] = {}
    for uid, moments in plan.stored_exdates.items():
        current: Event | None = plan.stored.get(uid)
        if current is None or not current.rrule:
            continue
        missing = [m for m in moments if m not in current.exdates]
        if missing:
            pending[uid] = missing
    return replace(plan, stored_exdates=pending) if pending != plan.stored_exdates else plan
