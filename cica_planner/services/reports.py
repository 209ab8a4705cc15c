"""Status report data (per-event progress and open tasks) and its CSV form for Excel and Outlook Tasks.

The CSV is UTF-8 with a byte-order mark, so Excel opens Cyrillic and em dashes correctly,
and carries the column names Outlook's "Import from another program or file → Comma
Separated Values → Tasks" wizard maps on its own: Subject, Start Date, Due Date, Status,
Priority, % Complete, plus Owner, Categories and Notes, and Event / Event Date for people
reading it in Excel.

Dates are written as ISO 8601 (YYYY-MM-DD). Outlook parses dates in a CSV with the
Windows date parser, which reads ISO dates whatever the regional settings, whereas the
US-style M/D/YYYY it writes itself is misread on machines set to day-first locales (such
as the Secretariat's dd.mm.yyyy); ISO is also what Excel recognises as a date.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import PeriodPart, Precision
from cica_planner.domain.tasks import Priority, RelativeDeadline, TaskStatus
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.csv_safety import neutralise_row
from cica_planner.services.files import write_atomically
from cica_planner.services.tasks import TaskItem, TaskService

REPORT_TITLE = "CICA Planner — Preparation status"
DEFAULT_SPAN_DAYS = 180

CSV_COLUMNS = (
    "Subject",
    "Start Date",
    "Due Date",
    "Status",
    "Priority",
    "% Complete",
    "Owner",
    "Categories",
    "Notes",
    "Event",
    "Event Date",
)

#: Outlook's task statuses (the import maps these words exactly).
OUTLOOK_STATUS = {
    TaskStatus.TODO: "Not Started",
    TaskStatus.IN_PROGRESS: "In Progress",
    TaskStatus.DONE: "Completed",
    TaskStatus.BLOCKED: "Waiting on someone else",
}
OUTLOOK_PRIORITY = {Priority.HIGH: "High", Priority.NORMAL: "Normal", Priority.LOW: "Low"}


def _deadline_note(offset: RelativeDeadline, provisional: bool) -> str:
    return f"Deadline {offset.label()}" + (" (provisional: event date not fixed)" if provisional else "")


def _completed_note(day: date) -> str:
    return f"Completed {day.isoformat()}"


@dataclass(frozen=True)
class ReportWording:
    """The words of the CSV report, English by default.

    The window and the command line pass a translated wording (built with Qt's catalogues in
    ``cica_planner.reports.wording``), so this module stays free of Qt. ``columns`` are the
    headers written for :data:`CSV_COLUMNS`, in that order: for Russian, the names of Russian
    Outlook's task fields (its import wizard lets a user map any it does not match itself).
    """

    columns: tuple[str, ...] = CSV_COLUMNS
    statuses: Mapping[TaskStatus, str] = field(default_factory=lambda: dict(OUTLOOK_STATUS))
    priorities: Mapping[Priority, str] = field(default_factory=lambda: dict(OUTLOOK_PRIORITY))
    organisation: str = "CICA"
    category: Callable[[str], str] = str  # a category's stored value → its label
    deadline_note: Callable[[RelativeDeadline, bool], str] = _deadline_note
    completed_note: Callable[[date], str] = _completed_note


ENGLISH = ReportWording()

PERCENT_COMPLETE = {TaskStatus.TODO: 0, TaskStatus.IN_PROGRESS: 50, TaskStatus.DONE: 100, TaskStatus.BLOCKED: 0}


@dataclass(frozen=True)
class EventProgress:
    """One event of the report with all its tasks."""

    event_uid: str
    title: str
    category: str
    start: date
    end: date  # last day, inclusive
    provisional: bool
    tasks: list[TaskItem] = field(default_factory=list)
    when: str = ""
    precision: Precision = Precision.DAY  # with period_part: ``when`` in another language
    period_part: PeriodPart | None = None

    @property
    def done(self) -> int:
        return sum(item.task.is_done for item in self.tasks)

    @property
    def total(self) -> int:
        return len(self.tasks)

    @property
    def open_tasks(self) -> list[TaskItem]:
        return [item for item in self.tasks if not item.task.is_done]

    def overdue(self, today: date) -> int:
        return sum(item.is_overdue(today) for item in self.tasks)


@dataclass(frozen=True)
class StatusReport:
    """The preparation status of the events in a period, as of ``today``."""

    title: str
    today: date
    start: date
    end: date  # inclusive
    events: list[EventProgress]

    @property
    def open_count(self) -> int:
        return sum(len(e.open_tasks) for e in self.events)

    @property
    def overdue_count(self) -> int:
        return sum(e.overdue(self.today) for e in self.events)


def build_status_report(
    checklists: ChecklistService,
    tasks: TaskService | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    title: str = REPORT_TITLE,
) -> StatusReport:
    """Collect the events with tasks that overlap ``start``..``end`` (inclusive), in start order.

    Args:
        checklists: gives the events.
        tasks: gives the tasks; defaults to ``checklists`` (which is a TaskService too).
        start: first day of the period; defaults to ``today``.
        end: last day of the period; defaults to 180 days after ``start``.
        today: the day overdue is measured against (required; services never read the clock).
        title: the report's title, in the reader's language (the UI and the CLI translate it).
    """
    if today is None:
        raise TypeError("build_status_report needs today")
    start = start or today
    end = end or start + timedelta(days=DEFAULT_SPAN_DAYS)
    if end < start:
        raise ValidationError("the end of the report period comes before its start")
    by_event: dict[str, list[TaskItem]] = {}
    for item in (tasks or checklists).list_tasks():
        by_event.setdefault(item.task.event_uid, []).append(item)
    events = []
    for ref in checklists.events():
        items = by_event.get(ref.uid)
        if not items or ref.end < start or ref.start > end:
            continue
        events.append(EventProgress(ref.uid, ref.title, ref.category.value, ref.start, ref.end, ref.provisional, items,
                                    ref.when, ref.precision, ref.period_part))
    return StatusReport(title, today, start, end, events)


def csv_rows(report: StatusReport, wording: ReportWording = ENGLISH) -> list[dict[str, str]]:
    """One row per task of the report, keyed by :data:`CSV_COLUMNS`, its words from ``wording``."""
    rows = []
    for event in report.events:
        for item in event.tasks:
            task = item.task
            notes = [task.notes] if task.notes else []
            if task.relative is not None:
                notes.append(wording.deadline_note(task.relative, item.provisional))
            if task.completed_on is not None:
                notes.append(wording.completed_note(task.completed_on))
            rows.append(
                {
                    "Subject": task.title,
                    "Start Date": "",
                    "Due Date": item.due.isoformat() if item.due else "",
                    "Status": wording.statuses[task.status],
                    "Priority": wording.priorities[task.priority],
                    "% Complete": str(PERCENT_COMPLETE[task.status]),
                    "Owner": task.owner,
                    "Categories": f"{wording.organisation}; {wording.category(event.category)}",
                    "Notes": "\n".join(notes),
                    "Event": event.title,
                    "Event Date": event.start.isoformat(),
                }
            )
    return rows


def csv_bytes(report: StatusReport, wording: ReportWording = ENGLISH) -> bytes:
    """The report as CSV: UTF-8 with a byte-order mark, every field quoted, CRLF rows."""
    stream = io.StringIO(newline="")
    writer: csv.DictWriter[str] = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, quoting=csv.QUOTE_ALL)
    writer.writerow(dict(zip(CSV_COLUMNS, wording.columns, strict=True)))
    writer.writerows(neutralise_row(row) for row in csv_rows(report, wording))  # no cell may run as a formula
    return stream.getvalue().encode("utf-8-sig")


def write_csv(report: StatusReport, path: str | os.PathLike[str], wording: ReportWording = ENGLISH) -> Path:
    """Write the report as CSV to ``path`` atomically (a temporary file renamed over it) and return the path.

    Raises:
        ValidationError: If the folder does not exist or ``path`` is a folder.
    """
    return write_atomically(path, csv_bytes(report, wording))
