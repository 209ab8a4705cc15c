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
#: Test events added to the seeded copy: a meeting still planned (as the 7th MC was for 11 Nov 2024
#: in Baku) and a yearly series (the shipped calendar has none).
PLANNED_MC = "planned-mc@test"
BICYCLE_DAY = "bicycle-day@test"


@pytest.fixture
def planner(seeded_engine):
    from cica_planner.domain.model import Category, Event, Mode
    from cica_planner.services.planner import PlannerService

    service = PlannerService(seeded_engine)
    service.create(Event(title="7th CICA Ministerial Council (as planned)", category=Category.MINISTERIAL_COUNCIL, uid=PLANNED_MC,
                         start=date(2024, 11, 11), end=date(2024, 11, 12), city="Baku", country="AZ",
                         tzid="Asia/Baku", mode=Mode.IN_PERSON))
    service.create(Event(title="World Bicycle Day", category=Category.CULTURAL, uid=BICYCLE_DAY,
                         start=date(2024, 6, 3), end=date(2024, 6, 4), city="Astana", country="KZ",
                         rrule="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3"))
    return service


@pytest.fixture
def app_settings(tmp_path: Path):
    from cica_planner.ui.settings import AppSettings

    return AppSettings.from_path(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, planner, app_settings):
    from cica_planner.ui.main_window import MainWindow

    made = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made
