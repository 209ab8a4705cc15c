"""Command line of CICA Planner: ``cica-planner [--db PATH] [--no-seed] COMMAND ...``.

Without a command the desktop window opens. Every failure the user can cause ends in a
one-line message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cica_planner import __version__
from cica_planner.cli.window_start import WindowOptions, window_start_options
from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.paths import database_location

if TYPE_CHECKING:  # the parser and --help never import the database stack
    import argparse

    from sqlalchemy.engine import Engine

    from cica_planner.services.container import Services
    from cica_planner.services.planner import PlannerService

PROG = "cica-planner"

#: Modules that each add sub-commands through ``register(subparsers)``.
COMMAND_MODULES = (
    "cica_planner.cli.calendar_commands",
    "cica_planner.cli.ical_commands",
    "cica_planner.cli.chair_commands",
    "cica_planner.cli.checklist_commands",
    "cica_planner.cli.team_commands",
    "cica_planner.cli.edit_commands",
    "cica_planner.cli.schedule_commands",
    "cica_planner.cli.confirm_commands",
    "cica_planner.cli.backup_commands",
    "cica_planner.cli.caldav_commands",
)


class Context:
    """What a command needs: the database location and services built on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        if args.db is not None and not args.db.strip():
            raise ValidationError("--db needs the path of a calendar file")
        self.location = database_location(args.db)
        #: The calendar file; a team calendar (PostgreSQL URL) has none.
        self.db_path = self.location if isinstance(self.location, Path) else None

    @cached_property
    def engine(self) -> Engine:
        from cica_planner.services.seeding import open_database
        from cica_planner.storage.backups import enable_backups

        if self.db_path is None:
            from cica_planner.services.team import open_team_calendar

            return open_team_calendar(str(self.location), seed=not self.args.no_seed)
        is_new = not self.db_path.exists()
        engine = open_database(self.db_path, seed=not self.args.no_seed, notify=self.notify)
        enable_backups(engine, self.db_path)  # a daily copy before the first change of the day
        if is_new:
            self.say_created()
        return engine

    def notify(self, line: str) -> None:
        """Say what opening the calendar repaired on the way (a restored backup)."""
        print(f"{PROG}: {line}", file=sys.stderr)

    def say_created(self) -> None:
        """Say that the calendar file was created: a mistyped --db would otherwise look like a calendar that lost its events."""
        contents = "empty" if self.args.no_seed else "with the shipped CICA calendar"
        print(f"{PROG}: created a new calendar {self.db_path} ({contents})", file=sys.stderr)

    @cached_property
    def clock(self) -> Clock:
        """The clock of every "today" of the command: the system's, or the instant $CICA_PLANNER_NOW fixes."""
        return system_clock()

    def today(self) -> date:
        """Today at the Secretariat's seat (Astana), the day every command's default is."""
        return self.clock.today()

    @cached_property
    def services(self) -> Services:
        """Every service of the calendar, built once (services/container.py)."""
        # Imported here: building the services loads every one of them, which --help does not need.
        from cica_planner.services.container import services_over

        return services_over(self.engine)

    @property
    def planner(self) -> PlannerService:
        return self.services.planner


def build_parser() -> argparse.ArgumentParser:
    from cica_planner.cli.parser import OneLineParser

    parser = OneLineParser(prog=PROG, description="Plan CICA events, chairmanships and preparation checklists.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="SQLite database file or team calendar URL (postgresql://user@host/db); "
                        "default: $CICA_PLANNER_DB or the user data folder")
    parser.add_argument("--no-seed", action="store_true", help="create a new database empty instead of with the CICA calendar")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def window_options(argv: Sequence[str] | None) -> WindowOptions | None:
    """The options of a start of the window (no command), read without building a parser (cli/window_start.py); else None."""
    return window_start_options(sys.argv[1:] if argv is None else argv)


def main(argv: Sequence[str] | None = None) -> int:
    opening = window_options(argv)  # the desktop start skips building the parser of every command
    if opening is not None:
        from cica_planner.app import run_desktop

        return run_desktop(database_location(opening.db), seed=not opening.no_seed)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from cica_planner.app import run_desktop

        return run_desktop(database_location(args.db), seed=not args.no_seed)
    try:
        return int(args.handler(args, Context(args)) or 0)
    except PlannerError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``cica-planner list | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:
        print(f"{PROG}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise is: no traceback reaches a user
        if os.environ.get("CICA_PLANNER_DEBUG"):
            raise
        print(f"{PROG}: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
