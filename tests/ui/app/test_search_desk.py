"""The sidebar search of the walk-through: bodies, countries, accents; Esc clears; readable at 1024 px."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cica_planner.domain.model import Category, Event
from tests.ui.app.conftest import SOC_JUNE


def _titles(window) -> list[str]:
    model = window.sidebar.results_model
    return [model.index(row, model.COL_TITLE).data() for row in range(model.rowCount())]


def _uids(window) -> list[str]:
    model = window.sidebar.results_model
    return [model.index(row, 0).data(model.UidRole) for row in range(model.rowCount())]


def test_soc_finds_the_june_2024_senior_officials_committee(window, qtbot) -> None:
    qtbot.keyClicks(window.sidebar.search_edit, "SOC")
    assert SOC_JUNE in _uids(window)
    assert window.sidebar.results_label.text().endswith("found")


def test_country_names_codes_and_accents_are_found(window, qtbot) -> None:
    window.create_event(Event(title="Youth forum", category=Category.YOUTH_COUNCIL, start=date(2025, 5, 5),
                              end=date(2025, 5, 6), city="Bakı", country="AZ"))
    for typed in ("baki", "Azerbaijan", "AZ"):
        window.sidebar.search_edit.setText(typed)
        assert "Youth forum" in _titles(window), typed
    window.sidebar.search_edit.setText("turkiye")
    assert "Türkiye voluntary contribution ceremony" in _titles(window)


def test_escape_clears_the_search(window, qtbot) -> None:
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_edit, "Astana")
    assert window.sidebar.results_view.isVisible()
    qtbot.keyClick(window.sidebar.search_edit, Qt.Key.Key_Escape)
    assert window.sidebar.search_edit.text() == ""
    assert not window.sidebar.results_view.isVisible()


def test_results_stay_readable_in_a_1024_pixel_window(window, qtbot, tmp_path) -> None:
    window.resize(1024, 700)
    window.sidebar.search_edit.setText("SOC")
    qtbot.wait(50)
    view = window.sidebar.results_view
    model = window.sidebar.results_model
    row = _uids(window).index(SOC_JUNE)
    title_rect = view.visualRect(model.index(row, model.COL_TITLE))
    # One column of two-line rows: the title gets the sidebar's width, date and place go below it.
    assert title_rect.width() >= view.viewport().width() - 2
    assert title_rect.height() >= 2 * view.fontMetrics().height()
    assert title_rect.width() >= view.fontMetrics().horizontalAdvance("Senior Officials Committee")
    assert view.horizontalScrollBar().maximum() == 0
    window.grab().save(str(tmp_path / "search-1024.png"))
