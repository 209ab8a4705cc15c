"""Start a window and leave at its first paint: the time to a visible window, measured from outside.

``python bench/first_paint.py app --db FILE`` starts CICA Planner on FILE; ``python
bench/first_paint.py bare`` starts a bare QMainWindow with a QCalendarWidget, the floor
any Qt calendar pays. Both install the same event filter before anything else, and leave
with ``os._exit`` right after the first paint pass of their main window, printing the resident
memory at that moment (MB). The caller times the whole process from outside.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow, QWidget


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report_and_leave() -> None:
    sys.stdout.write(f"{resident_mb():.1f}\n")
    sys.stdout.flush()
    os._exit(0)


class LeaveAtFirstPaint(QObject):
    """Leaves once the main window's first paint pass is over.

    Qt paints all the dirty widgets of a window in one pass, so the first paint event of any
    widget in a QMainWindow starts that pass; a zero timer runs right after it ends.
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)):
            self.seen = True
            QTimer.singleShot(0, report_and_leave)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    watcher = LeaveAtFirstPaint()
    app.installEventFilter(watcher)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QCalendarWidget())
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from cica_planner.cli import main as app_main

    sys.argv = ["cica-planner", *sys.argv[2:]]
    return app_main()


if __name__ == "__main__":
    sys.exit(main())
