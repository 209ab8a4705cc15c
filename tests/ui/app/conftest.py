"""Fixtures of the main-window tests: settings in a temporary INI file, a window on a seeded copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

#: The day the window takes as today: late 2026, after the seeded 2024–2026 calendar.
TODAY = date(2026, 11, 27)
MC7 = "e097@seed.cica-planner"
SOC_JUNE = "e082@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"
BICYCLE_DAY = "r01@seed.cica-planner"


@pytest.fixture
def app_settings(tmp_path: Path):  # noqa: ANN201
    from cica_planner.ui.settings import AppSettings

    return AppSettings.from_path(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, planner, app_settings):  # noqa: ANN001, ANN201
    from cica_planner.ui.main_window import MainWindow

    made = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made
