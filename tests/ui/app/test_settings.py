"""Preferences round-trip through a temporary INI file (never the real user settings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from cica_planner.domain.errors import ValidationError
from cica_planner.ui.settings import DEFAULT_DISPLAY_TZ, AppSettings, describe_zone, utc_offset_label


def test_defaults_on_a_new_file(tmp_path: Path) -> None:
    settings = AppSettings.from_path(tmp_path / "new.ini")
    assert settings.display_tz() == DEFAULT_DISPLAY_TZ == "Asia/Almaty"
    assert settings.last_view() == "month"
    assert settings.last_date() is None
    assert settings.geometry() is None
    assert settings.filter_values("categories") == []


def test_round_trip_through_the_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = AppSettings.from_path(path)
    settings.set_display_tz("Asia/Baku")
    settings.set_last_view("agenda")
    settings.set_last_date(date(2024, 10, 1))
    settings.set_geometry(QByteArray(b"\x01\x02geometry"))
    settings.set_filter_values("categories", ["SOC", "Ministerial Council"])
    settings.set_filter_values("countries", ["AZ"])  # one item comes back as a list too
    settings.set_filter_values("statuses", [])
    settings.sync()
    assert path.exists()

    again = AppSettings.from_path(path)
    assert again.display_tz() == "Asia/Baku"
    assert again.last_view() == "agenda"
    assert again.last_date() == date(2024, 10, 1)
    assert bytes(again.geometry().data()) == b"\x01\x02geometry"
    assert again.filter_values("categories") == ["SOC", "Ministerial Council"]
    assert again.filter_values("countries") == ["AZ"]
    assert again.filter_values("statuses") == []


def test_bad_stored_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "broken.ini"
    path.write_text("[display]\ntimezone=Mars/Olympus\n[window]\ndate=not-a-date\n", encoding="utf-8")
    settings = AppSettings.from_path(path)
    assert settings.display_tz() == DEFAULT_DISPLAY_TZ
    assert settings.last_date() is None


def test_an_unknown_zone_is_refused(tmp_path: Path) -> None:
    settings = AppSettings.from_path(tmp_path / "s.ini")
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        settings.set_display_tz("Mars/Olympus")
    assert settings.display_tz() == DEFAULT_DISPLAY_TZ


def test_zone_labels() -> None:
    from datetime import UTC, datetime

    summer = datetime(2024, 6, 27, tzinfo=UTC)
    assert utc_offset_label("Asia/Almaty", summer) == "UTC+05:00"
    assert utc_offset_label("America/New_York", summer) == "UTC-04:00"
    assert describe_zone("Asia/Almaty", {"Asia/Almaty": "Astana"}, summer) == "Asia/Almaty (Astana, UTC+05:00)"
    assert describe_zone("Asia/Baku", None, summer) == "Asia/Baku (UTC+04:00)"


def test_zone_labels_follow_the_days_shown() -> None:
    from datetime import date

    from cica_planner.ui.settings import describe_zone_range, offsets_in_range

    capitals = {"America/New_York": "Washington, D.C."}
    june_week = describe_zone_range("America/New_York", date(2024, 6, 10), date(2024, 6, 17), capitals)
    assert june_week == "America/New_York (Washington, D.C., UTC-04:00)"
    assert describe_zone_range("America/New_York", date(2024, 1, 10)) == "America/New_York (UTC-05:00)"
    # Kazakhstan moved to one zone on 1 March 2024: a range across it shows both offsets.
    across = describe_zone_range("Asia/Almaty", date(2024, 2, 26), date(2024, 3, 4), {"Asia/Almaty": "Astana"})
    assert across == "Asia/Almaty (Astana, UTC+06:00 → UTC+05:00)"
    assert offsets_in_range("Asia/Almaty", date(2024, 3, 1), date(2024, 3, 8)) == ["UTC+05:00"]
    assert offsets_in_range("America/New_York", date(2024, 1, 1), date(2025, 1, 1)) == [
        "UTC-05:00", "UTC-04:00", "UTC-05:00"]


def test_icons_used_by_the_window_are_shipped() -> None:
    from cica_planner.resources import icon_path

    for name in ("cica-planner", "chevron-down"):
        assert icon_path(name).is_file(), name
        assert icon_path(name).read_text(encoding="utf-8").lstrip().startswith("<svg")
