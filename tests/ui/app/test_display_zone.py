"""The display-zone setting object: one change from Settings, observed by the window and its views."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.ui.display_zone import DisplayZone
from cica_planner.ui.views.month_view import MonthView


def test_a_new_zone_is_announced_once(qtbot) -> None:
    display_zone = DisplayZone("Asia/Almaty", {"Asia/Baku": "Baku"})
    seen: list[str] = []
    display_zone.changed.connect(seen.append)
    display_zone.set_tzid("Asia/Baku")
    display_zone.set_tzid("Asia/Baku")  # the same zone again: nothing to follow
    assert seen == ["Asia/Baku"]
    assert display_zone.tzid() == "Asia/Baku"
    assert display_zone.place_name() == "Baku"


def test_an_unknown_zone_is_refused_before_anything_changes(qtbot) -> None:
    display_zone = DisplayZone()
    seen: list[str] = []
    display_zone.changed.connect(seen.append)
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        display_zone.set_tzid("Mars/Olympus")
    assert display_zone.tzid() == "Asia/Almaty"
    assert display_zone.place_name() == "Astana"
    assert seen == []
    with pytest.raises(ValidationError):
        DisplayZone("Nowhere/At_All")


def test_a_view_names_the_observed_zone_only_for_items_in_that_zone(qtbot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    display_zone = DisplayZone("Asia/Almaty", {"Asia/Almaty": "Astana", "Asia/Tashkent": "Tashkent"})
    view.set_display_zone(display_zone)
    view.set_occurrences([], "Asia/Almaty")
    assert view.zone_name() == "Astana"
    display_zone.set_tzid("Asia/Tashkent")
    # The items still carry Astana's times until the window fetches them again: the name says so.
    assert view.zone_name() == "Astana"
    view.set_occurrences([], "Asia/Tashkent")
    assert view.zone_name() == "Tashkent"
    view.set_display_zone(None)
    assert view.zone_name() == "Tashkent"  # named from the IANA zone when standalone


def test_the_window_follows_one_change_of_the_setting(window) -> None:
    window.go_to_date(date(2024, 6, 27))
    for key in ("month", "week", "agenda"):
        window.set_view(key)
    window.display_zone.set_tzid("Asia/Baku")  # what Settings does, once
    assert window.display_tz() == "Asia/Baku"
    assert window.settings.display_tz() == "Asia/Baku"
    assert window.zone_label.text().startswith("Time zone: Asia/Baku")
    assert window.clock.zone == "Asia/Baku"  # today is Baku's day from now on
    for key in ("month", "week", "agenda"):
        window.set_view(key)
        view = window.current_view()
        assert view.display_tz() == "Asia/Baku"
        assert f"({view.zone_name()}, UTC+04:00)" in window.zone_label.text()


def test_a_refused_zone_leaves_the_window_as_it_was(window) -> None:
    with pytest.raises(ValidationError):
        window.set_display_tz("Mars/Olympus")
    assert window.display_tz() == "Asia/Almaty"
    assert window.settings.display_tz() == "Asia/Almaty"
    assert window.current_view().zone_name() == "Astana"
