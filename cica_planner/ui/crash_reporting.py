"""Report an unexpected error to the user: one crash dialog, however many errors arrive in a row.

The excepthook of the app (cica_planner.app.handle_exception) logs the traceback, then calls
:func:`report_crash`. The dialog is opened with ``open()``, not ``exec()``: the excepthook returns
at once and the event loop goes on, so the app keeps running; tests find the dialog without
running a nested loop.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cica_planner.ui.dialogs.crash_dialog import CrashDialog

_state: dict[str, CrashDialog | None] = {"open": None}


def report_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 summary: str, log_path: Path | None) -> CrashDialog | None:
    """Show ``exc`` in the crash dialog (adding it to the one already open); None without a QApplication."""
    if QApplication.instance() is None:
        return None
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    dialog = open_crash_dialog()
    if dialog is not None:
        dialog.add_error(summary, details)
        dialog.raise_()
        return dialog
    dialog = CrashDialog(summary, details, log_path, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _state.update(open=None))
    _state["open"] = dialog
    dialog.open()
    return dialog


def open_crash_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any."""
    dialog = _state["open"]
    try:
        return dialog if dialog is not None and dialog.isVisible() else None
    except RuntimeError:  # deleted on the C++ side without finished() (its parent window was closed)
        _state["open"] = None
        return None
