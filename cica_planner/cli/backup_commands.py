"""``backups``, ``backup [FILE]`` and ``restore BACKUP``: copies of the calendar file a user can restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cica_planner.cli.calendar_commands import CLI_ZONE
from cica_planner.cli.options import print_json
from cica_planner.domain.errors import StorageError
from cica_planner.paths import DB_ENV_VAR


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("backups", help="list the backups of the calendar (time, events, size)",
                                    description="List the backups kept beside the calendar file, newest first. "
                                    "Times are in Astana (Asia/Almaty).")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_backups)

    making = subparsers.add_parser("backup", help="make a verified backup of the calendar now",
                                   description="Copy the calendar through SQLite's backup API and verify the copy. "
                                   "Without FILE the copy joins the rotating backups beside the calendar.")
    making.add_argument("file", nargs="?", metavar="FILE", help="where to write the copy (default: beside the calendar)")
    making.set_defaults(handler=run_backup)

    restoring = subparsers.add_parser("restore", help="restore the calendar from a backup (the present one is kept)",
                                      description="Replace the calendar by BACKUP. The calendar as it is now is "
                                      "backed up first, so a restore can itself be undone.")
    restoring.add_argument("backup", metavar="BACKUP", help="a backup file listed by 'backups', or one made by 'backup FILE'")
    restoring.set_defaults(handler=run_restore)


def _service(args: argparse.Namespace, context):  # noqa: ANN001, ANN202 - cli.Context, BackupService
    from cica_planner.services.backups import SERVER_BACKUPS, BackupService, is_server_location

    location = args.db or os.environ.get(DB_ENV_VAR) or ""
    if is_server_location(location):
        raise StorageError(SERVER_BACKUPS)
    return BackupService(context.db_path)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def run_backups(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from zoneinfo import ZoneInfo

    entries = _service(args, context).list()
    if args.json:
        print_json([entry.as_json(CLI_ZONE) for entry in entries])
        return 0
    if not entries:
        print(f"No backups of {context.db_path} yet.")
        return 0
    for entry in entries:
        taken = entry.taken.astimezone(ZoneInfo(CLI_ZONE)).strftime("%Y-%m-%d %H:%M:%S")
        events = "?" if entry.events is None else str(entry.events)
        print(f"{taken}  {events:>6} events  {size_text(entry.size):>8}  {entry.kind:<14} {entry.path.name}")
    return 0


def run_backup(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    made = _service(args, context).back_up_now(Path(args.file) if args.file else None)
    print(f"Backed up {context.db_path} to {made}")
    return 0


def run_restore(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    service = _service(args, context)
    restored = service.restore(Path(args.backup), notify=lambda line: print(f"note: {line}", file=sys.stderr))
    kept = f"; the calendar as it was is kept in {restored.previous}" if restored.previous else ""
    print(f"Restored {context.db_path} from {restored.backup.name} ({restored.events} events){kept}")
    return 0
