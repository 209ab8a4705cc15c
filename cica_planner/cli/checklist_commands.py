"""``tasks`` (the tasks of the preparation checklists, what is late) and ``report`` (their status report, PDF or CSV).

A task's ``due`` is worked out when it is read. For a deadline relative to its event
(``T-4 weeks``) it follows the event's current date — also once the task is done, by
design: the deadline stays "four weeks before the meeting" wherever the meeting moves.
When the work was actually done is ``completed_on``, which never moves.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cica_planner.cli.options import parse_date, print_json
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.wording import OVERDUE, counted
from cica_planner.services.files import check_target

if TYPE_CHECKING:  # the parser and --help never import the database stack
    from cica_planner.services.tasks import TaskItem

REPORT_FORMATS = (".pdf", ".csv")
#: The owner column of ``tasks`` is at least this wide (wider when an owner's name is longer).
MIN_OWNER_WIDTH = 26


def register(subparsers: argparse._SubParsersAction) -> None:
    tasks = subparsers.add_parser(
        "tasks",
        help="list preparation tasks with their deadlines",
        description="List preparation tasks with their deadlines. A deadline relative to its event (T-4 weeks) "
        "follows the event's current date, also for a done task; when a done task was done is its completion "
        "date (completed_on in --json), which never moves.",
    )
    tasks.add_argument("--event", metavar="UID", help="only the tasks of this event")
    tasks.add_argument("--owner", metavar="NAME", help="only the tasks of this owner (person or unit)")
    tasks.add_argument("--overdue", action="store_true", help="only tasks not done whose deadline has passed")
    tasks.add_argument("--json", action="store_true", help="print a JSON array")
    _add_today(tasks)
    tasks.set_defaults(handler=run_tasks)

    report = subparsers.add_parser("report", help="write the preparation status report as PDF or CSV")
    report.add_argument("file", metavar="FILE.pdf|FILE.csv", help="output file; the extension chooses the format")
    report.add_argument("--from", dest="from_", metavar="DATE", help="first day of the period (default: today)")
    report.add_argument("--to", metavar="DATE", help="last day of the period, inclusive (default: 180 days on)")
    report.add_argument("--lang", choices=("ru", "en"), default=None,
                        help="language of the report (default: the system's, from LC_ALL/LC_MESSAGES/LANG)")
    _add_today(report)
    report.set_defaults(handler=run_report)


def _add_today(parser: argparse.ArgumentParser) -> None:
    # Also useful to people: "what was late on the day of the SOC?", or a report dated ahead.
    parser.add_argument("--today", metavar="DATE",
                        help="the day that decides what is overdue (YYYY-MM-DD; default: today)")


def _today(args: argparse.Namespace, context) -> date:  # noqa: ANN001 - cli.Context
    return parse_date(args.today, "--today") or context.today()


def task_json(item: TaskItem) -> dict:
    """The JSON object of one task (see README, 'Command line')."""
    task = item.task
    return {
        "id": item.id,
        "event_uid": task.event_uid,
        "event_title": item.event_title,
        "title": task.title,
        "owner": task.owner,
        "due": item.due.isoformat() if item.due else None,
        "relative": task.relative.label() if task.relative else None,
        "status": task.status.value,
        "completed_on": task.completed_on.isoformat() if task.completed_on else None,
        "priority": task.priority.value,
        "provisional": item.provisional,
        "due_latest": item.latest_due.isoformat() if item.latest_due else None,
        "not_recorded": item.not_recorded,
        "version": task.version,
        "changed_by": task.changed_by,
        "changed_at": task.changed_at.isoformat() if task.changed_at else None,
    }


def run_tasks(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context

    checklists = context.services.checklists
    today = _today(args, context)
    if args.event:
        checklists.event(args.event)  # an unknown UID ends here with one line
    from cica_planner.services.tasks import TaskQuery  # not needed by --help

    query = TaskQuery(event_uid=args.event, owner=args.owner, overdue_on=today if args.overdue else None)
    items = checklists.list_tasks(query)
    if args.json:
        print_json([task_json(item) for item in items])
        return 0
    if not items:
        print("no tasks" + (" overdue" if args.overdue else ""))
        return 0
    owner_width = max(MIN_OWNER_WIDTH, *(len(item.task.owner) for item in items))
    for item in items:
        print(task_line(item, today, owner_width))
    return 0


def task_line(item: TaskItem, today: date, owner_width: int = MIN_OWNER_WIDTH) -> str:
    """One line of ``tasks``: due date, an OVERDUE marker column, status, owner, title and [event].

    The marker has a column of its own, so the status, owner and title columns line up
    whether a task is overdue or not; ``owner_width`` is the widest owner of the listing.
    """
    due = "—" if item.due is None else ("≈" if item.provisional else "") + item.due.isoformat()
    late = OVERDUE if item.is_overdue(today) else ""
    owner = item.task.owner or "—"
    state = "not recorded" if item.not_recorded else item.task.status.value
    return f"{due:<12} {late:<7} {state:<12} {owner:<{owner_width}} {item.task.title}  [{item.event_title}]"


def run_report(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise ValidationError(f"cannot tell the report format from {target.name!r}; name the file .pdf or .csv")
    check_target(target)  # before the report is built: a mistyped folder costs nothing
    today = _today(args, context)
    start = parse_date(args.from_, "--from")
    end = parse_date(args.to, "--to")

    from cica_planner.services.reports import build_status_report, write_csv

    checklists = context.services.checklists
    lang = args.lang or system_language()
    if suffix == ".csv" and lang == "en":  # the English CSV needs no Qt at all
        report = build_status_report(checklists, start=start, end=end, today=today)
        write_csv(report, target)
    else:
        from cica_planner.reports.pdf_report import render_status_report
        from cica_planner.reports.wording import report_language, report_title, report_wording

        with report_language(lang):
            report = build_status_report(checklists, start=start, end=end, today=today, title=report_title())
            if suffix == ".csv":
                write_csv(report, target, report_wording())
            else:
                render_status_report(report, target)
    print(f"wrote {target} ({report_counts(report)})")  # CLI messages stay English
    return 0


def system_language() -> str:
    """'ru' when the POSIX locale variables name Russian, else 'en' (the first one set decides, as for gettext)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def report_counts(report) -> str:  # noqa: ANN001 - services.reports.StatusReport, imported lazily
    """What a status report holds, in words: "1 event, 3 open tasks, 0 overdue"."""
    return f"{counted(len(report.events), 'event')}, {counted(report.open_count, 'open task')}, {report.overdue_count} overdue"
