"""Thin Qt models over checklist data: tasks, event readiness and load per owner.

Each holds a list of plain service objects, replaced whole by ``set_rows()``; custom
roles give views and proxies the raw values (ids, dates, flags) behind the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from cica_planner.domain.clock import system_clock
from cica_planner.domain.tasks import Priority, TaskStatus
from cica_planner.i18n.dates import date_text, days_text
from cica_planner.services.checklists import EventReadiness, OwnerLoad
from cica_planner.services.tasks import TaskItem
from cica_planner.ui import style
from cica_planner.ui.models.base import Index, RowTableModel, bold_font, short_date
from cica_planner.ui.models.task_text import due_text, priority_word, rule_text, state_done_text, state_text

OVERDUE_COLOUR = QColor(style.OVERDUE)
DONE_COLOUR = QColor("#7b8794")
PROVISIONAL_COLOUR = QColor("#8a6d1f")

_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.NORMAL: 1, Priority.LOW: 2}
_STATUS_ORDER = {TaskStatus.BLOCKED: 0, TaskStatus.TODO: 1, TaskStatus.IN_PROGRESS: 2, TaskStatus.DONE: 3}


def due_label(item: TaskItem) -> str:
    """Return '14 Oct 2024', '1 Apr 2024 (provisional)' or '—' when the task has no deadline (in the chosen language)."""
    return due_text(item)


def due_column_width(metrics: QFontMetrics, least: int) -> int:
    """A due column wide enough for a long range in the chosen language ('30 сент. 2025 – 30 нояб. 2025')."""
    widest = f"{date_text(date(2025, 9, 30))} – {date_text(date(2025, 11, 30))}"
    return max(least, metrics.horizontalAdvance(widest) + 18)


def status_column_width(metrics: QFontMetrics, least: int) -> int:
    """A status column wide enough for 'done 30 Sep 2024' in the chosen language ('выполнено 30 сент. 2024')."""
    return max(least, metrics.horizontalAdvance(state_done_text(date(2024, 9, 30))) + 18)


def header_fitted_width(model: QAbstractItemModel, column: int, metrics: QFontMetrics, least: int) -> int:
    """``least``, or more when the column's title in the chosen language needs it ('Приоритет')."""
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    return max(least, metrics.horizontalAdvance(title) + 24)


def readiness_when(row: EventReadiness) -> str:
    """The event's days in the chosen language ('11 Nov 2024', 'Q4 2024 (provisional)')."""
    if row.precision is None:
        return row.when or short_date(row.start)
    return days_text(row.precision, row.start, row.end or row.start, row.period_part)


