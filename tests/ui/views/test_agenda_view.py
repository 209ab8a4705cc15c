"""Agenda view and its model: day groups, 'date to be confirmed' sections, signals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cica_planner.ui.models.agenda_model import AgendaModel
from cica_planner.ui.views.agenda_view import AgendaView

SOC = "e082@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"


@pytest.fixture
def agenda(qtbot, seeded_view_data):
    def build(anchor: date) -> AgendaView:
        view = AgendaView()
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.set_today(date(2024, 6, 26))
        view.set_anchor_date(anchor)
        view.set_occurrences(seeded_view_data(view), "Asia/Almaty")
        return view

    return build


def test_range_title_and_paging(agenda) -> None:
    view = agenda(date(2024, 10, 15))
    assert view.visible_range() == (date(2024, 10, 1), date(2024, 12, 1))  # October and 30 days on
    assert view.title() == "October 2024"
    assert view.shifted(1) == date(2024, 11, 15)
    assert view.shifted(-1) == date(2024, 9, 15)


@pytest.mark.parametrize("month", [10, 11, 12])
def test_q4_business_forum_is_listed_as_to_be_confirmed(agenda, month: int) -> None:
    view = agenda(date(2024, month, 1))
    labels = [group.label for group in view.groups()]
    assert "Q4 2024 — date to be confirmed" in labels
    q4 = next(group for group in view.groups() if group.label == "Q4 2024 — date to be confirmed")
    assert BUSINESS_FORUM in [row.uid for row in q4.rows]
    assert q4.day is None
    # Undated groups come after every dated day.
    first_tbc = next(index for index, group in enumerate(view.groups()) if group.day is None)
    assert all(group.day is None for group in view.groups()[first_tbc:])


def test_june_is_grouped_by_day(agenda) -> None:
    view = agenda(date(2024, 6, 1))
    soc_group = next(group for group in view.groups() if group.day == date(2024, 6, 27))
    assert soc_group.label == "Thursday 27 June 2024"
    soc_row = next(row for row in soc_group.rows if row.uid == SOC)
    assert (soc_row.time_text, soc_row.status, soc_row.place) == ("All day", "Held", "Astana, KZ")
    today = next(group for group in view.groups() if group.day == date(2024, 6, 26))
    assert today.is_today
    assert today.label.endswith("Today")
    days = [group.day for group in view.groups() if group.day is not None]
    assert days == sorted(days)
    # The bicycle tour started in May: it is listed once, on the first day of June.
    first = view.groups()[0]
    assert first.day == date(2024, 6, 1)
    assert "e060@seed.cica-planner" in [row.uid for row in first.rows]
    assert [row.time_text for row in first.rows if row.uid == "e060@seed.cica-planner"] == ["31 May – 2 Jun"]


def test_model_is_valid(qtmodeltester, agenda) -> None:
    view = agenda(date(2024, 6, 1))
    qtmodeltester.check(view.model, force_py=True)
    model = AgendaModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(view.groups())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(view.groups())


def test_model_roles(agenda) -> None:
    view = agenda(date(2024, 6, 1))
    model = view.model
    index = model.index_of_uid(SOC)
    assert index.isValid()
    assert model.data(index, AgendaModel.UidRole) == SOC
    assert model.data(index, AgendaModel.KindRole) == "event"
    title = model.index(index.row(), AgendaModel.COL_TITLE, index.parent())
    assert model.data(title) == "Senior Officials Committee meeting"
    assert model.data(index.parent(), AgendaModel.KindRole) == "day"
    assert model.data(index.parent(), AgendaModel.DateRole) == date(2024, 6, 27)
    assert not model.flags(index.parent()) & Qt.ItemFlag.ItemIsSelectable


def test_select_open_and_page(qtbot, agenda) -> None:
    view = agenda(date(2024, 6, 1))
    view.show()
    qtbot.waitExposed(view)
    index = view.model.index_of_uid(SOC)
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(view.model.index(index.row(), AgendaModel.COL_TITLE, index.parent()))
    with qtbot.waitSignal(view.event_selected) as selected:
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [SOC]
    with qtbot.waitSignal(view.event_activated) as activated:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [SOC]
    with qtbot.waitSignal(view.event_activated) as entered:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert entered.args == [SOC]
    with qtbot.waitSignal(view.page_requested) as paged:
        qtbot.keyClick(view.tree, Qt.Key.Key_PageDown)
    assert paged.args == [1]


def test_select_uid_is_quiet_and_survives_refresh(qtbot, agenda, seeded_view_data) -> None:
    view = agenda(date(2024, 6, 1))
    with qtbot.assertNotEmitted(view.event_selected):
        view.select_uid(SOC)
        view.set_occurrences(seeded_view_data(view), "Asia/Almaty")
    assert view.model.row_for(view.tree.currentIndex()).uid == SOC
    view.select_uid(None)
    assert not view.tree.selectionModel().hasSelection()


def test_double_click_day_header_asks_for_new_event(qtbot, agenda) -> None:
    view = agenda(date(2024, 6, 1))
    view.show()
    qtbot.waitExposed(view)
    header = view.model.index_of_uid(SOC).parent()
    view.tree.scrollTo(header)
    rect = view.tree.visualRect(header)
    assert view.tree.viewport().rect().contains(rect.center())
    with qtbot.waitSignal(view.date_activated) as activated:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [date(2024, 6, 27)]


def test_empty_month_says_so(qtbot) -> None:
    view = AgendaView()
    qtbot.addWidget(view)
    view.set_anchor_date(date(2031, 2, 1))
    view.set_occurrences([], "Asia/Almaty")
    assert view.model.rowCount(QModelIndex()) == 0
    assert view.empty_label.text() == "No events in February 2031"
    assert not view.empty_label.isHidden()


def test_an_event_ending_the_next_day_says_so(qtbot, make_timed) -> None:
    late = make_timed("Late drafting session", date(2024, 6, 27), 23, minutes=90)
    to_midnight = make_timed("Evening reception", date(2024, 6, 27), 22, minutes=120)
    view = AgendaView()
    qtbot.addWidget(view)
    view.set_anchor_date(date(2024, 6, 1))
    view.set_occurrences([late, to_midnight], "Asia/Almaty")
    rows = {row.title: row for group in view.groups() for row in group.rows}
    assert rows["Late drafting session"].time_text == "23:00 – 00:30 (+1)"
    assert rows["Evening reception"].time_text == "22:00 – 00:00"  # ends at midnight: still that day
    # Tooltips name the display zone after Astana, as the status bar and settings do.
    assert "(Astana time)" in rows["Late drafting session"].tooltip
    assert "Almaty time" not in rows["Late drafting session"].tooltip
