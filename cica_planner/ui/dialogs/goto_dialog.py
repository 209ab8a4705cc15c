"""Go to date: type the day the calendar should show, or step it with the arrow keys.

The box takes what people type ("27 June 2024", "27.06.2024", "2024-06-27", "June 2024",
"today"; see ``domain.typed_dates``) and says which day it understood. Up and Down step the
part under the cursor — day, month or year — as in a date field, on every part.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.typed_dates import format_typed_date, parse_typed_date, step_field
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, run_for_value


class GotoDialog(ValidatingDialog):
    """Ask for a date; ``value()`` is the chosen day (ValidationError while the text names none)."""

    def __init__(self, initial: date, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goto_dialog")
        self.setWindowTitle(self.tr("Go to Date"))
        self._today = today or initial
        self.date_edit = QLineEdit(format_typed_date(initial), self)
        self.date_edit.setObjectName("goto_date_edit")
        examples = self.tr("27 June 2024, 27.06.2024, 2024-06-27 or June 2024")
        self.date_edit.setPlaceholderText(examples)
        self.date_edit.setToolTip(self.tr("Type {examples}, or today; ↑ and ↓ step the day, month or year under the cursor")
                                  .format(examples=examples))
        self.date_edit.setMinimumWidth(self.date_edit.fontMetrics().horizontalAdvance(examples) + 24)
        self.date_edit.selectAll()
        self.date_edit.installEventFilter(self)
        self.understood_label = QLabel(self)
        self.understood_label.setObjectName("understood_label")
        self.understood_label.setProperty("muted", True)
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Date:"), self.date_edit)
        layout.addRow("", self.understood_label)
        layout.addRow(self.error_label)
        layout.addRow(buttons)
        self.date_edit.textChanged.connect(self._show_understood)
        self._show_understood()
        # Wide enough for the whole title in the title bar, not only for the field.
        self.setMinimumWidth(max(self.minimumSizeHint().width(), 420))

    def value(self) -> date:
        return parse_typed_date(self.date_edit.text(), self._today)

    def _show_understood(self) -> None:
        self.error_label.hide()
        try:
            day = self.value()
        except ValidationError:
            self.understood_label.setText("")
            return
        self.understood_label.setText(QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.date_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}.get(
                Qt.Key(event.key()))
            if steps is not None:
                self.step(steps, month=event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))
                return True
        return super().eventFilter(watched, event)

    def field_at_cursor(self) -> int:
        """The part of the date under the cursor: 0 day, 1 month, 2 year (in the "27 June 2024" form)."""
        return min(2, self.date_edit.text()[: self.date_edit.cursorPosition()].count(" "))

    def step(self, steps: int, month: bool = False) -> None:
        """Step the part under the cursor (PageUp/PageDown: the month) and show the day in full form."""
        try:
            day = self.value()
        except ValidationError:
            day = self._today
        field = 1 if month else self.field_at_cursor()
        text = format_typed_date(step_field(day, field, steps))
        self.date_edit.setText(text)
        parts = text.split(" ")
        self.date_edit.setCursorPosition(sum(len(p) + 1 for p in parts[:field]))  # stay in the same part

    @classmethod
    def get_date(cls, parent: QWidget | None, initial: date, today: date | None = None) -> date | None:
        """Show the dialog; return the chosen date, or None when cancelled."""
        dialog = cls(initial, parent, today=today)
        return run_for_value(dialog)
