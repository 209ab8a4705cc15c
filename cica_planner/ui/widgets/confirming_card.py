"""The dashboard's "Needs confirming" card: past plans with no recorded outcome and events whose day is open.

The card lists what :class:`~cica_planner.services.confirming.ConfirmingService` finds on
the dashboard's day, filters it by reason, and records an outcome in one action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import EventStatus, Precision
from cica_planner.domain.outcome import OUTCOME_TO_CONFIRM
from cica_planner.i18n.dates import days_text, period_text
from cica_planner.i18n.terms import status_label
from cica_planner.services.confirming import ConfirmingService, ConfirmReason, OutcomeChoice, ToConfirm
from cica_planner.ui.models.base import RowTableModel


class ToConfirmModel(RowTableModel[ToConfirm]):
    """One row per event to confirm: what, when, why it is listed."""

    COL_TITLE, COL_WHEN, COL_REASON = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Event"), QT_TRANSLATE_NOOP("TableHeader", "When"), QT_TRANSLATE_NOOP("TableHeader", "Needs"))
    UidRole = Qt.ItemDataRole.UserRole + 1

    def cell(self, row: ToConfirm, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, confirm_when(row), reason_label(row.reason))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}\n{when}\nStatus: {status}").format(
                title=row.title, when=confirm_when(row), status=shown_status_label(row.status))
        if role == self.UidRole:
            return row.uid
        return None


_REASON_LABELS: dict[ConfirmReason, object] = {
    ConfirmReason.OUTCOME: QT_TRANSLATE_NOOP("NeedsConfirmingCard", "outcome to confirm"),
    ConfirmReason.DATE: QT_TRANSLATE_NOOP("NeedsConfirmingCard", "day to fix"),
}


def reason_label(reason: ConfirmReason) -> str:
    """Why an event is listed, in the chosen language."""
    return QCoreApplication.translate("NeedsConfirmingCard", str(_REASON_LABELS[reason]))


def shown_status_label(status: str) -> str:
    """A status as shown today ('planned', or 'outcome to confirm' for a past plan) in the chosen language."""
    if status == OUTCOME_TO_CONFIRM:
        return reason_label(ConfirmReason.OUTCOME)
    try:
        return status_label(EventStatus(status))
    except ValueError:
        return status


def confirm_when(row: ToConfirm) -> str:
    """The event's days in the chosen language ('11 Nov 2024', 'Q4 2024 (provisional)', 'undated')."""
    if row.first_day is None:
        return period_text(Precision.UNDATED, date.min)
    return days_text(row.precision, row.first_day, row.last_day or row.first_day, row.period_part)


def record_choice(confirming: ConfirmingService, choice: OutcomeChoice) -> int:
    """Record ``choice`` and, for a held event, close its open steps; return how many steps were closed."""
    confirming.record_outcome(choice.uid, choice.outcome, choice.reason)
    if choice.close_open_steps:
        return confirming.close_open_steps(choice.uid)
    return 0


class NeedsConfirmingCard(QFrame):
    """The list, its filter (all, outcomes, open days) and the one-action "Record outcome…".

    Signals:
        event_activated(str): an event (UID) was double-clicked or opened to fix its day.
        changed(): an outcome was recorded (the dashboard's figures change).
    """

    event_activated = Signal(str)
    changed = Signal()

    ALL = "all"

    def __init__(self, confirming: ConfirmingService, parent: QWidget | None = None, *,
                 ask: Callable[[QWidget, ToConfirm], OutcomeChoice | None]) -> None:
        super().__init__(parent)
        self.confirming = confirming
        #: Asks the outcome of an entry (the page passes the outcome dialog's ``ask``).
        self._ask = ask
        self._today = date.min
        self._entries: list[ToConfirm] = []
        self.setObjectName("needs_confirming_card")
        self.setStyleSheet("#needs_confirming_card { background: white; border: 1px solid #e3e6ea;"
                           " border-left: 4px solid #b7791f; border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("needs_confirming_title")
        self.title_label.setStyleSheet("border: none; color: #5f6b7a;")
        top.addWidget(self.title_label)
        top.addStretch(1)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("needs_confirming_filter")
        self.filter_combo.addItem(self.tr("Everything"), self.ALL)
        self.filter_combo.addItem(self.tr("Outcome to confirm"), ConfirmReason.OUTCOME.value)
        self.filter_combo.addItem(self.tr("Day to fix"), ConfirmReason.DATE.value)
        self.filter_combo.currentIndexChanged.connect(self._show)
        top.addWidget(self.filter_combo)
        self.record_button = QPushButton(self.tr("&Record outcome…"), self)
        self.record_button.setObjectName("record_outcome_button")
        self.record_button.clicked.connect(self.record_selected)
        top.addWidget(self.record_button)
        layout.addLayout(top)
        self.model = ToConfirmModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("needs_confirming_view")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setStyleSheet("border: none;")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ToConfirmModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ToConfirmModel.COL_WHEN, 250), (ToConfirmModel.COL_REASON, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        layout.addWidget(self.table, 1)

    def set_today(self, today: date) -> None:
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        self._entries = self.confirming.needs_confirming(self._today)
        self._show()

    def count(self) -> int:
        """How many events need confirming on the card's day, whatever the filter shows."""
        return len(self._entries)

    def entries(self) -> list[ToConfirm]:
        """What the card lists under its current filter."""
        wanted = self.filter_combo.currentData()
        return [e for e in self._entries if wanted in (self.ALL, e.reason.value)]

    def set_filter(self, reason: ConfirmReason | None) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(reason.value if reason else self.ALL))

    def _show(self, *_args: object) -> None:
        shown = self.entries()
        self.model.set_rows(shown)
        outcomes = sum(e.reason is ConfirmReason.OUTCOME for e in self._entries)
        self.title_label.setText(self.tr("{outcomes} · {days}").format(
            outcomes=self.tr("%n past event(s) with no recorded outcome", "", outcomes),
            days=self.tr("%n with the day still to fix", "", len(self._entries) - outcomes)))
        self._update_button()

    def selected(self) -> ToConfirm | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_uid(self, uid: str) -> None:
        for row, entry in enumerate(self.model.rows()):
            if entry.uid == uid:
                self.table.selectRow(row)
                return

    def _update_button(self, *_args: object) -> None:
        entry = self.selected()
        self.record_button.setEnabled(entry is not None and entry.reason is ConfirmReason.OUTCOME)

    def _activated(self, index: QModelIndex) -> None:
        self.event_activated.emit(index.data(ToConfirmModel.UidRole))

    def record_selected(self) -> bool:
        """Ask for the outcome of the selected event and record it in one action; True when recorded."""
        entry = self.selected()
        if entry is None or entry.reason is not ConfirmReason.OUTCOME:
            return False
        choice = self._ask(self, entry)
        if choice is None:
            return False
        try:
            record_choice(self.confirming, choice)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Record outcome"), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True
