"""Edit a checklist template (its steps, offsets, owners) and choose a template to apply to an event."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category
from cica_planner.domain.step_conditions import StepCondition
from cica_planner.domain.tasks import Priority, RelativeDeadline
from cica_planner.i18n.terms import category_label, priority_label
from cica_planner.services.checklists import ChecklistTemplate, EventRef, TemplateItem
from cica_planner.ui.dialogs.common import ValidatingDialog, keep_contents_whole, run_for_value, show_beginning
from cica_planner.ui.dialogs.deadline_text import read_deadline, show_deadline
from cica_planner.ui.dialogs.problems import translated_problem
from cica_planner.ui.qt_items import header_item, table_item

COL_TITLE, COL_OFFSET, COL_OWNER, COL_PRIORITY, COL_APPLIES = range(5)


class TemplateDialog(ValidatingDialog):
    """Edit a template's name, categories and steps; ``value()`` returns the template or raises ValidationError."""

    def __init__(self, template: ChecklistTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.setWindowTitle(self.tr("Checklist template — {name}").format(name=template.name) if template.name
                            else self.tr("New checklist template"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.key_edit = QLineEdit(template.key, self)
        self.key_edit.setObjectName("key_edit")
        self.key_edit.setReadOnly(template.id is not None)  # the key names a stored template
        form.addRow(self.tr("&Key:"), self.key_edit)
        self.name_edit = QLineEdit(template.name, self)
        self.name_edit.setObjectName("name_edit")
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.categories_list = QListWidget(self)
        self.categories_list.setObjectName("categories_list")
        self.categories_list.setFlow(QListWidget.Flow.LeftToRight)
        self.categories_list.setWrapping(True)
        self.categories_list.setFixedHeight(70)
        for category in Category:
            item = QListWidgetItem(category_label(category), self.categories_list)
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setCheckState(Qt.CheckState.Checked if category in template.categories else Qt.CheckState.Unchecked)
        form.addRow(self.tr("For &events of:"), self.categories_list)
        self.description_edit = QLineEdit(template.description, self)
        self.description_edit.setObjectName("description_edit")
        show_beginning(self.key_edit, self.name_edit, self.description_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        layout.addLayout(form)

        self.items_table = QTableWidget(0, 5, self)
        self.items_table.setObjectName("items_table")
        self.items_table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Deadline"), self.tr("Owner"), self.tr("Priority"),
                                                    self.tr("Applies to")])
        header_item(self.items_table, COL_OFFSET).setToolTip(
            self.tr("T = the event's first day, end = its last day: T-30 days, T-2 weeks, T-6 months, end+14 days")
        )
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_OFFSET, 130), (COL_OWNER, 200), (COL_PRIORITY, 95), (COL_APPLIES, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.items_table.setColumnWidth(column, width)
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for item in template.items:
            self.add_item(item)
        layout.addWidget(self.items_table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add step"), self)
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(lambda: self.add_item(TemplateItem("", RelativeDeadline(-14))))
        self.remove_button = QPushButton(self.tr("&Remove step"), self)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_item(self, item: TemplateItem) -> int:
        """Append a step row and return its row number."""
        row = self.items_table.rowCount()
        self.items_table.insertRow(row)
        self.items_table.setItem(row, COL_TITLE, QTableWidgetItem(item.title))
        self.items_table.setItem(row, COL_OFFSET, QTableWidgetItem(show_deadline(item.offset)))
        self.items_table.setItem(row, COL_OWNER, QTableWidgetItem(item.owner))
        priority = QComboBox(self.items_table)
        for value in Priority:
            priority.addItem(priority_label(value), value)
        priority.setCurrentIndex(priority.findData(item.priority))
        self.items_table.setCellWidget(row, COL_PRIORITY, priority)
        applies = QComboBox(self.items_table)
        labels = {StepCondition.ALWAYS: self.tr("every meeting"), StepCondition.DECEMBER: self.tr("December only"),
                  StepCondition.HANDOVER_PENDING: self.tr("eve of a handover")}
        for condition in StepCondition:
            applies.addItem(labels.get(condition, condition.label), condition.value)
        applies.setCurrentIndex(max(0, applies.findData(StepCondition.parse(item.applies_when).value)))
        self.items_table.setCellWidget(row, COL_APPLIES, applies)
        return row

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.items_table.selectedIndexes()}, reverse=True):
            self.items_table.removeRow(row)

    def move_selected(self, step: int) -> None:
        row = self.items_table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items_table.rowCount():
            return
        items = self._rows()
        items[row], items[target] = items[target], items[row]
        self.items_table.setRowCount(0)
        for title, offset, owner, priority, applies_when in items:
            new_row = self.add_item(TemplateItem(title, RelativeDeadline(0), owner, priority, applies_when=applies_when))
            table_item(self.items_table, new_row, COL_OFFSET).setText(offset)
        self.items_table.setCurrentCell(target, COL_TITLE)

    def _rows(self) -> list[tuple[str, str, str, Priority, str]]:
        rows = []
        for row in range(self.items_table.rowCount()):
            def text(column: int, row: int = row) -> str:
                cell = self.items_table.item(row, column)
                return cell.text().strip() if cell else ""

            combo = self.items_table.cellWidget(row, COL_PRIORITY)
            priority = Priority(combo.currentData()) if isinstance(combo, QComboBox) else Priority.NORMAL
            applies = self.items_table.cellWidget(row, COL_APPLIES)
            applies_when = str(applies.currentData()) if isinstance(applies, QComboBox) else ""
            rows.append((text(COL_TITLE), text(COL_OFFSET), text(COL_OWNER), priority, applies_when))
        return rows

    def value(self) -> ChecklistTemplate:
        """The edited template; raises ValidationError naming the first step that cannot be read."""
        items = []
        for number, (title, offset, owner, priority, applies_when) in enumerate(self._rows(), start=1):
            if not title:
                raise ValidationError(self.tr("step {number} needs a title").format(number=number))
            try:
                deadline = read_deadline(offset)
            except ValidationError as exc:
                raise ValidationError(self.tr("step {number} ({title}): {problem}").format(
                    number=number, title=title, problem=translated_problem(str(exc)))) from None
            items.append(TemplateItem(title, deadline, owner, priority, position=number - 1, applies_when=applies_when))
        categories = [
            Category(self.categories_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.categories_list.count())
            if self.categories_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        template = replace(
            self.template,
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            description=self.description_edit.text().strip(),
            categories=categories,
            items=items,
        )
        template.validate()
        return template

    @classmethod
    def edit(cls, parent: QWidget | None, template: ChecklistTemplate) -> ChecklistTemplate | None:
        """Show the dialog; return the edited template, or None when cancelled."""
        dialog = cls(template, parent)
        return run_for_value(dialog)


@dataclass(frozen=True)
class ApplyChoice:
    event_uid: str
    template_key: str


class ApplyTemplateDialog(QDialog):
    """Choose an event and a template; the template suiting the event's category is proposed."""

    def __init__(
        self,
        events: list[EventRef],
        templates: list[ChecklistTemplate],
        event_uid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.setWindowTitle(self.tr("Apply a checklist template"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("event_combo")
        for event in events:
            self.event_combo.addItem(f"{event.start.isoformat()}  {event.title}", event.uid)
            self.event_combo.setItemData(self.event_combo.count() - 1, event.category, Qt.ItemDataRole.UserRole + 1)
        if event_uid is not None:
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(event_uid)))
        form.addRow(self.tr("&Event:"), self.event_combo)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template_combo")
        for template in templates:
            self.template_combo.addItem(self.tr("{name} (%n step(s))", "", len(template.items)).format(name=template.name),
                                        template.key)
        form.addRow(self.tr("&Template:"), self.template_combo)
        note = QLabel(self.tr("Steps the event already has (same title) are left out."), self)
        note.setStyleSheet("color: #5f6b7a;")
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.event_combo.currentIndexChanged.connect(self._suggest)
        self._suggest()
        keep_contents_whole(self)

    def _suggest(self) -> None:
        category = self.event_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        for row, template in enumerate(self.templates):
            if category in template.categories:
                self.template_combo.setCurrentIndex(row)
                return

    def value(self) -> ApplyChoice:
        if self.event_combo.currentIndex() < 0 or self.template_combo.currentIndex() < 0:
            raise ValidationError(self.tr("choose an event and a template"))
        return ApplyChoice(self.event_combo.currentData(), self.template_combo.currentData())

    @classmethod
    def choose(
        cls, parent: QWidget | None, events: list[EventRef], templates: list[ChecklistTemplate], event_uid: str | None = None
    ) -> ApplyChoice | None:
        """Show the dialog; return the choice, or None when cancelled."""
        dialog = cls(events, templates, event_uid, parent)
        return run_for_value(dialog)
