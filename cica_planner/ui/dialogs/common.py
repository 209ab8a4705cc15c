"""What the dialogs share: closing only on valid input, and running modally for a value."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from cica_planner.domain.errors import ValidationError

T_co = TypeVar("T_co", covariant=True)


class ValueDialog(Protocol[T_co]):
    """A dialog that gives its result back through ``value()``."""

    def value(self) -> T_co: ...

    def exec(self) -> int: ...

    def deleteLater(self) -> None: ...  # Qt's name


def run_for_value(dialog: ValueDialog[T_co]) -> T_co | None:
    """Show ``dialog`` modally; return its ``value()`` when accepted, None when cancelled, then discard it."""
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def error_label(parent: QWidget) -> QLabel:
    """The hidden red line under a dialog's fields where a refused value is explained."""
    label = QLabel(parent)
    label.setObjectName("error_label")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)  # a long reason wraps instead of widening the dialog
    label.hide()
    return label


def keep_contents_whole(dialog: QWidget) -> None:
    """Never let ``dialog`` be narrower or lower than its contents need.

    A minimum size set by hand replaces the layout's own; longer (translated) labels can then need
    more than it allows, and Qt would clip them. Call this once the layout is complete.
    """
    needed = dialog.minimumSizeHint()
    dialog.setMinimumSize(max(dialog.minimumWidth(), needed.width()), max(dialog.minimumHeight(), needed.height()))


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` wide enough to show its whole placeholder (a required field's hint is read, not guessed)."""
    margins = 24  # the frame and the text margins on both sides
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins)


def show_beginning(*edits: QLineEdit) -> None:
    """Scroll each filled-in line edit back to its start (setText leaves the cursor, and the view, at the end)."""
    for edit in edits:
        edit.setCursorPosition(0)


class ValidatingDialog(QDialog):
    """A dialog whose OK closes it only when ``value()`` raises no ``ValidationError``.

    Subclasses build an ``error_label`` and implement ``value()``; the message of a rejected
    input is shown through ``show_error()``, which they may override.
    """

    error_label: QLabel

    def value(self) -> Any:  # each dialog gives its own kind of value
        """Return the dialog's result; raise ``ValidationError`` when the input is not acceptable."""
        raise NotImplementedError

    def accept(self) -> None:
        """Close only when the fields are valid; otherwise say what is wrong."""
        try:
            self.value()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def show_error(self, message: str) -> None:
        """Show ``message`` in the error label."""
        from cica_planner.ui.dialogs.problems import translated_problem

        self.error_label.setText(translated_problem(message))
        self.error_label.show()
