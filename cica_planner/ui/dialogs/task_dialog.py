"""Add or edit one preparation task: title, owner, deadline (relative or fixed), status, priority, notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from cica_planner.domain.tasks import Priority, RelativeDeadline, Task, TaskStatus
from cica_planner.i18n.terms import priority_label, task_status_label
from cica_planner.ui.dialogs.common import ValidatingDialog, keep_contents_whole, run_for_value, show_beginning
from cica_planner.ui.dialogs.deadline_text import read_deadline, show_deadline
from cica_planner.ui.qt_items import combo_line_edit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TaskDialog(ValidatingDialog):
    """Edit a task; ``value()`` returns the task or raises ValidationError naming what is wrong.

    Args:
        task: the task to edit, or a new one (id None) carrying at least its event UID.
        owners: known owners offered in the owner box (any other name may be typed).
        today: the completion date proposed when the task is marked done.
    """

    def __init__(self, task: Task, owners: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.today = today
        self.setWindowTitle(self.tr("Edit task") if task.id else self.tr("New task"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)

        self.title_edit = QLineEdit(task.title, self)
        self.title_edit.setObjectName("title_edit")
        form.addRow(self.tr("&Task:"), self.title_edit)

        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("owner_combo")
        self.owner_combo.setEditable(True)
        self.owner_combo.addItems(sorted(set(owners) | ({task.owner} if task.owner else set())))
        self.owner_combo.setCurrentText(task.owner)
        show_beginning(self.title_edit, combo_line_edit(self.owner_combo))
        form.addRow(self.tr("&Owner:"), self.owner_combo)

        self.relative_radio = QRadioButton(self.tr("&Relative to the event"), self)
        self.relative_radio.setObjectName("relative_radio")
        self.fixed_radio = QRadioButton(self.tr("&Fixed date"), self)
        self.fixed_radio.setObjectName("fixed_radio")
        self.none_radio = QRadioButton(self.tr("N&o deadline"), self)
        self.none_radio.setObjectName("none_radio")
        group = QButtonGroup(self)
        for radio in (self.relative_radio, self.fixed_radio, self.none_radio):
            group.addButton(radio)
        kinds = QHBoxLayout()
        for radio in (self.relative_radio, self.fixed_radio, self.none_radio):
            kinds.addWidget(radio)
        kinds.addStretch(1)
        form.addRow(self.tr("Deadline:"), kinds)

        self.offset_edit = QLineEdit(show_deadline(task.relative or RelativeDeadline(-30)), self)
        self.offset_edit.setObjectName("offset_edit")
        show_beginning(self.offset_edit)
        self.offset_edit.setPlaceholderText(self.tr("T-30 days, T+2 weeks, end+14 days"))
        self.offset_edit.setToolTip(self.tr("T = the event's first day, end = its last day; units: days, weeks, months"))
        self.due_edit = QDateEdit(qdate(task.due_fixed or today), self)
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("ddd d MMM yyyy")
        rule = QHBoxLayout()
        rule.addWidget(self.offset_edit, 1)
        rule.addWidget(self.due_edit, 1)
        form.addRow("", rule)
        if task.relative is not None or (task.id is None and task.due_fixed is None):
            self.relative_radio.setChecked(True)
        elif task.due_fixed is not None:
            self.fixed_radio.setChecked(True)
        else:
            self.none_radio.setChecked(True)
        group.buttonToggled.connect(self._sync)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        for status in TaskStatus:
            self.status_combo.addItem(task_status_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(task.status))
        self.status_combo.currentIndexChanged.connect(self._sync)
        self.completed_edit = QDateEdit(qdate(task.completed_on or today), self)
        self.completed_edit.setObjectName("completed_edit")
        self.completed_edit.setCalendarPopup(True)
        self.completed_edit.setDisplayFormat("ddd d MMM yyyy")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(QLabel(self.tr("completed on"), self))
        status_row.addWidget(self.completed_edit, 1)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, status_row)

        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("priority_combo")
        for priority in Priority:
            self.priority_combo.addItem(priority_label(priority), priority)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(task.priority))
        form.addRow(self.tr("&Priority:"), self.priority_combo)

        self.notes_edit = QPlainTextEdit(task.notes, self)
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setFixedHeight(80)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._sync()
        keep_contents_whole(self)

    def _sync(self) -> None:
        self.offset_edit.setEnabled(self.relative_radio.isChecked())
        self.due_edit.setEnabled(self.fixed_radio.isChecked())
        self.completed_edit.setEnabled(self._status() is TaskStatus.DONE)

    def _status(self) -> TaskStatus:
        # Qt hands enum data back as plain strings; turn them back into the enum.
        return TaskStatus(self.status_combo.currentData())

    def value(self) -> Task:
        """The edited task; raises ValidationError when a field cannot be used."""
        relative = due_fixed = None
        if self.relative_radio.isChecked():
            relative = read_deadline(self.offset_edit.text())
        elif self.fixed_radio.isChecked():
            due_fixed = pydate(self.due_edit.date())
        status = self._status()
        task = replace(
            self.task,
            title=self.title_edit.text().strip(),
            owner=self.owner_combo.currentText().strip(),
            relative=relative,
            due_fixed=due_fixed,
            status=status,
            priority=Priority(self.priority_combo.currentData()),
            notes=self.notes_edit.toPlainText().strip(),
            completed_on=pydate(self.completed_edit.date()) if status is TaskStatus.DONE else None,
        )
        task.validate()
        return task

    @classmethod
    def edit(cls, parent: QWidget | None, task: Task, owners: list[str], today: date) -> Task | None:
        """Show the dialog; return the edited task, or None when cancelled."""
        dialog = cls(task, owners, today, parent)
        return run_for_value(dialog)
