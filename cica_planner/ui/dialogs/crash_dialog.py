"""The dialog shown when an unexpected error reaches the event loop.

It says what happened in one sentence, where the log with the details is, and offers a Copy
button that puts a complete report (version, system, traceback) on the clipboard, ready for an
e-mail to whoever supports the app. The app keeps running behind it: the error ended one action,
not the program. Further errors while it is open are added to it instead of stacking dialogs.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cica_planner import __version__
from cica_planner.ui.style import MUTED_TEXT

TITLE = str(QT_TRANSLATE_NOOP("CrashDialog", "CICA Planner: unexpected error"))
KEPT_ERRORS = 10
"""The tracebacks the dialog shows; later errors are counted (all of them are in the log)."""


class CrashDialog(QDialog):
    """Shows one unexpected error (or several in a row) with the log's location and a Copy button.

    Args:
        summary: the error in one line, e.g. ``RuntimeError: boom``.
        details: the traceback.
        log_path: the log file the traceback was written to, or None when it could not be written.
    """

    def __init__(self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", TITLE))
        self.log_path = log_path
        self._errors: list[tuple[str, str]] = []
        self._count = 0

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headline = QLabel(self)
        self.headline.setObjectName("crash_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explanation = QLabel(self.tr(
            "The last action may not have been completed; changes saved before it are kept. "
            "CICA Planner keeps running, but if something looks wrong, close it and start it again."), self)
        explanation.setWordWrap(True)
        self.log_label = QLabel(self)
        self.log_label.setObjectName("crash_log_location")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setStyleSheet(f"color: {MUTED_TEXT};")
        self.log_label.setText(
            self.tr("The details were written to the log file:\n{path}").format(path=log_path) if log_path is not None
            else self.tr("The log file could not be written; copy the details below instead."))

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("crash_copy")
        self.copy_button.setToolTip(self.tr("Copy the error report to the clipboard, to paste into an e-mail"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.open_log_button = QPushButton(self.tr("Open &Log Folder"), self)
        self.open_log_button.setObjectName("crash_open_log")
        self.open_log_button.setEnabled(log_path is not None)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.copied = QLabel("", self)
        self.copied.setObjectName("crash_copied")
        self.copied.setStyleSheet(f"color: {MUTED_TEXT};")

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(explanation)
        text.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copied, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self.resize(640, 420)
        self.add_error(summary, details)

    def add_error(self, summary: str, details: str) -> None:
        """Add an error that happened while the dialog was open (the first is given to the constructor)."""
        self._count += 1
        if len(self._errors) < KEPT_ERRORS:  # an error in painting repeats at every repaint
            self._errors.append((summary, details))
            self.details.setPlainText("\n\n".join(details.rstrip() for _summary, details in self._errors))
        first = self._errors[0][0]
        self.headline.setText(self.tr("<b>An unexpected error occurred:</b> {error}").format(error=_escape(first))
                              if self._count == 1 else
                              self.tr("<b>%n unexpected errors occurred.</b> The first: {error}", "", self._count)
                              .format(error=_escape(first)))
        self.copied.setText("")

    def error_count(self) -> int:
        return self._count

    def report_text(self) -> str:
        """The report the Copy button puts on the clipboard."""
        lines = [
            f"CICA Planner {__version__} on {platform.platform()}, Python {platform.python_version()}"
            + (" (bundled)" if getattr(sys, "frozen", False) else ""),
            f"Log file: {self.log_path}" if self.log_path is not None else "Log file: not written",
            "",
        ]
        for summary, details in self._errors:
            lines += [summary, details.rstrip(), ""]
        if self._count > len(self._errors):
            lines.append(f"... and {self._count - len(self._errors)} more, in the log file")
        return "\n".join(lines).rstrip() + "\n"

    def open_log_folder(self) -> bool:
        """Show the log's folder in the file manager; False when there is none or it cannot be opened."""
        if self.log_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copied.setText(self.tr("Copied to the clipboard."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
