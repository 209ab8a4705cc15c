"""The sidebar's item models: valid for Qt (QAbstractItemModelTester) and right about their data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from cica_planner.domain.model import Category, Event, Precision
from cica_planner.ui.models.filter_model import FilterItem, FilterListModel
from cica_planner.ui.models.search_model import SearchResultsModel, date_label


def _items() -> list[FilterItem]:
    return [FilterItem("SOC", "SOC", QColor("#00897b")), FilterItem("Summit", "Summit", QColor("#1a237e")),
            FilterItem("Visit", "Visit")]


def test_filter_model_is_valid(qtmodeltester) -> None:
    model = FilterListModel()
    model.set_rows(_items())
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_filter_model_checks(qtbot) -> None:
    model = FilterListModel()
    model.set_rows(_items())
    assert model.active_keys() == frozenset()  # everything ticked: no filter
    index = model.index(1)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(index, FilterListModel.KeyRole) == "Summit"
    assert isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.data(model.index(2), Qt.ItemDataRole.DecorationRole) is None  # no colour, no chip
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.selection_changed):
        assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.active_keys() == frozenset({"SOC", "Visit"})
    model.set_checked_keys(["Visit"])
    assert model.checked_keys() == ["Visit"]
    model.set_all_checked(False)
    assert model.active_keys() == frozenset()  # nothing ticked is read as "no filter" too
    model.set_checked_keys(None)
    assert model.checked_keys() == ["SOC", "Summit", "Visit"]


def _event(title: str, start: date, end: date, precision: Precision = Precision.DAY) -> Event:
    return Event(title=title, category=Category.SOC, start=start, end=end, precision=precision, city="Astana",
                 country="KZ")


def test_search_model_is_valid(qtmodeltester) -> None:
    model = SearchResultsModel()
    model.set_rows([_event("SOC", date(2024, 6, 27), date(2024, 6, 28)),
                    _event("Forum", date(2024, 10, 1), date(2025, 1, 1), Precision.QUARTER)])
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_search_model_data() -> None:
    soc = _event("Senior Officials Committee meeting", date(2024, 6, 27), date(2024, 6, 28))
    model = SearchResultsModel()
    model.set_rows([soc])
    assert model.rowCount() == 1
    assert model.columnCount() == 3
    assert model.index(0, SearchResultsModel.COL_DATE).data() == "27 Jun 2024"
    assert model.index(0, SearchResultsModel.COL_TITLE).data() == soc.title
    assert model.index(0, SearchResultsModel.COL_PLACE).data() == "Astana, KZ"
    assert model.index(0, 0).data(SearchResultsModel.UidRole) == soc.uid
    assert model.index(0, 0).data(SearchResultsModel.DateRole) == date(2024, 6, 27)
    assert model.headerData(SearchResultsModel.COL_TITLE, Qt.Orientation.Horizontal) == "Title"


def test_date_labels() -> None:
    assert date_label(_event("a", date(2024, 6, 3), date(2024, 6, 6))) == "3–5 Jun 2024"
    assert date_label(_event("b", date(2024, 6, 27), date(2024, 7, 12))) == "27 Jun – 11 Jul 2024"
    assert date_label(_event("c", date(2024, 12, 30), date(2025, 1, 3))) == "30 Dec 2024 – 2 Jan 2025"
    assert date_label(_event("d", date(2024, 10, 1), date(2025, 1, 1), Precision.QUARTER)) == "Q4 2024"
