"""The reason for a move made by dragging: asked as Ctrl+R asks it, kept in the event's history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from cica_planner.domain.errors import ValidationError
from cica_planner.ui.dialogs.common import (
    ValidatingDialog,
    error_label,
    fit_placeholder,
    keep_contents_whole,
    run_for_value,
)


class MoveReasonDialog(ValidatingDialog):
    """Ask why ``title`` moves from ``before`` to ``after``; ``value()`` is the reason (never empty)."""

    def __init__(self, title: str, before: str, after: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_reason_dialog")
        self.setWindowTitle(self.tr("Move — {title}").format(title=title))
        self.setMinimumWidth(460)
        summary = QLabel(self.tr("<b>{title}</b><br>from {before}<br>to {after}").format(
            title=_escape(title), before=_escape(before), after=_escape(after)), self)
        summary.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Required: why it moves (kept in the history)"))
        fit_placeholder(self.reason_edit)
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move", "button that moves an event"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(summary)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)
        keep_contents_whole(self)

    def value(self) -> str:
        reason = self.reason_edit.text().strip()
        if not reason:
            raise ValidationError(self.tr("Give a reason for the move; it is kept in the history."))
        return reason

    @classmethod
    def get_reason(cls, parent: QWidget | None, title: str, before: str, after: str) -> str | None:
        """Show the dialog; return the reason, or None when the move is cancelled."""
        return run_for_value(cls(title, before, after, parent))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
