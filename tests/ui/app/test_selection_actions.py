"""The event actions (open, reschedule, delete) act only on a selected event that is on screen; a move follows it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from cica_planner.domain.model import Category, Precision
from cica_planner.ui.dialogs.delete_dialog import DeleteChoice, DeleteDialog
from cica_planner.ui.dialogs.event_dialog import EventEdit
from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog
from cica_planner.ui.main_window import MainWindow

SOC_JUNE = "e082@seed.cica-planner"
MC7 = "e097@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"


def _click_soc(window: MainWindow, qtbot) -> None:
    """Select the June SOC the way a user does: a click on its chip in the month grid."""
    window.set_view("month")
    window.go_to_date(date(2024, 6, 27))
    view = window.current_view()
    chip = view.chips_for(SOC_JUNE)[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=chip.rect.center().toPoint())
    assert window.selected_uid() == SOC_JUNE


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Record the titles the delete dialog is asked about (and cancel)."""
    titles: list[str] = []

    def answer(parent, title, recurring, label):
        titles.append(title)
        return DeleteChoice.CANCEL

    monkeypatch.setattr(DeleteDialog, "ask", staticmethod(answer))
    return titles


def _press(window: MainWindow, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_delete_on_screen_asks_about_the_selected_event(window, qtbot, asked) -> None:
    _click_soc(window, qtbot)
    assert window.delete_action.isEnabled()
    assert window.reschedule_action.isEnabled()
    assert window.edit_action.isEnabled()
    _press(window, qtbot, Qt.Key.Key_Delete)
    assert asked == ["Senior Officials Committee meeting"]


def test_event_actions_are_disabled_on_other_pages(qtbot, planner, app_settings, seeded_engine, asked) -> None:
    from cica_planner.ui.window_assembly import feature_services

    made = MainWindow(planner, app_settings, today=date(2024, 6, 27), **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    _click_soc(made, qtbot)
    made.view_actions["checklists"].trigger()  # Ctrl+7
    assert made.current_view_key() == "checklists"
    for action in (made.edit_action, made.reschedule_action, made.delete_action):
        assert not action.isEnabled(), action.text()
    _press(made, qtbot, Qt.Key.Key_Delete)
    _press(made, qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert planner.find(SOC_JUNE) is not None
    # Back on the month, where the SOC is still on screen, the actions apply to it again.
    made.view_actions["month"].trigger()
    assert made.selected_uid() == SOC_JUNE
    assert made.delete_action.isEnabled()


def test_paging_away_drops_the_selection(window, qtbot, asked) -> None:
    _click_soc(window, qtbot)
    view = window.current_view()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.title_label.text() == "August 2024"
    assert window.selected_uid() is None
    assert view.selected_uid() is None
    assert not window.delete_action.isEnabled()
    _press(window, qtbot, Qt.Key.Key_Delete)
    assert asked == []
    # Coming back does not bring the old selection back: it was cleared.
    window.go_to_date(date(2024, 6, 27))
    assert window.selected_uid() is None


def test_switching_to_a_view_without_the_event_drops_the_selection(window, qtbot) -> None:
    _click_soc(window, qtbot)
    window.go_to_date(date(2024, 6, 3))  # same month: still shown
    assert window.selected_uid() == SOC_JUNE
    window.set_view("week")  # 3–9 June: the SOC of the 27th is not there
    assert window.selected_uid() is None
    assert not window.reschedule_action.isEnabled()


def test_search_result_hidden_by_filters_is_not_selected(window) -> None:
    model = window.sidebar.category_model
    model.set_all_checked(False)
    row = next(i for i, item in enumerate(model.rows()) if item.key == Category.SUMMIT.value)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    window.show_event(SOC_JUNE)
    assert window.title_label.text() == "June 2024"
    assert window.selected_uid() is None
    assert not window.delete_action.isEnabled()
    assert "hidden" in window.statusBar().currentMessage()


def test_reschedule_goes_to_the_new_date_and_keeps_the_event_selected(window, planner, qtbot, monkeypatch) -> None:
    window.go_to_date(date(2024, 11, 1))
    window.show_event(MC7)
    assert window.reschedule_action.isEnabled()

    def move(parent, event):
        dialog = RescheduleDialog(event, parent)
        qtbot.addWidget(dialog)
        dialog.start_edit.setDate(QDate(2024, 12, 17))
        dialog.reason_edit.setText("Postponed at the hosts' request")
        return dialog.value()

    monkeypatch.setattr(RescheduleDialog, "get_edit", staticmethod(move))
    window.reschedule_action.trigger()
    stored = planner.get(MC7)
    assert (stored.start, stored.end) == (date(2024, 12, 17), date(2024, 12, 18))
    assert window.title_label.text() == "December 2024"
    assert window.selected_uid() == MC7
    assert window.current_view().selected_uid() == MC7
    assert window.delete_action.isEnabled()


def test_reschedule_from_the_week_view_stays_in_the_week_view(window, planner, qtbot, monkeypatch) -> None:
    window.set_view("week")
    window.show_event(BUSINESS_FORUM)
    assert window.selected_uid() == BUSINESS_FORUM

    def fix_day(parent, event) -> EventEdit:
        dialog = RescheduleDialog(event, parent)
        qtbot.addWidget(dialog)
        dialog.start_edit.setDate(QDate(2024, 11, 15))
        dialog.reason_edit.setText("Dates agreed with the Kyrgyz hosts")
        return dialog.value()

    monkeypatch.setattr(RescheduleDialog, "get_edit", staticmethod(fix_day))
    window.reschedule_action.trigger()
    stored = planner.get(BUSINESS_FORUM)
    assert (stored.start, stored.end, stored.precision) == (date(2024, 11, 15), date(2024, 11, 16), Precision.DAY)
    assert window.current_view_key() == "week"
    assert window.title_label.text() == "11 – 17 November 2024"
    assert window.selected_uid() == BUSINESS_FORUM

