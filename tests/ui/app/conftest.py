"""Fixtures of the main-window tests: settings in a temporary INI file, a window on a seeded copy with the test events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.calendar_files import copy_calendar, write_calendar

if TYPE_CHECKING:
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

#: The day the window takes as today: late 2026, after the seeded 2024–2026 calendar.
TODAY = date(2026, 11, 27)
MC7 = "e097@seed.cica-planner"
SOC_JUNE = "e082@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"
#: Test events added to the seeded copy: a meeting still planned (as the 7th MC was for 11 Nov 2024
#: in Baku) and a yearly series (the shipped calendar has none).
PLANNED_MC = "planned-mc@test"
BICYCLE_DAY = "bicycle-day@test"


def quick_window(qtbot, calendar_path: Path, settings: AppSettings) -> MainWindow:
    """A window as the quick start shows it: over the read-only reader, painted once, its services still to come."""
    from cica_planner.services.quick_start import PendingService, QuickCalendar
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.quick_window import wait_for_first_paint

    quick = QuickCalendar.open(calendar_path)
    assert quick is not None
    made = MainWindow(quick, settings, db_name=calendar_path.name, today=TODAY,
                      chairs=PendingService("chairmanship"), checklists=PendingService("checklists"))
    qtbot.addWidget(made)
    made.show()
    assert wait_for_first_paint(made)
    return made


def add_test_events(service: PlannerService) -> None:
    """Add the planned Ministerial Council and the yearly series to a seeded calendar."""
    from cica_planner.domain.model import Category, Event, Mode

    service.create(Event(title="7th CICA Ministerial Council (as planned)", category=Category.MINISTERIAL_COUNCIL, uid=PLANNED_MC,
                         start=date(2024, 11, 11), end=date(2024, 11, 12), city="Baku", country="AZ",
                         tzid="Asia/Baku", mode=Mode.IN_PERSON))
    service.create(Event(title="World Bicycle Day", category=Category.CULTURAL, uid=BICYCLE_DAY,
                         start=date(2024, 6, 3), end=date(2024, 6, 4), city="Astana", country="KZ",
                         rrule="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3"))


@pytest.fixture(scope="session")
def _app_template(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> Path:
    """The seeded calendar with the test events added, made once per session; each test copies the file."""
    return write_calendar(tmp_path_factory.mktemp("app-seed") / "calendar.sqlite3", start_from=_seeded_template,
                          fill=add_test_events)


@pytest.fixture
def seeded_db(tmp_path: Path, _app_template: Path) -> Path:
    """A copy of the seeded calendar with the test events (the window tests' ``seeded_engine`` opens it)."""
    return copy_calendar(_app_template, tmp_path / "calendar.sqlite3")


@pytest.fixture
def planner(seeded_engine) -> PlannerService:
    from cica_planner.services.planner import PlannerService

    return PlannerService(seeded_engine)


@pytest.fixture(scope="module")
def module_planner(module_home: Path, _app_template: Path) -> Iterator[PlannerService]:
    """One copy of the calendar with the test events, for a module whose tests only read it."""
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    target = module_home / "calendar.sqlite3"
    target.write_bytes(_app_template.read_bytes())
    engine = open_database(target)
    yield PlannerService(engine)
    engine.dispose()


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
