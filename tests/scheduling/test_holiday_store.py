"""Holiday facts kept on disk (holiday_store.py) are the package's own answers, and a bad cache costs nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar, member_states
from cica_planner.services.scheduling.holiday_store import HolidayStore

ROOT = Path(__file__).resolve().parents[2]
FIRST, LAST = date(2023, 12, 1), date(2025, 1, 31)
#: Kazakhstan, Azerbaijan, China (weekend days made working days), Israel (Fri–Sat), Iran (Friday), and a gap.
CHOSEN = ("KZ", "AZ", "CN", "IL", "IR", "PS")


def _answers(calendar: HolidayCalendar) -> tuple:
    return (
        calendar.holidays_between(CHOSEN, FIRST, LAST),
        [calendar.is_weekend(code, date(2024, 9, 29)) for code in CHOSEN],  # a Sunday China worked
        [calendar.weekend_text(code) for code in CHOSEN],
        [calendar.year_range(code) for code in CHOSEN],
        calendar.gaps([*CHOSEN, "XX"], date(1990, 1, 1), date(2024, 12, 31)),
        [calendar.supports(code) for code in (*member_states(), "XX")],
    )


def test_kept_answers_are_the_packages_answers(tmp_path: Path) -> None:
    store_path = tmp_path / "holidays-test.json"
    fresh = _answers(HolidayCalendar())  # the package asked directly, nothing kept
    first_start = _answers(HolidayCalendar(HolidayStore(store_path)))  # asks the package and keeps the answers
    assert store_path.is_file()
    later_start = _answers(HolidayCalendar(HolidayStore(store_path)))  # reads them back
    assert first_start == fresh
    assert later_start == fresh
    assert any(holiday.local_name for holiday in fresh[0])  # own-language names are kept too


def test_a_later_start_does_not_import_the_package(tmp_path: Path) -> None:
    store_path = tmp_path / "holidays-test.json"
    _answers(HolidayCalendar(HolidayStore(store_path)))
    code = ("import sys\nfrom datetime import date\nfrom pathlib import Path\n"
            "from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar\n"
            "from cica_planner.services.scheduling.holiday_store import HolidayStore\n"
            "calendar = HolidayCalendar(HolidayStore(Path(sys.argv[1])))\n"
            "names = [h.name for h in calendar.holidays_between(['KZ'], date(2024, 3, 1), date(2024, 3, 31))]\n"
            "print('holidays' in sys.modules, 'Nowruz Holiday' in ' '.join(names))")
    done = subprocess.run([sys.executable, "-c", code, str(store_path)], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split() == ["False", "True"]


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"countries": [], "years": 3}',
                                     b'{"supported": "KZ", "countries": {"KZ": [1]}, "years": {"KZ:2024": {}}}'])
def test_a_damaged_cache_is_left_aside(tmp_path: Path, content: bytes) -> None:
    store_path = tmp_path / "holidays-test.json"
    store_path.write_bytes(content)
    assert _answers(HolidayCalendar(HolidayStore(store_path))) == _answers(HolidayCalendar())


def test_a_cache_that_cannot_be_written_is_not_kept(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("in the way")
    store = HolidayStore(blocked / "holidays-test.json")
    assert _answers(HolidayCalendar(store)) == _answers(HolidayCalendar())
    assert not (blocked / "holidays-test.json").exists()
