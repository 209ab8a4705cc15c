"""One "today" on every page: the display zone's day by the window's clock, moving past midnight."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from cica_planner.domain.clock import Clock
from cica_planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.conftest import CliRunner

#: The walk-through's evening: 23:30 UTC on 30 Nov 2026 is already 1 Dec in Astana (UTC+5).
EVENING = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)


class SettableClock(Clock):
    """A real Clock whose instant a test moves forward, as time passes while the app is open."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant
        super().__init__(lambda: self.instant)


def _window(qtbot, planner, app_settings, clock: Clock) -> MainWindow:
    from cica_planner.ui.window_assembly import feature_services

    made = MainWindow(planner, app_settings, db_name="calendar.sqlite3", clock=clock,
                      **feature_services(planner.engine))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _page_days(window: MainWindow) -> dict[str, date]:
    days = {key: view.today() for key, view in window.views.items()}
    days.update({key: window.pages[key].today() for key in ("chairmanship", "checklists", "dashboard")})
    return days


def test_every_page_says_the_same_today_late_in_the_evening_utc(qtbot, planner, app_settings) -> None:
    window = _window(qtbot, planner, app_settings, Clock.fixed(EVENING))
    assert window.today() == date(2026, 12, 1)
    assert set(_page_days(window).values()) == {date(2026, 12, 1)}
    assert window.anchor_date() == date(2026, 12, 1)  # a fresh start opens on today
    assert window.title_label.text() == "December 2026"
    assert window.today_label.text() == "Today: Tue 1 Dec 2026 (Astana)"
    window.set_view("dashboard")
    assert "1 December 2026" in window.pages["dashboard"].heading.text()


def test_the_day_is_the_display_zones(qtbot, planner, app_settings) -> None:
    window = _window(qtbot, planner, app_settings, Clock.fixed(EVENING))
    window.set_display_tz("Europe/London")
    assert set(_page_days(window).values()) == {date(2026, 11, 30)}
    assert window.today_label.text().startswith("Today: Mon 30 Nov 2026")


def test_pages_move_on_at_midnight_while_the_app_stays_open(qtbot, planner, app_settings) -> None:
    clock = SettableClock(datetime(2026, 12, 1, 18, 55, tzinfo=UTC))  # 23:55 in Astana
    window = _window(qtbot, planner, app_settings, clock)
    window.set_view("dashboard")
    assert window.pages["dashboard"].today() == date(2026, 12, 1)
    assert window.day_watcher.timer.isActive()
    assert not window.day_watcher.check()
    clock.instant = datetime(2026, 12, 1, 19, 5, tzinfo=UTC)  # 00:05 on 2 Dec in Astana
    window.day_watcher.timer.timeout.emit()  # what the running timer does every half minute
    assert window.day_watcher.seen() == date(2026, 12, 2)
    assert set(_page_days(window).values()) == {date(2026, 12, 2)}
    assert "2 December 2026" in window.pages["dashboard"].heading.text()
    assert window.anchor_date() == date(2026, 12, 2)  # the calendar showing today follows it
    assert "2 Dec 2026" in window.today_label.text()


def test_the_command_line_takes_its_today_from_the_same_clock(seeded_db, run_cli: CliRunner) -> None:
    result = run_cli("--db", str(seeded_db), "chairs", "--json", env={"CICA_PLANNER_NOW": EVENING.isoformat()})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["at"] == "2026-12-01"  # Astana's day, not the machine's 30 Nov
