"""Thin Qt models of the chairmanship view: the milestones of a handover and the chairs of the bodies."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor

from cica_planner.domain.chairmanship import BodyChair, ChairTerm
from cica_planner.domain.clock import system_clock
from cica_planner.i18n.dates import days_text, deadline_text
from cica_planner.i18n.terms import body_name, country_name, role_label
from cica_planner.services.chairmanship import HandoverPlan, MilestoneState, milestone_date, milestone_state
from cica_planner.services.tasks import TaskItem
from cica_planner.ui.models.base import Index, RowTableModel, bold_font, short_date
from cica_planner.ui.style import ACCENT, MUTED_TEXT, NOW_LINE, country_colour

Roles = Qt.ItemDataRole

STATE_COLOURS: dict[MilestoneState, str] = {
    MilestoneState.DONE: "#2e9447",
    MilestoneState.OPEN: ACCENT,
    MilestoneState.OVERDUE: NOW_LINE,
    MilestoneState.NOT_RECORDED: MUTED_TEXT,
}
STATE_LABELS: dict[MilestoneState, object] = {
    MilestoneState.DONE: QT_TRANSLATE_NOOP("MilestoneModel", "✓ Done"),
    MilestoneState.OPEN: QT_TRANSLATE_NOOP("MilestoneModel", "Open"),
    MilestoneState.OVERDUE: QT_TRANSLATE_NOOP("MilestoneModel", "Overdue"),
    MilestoneState.NOT_RECORDED: QT_TRANSLATE_NOOP("MilestoneModel", "Not recorded"),
}


def milestone_state_label(state: MilestoneState) -> str:
    """'✓ Done' / '✓ Выполнено', 'Overdue' … in the chosen language."""
    return QCoreApplication.translate("MilestoneModel", str(STATE_LABELS[state]))


def term_country(term: ChairTerm) -> str:
    """The chair's country as CICA names it in the chosen language ('Kazakhstan' / 'Казахстан')."""
    return country_name(term.country, term.label)


def plan_title(plan: HandoverPlan) -> str:
    """'Kazakhstan → Azerbaijan' / 'Казахстан → Азербайджан' (the successor may still be undecided)."""
    handover = plan.handover
    giver = country_name(handover.from_country, plan.from_name) if handover.from_country else plan.from_name or "?"
    taker = country_name(handover.to_country, plan.to_name) if handover.to_country else role_label("undecided")
    return f"{giver} → {taker}"


def plan_when(plan: HandoverPlan) -> str:
    """The anchor meeting's days in the chosen language: '17 Dec 2024', '2026 (provisional)' / '2026 — дата уточняется'."""
    if plan.anchor_start is None:
        return plan.anchor_when
    return days_text(plan.anchor_precision, plan.anchor_start, plan.anchor_end or plan.anchor_start,
                     plan.anchor_period_part)


def plan_anchor_text(plan: HandoverPlan) -> str:
    """'7th CICA Ministerial Council, 17 Dec 2024' in the chosen language, or 'meeting deleted'."""
    if plan.anchor_deleted:
        return QCoreApplication.translate("ChairTimeline", "meeting deleted")
    when = plan_when(plan)
    return f"{plan.anchor_title}, {when}" if when else plan.anchor_title


