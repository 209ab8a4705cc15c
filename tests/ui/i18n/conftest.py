"""Fixtures of the translation tests: a language installed for one test, English restored after it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    """The Russian translation and locale for one test; English is installed again afterwards."""
    from cica_planner.i18n.language import install_language

    install_language("ru")
    yield
    install_language("en")


@pytest.fixture
def english(qapp) -> None:
    from cica_planner.i18n.language import install_language

    install_language("en")


#: The day the window takes as today in these tests.
TODAY = date(2024, 6, 20)


@pytest.fixture
def app_settings(tmp_path: Path):
    from cica_planner.ui.settings import AppSettings

    return AppSettings.from_path(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, seeded_engine, app_settings):
    """The full window (chairmanship and checklist pages too) on a seeded copy, 1024×700, in English."""
    from cica_planner.i18n.language import install_language
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.window_assembly import feature_services

    install_language("en")
    made = MainWindow(PlannerService(seeded_engine), app_settings, db_name="calendar.sqlite3", today=TODAY,
                      **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.resize(1024, 700)
    made.show()
    qtbot.waitExposed(made)
    yield made
    install_language("en")
