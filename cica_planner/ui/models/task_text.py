"""How a checklist task reads in the chosen language: its state, its deadline, its rule and its priority.

The services describe tasks in English for the command line and the CSV export
(``services.tasks.state_label``, ``due_range_label``); the tables, the checklist panel and
the chairmanship plan show the same facts through these functions, which translate the
words and take dates from the QLocale of the chosen language. English reads exactly as the
services' labels do ('done 14 Mar 2024', 'overdue, blocked', 'T−30 days').
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cica_planner.domain.tasks import Priority, RelativeDeadline, TaskStatus
from cica_planner.i18n.dates import date_text, day_month_text, deadline_text
from cica_planner.services.tasks import TaskItem

# The statuses and priorities as the tables write them (lower case inside a cell, as before).
_STATUS_WORDS: dict[TaskStatus, object] = {
    TaskStatus.TODO: QT_TRANSLATE_NOOP("TaskText", "to do"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TaskText", "in progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("TaskText", "done"),
    TaskStatus.BLOCKED: QT_TRANSLATE_NOOP("TaskText", "blocked"),
}
_PRIORITY_WORDS: dict[Priority, object] = {
    Priority.HIGH: QT_TRANSLATE_NOOP("TaskText", "high"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("TaskText", "normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("TaskText", "low"),
}


def status_word(status: TaskStatus) -> str:
    """'to do' / 'к выполнению'."""
    return QCoreApplication.translate("TaskText", str(_STATUS_WORDS[status]))


def priority_word(priority: Priority) -> str:
    """'high' / 'высокий'."""
    return QCoreApplication.translate("TaskText", str(_PRIORITY_WORDS[priority]))


def rule_text(relative: RelativeDeadline | None, due_fixed: bool) -> str:
    """The deadline's rule: 'T−30 days' / 'T−30 дней', 'fixed date' or '—'."""
    if relative is not None:
        return deadline_text(relative)
    return QCoreApplication.translate("TaskText", "fixed date") if due_fixed else "—"


def state_done_text(day: date) -> str:
    """'done 14 Mar 2024' / 'выполнено 14 мар. 2024'."""
    return QCoreApplication.translate("TaskText", "done {date}").format(date=date_text(day))


def state_text(item: TaskItem, today: date) -> str:
    """How a task stands on ``today`` (the translated counterpart of ``services.tasks.state_label``)."""
    task = item.task
    if task.is_done:
        if task.completed_on:
            return state_done_text(task.completed_on)
        return QCoreApplication.translate("TaskText", "done, date not recorded")
    if item.not_recorded:
        return QCoreApplication.translate("TaskText", "not recorded")
    if item.awaits_outcome(today):
        return QCoreApplication.translate("TaskText", "to confirm", "the meeting's outcome is to be confirmed first")
    if item.is_overdue(today):
        if task.status is TaskStatus.TODO:
            return QCoreApplication.translate("TaskText", "overdue")
        return QCoreApplication.translate("TaskText", "overdue, {status}").format(status=status_word(task.status))
    if item.waiting_for_date:
        return QCoreApplication.translate("TaskText", "awaiting date")
    return status_word(task.status)


def due_range_text(item: TaskItem) -> str:
    """'14 Oct 2024', '1 Jan – 31 Dec 2025' for an event whose day is not fixed, or '—' without a deadline."""
    first, last = item.due, item.latest_due
    if first is None or last is None:
        return "—"
    if first == last:
        return date_text(first)
    if first.year == last.year:
        return f"{day_month_text(first)} – {date_text(last)}"
    return f"{date_text(first)} – {date_text(last)}"


def due_text(item: TaskItem) -> str:
    """'14 Oct 2024', '1 Apr 2024 (provisional)' or '—' when the task has no deadline."""
    if item.due is None:
        return "—"
    if item.provisional:  # a range says by itself that the day is not fixed; a single day says so in words
        label = due_range_text(item)
        return label if " – " in label else QCoreApplication.translate("TaskText", "{date} (provisional)").format(date=label)
    return date_text(item.due)
