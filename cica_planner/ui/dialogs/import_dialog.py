"""Import .ics, step one: show what the file would change, item by item, before anything is written.

Each row says when and where the event is and what will happen to it (add, update, unchanged,
skip with the reason). A likely duplicate of a stored event (same title and start, another UID:
Outlook re-sends copies under new UIDs) gets a choice: update the existing event, or add anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.model import Country, Event
from cica_planner.services.ical_import import ImportPlan, Outcome
from cica_planner.services.import_review import DuplicateChoice, apply_choices, review_rows
from cica_planner.ui.dialogs.import_rows import ImportRowText
from cica_planner.ui.qt_items import table_item


@dataclass
class ImportReview:
    """What the preview needs besides the plan: likely duplicates, today, the display zone, country names."""

    duplicates: dict[str, Event] = field(default_factory=dict)
    today: date | None = None
    display_tz: str = HOME_ZONE
    countries: list[Country] = field(default_factory=list)


class ImportDialog(QDialog):
    """Preview an import plan: counts, then date, time, place and action of every item. OK imports.

    Args:
        plan: the plan from ``plan_import`` (nothing has been written yet).
        file_name: the file's name, for the heading.
        parent: the parent widget.
        review: likely duplicates and what the rows are shown against (today, zone, countries).
    """

    COL_WHEN, COL_TITLE, COL_PLACE, COL_ACTION = 0, 1, 2, 3

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None, *,
                 review: ImportReview | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.review = review or ImportReview()
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import iCalendar"))
        self.resize(980, 520)
        new, updated = plan.count(Outcome.NEW), plan.count(Outcome.UPDATED)
        unchanged, skipped = plan.count(Outcome.UNCHANGED), plan.count(Outcome.SKIPPED)
        heading = QLabel(f"<b>{_escape(file_name)}</b>", self)
        exceptions = sum(len(moments) for moments in plan.stored_exdates.values())
        counts = [self.tr("%n new", "", new), self.tr("%n updated", "", updated),
                  self.tr("%n unchanged", "", unchanged), self.tr("%n skipped", "", skipped)]
        if exceptions:
            counts.append(self.tr("%n occurrence(s) changed in stored series", "", exceptions))
        if self.review.duplicates:
            counts.append(self.tr("%n likely duplicate(s)", "", len(self.review.duplicates)))
        self.counts_label = QLabel(" · ".join(counts), self)
        self.counts_label.setObjectName("counts_label")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("plan_table")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Event"), self.tr("Place"), self.tr("What happens")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_PLACE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_ACTION, QHeaderView.ResizeMode.ResizeToContents)
        self.choice_boxes: dict[str, QComboBox] = {}
        today = self.review.today or system_clock().today(self.review.display_tz)
        self.rows = review_rows(plan, self.review.duplicates, today, self.review.display_tz, self.review.countries)
        words = ImportRowText(self)
        items = {item.uid: item for item in plan.items}
        for row_data in self.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = items.get(row_data.uid)
            event = item.event if item is not None else None
            when = words.when(event, self.review.display_tz) if event is not None else row_data.when
            action = words.action(item, row_data.duplicate_of, row_data.past) if item is not None else row_data.action
            place = words.place(row_data.place, event, self.review.countries)
            for column, text in ((self.COL_WHEN, when), (self.COL_TITLE, row_data.title),
                                 (self.COL_PLACE, place), (self.COL_ACTION, action)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if row_data.action.startswith("skip"):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
            if row_data.duplicate_of is not None:
                self._add_choice(row, row_data.uid, action)
        self.notes_label = QLabel("\n".join(plan.notes), self)
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(plan.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._exceptions = exceptions
        self._update_button()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(buttons)

    def _add_choice(self, row: int, uid: str, action: str) -> None:
        box = QComboBox(self.table)
        box.setObjectName(f"duplicate_choice_{row}")
        box.setToolTip(action)
        labels = {DuplicateChoice.UPDATE_EXISTING: self.tr("Update the existing event"),
                  DuplicateChoice.ADD_ANYWAY: self.tr("Add anyway")}
        for choice in DuplicateChoice:
            box.addItem(labels.get(choice, choice.value.capitalize()), choice.value)
        self.choice_boxes[uid] = box
        box.currentIndexChanged.connect(self._update_button)
        self.table.setCellWidget(row, self.COL_ACTION, box)
        table_item(self.table, row, self.COL_ACTION).setText("")
        title = table_item(self.table, row, self.COL_TITLE)
        title.setText(f"{title.text()}  — {action}")

    def _update_button(self) -> None:
        plan = self.final_plan()
        new, updated = plan.count(Outcome.NEW), plan.count(Outcome.UPDATED)
        self.ok_button.setText(import_button_text(new, updated, self._exceptions))
        self.ok_button.setEnabled(bool(new + updated + self._exceptions))  # disabled only when nothing would change

    def choices(self) -> dict[str, DuplicateChoice]:
        return {uid: DuplicateChoice(box.currentData()) for uid, box in self.choice_boxes.items()}

    def final_plan(self) -> ImportPlan:
        """The plan to write: likely duplicates update the existing event unless "add anyway" was chosen."""
        return apply_choices(self.plan, self.review.duplicates, self.choices())

    def skipped_rows(self) -> list[tuple[str, str]]:
        """(title, reason) of every skipped item as the table shows them."""
        return [(r.title, r.action.removeprefix("skip: ")) for r in self.rows if r.action.startswith("skip")]

    @classmethod
    def confirm(cls, parent: QWidget | None, plan: ImportPlan, file_name: str) -> bool:
        """Show the preview; return True when the user chose to import."""
        return cls.choose(parent, plan, file_name) is not None

    @classmethod
    def choose(cls, parent: QWidget | None, plan: ImportPlan, file_name: str,
               review: ImportReview | None = None) -> ImportPlan | None:
        """Show the preview; return the plan to write (with the duplicate choices), None when cancelled."""
        dialog = cls(plan, file_name, parent, review=review)
        try:
            return dialog.final_plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def import_button_text(new: int, updated: int, exceptions: int) -> str:
    """'Import 1 event' when the file only adds events, 'Import 3 changes' otherwise, 'Nothing to import'."""
    changes = new + updated + exceptions
    if not changes:
        return ImportDialog.tr("Nothing to import")  # pyright: ignore[reportCallIssue, reportArgumentType]
    if changes == new:
        # Called on the class: lupdate sees plural forms only in tr(), and PySide's tr takes the class as its context.
        return ImportDialog.tr("Import %n event(s)", "", new)  # pyright: ignore[reportCallIssue, reportArgumentType]
    return ImportDialog.tr("Import %n change(s)", "", changes)  # pyright: ignore[reportCallIssue, reportArgumentType]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
