"""Confirm a deletion; for a repeating event, choose this occurrence or the whole series."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class DeleteChoice(Enum):
    """What the user chose to delete."""

    CANCEL = "cancel"
    EVENT = "event"  # a single (non-repeating) event
    OCCURRENCE = "occurrence"  # only this occurrence of a repeating event
    FOLLOWING = "following"  # this occurrence and every later one
    SERIES = "series"  # every occurrence of a repeating event


class DeleteDialog(QDialog):
    """Ask before deleting ``title``; ``choice()`` tells what to delete.

    Args:
        title: the event's title.
        recurring: whether the event repeats (offers "this occurrence" / "all occurrences").
        occurrence_label: the occurrence's date as the user sees it, e.g. "3 June 2025".
        parent: the parent widget.
    """

    def __init__(self, title: str, recurring: bool, occurrence_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete Event"))
        self._choice = DeleteChoice.CANCEL
        if recurring:
            text = self.tr("<b>{title}</b> repeats. Delete only the occurrence on {day}, "
                           "this and the following occurrences, or every occurrence?").format(
                               title=_escape(title), day=_escape(occurrence_label))
        else:
            text = self.tr("Delete <b>{title}</b>? Its preparation tasks are deleted too. You can undo this.").format(
                title=_escape(title))
        message = QLabel(text, self)
        message.setWordWrap(True)
        message.setMinimumWidth(360)
        buttons = QDialogButtonBox(self)
        self.occurrence_button: QPushButton | None = None
        self.series_button: QPushButton | None = None
        self.following_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if recurring:
            self.occurrence_button = buttons.addButton(self.tr("This &Occurrence"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.occurrence_button.setObjectName("delete_occurrence_button")
            self.occurrence_button.clicked.connect(lambda: self._choose(DeleteChoice.OCCURRENCE))
            self.following_button = buttons.addButton(self.tr("This and &Following"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.following_button.setObjectName("delete_following_button")
            self.following_button.clicked.connect(lambda: self._choose(DeleteChoice.FOLLOWING))
            self.series_button = buttons.addButton(self.tr("&All Occurrences"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.series_button.setObjectName("delete_series_button")
            self.series_button.clicked.connect(lambda: self._choose(DeleteChoice.SERIES))
        else:
            self.delete_button = buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.setObjectName("delete_button")
            self.delete_button.clicked.connect(lambda: self._choose(DeleteChoice.EVENT))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)  # the safe answer is the default one
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)

    def _choose(self, choice: DeleteChoice) -> None:
        self._choice = choice
        self.accept()

    def reject(self) -> None:
        self._choice = DeleteChoice.CANCEL
        super().reject()

    def choice(self) -> DeleteChoice:
        return self._choice

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, recurring: bool, occurrence_label: str = "") -> DeleteChoice:
        """Show the dialog and return the choice (CANCEL when closed)."""
        dialog = cls(title, recurring, occurrence_label, parent)
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
