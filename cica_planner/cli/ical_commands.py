"""``export`` and ``import``: the calendar as an iCalendar (.ics) file for Outlook, Thunderbird and Google."""

from __future__ import annotations

import argparse
import sys

from cica_planner.cli.calendar_commands import CLI_ZONE
from cica_planner.cli.options import parse_date
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.reminders import ALARM_MINUTES, MAX_ALARM_MINUTES
from cica_planner.domain.wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="write the calendar to an iCalendar (.ics) file")
    export.add_argument("file", metavar="FILE.ics", help="file to write (replaced atomically)")
    export.add_argument("--from", dest="from_", metavar="DATE", help=f"only events touching this day or later ({CLI_ZONE})")
    export.add_argument("--to", metavar="DATE", help="only events touching this day or earlier")
    export.add_argument("--category", action="append", default=[], metavar="NAME", help="only this category (repeatable)")
    export.add_argument("--include-unscheduled", action="store_true",
                        help="also export events known only to a month, quarter or year (as 'date TBC')")
    export.add_argument("--tasks", action="store_true", help="add open checklist deadlines as all-day free events")
    export.add_argument("--alarm", nargs="?", type=int, const=ALARM_MINUTES, default=None, metavar="MINUTES",
                        help=f"add a reminder before each timed event ({ALARM_MINUTES} minutes unless MINUTES is given; "
                        "default: no reminder)")
    export.set_defaults(handler=run_export)

    imported = subparsers.add_parser("import", help="add or update events from an iCalendar (.ics) file")
    imported.add_argument("file", metavar="FILE.ics", help="file exported by Outlook, Google, Thunderbird or CICA Planner")
    imported.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.ical_export import ExportOptions, build_export, write_export
    from cica_planner.services.planner import categories_from_names

    first = parse_date(args.from_, "--from")
    last = parse_date(args.to, "--to")
    if first and last and last < first:
        raise ValidationError("--to comes before --from")
    options = ExportOptions(
        start=first,
        end=last,
        categories=categories_from_names(args.category),
        include_unscheduled=args.include_unscheduled,
        include_tasks=args.tasks,
        alarm_minutes=args.alarm,
    )
    if args.alarm is not None and not 0 < args.alarm <= MAX_ALARM_MINUTES:
        raise ValidationError(f"--alarm: give the minutes before the event, 1 to {MAX_ALARM_MINUTES}")
    result = build_export(context.planner, options, tasks=context.services.tasks)
    write_export(args.file, result.to_bytes())
    print(f"Exported {counted(result.event_count, 'event')} to {args.file}")
    return 0


def run_import(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.ical_plan import read_file
    from cica_planner.services.import_apply import ImportResult
    from cica_planner.services.import_guard import read_import_file

    data = read_import_file(args.file)  # a regular file within the size limit (a FIFO would block)
    # Read the file before the database is opened: an unreadable file changes nothing.
    calendars = read_file(data)
    result: ImportResult | None = None
    if context.db_path is not None:
        # Adding events to a calendar file needs no database stack (services/file_import.py).
        from cica_planner.services.file_import import import_into_file

        done = import_into_file(context.db_path, calendars, clock=context.clock, seed_new=not args.no_seed,
                                notify=context.notify)
        if done is not None:
            if done.created:
                context.say_created()
            result = done.result
    if result is None:  # a team calendar, or an import that changes stored events: planned again in full
        from cica_planner.services.ical_import import ImportService

        imports = ImportService(context.planner)
        result = imports.apply(imports.plan(calendars))
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for item in result.skipped:
        print(f"skipped {item.uid}: {item.reason}", file=sys.stderr)
    print(result.summary())
    return 0
