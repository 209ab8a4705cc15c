"""``confirm``: the Needs confirming list, and recording an event's outcome (held, postponed, cancelled)."""

from __future__ import annotations

import argparse

from cica_planner.cli.calendar_commands import today_of
from cica_planner.cli.options import parse_date, print_json

OUTCOME_CHOICES = ("held", "postponed", "cancelled")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "confirm",
        help="list what needs confirming, or record an event's outcome",
        description="Without a UID: list past plans with no recorded outcome and events whose day is still open. "
        "With a UID and --outcome: record that the event was held, postponed or cancelled, with --reason "
        "(kept in its History).",
    )
    parser.add_argument("uid", nargs="?", help="the event whose outcome to record")
    parser.add_argument("--outcome", choices=OUTCOME_CHOICES, help="what happened")
    parser.add_argument("--reason", default="", help="the source or reason (required with --outcome)")
    parser.add_argument("--close-steps", action="store_true",
                        help="with --outcome held: close the event's open steps (done, date not recorded)")
    parser.add_argument("--today", metavar="DATE", help="the day that decides what is past (YYYY-MM-DD; default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_confirm)


def run_confirm(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.domain.errors import ValidationError
    from cica_planner.domain.model import EventStatus

    today = parse_date(args.today, "--today") or today_of(context)
    service = context.services.confirming
    if args.uid is None:
        if args.outcome:
            raise ValidationError("--outcome needs the UID of the event")
        entries = service.needs_confirming(today)
        if args.json:
            print_json([{"uid": e.uid, "title": e.title, "category": e.category.value, "when": e.when,
                         "needs": e.reason.value, "status": e.status} for e in entries])
            return 0
        for entry in entries:
            print(f"{entry.reason.value:<20} {entry.when:<45} {entry.title}  [{entry.uid}]")
        if not entries:
            print("nothing needs confirming")
        return 0
    if not args.outcome:
        raise ValidationError("say what happened with --outcome held, postponed or cancelled")
    if args.close_steps and args.outcome != "held":
        raise ValidationError("--close-steps applies to a held event only")
    event = service.record_outcome(args.uid, EventStatus(args.outcome), args.reason)
    closed = context.services.tasks.close_unrecorded(event.uid) if args.close_steps else 0
    if args.json:
        print_json({"uid": event.uid, "status": event.status.value, "closed_steps": closed})
        return 0
    suffix = f"; {closed} open steps closed (date not recorded)" if closed else ""
    print(f"{event.title}: recorded as {event.status.value}{suffix}")
    return 0
