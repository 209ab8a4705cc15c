"""Go to Date takes typed dates and steps every part with the arrow keys; Settings finds zones by city."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.typed_dates import parse_typed_date
from cica_planner.ui.dialogs.goto_dialog import GotoDialog
from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("typed", "day"), [
    ("27 June 2024", date(2024, 6, 27)), ("27.06.2024", date(2024, 6, 27)), ("2024-06-27", date(2024, 6, 27)),
    ("27/06/2024", date(2024, 6, 27)), ("June 27, 2024", date(2024, 6, 27)), ("27 jun 2024", date(2024, 6, 27)),
    ("June 2024", date(2024, 6, 1)), ("march", date(2026, 3, 1)), ("11 Nov", date(2026, 11, 11)),
    ("today", TODAY), ("tomorrow", date(2026, 12, 2)),
])
def test_typed_dates_are_understood(typed: str, day: date) -> None:
    assert parse_typed_date(typed, TODAY) == day


@pytest.mark.parametrize("typed", ["", "31.02.2024", "Juny 2024", "27 June 2024 June", "next week", "1 2 3 June"])
def test_other_text_is_refused_in_one_line(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_typed_date(typed, TODAY)
    assert "\n" not in str(refused.value)


def test_the_dialog_shows_what_it_understood_and_refuses_nonsense(qtbot) -> None:
    dialog = GotoDialog(date(2024, 6, 1), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "27.06.2024")
    assert dialog.understood_label.text() == "Thursday 27 June 2024"
    assert dialog.value() == date(2024, 6, 27)
    dialog.date_edit.setText("someday")
    dialog.accept()
    assert dialog.isVisible()
    assert "someday" in dialog.error_label.text()
    # The title bar has room for the whole title.
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance("Go to Date") + 160


def test_up_and_down_step_the_day_month_and_year_under_the_cursor(qtbot) -> None:
    dialog = GotoDialog(date(2024, 6, 27), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.date_edit
    edit.setCursorPosition(1)  # in the day
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "28 June 2024"
    edit.setCursorPosition(4)  # in the month
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "28 July 2024"
    assert dialog.field_at_cursor() == 1
    edit.setCursorPosition(len(edit.text()))  # in the year
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "28 July 2023"
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert dialog.value() == date(2023, 8, 28)


def test_settings_find_zones_by_city_and_refuse_unknown_ones(qtbot, planner) -> None:
    dialog = SettingsDialog(Preferences("Asia/Almaty"), planner.countries())
    qtbot.addWidget(dialog)
    dialog.show()
    for typed, tzid in [("Astana", "Asia/Almaty"), ("baku", "Asia/Baku"), ("Tokyo", "Asia/Tokyo"),
                        ("asia/tashkent", "Asia/Tashkent"), ("ho chi minh", "Asia/Ho_Chi_Minh"),
                        ("Baku — Asia/Baku", "Asia/Baku")]:
        dialog.zone_combo.setEditText(typed)
        assert dialog.value().display_tz == tzid, typed
    completions = dialog.zone_combo.completer().model()
    offered = [completions.index(row, 0).data() for row in range(completions.rowCount())]
    assert "Astana — Asia/Almaty" in offered
    assert "Asia/Baku" in " ".join(offered)
    dialog.zone_combo.setEditText("Atlantis")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Unknown time zone 'Atlantis'")
