"""A smoke start: open the window, say so, and quit on its own (tests of the installed bundle).

Set ``CICA_PLANNER_SMOKE_START=1`` (or to the path of a ``.png`` file, which then receives a
screenshot of the window) and start the app without a command. As soon as the window is shown
and painted, the app prints ``window shown: TITLE (WIDTHxHEIGHT)`` and ``icon: drawn`` (or
``icon: missing``) and exits with status 0; a window that does not show within a minute ends the
app with status 1. Nothing else changes: the calendar is opened, migrated and seeded as in a
normal start.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtWidgets import QWidget

SMOKE_ENV = "CICA_PLANNER_SMOKE_START"
GIVE_UP_MS = 60_000
POLL_MS = 50


def schedule_smoke_exit(app: QCoreApplication, window: QWidget, setting: str) -> None:
    """Quit ``app`` once ``window`` is exposed, after saving a screenshot if ``setting`` is a .png path."""
    waited = QElapsedTimer()
    waited.start()
    shot = Path(setting) if setting.lower().endswith(".png") else None

    def check() -> None:
        if window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed():
            app.processEvents()  # let the views lay out and paint once
            if shot is not None:
                window.grab().save(str(shot))
            size = window.size()
            _say(sys.stdout, f"window shown: {window.windowTitle()} ({size.width()}x{size.height()})")
            # The icon is an SVG: drawing it proves the SVG icon engine and image format are there.
            drawn = not window.windowIcon().pixmap(64, 64).isNull()
            _say(sys.stdout, f"icon: {'drawn' if drawn else 'missing'}")
            app.exit(0)
        elif waited.elapsed() > GIVE_UP_MS:
            _say(sys.stderr, "cica-planner: the window did not show within a minute")
            app.exit(1)
        else:
            QTimer.singleShot(POLL_MS, check)

    QTimer.singleShot(0, check)


def _say(stream: TextIO | None, text: str) -> None:
    if stream is not None:  # a windowed Windows program has neither stdout nor stderr
        print(text, file=stream, flush=True)
