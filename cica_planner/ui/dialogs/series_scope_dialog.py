"""Ask which occurrences of a repeating event an edit reaches: this one, this and following, or all."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cica_planner.services.series_edits import Scope


class SeriesScopeDialog(QDialog):
    """The chooser Outlook and Thunderbird show before a repeating event is edited.

    Args:
        title: the event's title.
        occurrence_label: the chosen occurrence as the user sees it, e.g. "3 June 2025".
        parent: the parent widget.

    ``choice()`` is the scope chosen, or None when cancelled.
    """

    def __init__(self, title: str, occurrence_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Repeating Event"))
        self._choice: Scope | None = None
        message = QLabel(self.tr(
            "<b>{title}</b> repeats. Change only the occurrence on {day}, "
            "this and the following occurrences, or every occurrence?").format(
                title=_escape(title), day=_escape(occurrence_label)), self)
        message.setWordWrap(True)
        message.setMinimumWidth(420)
        buttons = QDialogButtonBox(self)
        self.buttons: dict[Scope, QPushButton] = {}
        for scope, text in ((Scope.OCCURRENCE, self.tr("This &Occurrence")), (Scope.FOLLOWING, self.tr("This and &Following")),
                            (Scope.ALL, self.tr("&All Occurrences"))):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setObjectName(f"scope_{scope.value}_button")
            button.clicked.connect(lambda _checked=False, chosen=scope: self._choose(chosen))
            self.buttons[scope] = button
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        self.buttons[Scope.OCCURRENCE].setDefault(True)  # what a click on one day most often means
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)

    def _choose(self, scope: Scope) -> None:
        self._choice = scope
        self.accept()

    def reject(self) -> None:
        self._choice = None
        super().reject()

    def choice(self) -> Scope | None:
        return self._choice

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, occurrence_label: str) -> Scope | None:
        """Show the dialog and return the scope chosen (None when closed)."""
        dialog = cls(title, occurrence_label, parent)
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
