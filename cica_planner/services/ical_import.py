"""iCalendar import from Outlook, Google, Thunderbird and CICA Planner's own export.

Importing is two steps so that the desktop app can show what will happen first:
:meth:`ImportService.plan` reads the file and works out, for every VEVENT, whether it is
new, an update, unchanged or skipped (with its UID and the reason), without writing;
:meth:`ImportService.apply` then writes the plan in ONE transaction (all or nothing) and
gives back the receipt :meth:`ImportService.undo` reverts. The command line and the app
both import through this service, but for one case: the command line writes an import that
only adds events to a calendar file with ``sqlite3`` alone (``file_import``: the same plan,
the same rows, without loading the database stack).

The steps live in their own modules: the VEVENT reader (``ical_reader``, values decoded by
``ical_values``), the guesser (``ical_normalise`` and ``ical_guesses``: zones, places,
categories, series), the plan (``ical_plan``) and the apply step (``ical_apply``). This
module keeps their public names, so callers import from one place.

Reading rules:

* A file that is not iCalendar at all (empty, binary, cut short before END:VCALENDAR,
  no VEVENT) raises ImportFormatError with a one-line message.
* A VEVENT that cannot be read (bad DTSTART, DTEND before DTSTART, an unknown TZID
  without VTIMEZONE, a bad RRULE, ...) is skipped and named; the rest imports.
* Time zones: a TZID that is an IANA name, or a Windows name with a CLDR mapping, is
  read with the IANA rules of that zone, as Google and Thunderbird do for known zones
  (their VTIMEZONEs often carry only today's offset: Google writes Asia/Almaty at +05
  all year, old clients at +06). A VTIMEZONE under any other TZID is honoured as
  written. The instant is stored exactly, under the IANA zone that gives the same
  offset: the TZID itself, the zone of the country named in LOCATION, the Windows
  mapping, or else UTC. In CICA Planner's own files (``X-CICA-TZID``) the wall time is read in that
  IANA zone, since their VTIMEZONEs carry only what Outlook can read. UTC times
  (Google) are stored under X-WR-TIMEZONE. Floating times are
  read in X-WR-TIMEZONE, else in Asia/Almaty, and the plan says so in its notes.
* EXDATE and RECURRENCE-ID values in the TZID of DTSTART name occurrences by their wall
  time in that TZID: they are moved into the stored zone by the same shift as DTSTART,
  so they still match the stored series when it had to fall back to another zone.
* A series stays one series (see ``ical_series_import``): a RECURRENCE-ID override
  becomes an override of the series with the same UID, in the file or stored, keyed by
  the occurrence's original start; RDATE (DATE, DATE-TIME, PERIOD), several RRULEs and
  an empty ``RRULE:`` are read as other readers do. An override written in the same TZID
  as its series is stored under the series' zone (the zone chosen for a VEVENT also
  depends on its LOCATION, which a moved instance often lacks).
* Re-import updates by UID when SEQUENCE is higher, or equal with a newer
  LAST-MODIFIED (DTSTAMP when there is none); otherwise the event is unchanged.
* CICA Planner's own files (``X-CICA-*`` properties): city, country and venue come from
  the X- properties only, never from LOCATION. Occurrences the export wrote apart
  (UID ``<uid>-<yyyymmdd>``) that are stored but no longer in a file holding their series
  are removed (the series changed), unless the stored series is newer than the file's.
  Checklist deadline markers are counted as ignored, not as skipped.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cica_planner.domain.errors import ImportFormatError
from cica_planner.services.ical_apply import apply_import
from cica_planner.services.ical_guesses import VENUE_CITIES
from cica_planner.services.ical_normalise import (
    DEFAULT_DURATION,
    DEFAULT_ZONE,
    MAX_SEQUENCE,
    SHORT_LOCATION,
)
from cica_planner.services.ical_plan import (
    ImportPlan,
    Outcome,
    PlannedItem,
    Progress,
    plan_import,
    prune_known_exdates,
    read_file,
)
from cica_planner.services.import_apply import ImportResult
from cica_planner.services.import_guard import decode_ical, fresh_timezone_state
from cica_planner.services.planner import PlannerService

if TYPE_CHECKING:
    import icalendar

__all__ = [
    "DEFAULT_DURATION", "DEFAULT_ZONE", "MAX_SEQUENCE", "SHORT_LOCATION", "VENUE_CITIES", "ImportPlan", "ImportResult",
    "ImportService", "Outcome", "PlannedItem", "Progress", "apply_import", "import_file", "plan_import",
    "prune_known_exdates", "read_calendars", "read_file",
]


class ImportService:
    """Import an iCalendar file into the calendar: plan, apply with an undo receipt, undo, redo."""

    def __init__(self, planner: PlannerService) -> None:
        self.planner = planner

    def plan(self, data: bytes | Sequence[object], progress: Progress | None = None) -> ImportPlan:
        """What importing ``data`` would do, nothing written (ImportFormatError if it is no calendar)."""
        return prune_known_exdates(plan_import(self.planner, data, progress))

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        """Write ``plan`` in one transaction; the result is the receipt :meth:`undo` takes back."""
        return apply_import(self.planner, prune_known_exdates(plan), progress)

    def redo(self, plan: ImportPlan) -> ImportResult:
        """Write ``plan`` again after an undo: the user asks for the same writes, newer or not."""
        return apply_import(self.planner, plan, recheck_stored=False)

    def undo(self, receipt: ImportResult) -> None:
        """Take back what ``receipt``'s import wrote (ConflictError if someone changed it since)."""
        self.planner.revert(receipt.created_uids, receipt.replaced, receipt.removed_events, undo=True)

    def import_file(self, data: bytes, progress: Progress | None = None) -> ImportResult:
        """Plan and apply in one go (the command line)."""
        return self.apply(self.plan(data), progress)


def import_file(planner: PlannerService, data: bytes, progress: Progress | None = None) -> ImportResult:
    """Plan and apply in one go (the command line)."""
    return ImportService(planner).import_file(data, progress)


def read_calendars(data: bytes) -> list[icalendar.Calendar]:
    """``data`` as icalendar objects (CalDAV resources), or ImportFormatError with a one-line message."""
    import icalendar

    read_file(data)  # the same checks and messages as an import
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # icalendar warns about guessed zone names
            fresh_timezone_state()  # no VTIMEZONE of an earlier file may stand in for this file's
            calendars = icalendar.Calendar.from_ical(decode_ical(data), multiple=True)
    except Exception as exc:  # any parser failure means "not readable", in one line
        message = " ".join(str(exc).split()) or exc.__class__.__name__
        raise ImportFormatError(f"cannot read the iCalendar file: {message[:200]}") from None
    return [c for c in calendars if c.name == "VCALENDAR" and any(s.name == "VEVENT" for s in c.walk())]
