from datetime import UTC, date, datetime

import pytest

from cica_planner.domain.clock import HOME_ZONE, NOW_ENV_VAR, Clock, system_clock


def test_late_evening_utc_is_already_tomorrow_in_astana():
    clock = Clock.fixed(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    assert clock.zone == HOME_ZONE
    assert clock.today() == date(2026, 12, 1)
    assert clock.today("Europe/London") == date(2026, 11, 30)
    assert clock.in_zone("Asia/Baku").today() == date(2026, 12, 1)


def test_clock_moves_past_midnight():
    instants = iter([datetime(2026, 11, 30, 18, 59, tzinfo=UTC), datetime(2026, 11, 30, 19, 0, tzinfo=UTC)])
    clock = Clock(lambda: next(instants))
    assert clock.today() == date(2026, 11, 30)
    assert clock.today() == date(2026, 12, 1)  # 00:00 in Astana (UTC+5)


def test_at_noon_names_the_day_in_its_zone():
    assert Clock.at_noon(date(2024, 6, 27)).today() == date(2024, 6, 27)
    assert Clock.at_noon(date(2024, 6, 27)).now() == datetime(2024, 6, 27, 7, tzinfo=UTC)


def test_environment_fixes_the_system_clock(monkeypatch):
    monkeypatch.setenv(NOW_ENV_VAR, "2026-11-30T23:30:00+00:00")
    assert system_clock().today() == date(2026, 12, 1)
    monkeypatch.setenv(NOW_ENV_VAR, "2026-11-30")
    with pytest.raises(ValueError, match="offset"):
        system_clock().now()


def test_naive_instants_are_refused():
    with pytest.raises(ValueError, match="aware"):
        Clock.fixed(datetime(2026, 1, 1))
