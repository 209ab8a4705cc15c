"""``list``: occurrences of the calendar in start order."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta

from cica_planner.cli.options import parse_date, print_json
from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, Occurrence, Precision, zone
from cica_planner.domain.outcome import shown_status
from cica_planner.domain.periods import describe_period

#: Dates on the command line are days at the Secretariat's seat (Astana).
CLI_ZONE = HOME_ZONE
DEFAULT_TO = date(2050, 12, 31)
#: Without --to, a list reaches this far past --from (recurring events would never end).
DEFAULT_SPAN_YEARS = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list events (recurrences expanded) in start order",
        description="List events in start order, from today on unless --from says otherwise (--all: every stored "
        "event once). Days are days in Astana (Asia/Almaty), the Secretariat's seat, unless --tz names another zone.",
    )
    parser.add_argument("--from", dest="from_", metavar="DATE", help="first day (YYYY-MM-DD; default today)")
    parser.add_argument("--to", metavar="DATE",
                        help="last day, inclusive (YYYY-MM-DD; default ten years after the first day, at least 2050-12-31)")
    parser.add_argument("--search", metavar="TEXT",
                        help="only events matching TEXT: title, place, description, country name or code, body name "
                        "or abbreviation (SOC, SWG, MC, TTF, BC, BF, CEP); case and accents are ignored")
    parser.add_argument("--category", action="append", default=[], metavar="NAME", help="only this category (repeatable)")
    parser.add_argument("--tz", metavar="ZONE", default=CLI_ZONE,
                        help=f"IANA time zone whose days --from and --to name (default {CLI_ZONE}, Astana)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--all", action="store_true",
                        help="every event once, whatever its dates, with its history (for comparing calendars)")
    parser.set_defaults(handler=run_list)


def today_of(context) -> date:  # noqa: ANN001 - cli.Context
    """Today in Astana from the context's clock (the system clock, or CICA_PLANNER_NOW, without one)."""
    clock = getattr(context, "clock", None) or system_clock()
    return clock.today()


def occurrence_json(occurrence: Occurrence, today: date | None = None) -> dict:
    """The JSON object of one occurrence (see README, 'Command line').

    ``status`` is the status as shown on ``today``: "outcome to confirm" for a past plan,
    the recorded one in ``recorded_status``. A window item also gives ``window_start`` and
    ``window_end`` (its first and last possible day).
    """
    event = occurrence.event
    found = {
        "uid": event.uid,
        "title": event.title,
        "category": event.category.value,
        "start": occurrence.start.isoformat(),
        "end": occurrence.end.isoformat(),
        "all_day": occurrence.all_day,
        "tzid": event.tzid,
        "city": event.city,
        "country": event.country,
        "status": shown_status(event, today) if today else event.status.value,
        "recorded_status": event.status.value,
        "precision": event.precision.value,
        # The occurrence of a series by its original start (RECURRENCE-ID); null for a single event.
        "recurrence_id": occurrence.recurrence_id.isoformat() if occurrence.recurrence_id is not None else None,
        "version": event.version,
        "changed_by": event.changed_by,
        "changed_at": event.changed_at.isoformat() if event.changed_at else None,
    }
    if event.precision is Precision.WINDOW:
        found["window_start"] = event.local_start_date().isoformat()
        found["window_end"] = event.local_end_date().isoformat()
    return found


def event_json(event: Event) -> dict:
    """The JSON object of one stored event for ``list --all``: every field, history included.

    Its ``status`` is the recorded one, whatever the day: two copies of a calendar print the same.
    """
    return {
        **occurrence_json(Occurrence(event, event.start, event.end)),
        "venue": event.venue,
        "mode": event.mode.value,
        "organiser": event.organiser,
        "description": event.description,
        "period_part": event.period_part.value if event.period_part else None,
        "rrule": event.rrule,
        "exdates": [moment.isoformat() for moment in event.exdates],
        "sequence": event.sequence,
        "created": event.created.isoformat(),
        "last_modified": event.last_modified.isoformat(),
        "history": [
            {"changed_at": change.changed_at.isoformat(), "changed_by": change.changed_by, "reason": change.reason,
             "summary": change.summary()}
            for change in event.history
        ],
    }


def when_text(occurrence: Occurrence) -> str:
    event = occurrence.event
    if event.precision is Precision.WINDOW:
        return f"{occurrence.start.isoformat()}..{event.local_end_date().isoformat()} (day TBC)"
    if not event.date_is_fixed:
        return describe_period(event.precision, occurrence.start, event.period_part) + " (TBC)"
    if isinstance(occurrence.start, datetime):
        return occurrence.start.strftime("%Y-%m-%d %H:%M %Z")
    last = occurrence.end - timedelta(days=1)
    return occurrence.start.isoformat() if last == occurrence.start else f"{occurrence.start.isoformat()}..{last.isoformat()}"


def run_list(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    if args.all:
        return list_all(args, context)
    zone(args.tz)  # an unknown zone is a one-line error before the database is opened
    first = parse_date(args.from_, "--from") or context.clock.today(args.tz)
    last = parse_date(args.to, "--to") or max(DEFAULT_TO, first.replace(year=first.year + DEFAULT_SPAN_YEARS))
    if last < first:
        raise ValidationError("--to comes before --from")
    from cica_planner.services.planner import OccurrenceFilter, categories_from_names  # not needed by --help

    filters = OccurrenceFilter(categories=categories_from_names(args.category))
    found = context.planner.occurrences(first, last + timedelta(days=1), filters, tzid=args.tz)
    if found.cut:
        print(f"note: {found.cut_notice()}", file=sys.stderr)
    if args.search is not None:
        from cica_planner.services.search import filter_occurrences

        found = filter_occurrences(context.planner, found, args.search)
    if args.json:
        today = today_of(context)
        print_json([occurrence_json(o, today) for o in found])
        return 0
    today = today_of(context)
    for occurrence in found:
        event = occurrence.event
        place = ", ".join(p for p in (event.city, event.country) if p)
        status = shown_status(event, today)
        print(f"{when_text(occurrence):<28} {event.category.value:<22} {event.title}  [{place or '—'}; {status}]")
    return 0


def list_all(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    """Every stored event once, in UID order (two copies of one calendar print the same)."""
    if args.from_ or args.to or args.category:
        raise ValidationError("--all lists every event; leave out --from, --to and --category")
    events = sorted(context.planner.all_events(), key=lambda event: event.uid)
    if args.search is not None:
        from cica_planner.services.search import matching_uids

        wanted = matching_uids(context.planner, args.search)
        events = [event for event in events if event.uid in wanted]
    if args.json:
        print_json([event_json(event) for event in events])
        return 0
    for event in events:
        occurrence = Occurrence(event, event.start, event.end)
        print(f"{when_text(occurrence):<28} {event.category.value:<22} {event.title}  [{event.uid}]")
    return 0