class MilestoneModel(RowTableModel[TaskItem]):
    """The milestones of one handover as a checklist (thin adapter over ``TaskItem``).

    Checking or unchecking a row does not write anything: it emits ``completion_requested``
    and the view asks the service, then hands the updated item back with ``update_item``.

    Signals:
        completion_requested(int, bool): the task id and whether it should be done.
    """

    completion_requested = Signal(int, bool)

    COL_MILESTONE, COL_OFFSET, COL_DATE, COL_OWNER, COL_STATUS = range(5)
    HEADERS: ClassVar[tuple[object, ...]] = (QT_TRANSLATE_NOOP("TableHeader", "Milestone"), QT_TRANSLATE_NOOP("TableHeader", "Offset"), QT_TRANSLATE_NOOP("TableHeader", "Due / done"), QT_TRANSLATE_NOOP("TableHeader", "Owner"), QT_TRANSLATE_NOOP("TableHeader", "Status"))
    SortRole = Roles.UserRole
    TaskIdRole = Roles.UserRole + 1
    EventUidRole = Roles.UserRole + 2
    StateRole = Roles.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = system_clock().today()

    def set_rows(self, items: Iterable[TaskItem], today: date | None = None) -> None:
        """Replace every milestone; ``today`` (kept when not given) decides which are overdue."""
        self._today = today or self._today
        super().set_rows(items)

    def update_item(self, item: TaskItem) -> None:
        """Replace the row of ``item`` (same task id) in place."""
        for row, current in enumerate(self._rows):
            if current.id == item.id:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_MILESTONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, item: TaskItem, column: int, role: int) -> Any:
        state = milestone_state(item, self._today)
        if role == Roles.DisplayRole:
            return self._display(item, state, column)
        if role == Roles.CheckStateRole and column == self.COL_MILESTONE:
            return Qt.CheckState.Checked if item.task.is_done else Qt.CheckState.Unchecked
        if role == Roles.ToolTipRole:
            return self._tooltip(item, state)
        if role == Roles.ForegroundRole:
            if state is MilestoneState.OVERDUE and column in (self.COL_DATE, self.COL_STATUS):
                return QColor(NOW_LINE)
            if state is MilestoneState.DONE and column == self.COL_STATUS:
                return QColor(STATE_COLOURS[MilestoneState.DONE])
            if state is MilestoneState.DONE or column in (self.COL_OFFSET, self.COL_OWNER):
                return QColor(MUTED_TEXT)
            return None
        if role == Roles.FontRole and state is MilestoneState.OVERDUE and column == self.COL_STATUS:
            return bold_font()
        if role == self.SortRole:
            when = milestone_date(item)
            return when.isoformat() if when else "9999"
        if role == self.TaskIdRole:
            return item.id
        if role == self.EventUidRole:
            return item.task.event_uid
        if role == self.StateRole:
            return state.value
        return None

    def _display(self, item: TaskItem, state: MilestoneState, column: int) -> str:
        if column == self.COL_MILESTONE:
            return item.task.title
        if column == self.COL_OFFSET:
            return deadline_text(item.task.relative) if item.task.relative else ""
        if column == self.COL_DATE:
            if state is MilestoneState.DONE and item.task.completed_on is None:
                return self.tr("date not recorded")
            text = short_date(milestone_date(item))
            if item.provisional and state is not MilestoneState.DONE:
                return self.tr("{date} (TBC)").format(date=text)
            return text
        if column == self.COL_OWNER:
            return item.task.owner
        if column == self.COL_STATUS:
            return milestone_state_label(state)
        return ""

    def _tooltip(self, item: TaskItem, state: MilestoneState) -> str:
        lines = [item.task.title]
        if item.task.relative is not None:
            lines.append(self.tr("{offset} from {meeting}: due {date}").format(
                offset=deadline_text(item.task.relative), meeting=item.event_title, date=short_date(item.due)))
        if state is MilestoneState.DONE:
            if item.task.completed_on:
                lines.append(self.tr("Done on {date}").format(date=short_date(item.task.completed_on)))
            else:
                lines.append(self.tr("Done on a day not recorded"))
        if state is MilestoneState.NOT_RECORDED:
            lines.append(self.tr("Not recorded: the meeting was held, but nobody recorded whether this was done"))
        if item.provisional:
            lines.append(self.tr("Provisional: the meeting's date is not fixed yet"))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Roles.EditRole) -> bool:
        if not index.isValid() or role != Roles.CheckStateRole or index.column() != self.COL_MILESTONE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        item = self._rows[index.row()]
        if checked != item.task.is_done:
            self.completion_requested.emit(item.id, checked)
        return True


class BodyChairModel(RowTableModel[BodyChair]):
    """Chairs of the advisory and working bodies; the rows in office on the chosen day are bold."""

    COL_BODY, COL_HOLDER, COL_COUNTRY, COL_PERIOD = range(4)
    HEADERS: ClassVar[tuple[object, ...]] = (QT_TRANSLATE_NOOP("TableHeader", "Body"), QT_TRANSLATE_NOOP("TableHeader", "Chaired by"), QT_TRANSLATE_NOOP("TableHeader", "Country"), QT_TRANSLATE_NOOP("TableHeader", "Period"))
    SortRole = Roles.UserRole
    ChairIdRole = Roles.UserRole + 1
    InOfficeRole = Roles.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day = system_clock().today()

    def set_rows(self, chairs: Iterable[BodyChair], day: date | None = None) -> None:
        """Replace every chair; ``day`` (kept when not given) decides which rows are in office."""
        self._day = day or self._day
        super().set_rows(chairs)

    def set_day(self, day: date) -> None:
        """Change the day that decides which rows are in office."""
        self._day = day
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def cell(self, chair: BodyChair, column: int, role: int) -> Any:
        in_office = chair.covers(self._day)
        if role == Roles.DisplayRole:
            return self._display(chair, column)
        if role == Roles.ToolTipRole:
            body = body_name(chair.body_code, chair.body_name)
            country = f" ({country_name(chair.country)})" if chair.country else ""
            return f"{body}: {chair.holder}{country}\n{self._period(chair)}\n{chair.note}".strip()
        if role == Roles.FontRole and in_office and column in (self.COL_BODY, self.COL_HOLDER):
            return bold_font()
        if role == Roles.ForegroundRole and not in_office:
            return QColor(MUTED_TEXT)
        if role == Roles.DecorationRole and column == self.COL_COUNTRY and chair.country:
            return country_colour(chair.country)
        if role == self.SortRole:
            return (chair.starts or date.min).isoformat()
        if role == self.ChairIdRole:
            return chair.id
        if role == self.InOfficeRole:
            return in_office
        return None

    def _display(self, chair: BodyChair, column: int) -> str:
        if column == self.COL_BODY:
            return body_name(chair.body_code, chair.body_name)
        if column == self.COL_HOLDER:
            return chair.holder
        if column == self.COL_COUNTRY:
            return chair.country  # the code: the column is narrow, the row's tooltip names the country
        if column == self.COL_PERIOD:
            return self._period(chair)
        return ""

    @staticmethod
    def period_text(chair: BodyChair) -> str:
        """'1 Jan 2024 – 17 Dec 2024', 'until …', 'since …' or 'throughout'."""
        return BodyChairModel._period(chair)

    @staticmethod
    def _period(chair: BodyChair) -> str:
        if chair.starts and chair.ends:
            return f"{short_date(chair.starts)} – {short_date(chair.ends)}"
        if chair.ends:
            return QCoreApplication.translate("BodyChairModel", "until {date}").format(date=short_date(chair.ends))
        if chair.starts:
            return QCoreApplication.translate("BodyChairModel", "since {date}").format(date=short_date(chair.starts))
        return QCoreApplication.translate("BodyChairModel", "throughout")
