"""``edit``: change fields of one event from the command line, never over someone else's change."""

from __future__ import annotations

import argparse
from dataclasses import replace

from cica_planner.domain.model import EventStatus, Mode

FIELDS = ("title", "city", "country", "venue", "organiser", "description")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "edit", help="change fields of one event",
        description="Change fields of one event. With --if-version (the version `list --json` showed), the change "
        "is refused when someone changed the event since; without it, the event as stored now is changed.")
    parser.add_argument("uid", metavar="UID", help="the event's UID (see list --json)")
    for name in FIELDS:
        parser.add_argument(f"--{name}", metavar="TEXT", help=f"new {name}")
    parser.add_argument("--status", choices=[s.value for s in EventStatus], help="new status")
    parser.add_argument("--mode", choices=[m.value for m in Mode], help="new format")
    parser.add_argument("--reason", metavar="TEXT",
                        help="why the place or format changed (needed for a published event; kept in its history)")
    parser.add_argument("--if-version", type=int, metavar="N", help="only if the stored version is still N")
    parser.set_defaults(handler=run_edit)


def run_edit(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    event = context.planner.get(args.uid)
    changes = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    if args.status:
        changes["status"] = EventStatus(args.status)
    if args.mode:
        changes["mode"] = Mode(args.mode)
    if args.if_version is not None:
        changes["version"] = args.if_version
    saved = context.planner.edit(event, replace(event, **changes), args.reason)
    print(f"saved {saved.title!r} (version {saved.version})")
    return 0