class TaskTableModel(RowTableModel[TaskItem]):
    """Tasks as table rows; overdue rows are red, done rows grey."""

    COL_TITLE, COL_EVENT, COL_OWNER, COL_DUE, COL_RELATIVE, COL_STATUS, COL_PRIORITY = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Task"), QT_TRANSLATE_NOOP("TableHeader", "Event"), QT_TRANSLATE_NOOP("TableHeader", "Owner"), QT_TRANSLATE_NOOP("TableHeader", "Due"), QT_TRANSLATE_NOOP("TableHeader", "Rule"), QT_TRANSLATE_NOOP("TableHeader", "Status"), QT_TRANSLATE_NOOP("TableHeader", "Priority"))

    TaskIdRole = Qt.ItemDataRole.UserRole + 1
    EventUidRole = Qt.ItemDataRole.UserRole + 2
    DueRole = Qt.ItemDataRole.UserRole + 3  # date or None
    OverdueRole = Qt.ItemDataRole.UserRole + 4  # bool
    StatusRole = Qt.ItemDataRole.UserRole + 5  # TaskStatus value
    OwnerRole = Qt.ItemDataRole.UserRole + 6
    SortRole = Qt.ItemDataRole.UserRole + 7
    ItemRole = Qt.ItemDataRole.UserRole + 8  # the TaskItem itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = system_clock().today()

    def set_rows(self, items: Iterable[TaskItem], today: date | None = None) -> None:
        """Replace every task; ``today`` (kept when not given) decides which are overdue."""
        self._today = today or self._today
        super().set_rows(items)

    def cell(self, item: TaskItem, column: int, role: int) -> Any:
        task = item.task
        overdue = item.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [task.title, self.tr("Event: {title}").format(title=item.event_title)]
            if task.notes:
                lines.append(task.notes)
            if task.completed_on:
                lines.append(self.tr("Completed {date}").format(date=short_date(task.completed_on)))
            if item.provisional:
                lines.append(self.tr("Provisional: the event's day is not fixed yet"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(OVERDUE_COLOUR)
            if task.is_done:
                return QBrush(DONE_COLOUR)
            if column == self.COL_DUE and item.provisional:
                return QBrush(PROVISIONAL_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.COL_STATUS:
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_DUE, self.COL_RELATIVE):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == self.TaskIdRole:
            return item.id
        if role == self.EventUidRole:
            return task.event_uid
        if role == self.DueRole:
            return item.due
        if role == self.OverdueRole:
            return overdue
        if role == self.StatusRole:
            return task.status.value
        if role == self.OwnerRole:
            return task.owner
        if role == self.SortRole:
            return self._sort_key(item, column)
        if role == self.ItemRole:
            return item
        return None

    def _display(self, item: TaskItem, column: int) -> str:
        task = item.task
        if column == self.COL_TITLE:
            return task.title
        if column == self.COL_EVENT:
            return item.event_title
        if column == self.COL_OWNER:
            return task.owner or "—"
        if column == self.COL_DUE:
            return due_label(item)
        if column == self.COL_RELATIVE:
            return rule_text(task.relative, task.due_fixed is not None)
        if column == self.COL_STATUS:
            return state_text(item, self._today)
        if column == self.COL_PRIORITY:
            return priority_word(task.priority)
        return ""

    def _sort_key(self, item: TaskItem, column: int) -> Any:
        task = item.task
        if column == self.COL_DUE:
            return (item.due or date.max).isoformat()
        if column == self.COL_STATUS:
            return _STATUS_ORDER[task.status] - (10 if item.is_overdue(self._today) else 0)
        if column == self.COL_PRIORITY:
            return _PRIORITY_ORDER[task.priority]
        if column == self.COL_EVENT:
            return f"{item.event_start.isoformat()} {item.event_title.casefold()}"
        return self._display(item, column).casefold()


class TaskFilterProxy(QSortFilterProxyModel):
    """Filter tasks by owner, status, event and due window; sort by the source's SortRole."""

    WINDOW_ALL, WINDOW_OVERDUE, WINDOW_14, WINDOW_30 = "all", "overdue", "14", "30"
    STATUS_ALL, STATUS_OPEN, STATUS_NOT_RECORDED = "all", "open", "not recorded"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(TaskTableModel.SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._owner = ""
        self._status = self.STATUS_ALL
        self._event = ""
        self._window = self.WINDOW_ALL
        self._today = system_clock().today()

    def _refilter(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_today(self, today: date) -> None:
        self._refilter("_today", today)

    def set_owner(self, owner: str) -> None:
        """Only tasks of ``owner``; an empty string shows every owner."""
        self._refilter("_owner", owner)

    def set_status(self, status: str) -> None:
        """A TaskStatus value, 'open' (anything not done) or 'all'."""
        self._refilter("_status", status)

    def set_event(self, uid: str) -> None:
        self._refilter("_event", uid)

    def set_window(self, window: str) -> None:
        """One of WINDOW_ALL, WINDOW_OVERDUE, WINDOW_14, WINDOW_30."""
        self._refilter("_window", window)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._owner and index.data(TaskTableModel.OwnerRole) != self._owner:
            return False
        if self._event and index.data(TaskTableModel.EventUidRole) != self._event:
            return False
        status = index.data(TaskTableModel.StatusRole)
        item = index.data(TaskTableModel.ItemRole)
        # "Open" is the work still to do: a held meeting's unticked steps are only "not recorded", and
        # those of a meeting that is over but unconfirmed wait for its outcome.
        not_recorded = item is not None and item.not_recorded
        finished = not_recorded or (item is not None and item.awaits_outcome(self._today))
        if self._status == self.STATUS_OPEN and (status == TaskStatus.DONE.value or finished):
            return False
        if self._status == self.STATUS_NOT_RECORDED:
            return not_recorded
        if self._status not in (self.STATUS_ALL, self.STATUS_OPEN) and status != self._status:
            return False
        if self._window == self.WINDOW_ALL:
            return True
        if self._window == self.WINDOW_OVERDUE:
            return bool(index.data(TaskTableModel.OverdueRole))
        due = index.data(TaskTableModel.DueRole)
        days = 14 if self._window == self.WINDOW_14 else 30
        return due is not None and status != TaskStatus.DONE.value and self._today <= due <= self._today + timedelta(days=days)


class ReadinessModel(RowTableModel[EventReadiness]):
    """Events with their preparation progress (done/total, overdue, next deadline)."""

    COL_EVENT, COL_WHEN, COL_PROGRESS, COL_OVERDUE, COL_NEXT = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Event"), QT_TRANSLATE_NOOP("TableHeader", "When"), QT_TRANSLATE_NOOP("TableHeader", "Readiness"), QT_TRANSLATE_NOOP("TableHeader", "Overdue"), QT_TRANSLATE_NOOP("TableHeader", "Next deadline"))

    EventUidRole = Qt.ItemDataRole.UserRole + 1
    FractionRole = Qt.ItemDataRole.UserRole + 2  # float 0..1
    DoneRole = Qt.ItemDataRole.UserRole + 3
    TotalRole = Qt.ItemDataRole.UserRole + 4
    OverdueRole = Qt.ItemDataRole.UserRole + 5
    SortRole = Qt.ItemDataRole.UserRole + 6
    ItemRole = Qt.ItemDataRole.UserRole + 7

    def cell(self, row: EventReadiness, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_EVENT:
                return row.title
            if column == self.COL_WHEN:
                return readiness_when(row)
            if column == self.COL_PROGRESS:
                return f"{row.done}/{row.total}"
            if column == self.COL_OVERDUE:
                return str(row.overdue) if row.overdue else "—"
            if column == self.COL_NEXT:
                return short_date(row.next_deadline)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}\n{done} of %n task(s) done, {overdue} overdue", "", row.total).format(
                title=row.title, done=row.done, overdue=row.overdue)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_OVERDUE and row.overdue:
                return QBrush(OVERDUE_COLOUR)
            if column == self.COL_WHEN and row.provisional:
                return QBrush(PROVISIONAL_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.COL_OVERDUE and row.overdue:
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_OVERDUE, self.COL_PROGRESS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.EventUidRole:
            return row.event_uid
        if role == self.FractionRole:
            return row.fraction
        if role == self.DoneRole:
            return row.done
        if role == self.TotalRole:
            return row.total
        if role == self.OverdueRole:
            return row.overdue
        if role == self.SortRole:
            keys = {
                self.COL_EVENT: row.title.casefold(),
                self.COL_WHEN: row.start.isoformat(),
                self.COL_PROGRESS: row.fraction,
                self.COL_OVERDUE: row.overdue,
                self.COL_NEXT: (row.next_deadline or date.max).isoformat(),
            }
            return keys.get(column)
        if role == self.ItemRole:
            return row
        return None


class OwnerLoadModel(RowTableModel[OwnerLoad]):
    """Open, overdue and due-soon task counts per owner."""

    COL_OWNER, COL_OPEN, COL_OVERDUE, COL_DUE_14 = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Owner"), QT_TRANSLATE_NOOP("TableHeader", "Open"), QT_TRANSLATE_NOOP("TableHeader", "Overdue"), QT_TRANSLATE_NOOP("TableHeader", "Due in 14 days"))

    OwnerRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2  # the number behind a count column
    ItemRole = Qt.ItemDataRole.UserRole + 3

    def cell(self, row: OwnerLoad, column: int, role: int) -> Any:
        counts = {self.COL_OPEN: row.open, self.COL_OVERDUE: row.overdue, self.COL_DUE_14: row.due_14}
        if role == Qt.ItemDataRole.DisplayRole:
            return row.owner if column == self.COL_OWNER else str(counts.get(column, ""))
        if role == self.CountRole:
            return counts.get(column)
        if role == self.OwnerRole:
            return row.owner
        if role == self.ItemRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OVERDUE and row.overdue:
            return QBrush(OVERDUE_COLOUR)
        return None
