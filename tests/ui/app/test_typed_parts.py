"""What the window asks of its pages, and Qt's values read with their Python types."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.pages import KeepsClock, Page, ShowsEvents
from cica_planner.ui.qt_dates import to_date, to_datetime, to_time
from cica_planner.ui.qt_items import combo_line_edit, header_item, table_item

TODAY = date(2024, 6, 27)


def test_every_extra_page_refreshes_opens_events_and_keeps_the_clock(qtbot, planner, seeded_engine,
                                                                     app_settings) -> None:
    from cica_planner.ui.window_assembly import feature_services

    window = MainWindow(planner, app_settings, today=TODAY, **feature_services(seeded_engine))
    qtbot.addWidget(window)
    for key in ("chairmanship", "checklists", "dashboard"):
        page = window.pages[key]
        assert isinstance(page, Page), key
        assert isinstance(page, KeepsClock), key
    assert isinstance(window.pages["chairmanship"], ShowsEvents)
    assert not isinstance(window.pages["dashboard"], ShowsEvents)
    # The pages shown after a new day follow the window's clock.
    assert window.pages["dashboard"].today() == TODAY


def test_qt_dates_and_times_become_python_ones(qtbot) -> None:
    assert to_date(QDate(2024, 6, 27)) == date(2024, 6, 27)
    assert to_time(QTime(10, 30)) == time(10, 30)
    moment = to_datetime(QDateTime(QDate(2024, 3, 1), QTime(0, 30)))
    assert isinstance(moment, datetime)
    assert (moment.date(), moment.time()) == (date(2024, 3, 1), time(0, 30))


def test_table_cells_and_headers_the_caller_made(qtbot) -> None:
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.setObjectName("periods_table")
    table.setHorizontalHeaderLabels(["Name", "First day"])
    table.setItem(0, 0, QTableWidgetItem("Nauryz"))
    assert table_item(table, 0, 0).text() == "Nauryz"
    assert header_item(table, 1).text() == "First day"
    with pytest.raises(LookupError, match="periods_table has no item at row 0, column 1"):
        table_item(table, 0, 1)


def test_only_an_editable_combo_box_has_a_line_edit(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setObjectName("zone_combo")
    with pytest.raises(LookupError, match="zone_combo is not editable"):
        combo_line_edit(combo)
    combo.setEditable(True)
    combo_line_edit(combo).setText("Asia/Baku")
    assert combo.currentText() == "Asia/Baku"
