"""The Checklists view: every preparation task, filtered and sorted, with progress per event and bulk complete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import Clock
from cica_planner.domain.errors import PlannerError
from cica_planner.domain.tasks import TaskStatus
from cica_planner.i18n.dates import date_text
from cica_planner.i18n.terms import task_status_label
from cica_planner.services.checklists import ChecklistService, ChecklistTemplate
from cica_planner.ui.clock_support import page_clock
from cica_planner.ui.commands import ApplyTemplate, EditTask, SetTaskStatus, UndoableCommand, perform
from cica_planner.ui.dialogs.checklist_template_dialog import ApplyTemplateDialog, TemplateDialog
from cica_planner.ui.dialogs.task_dialog import TaskDialog
from cica_planner.ui.models.task_models import ReadinessModel, TaskFilterProxy, TaskTableModel, due_column_width
from cica_planner.ui.widgets.progress_delegate import ProgressDelegate
from cica_planner.ui.widgets.tables import set_up_row_table, side_by_side


class ChecklistsView(QWidget):
    """All tasks in one table: filter by owner, status, event and due window; mark many done at once.

    Args:
        checklists: the checklist service.
        parent: the parent widget.
        today: the day taken as today; None follows the clock.
        undo_stack: the window's undo stack; task changes go on it as undoable commands.
            None writes directly (standalone use).

    Signals:
        event_activated(str): an event (UID) was double-clicked in the progress list.
        tasks_changed(): tasks were written (completed, edited, added from a template).
    """

    event_activated = Signal(str)
    tasks_changed = Signal()

    def __init__(self, checklists: ChecklistService, parent: QWidget | None = None, *, today: date | None = None,
                 clock: Clock | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.checklists = checklists
        self.undo_stack = undo_stack
        self.clock = page_clock(clock, today)

        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_status(TaskFilterProxy.STATUS_OPEN)
        self.progress_model = ReadinessModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(self._build_filters())

        splitter = side_by_side(self, self._build_progress_list(), self._build_table(), (0, 1), [340, 1060])
        layout.addWidget(splitter, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(self.summary_label)
        self.refresh()

    # -- building ------------------------------------------------------------------

    def _build_filters(self) -> QLayout:
        # Two rows, so that nothing overlaps at the window's minimum width: the event (long
        # titles) with the actions on top, the short filters below.
        rows = QVBoxLayout()
        rows.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        rows.addLayout(top)
        rows.addLayout(bar)

        def combo(name: str, label: str, width: int, row: QHBoxLayout = bar) -> QComboBox:
            box = QComboBox(self)
            box.setObjectName(name)
            box.setMinimumWidth(width)
            # Long event titles must not widen the page: the combo elides, its popup shows them whole.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            caption = QLabel(label, self)
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box)
            return box

        self.event_combo = combo("event_combo", self.tr("&Event:"), 300, top)
        self.event_combo.view().setMinimumWidth(520)
        self.event_combo.setMaximumWidth(640)
        top.setStretchFactor(self.event_combo, 1)
        self.owner_combo = combo("owner_combo", self.tr("&Owner:"), 190)
        self.status_combo = combo("status_combo", self.tr("&Status:"), 120)
        for text, value in ((self.tr("Open", "tasks still to do"), TaskFilterProxy.STATUS_OPEN),
                            (self.tr("All", "tasks of every status"), TaskFilterProxy.STATUS_ALL),
                            *((task_status_label(s), s.value) for s in TaskStatus),
                            (self.tr("Not recorded"), TaskFilterProxy.STATUS_NOT_RECORDED)):
            self.status_combo.addItem(text, value)
        self.window_combo = combo("window_combo", self.tr("&Due:"), 130)
        for text, value in ((self.tr("Any time"), TaskFilterProxy.WINDOW_ALL),
                            (self.tr("Overdue"), TaskFilterProxy.WINDOW_OVERDUE),
                            (self.tr("Next %n day(s)", "", 14), TaskFilterProxy.WINDOW_14),
                            (self.tr("Next %n day(s)", "", 30), TaskFilterProxy.WINDOW_30)):
            self.window_combo.addItem(text, value)
        self.owner_combo.currentIndexChanged.connect(lambda: self.proxy.set_owner(self.owner_combo.currentData() or ""))
        self.status_combo.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_combo.currentData()))
        self.window_combo.currentIndexChanged.connect(lambda: self.proxy.set_window(self.window_combo.currentData()))
        self.event_combo.currentIndexChanged.connect(self._event_filter_changed)
        for box in (self.owner_combo, self.status_combo, self.window_combo):
            box.currentIndexChanged.connect(self._update_summary)
        bar.addStretch(1)

        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("done_button")
        self.done_button.setToolTip(self.tr("Mark the selected tasks done today"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.apply_button = QPushButton(self.tr("Apply &template…"), self)
        self.apply_button.setObjectName("apply_button")
        self.apply_button.clicked.connect(self.apply_template)
        self.templates_button = QToolButton(self)
        self.templates_button.setObjectName("templates_button")
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.templates_button.setMenu(self.templates_menu)
        top.addStretch(0)
        top.addSpacing(12)
        for widget in (self.done_button, self.apply_button, self.templates_button):
            top.addWidget(widget)
        return rows

    def _build_progress_list(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>{}</b>".format(self.tr("Progress per event")), box)
        column.addWidget(title)
        self.progress_view = QTableView(box)
        self.progress_view.setObjectName("progress_view")
        self.progress_view.setModel(self.progress_model)
        self.progress_view.setItemDelegateForColumn(
            ReadinessModel.COL_PROGRESS, ProgressDelegate(ReadinessModel.FractionRole, ReadinessModel.OverdueRole, self)
        )
        for hidden in (ReadinessModel.COL_WHEN, ReadinessModel.COL_OVERDUE, ReadinessModel.COL_NEXT):
            self.progress_view.setColumnHidden(hidden, True)
        header = self.progress_view.horizontalHeader()
        header.setSectionResizeMode(ReadinessModel.COL_EVENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReadinessModel.COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
        self.progress_view.setColumnWidth(ReadinessModel.COL_PROGRESS, 118)
        set_up_row_table(self.progress_view, row_height=28)
        self.progress_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progress_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.progress_view.clicked.connect(self._progress_clicked)
        self.progress_view.doubleClicked.connect(
            lambda index: self.event_activated.emit(index.data(ReadinessModel.EventUidRole))
        )
        column.addWidget(self.progress_view, 1)
        return box

    def _build_table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setObjectName("task_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TaskTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        set_up_row_table(self.table, row_height=26)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TaskTableModel.COL_EVENT, 170), (TaskTableModel.COL_OWNER, 160), (TaskTableModel.COL_DUE, due_column_width(self.fontMetrics(), 190)),
                              (TaskTableModel.COL_RELATIVE, 95), (TaskTableModel.COL_STATUS, 130),
                              (TaskTableModel.COL_PRIORITY, 62)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._edit_task)
        return self.table

    # -- public --------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        """Measure overdue and due windows against ``today`` (a clock fixed at its noon)."""
        self.set_clock(Clock.at_noon(today))

    def set_clock(self, clock: Clock) -> None:
        """Take today from ``clock`` (the window's) and show the tasks as of that day."""
        self.clock = clock
        self.refresh()

    def today(self) -> date:
        """The window's today, read from the clock each time (so it moves past midnight)."""
        return self.clock.today()

    def refresh(self) -> None:
        """Reload tasks, owners, events and progress from the service, keeping the filters."""
        today = self.today()
        items = self.checklists.list_tasks()
        self.model.set_rows(items, today)
        self.proxy.set_today(today)
        progress = self.checklists.progress(today, items)  # the tasks just read, not read again
        # Events still ahead first (soonest on top), then those already over (latest first).
        ahead = [p for p in progress if p.end is None or p.end >= today]
        over = sorted((p for p in progress if p.end is not None and p.end < today), key=lambda p: p.start, reverse=True)
        self.progress_model.set_rows(ahead + over)
        self._reload_combo(self.owner_combo, self.tr("All owners"), [(o, o) for o in sorted({i.task.owner for i in items if i.task.owner})])
        events = {}
        for item in items:
            events.setdefault(item.task.event_uid, (item.event_start, item.event_title))
        ordered = sorted(events.items(), key=lambda pair: pair[1])
        self._reload_combo(self.event_combo, self.tr("All events"), [(f"{start.isoformat()}  {title}", uid) for uid, (start, title) in ordered])
        self._update_summary()

    def set_owner_filter(self, owner: str) -> None:
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))

    def set_event_filter(self, uid: str | None) -> None:
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(uid)) if uid else 0)

    def selected_task_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(row, 0).data(TaskTableModel.TaskIdRole) for row in sorted(rows)]

    def mark_selected_done(self) -> int:
        """Complete the selected tasks today; return how many were written."""
        ids = self.selected_task_ids()
        if not ids:
            return 0
        command = SetTaskStatus(self.checklists, ids, TaskStatus.DONE, self.today())
        if not self._write(command, self.tr("Mark done")):
            return 0
        return command.count

    def apply_template(self) -> None:
        choice = ApplyTemplateDialog.choose(self, self.checklists.events(), self.checklists.templates(),
                                            self.event_combo.currentData() or None)
        if choice is None:
            return
        name = next((t.name for t in self.checklists.templates() if t.key == choice.template_key), choice.template_key)
        command = ApplyTemplate(self.checklists, choice.event_uid, choice.template_key, name)
        if not self._write(command, self.tr("Apply template")):
            return
        self.set_event_filter(choice.event_uid)
        added = len(command.added)
        self.summary_label.setText(self.tr("%n task(s) added from the template.", "", added))

    def _write(self, command: UndoableCommand, title: str) -> bool:
        """Make a change through the undo stack (or directly without one); False after showing why not."""
        if not perform(command, self.undo_stack, self, title):
            return False
        self.refresh()
        self.tasks_changed.emit()
        return True

    # -- private ---------------------------------------------------------------------

    @staticmethod
    def _reload_combo(box: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for text, data in entries:
            box.addItem(text, data)
        index = box.findData(current) if current else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)
        if index < 0:  # the chosen owner or event no longer has tasks
            box.currentIndexChanged.emit(0)

    def _event_filter_changed(self) -> None:
        uid = self.event_combo.currentData() or ""
        self.proxy.set_event(uid)
        selection = self.progress_view.selectionModel()
        for row in range(self.progress_model.rowCount()):
            if self.progress_model.index(row, 0).data(ReadinessModel.EventUidRole) == uid:
                selection.select(self.progress_model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                break
        else:
            selection.clearSelection()
        self._update_summary()

    def _progress_clicked(self, index: QModelIndex) -> None:
        uid = index.data(ReadinessModel.EventUidRole)
        self.set_event_filter(None if uid == self.event_combo.currentData() else uid)

    def _update_summary(self) -> None:
        shown = self.proxy.rowCount()
        overdue = sum(bool(self.proxy.index(r, 0).data(TaskTableModel.OverdueRole)) for r in range(shown))
        self.summary_label.setText(
            self.tr("{shown} of %n task(s) shown · {overdue} overdue · today {today}", "", self.model.rowCount()).format(
                shown=shown, overdue=overdue, today=date_text(self.today()))
        )

    def _edit_task(self, index: QModelIndex) -> None:
        item = index.data(TaskTableModel.ItemRole)
        if item is None:
            return
        edited = TaskDialog.edit(self, item.task, self.checklists.owners(), self.today())
        if edited is not None:
            self._write(EditTask(self.checklists, item.task, edited), self.tr("Edit task"))

    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        for template in self.checklists.templates():
            action = self.templates_menu.addAction(self.tr("Edit “{name}”…").format(name=template.name))
            action.triggered.connect(lambda _checked=False, t=template: self._edit_template(t))
        self.templates_menu.addSeparator()
        new = self.templates_menu.addAction(self.tr("New template…"))
        new.triggered.connect(lambda: self._edit_template(ChecklistTemplate(key="", name="")))

    def _edit_template(self, template: ChecklistTemplate) -> None:
        edited = TemplateDialog.edit(self, template)
        if edited is None:
            return
        try:
            if template.id is None:
                self.checklists.create_template(edited)
            else:
                self.checklists.update_template(edited)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Checklist template"), str(exc))
