"""The status report's words in the reader's language, and that language for one report of the command line.

The report services are free of Qt: they take a title and a :class:`ReportWording` (the
CSV's column names and words). This module builds both from the installed translation,
and :func:`report_language` installs a language for the time one report is written (the
command line's ``report --lang ru``), giving back the language that was installed before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

from cica_planner.domain.model import Category
from cica_planner.domain.tasks import Priority, RelativeDeadline, TaskStatus
from cica_planner.i18n import language
from cica_planner.i18n.dates import date_text, deadline_text
from cica_planner.i18n.terms import category_label, organisation_name
from cica_planner.services.reports import CSV_COLUMNS, ReportWording


class ReportCounts(QObject):
    """Counted words of the report ("3 open tasks"): Qt's plurals need a tr() with a count."""

    def events(self, count: int) -> str:
        return self.tr("%n event(s)", "", count)

    def open_tasks(self, count: int) -> str:
        return self.tr("%n open task(s)", "", count)

    def overdue(self, count: int) -> str:
        return self.tr("%n overdue", "", count)


def report_title() -> str:
    return QCoreApplication.translate("StatusReport", "CICA Planner — Preparation status")


def report_counts(events: int, open_tasks: int, overdue: int) -> str:
    """'1 event, 3 open tasks, 0 overdue' in the installed language."""
    counts = ReportCounts()
    return QCoreApplication.translate("StatusReport", "{events}, {open_tasks}, {overdue}").format(
        events=counts.events(events), open_tasks=counts.open_tasks(open_tasks), overdue=counts.overdue(overdue))


def _category(value: str) -> str:
    try:
        return category_label(Category(value))
    except ValueError:  # a category this version does not know: shown as stored
        return value


def _deadline_note(offset: RelativeDeadline, provisional: bool) -> str:
    if provisional:
        return QCoreApplication.translate("StatusReport", "Deadline {offset} (provisional: event date not fixed)").format(
            offset=deadline_text(offset))
    return QCoreApplication.translate("StatusReport", "Deadline {offset}").format(offset=deadline_text(offset))


def _completed_note(day: date) -> str:
    return QCoreApplication.translate("StatusReport", "Completed {date}").format(date=date_text(day))


def report_wording() -> ReportWording:
    """The CSV's words in the installed language (English: exactly the words Outlook's import maps)."""
    columns = (
        QCoreApplication.translate("StatusReport", "Subject", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Start Date", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Due Date", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Status", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Priority", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "% Complete", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Owner", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Categories", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Notes", "Outlook task field"),
        QCoreApplication.translate("StatusReport", "Event", "report column"),
        QCoreApplication.translate("StatusReport", "Event Date", "report column"),
    )
    assert len(columns) == len(CSV_COLUMNS)
    statuses = {
        TaskStatus.TODO: QCoreApplication.translate("StatusReport", "Not Started", "Outlook task status"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("StatusReport", "In Progress", "Outlook task status"),
        TaskStatus.DONE: QCoreApplication.translate("StatusReport", "Completed", "Outlook task status"),
        TaskStatus.BLOCKED: QCoreApplication.translate("StatusReport", "Waiting on someone else", "Outlook task status"),
    }
    priorities = {
        Priority.HIGH: QCoreApplication.translate("StatusReport", "High", "Outlook task priority"),
        Priority.NORMAL: QCoreApplication.translate("StatusReport", "Normal", "Outlook task priority"),
        Priority.LOW: QCoreApplication.translate("StatusReport", "Low", "Outlook task priority"),
    }
    return ReportWording(columns=columns, statuses=statuses, priorities=priorities, organisation=organisation_name(),
                         category=_category, deadline_note=_deadline_note, completed_note=_completed_note)


@contextmanager
def report_language(choice: str) -> Iterator[str]:
    """Write one report in ``choice`` ("en", "ru" or "system"); yield the language code in effect.

    Without a running application (the command line) an offscreen one is made for the time of
    the report; the language installed before is installed again afterwards.
    """
    owned = None
    if QCoreApplication.instance() is None:
        owned = QGuiApplication(["cica-planner", "-platform", "offscreen"])
    before = language.current_language() if language.language_installed() else None
    try:
        yield language.install_language(choice)
    finally:
        if before is not None:
            language.install_language(before)
        del owned
