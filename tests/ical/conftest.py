"""Fixtures of the iCalendar tests: a calendar with timed events in several zones."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from tests.calendar_files import write_calendar

# The readers in outlook_reader.py are plain helpers shared by the test modules of this folder.
sys.path.insert(0, str(Path(__file__).parent))

if TYPE_CHECKING:
    from cica_planner.services.planner import PlannerService

DATA = Path(__file__).parent / "data"

#: Fresh calendars for property tests: ``with fresh_calendars() as (first, second):``, new files each time.
FreshCalendars = Callable[[], AbstractContextManager[tuple["PlannerService", "PlannerService"]]]


def _at(tzid: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(tzid))


@pytest.fixture
def timed_planner(planner):
    """The seeded calendar plus timed events whose instants are known in UTC."""
    from cica_planner.domain.model import Category, Event, EventStatus, Mode

    events = [
        Event("SOC, Astana (before the zone change)", Category.SOC, _at("Asia/Almaty", 2024, 2, 15, 10),
              _at("Asia/Almaty", 2024, 2, 15, 18), uid="soc-feb@test", city="Astana", country="KZ",
              status=EventStatus.HELD),
        Event("SOC, Astana", Category.SOC, _at("Asia/Almaty", 2024, 6, 27, 10), _at("Asia/Almaty", 2024, 6, 27, 18),
              uid="soc-jun@test", city="Astana", country="KZ", status=EventStatus.CONFIRMED,
              organiser="Kazakhstan (Chair)"),
        Event("Ministerial Council, Baku", Category.MINISTERIAL_COUNCIL, _at("Asia/Baku", 2024, 12, 17, 10),
              _at("Asia/Baku", 2024, 12, 17, 13), tzid="Asia/Baku", uid="mc@test", city="Baku", country="AZ",
              mode=Mode.ONLINE),
        Event("Weekly call, Cairo", Category.EXPERT_MEETING, _at("Africa/Cairo", 2024, 4, 4, 10),
              _at("Africa/Cairo", 2024, 4, 4, 11), tzid="Africa/Cairo", uid="cairo-weekly@test", city="Cairo",
              rrule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20241128", exdates=[_at("Africa/Cairo", 2024, 5, 16, 10)]),
        Event("Expert meeting, Jerusalem", Category.EXPERT_MEETING, _at("Asia/Jerusalem", 2024, 3, 12, 10),
              _at("Asia/Jerusalem", 2024, 3, 12, 12), tzid="Asia/Jerusalem", uid="jerusalem@test",
              rrule="FREQ=MONTHLY;BYDAY=2TU;COUNT=10"),
        Event("Side event, New York", Category.EXTERNAL, _at("America/New_York", 2025, 9, 23, 13),
              _at("America/New_York", 2025, 9, 23, 14, 30), tzid="America/New_York", uid="unga@test",
              city="New York", country="US"),
        Event("Briefing twice a week, Astana", Category.EXPERT_MEETING, _at("Asia/Almaty", 2024, 2, 19, 9),
              _at("Asia/Almaty", 2024, 2, 19, 10), uid="briefing@test",
              rrule="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8"),
        Event("Yearly observance, Astana", Category.CULTURAL, datetime(2024, 6, 3).date(), datetime(2024, 6, 4).date(),
              uid="yearly@test", city="Astana", country="KZ", rrule="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3;COUNT=3"),
        Event("Irregular: every 2nd and 4th Friday", Category.TRAINING, _at("Asia/Almaty", 2025, 1, 10, 15),
              _at("Asia/Almaty", 2025, 1, 10, 16), uid="irregular@test",
              rrule="FREQ=MONTHLY;BYDAY=2FR,4FR;COUNT=6"),
    ]
    for event in events:
        planner.create(event)
    return planner


@pytest.fixture(scope="session")
def _empty_calendar_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A calendar file without events, at the current schema; tests copy it instead of creating one each time."""
    return write_calendar(tmp_path_factory.mktemp("empty-calendar") / "empty.sqlite3", seed=False)


@pytest.fixture
def fresh_calendars(_empty_calendar_file: Path, tmp_path: Path) -> FreshCalendars:
    """Two new, empty calendars per use, removed afterwards: every hypothesis example starts from nothing.

    Copying the empty file costs a fraction of deleting the previous example's events one by one.
    """
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    serial = itertools.count()

    @contextmanager
    def fresh() -> Iterator[tuple[PlannerService, PlannerService]]:
        number = next(serial)
        paths = [tmp_path / f"calendar-{number}-{name}.sqlite3" for name in ("first", "second")]
        for path in paths:
            path.write_bytes(_empty_calendar_file.read_bytes())
        planners = [PlannerService(open_database(path, seed=False)) for path in paths]
        try:
            yield planners[0], planners[1]
        finally:
            for planner, path in zip(planners, paths, strict=True):
                planner.engine.dispose()
                for leftover in tmp_path.glob(f"{path.name}*"):  # the file and its -wal and -shm
                    leftover.unlink()

    return fresh
