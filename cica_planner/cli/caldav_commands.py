"""``publish`` and ``sync``: the calendar on a CalDAV server, for Outlook subscriptions and Thunderbird.

Exit status: 0 done; 2 an error (one line: unreachable server, refused password, ...);
3 something waits for a decision (a conflict, an event deleted on the server, a resource
held back because it changed on the server).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cica_planner.cli.calendar_commands import CLI_ZONE
from cica_planner.cli.options import parse_date
from cica_planner.domain.errors import ValidationError

NEEDS_DECISION = 3


def _add_login(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="address of the calendar collection, e.g. https://cal.example.org/alice/cica/")
    parser.add_argument("--user", metavar="NAME", help="user name on the server (default: the one used last for URL)")
    parser.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="give up on a silent server after this long")


def register(subparsers: argparse._SubParsersAction) -> None:
    publish = subparsers.add_parser(
        "publish", help="publish the calendar to a CalDAV server (one resource per event; only changes are sent)",
        description="Publish the calendar to a CalDAV collection. The password comes from the OS keyring, "
        "else $CICA_PLANNER_CALDAV_PASSWORD, else a prompt; never from the command line.")
    _add_login(publish)
    publish.add_argument("--from", dest="from_", metavar="DATE", help=f"only events touching this day or later ({CLI_ZONE})")
    publish.add_argument("--to", metavar="DATE", help="only events touching this day or earlier")
    publish.add_argument("--category", action="append", default=[], metavar="NAME", help="only this category (repeatable)")
    publish.add_argument("--include-unscheduled", action="store_true",
                         help="also publish events known only to a month, quarter or year (as 'date TBC')")
    publish.add_argument("--tasks", action="store_true",
                         help="add checklist deadlines for Outlook, and the tasks as VTODO into a task collection")
    publish.add_argument("--task-calendar", metavar="URL", help="the task collection (default: URL with '-tasks' added)")
    publish.add_argument("--all", dest="all_events", action="store_true",
                         help="publish the whole calendar (without selection options, the last selection is kept)")
    publish.add_argument("--create", action="store_true", help="create the collection(s) if missing")
    publish.set_defaults(handler=run_publish)

    sync = subparsers.add_parser(
        "sync", help="two-way sync with a CalDAV collection: take back changes made there, then publish",
        description="Take back what CalDAV clients changed on the server, then publish what changed here. "
        "Changes on both sides are conflicts, listed field by field; nothing is overwritten silently.")
    _add_login(sync)
    sync.add_argument("--accept-deletions", action="store_true", help="delete here the events deleted on the server")
    sync.add_argument("--task-calendar", metavar="URL", help="the task collection, when publishing with --tasks "
                      "used another than URL with '-tasks' added")
    choice = sync.add_mutually_exclusive_group()
    choice.add_argument("--keep-mine", action="store_true", help="settle every conflict with this calendar's version")
    choice.add_argument("--take-theirs", action="store_true", help="settle every conflict with the server's version")
    sync.set_defaults(handler=run_sync)


def _remote(args: argparse.Namespace, context, url: str | None = None):  # noqa: ANN001, ANN202 - cli.Context
    from cica_planner.services.caldav_client import Remote, collection_url
    from cica_planner.services.caldav_credentials import find_password

    target = collection_url(url or args.url)
    user = args.user
    if user is None:
        user = context.services.publisher(context.clock).stored_user(target)
    if args.timeout <= 0:
        raise ValidationError("--timeout must be a positive number of seconds")
    prompt = getpass.getpass if sys.stdin.isatty() and user else None
    password = find_password(target, user, prompt=prompt) if user else None
    if user and password is None:
        raise ValidationError(f"no password for {user}: store it in the keyring (Publishing settings) "
                              "or set CICA_PLANNER_CALDAV_PASSWORD")
    return Remote(target, user or "", password or "", args.timeout)


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")


def run_publish(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.caldav_client import CollectionMissingError, Remote
    from cica_planner.services.ical_export import ExportOptions
    from cica_planner.services.planner import categories_from_names

    first = parse_date(args.from_, "--from")
    last = parse_date(args.to, "--to")
    if first and last and last < first:
        raise ValidationError("--to comes before --from")
    # Selection options replace the selection remembered for URL; without any, it is kept.
    given = any((first, last, args.category, args.include_unscheduled, args.tasks, args.all_events))
    options = ExportOptions(start=first, end=last, categories=categories_from_names(args.category),
                            include_unscheduled=args.include_unscheduled, include_tasks=args.tasks) if given else None
    remote = _remote(args, context)
    tasks_remote = None
    if args.task_calendar:
        tasks_remote = Remote(args.task_calendar, remote.user, remote.password, remote.timeout)
    publisher = context.services.publisher(context.clock)
    try:
        report = publisher.publish(remote, options, create=args.create, tasks_remote=tasks_remote)
    except CollectionMissingError as exc:
        if args.create or not _ask(f"There is no calendar at {remote.url}. Create it?"):
            raise ValidationError(str(exc)) from None
        report = publisher.publish(remote, options, create=True, tasks_remote=tasks_remote)
    for held in report.held_back:
        print(f"held back {held.uid}: {held.reason}", file=sys.stderr)
    print(f"Published to {remote.url}: {report.summary()}")
    return NEEDS_DECISION if report.held_back else 0


def run_sync(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.caldav_client import Remote
    from cica_planner.services.caldav_sync import MINE, THEIRS

    remote = _remote(args, context)
    resolve = MINE if args.keep_mine else THEIRS if args.take_theirs else None
    tasks_remote = None
    if args.task_calendar:
        tasks_remote = Remote(args.task_calendar, remote.user, remote.password, remote.timeout)
    sync = context.services.caldav_sync(context.clock)
    report = sync.sync(remote, accept_deletions=args.accept_deletions, resolve_all=resolve,
                                              tasks_remote=tasks_remote)
    for title in report.taken:
        print(f"updated from the server: {title}")
    for title in report.added:
        print(f"added from the server: {title}")
    for title in report.deleted:
        print(f"deleted as on the server: {title}")
    for title in report.tasks_updated:
        print(f"task status from the server: {title}")
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for conflict in report.conflicts:
        print(f"conflict: {conflict.describe()}")
        for change in conflict.fields:
            base = f" (was {change.base})" if change.base is not None else ""
            print(f"    {change.label}: here {change.local!r}; on the server {change.server!r}{base}")
    for deletion in report.deletions:
        print(f"deleted on the server: {deletion.title} [{deletion.uid}] (use --accept-deletions to delete it here)")
    for held in report.published.held_back:
        print(f"held back {held.uid}: {held.reason}", file=sys.stderr)
    print(f"Synced with {remote.url}: {report.summary()}")
    if report.conflicts:
        print("Settle the conflicts with --keep-mine or --take-theirs, or field by field in the app (Sync now).",
              file=sys.stderr)
    return NEEDS_DECISION if report.needs_decision or report.published.held_back else 0
