"""Turn Qt's fatal start-up errors into one line and an exit status, instead of an abort.

When no platform plugin can start (a display that refuses the connection, a missing system
library of the xcb plugin), Qt logs the reason and calls qFatal, which aborts the process and
leaves a core dump. cica_planner.display catches the usual cases before Qt starts; this handler
catches the rest: it logs Qt's message, prints one line, and ends the process with a status.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from cica_planner.display import HINT, NO_DISPLAY_EXIT

log = logging.getLogger("cica_planner.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
}


def exit_cleanly_on_qt_fatal() -> None:
    """Install the message handler: Qt's messages go to the log, a fatal one ends the app with a line."""
    qInstallMessageHandler(_handle)


#: The first warning about the platform plugin: it names the cause ("could not connect to display",
#: or "xcb-cursor0 is needed" when the plugin cannot load), where the fatal message that follows
#: only says that no plugin could be started. Qt adds the xcb-cursor0 hint after any failure, so a
#: later warning can mislead.
_platform_warning: list[str] = []


def _handle(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    if kind != QtMsgType.QtFatalMsg:
        if (context.category or "").startswith("qt.qpa") and kind == QtMsgType.QtWarningMsg and not _platform_warning:
            _platform_warning.append(text)
        # Qt's own chatter (font or theme notes) belongs in the log file, not on the console.
        log.log(min(_LEVELS.get(kind, logging.WARNING), logging.INFO), "%s", text)
        return
    if logging.getLogger().handlers:  # the log file is open (before that, logging would print the text raw)
        log.critical("Qt stopped: %s", text, extra={"file_only": True})  # the console gets the line below
    lines = (_platform_warning or [text])[0].strip().splitlines()
    reason = lines[0] if lines else "Qt could not start"
    if sys.stderr is not None:
        print(f"cica-planner: the window cannot open: {reason} ({HINT})", file=sys.stderr, flush=True)
    logging.shutdown()
    os._exit(NO_DISPLAY_EXIT)  # returning would let Qt abort the process
