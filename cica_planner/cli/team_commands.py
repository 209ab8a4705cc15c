"""``team init|grant|revoke`` (team calendars on PostgreSQL) and ``copy`` (move a whole calendar)."""

from __future__ import annotations

import argparse
import sys

#: The roles of cica_planner.storage.roles.ROLES, named here so --help needs no database stack (a test keeps them equal).
ROLES = ("viewer", "planner", "admin")


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser(
        "team", help="set up a team calendar on PostgreSQL and manage who may change it",
        description="Team calendars live on a PostgreSQL server. Roles: viewer reads everything; planner also "
        "edits events, tasks and checklists; admin also edits the chairmanship register, handover plans, templates "
        "and the members. The server enforces them.")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the calendar's schema and the three roles (server administrator)")
    init.add_argument("url", metavar="URL", help="the database, e.g. postgresql://admin@db.example/cica")
    init.add_argument("--no-seed", dest="init_no_seed", action="store_true",
                      help="leave a new calendar empty instead of loading the shipped CICA calendar")
    init.set_defaults(handler=run_init)
    grant = actions.add_parser("grant", help="give a server login a role on the calendar of --db")
    grant.add_argument("user", metavar="USER", help="the login name on the server")
    grant.add_argument("role", metavar="ROLE", choices=ROLES, help="viewer, planner or admin")
    grant.set_defaults(handler=run_grant)
    revoke = actions.add_parser("revoke", help="take every role on the calendar of --db from a login")
    revoke.add_argument("user", metavar="USER")
    revoke.set_defaults(handler=run_revoke)

    copy = subparsers.add_parser(
        "copy", help="copy a whole calendar between files and team calendars, either way",
        description="Copy every event (with UID and history), task, register entry, handover plan and template "
        "from one calendar to another. SRC and DST are calendar files or postgresql:// URLs.")
    copy.add_argument("--from", dest="source", metavar="SRC", required=True, help="the calendar to copy")
    copy.add_argument("--to", dest="target", metavar="DST", required=True, help="where to copy it (created if missing)")
    copy.add_argument("--replace", action="store_true", help="overwrite a target that is not empty")
    copy.set_defaults(handler=run_copy)


def run_init(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services import team
    from cica_planner.services.team import display_url, is_server_url

    if not is_server_url(args.url):
        from cica_planner.domain.errors import ValidationError

        raise ValidationError(f"{args.url!r} is not a PostgreSQL URL (postgresql://user@host/database)")
    engine = team.init(args.url, seed=not args.init_no_seed)
    engine.dispose()
    print(f"team calendar ready: {display_url(args.url)} (roles: " + ", ".join(f"cica_{r}" for r in ROLES) + ")")
    print(f"next: cica-planner --db {display_url(args.url)} team grant USER planner")
    return 0


def run_grant(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    context.services.team.grant(args.user, args.role)
    print(f"{args.user} is now {args.role} of the team calendar")
    return 0


def run_revoke(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    context.services.team.revoke(args.user)
    print(f"{args.user} has no role on the team calendar any more")
    return 0


def run_copy(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services import team
    from cica_planner.services.team import display_url, is_server_url

    copied = team.copy(args.source, args.target, replace=args.replace)
    shown = display_url(args.target) if is_server_url(args.target) else args.target
    print(f"copied to {shown}: {copied.get('event', 0)} events, {copied.get('task', 0)} tasks, "
          f"{copied.get('event_change', 0)} history entries, {sum(copied.values())} rows in all", file=sys.stdout)
    return 0
