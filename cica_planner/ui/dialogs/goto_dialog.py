"""Go to date: pick the day the calendar should show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from cica_planner.ui.dialogs.common import run_for_value


class GotoDialog(QDialog):
    """Ask for a date; ``value()`` is the chosen day."""

    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Go to Date")
        self.date_edit = QDateEdit(QDate(initial.year, initial.month, initial.day), self)
        self.date_edit.setObjectName("goto_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMinimumWidth(180)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow("&Date:", self.date_edit)
        layout.addRow(buttons)

    def value(self) -> date:
        return self.date_edit.date().toPython()

    @classmethod
    def get_date(cls, parent: QWidget | None, initial: date) -> date | None:
        """Show the dialog; return the chosen date, or None when cancelled."""
        dialog = cls(initial, parent)
        return run_for_value(dialog)
