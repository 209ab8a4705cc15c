"""Import .ics, step one: show what the file would change before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.services.ical_import import ImportPlan, Outcome


class ImportDialog(QDialog):
    """Preview an import plan: counts, skipped items with their reasons, notes. OK imports.

    Args:
        plan: the plan from ``plan_import`` (nothing has been written yet).
        file_name: the file's name, for the heading.
        parent: the parent widget.
    """

    COL_OUTCOME, COL_TITLE, COL_DETAIL = 0, 1, 2

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Import iCalendar")
        self.resize(720, 460)
        new, updated = plan.count(Outcome.NEW), plan.count(Outcome.UPDATED)
        unchanged, skipped = plan.count(Outcome.UNCHANGED), plan.count(Outcome.SKIPPED)
        heading = QLabel(f"<b>{_escape(file_name)}</b>", self)
        exceptions = sum(len(moments) for moments in plan.stored_exdates.values())
        counts = f"{new} new · {updated} updated · {unchanged} unchanged · {skipped} skipped"
        if exceptions:
            counts += f" · {_plural(exceptions, 'occurrence')} changed in stored series"
        self.counts_label = QLabel(counts, self)
        self.counts_label.setObjectName("counts_label")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("plan_table")
        self.table.setHorizontalHeaderLabels(["Outcome", "Event", "Reason / UID"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_OUTCOME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        # Skipped items first: they are what the user must read before saying OK.
        order = {Outcome.SKIPPED: 0, Outcome.NEW: 1, Outcome.UPDATED: 2, Outcome.UNCHANGED: 3}
        for item in sorted(plan.items, key=lambda i: order.get(i.outcome, 9)):
            row = self.table.rowCount()
            self.table.insertRow(row)
            detail = item.reason if item.outcome is Outcome.SKIPPED else item.uid
            for column, text in ((self.COL_OUTCOME, item.outcome.value), (self.COL_TITLE, item.title or "(no title)"),
                                 (self.COL_DETAIL, detail)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.outcome is Outcome.SKIPPED:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.notes_label = QLabel("\n".join(plan.notes), self)
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(plan.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(import_button_text(new, updated, exceptions))
        self.ok_button.setEnabled(bool(new + updated + exceptions))  # disabled only when nothing would change
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(buttons)

    def skipped_rows(self) -> list[tuple[str, str]]:
        """(title, reason) of every skipped item as the table shows them."""
        rows = []
        for row in range(self.table.rowCount()):
            if self.table.item(row, self.COL_OUTCOME).text() == Outcome.SKIPPED.value:
                rows.append((self.table.item(row, self.COL_TITLE).text(), self.table.item(row, self.COL_DETAIL).text()))
        return rows

    @classmethod
    def confirm(cls, parent: QWidget | None, plan: ImportPlan, file_name: str) -> bool:
        """Show the preview; return True when the user chose to import."""
        dialog = cls(plan, file_name, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def import_button_text(new: int, updated: int, exceptions: int) -> str:
    """'Import 1 event' when the file only adds events, 'Import 3 changes' otherwise, 'Nothing to import'."""
    changes = new + updated + exceptions
    if not changes:
        return "Nothing to import"
    if changes == new:
        return f"Import {_plural(new, 'event')}"
    return f"Import {_plural(changes, 'change')}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
