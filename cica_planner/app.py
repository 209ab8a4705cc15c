"""Composition root: database path -> engine -> services -> QApplication -> main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_desktop(db_path: Path, *, seed: bool = True) -> int:
    """Open the database and run the desktop window until it is closed."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from cica_planner.domain.errors import PlannerError
    from cica_planner.services.seeding import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CICA Planner")
    app.setOrganizationName("CICA Secretariat")
    try:
        open_database(db_path, seed=seed)
    except (PlannerError, OSError) as exc:
        QMessageBox.critical(None, "CICA Planner", f"The calendar database could not be opened:\n{exc}")
        return 1
    window = QMainWindow()
    window.setWindowTitle("CICA Planner")
    window.resize(1200, 800)
    window.show()
    return app.exec()


def main() -> int:
    from cica_planner.cli import main as cli_main

    return cli_main()
