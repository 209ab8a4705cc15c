"""Editing the chairmanship register on the Chairmanship page: the dialogs, the commands and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from cica_planner.domain.chairmanship import BodyChair, ChairTerm
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country
from cica_planner.services.chairmanship import ChairmanshipService
from cica_planner.ui.dialogs.chair_dialogs import BodyChairDialog, ChairTermDialog
from cica_planner.ui.models.chair_models import BodyChairModel
from cica_planner.ui.views.chairmanship_view import ChairmanshipView

pytestmark = pytest.mark.gui
TODAY = date(2024, 11, 9)


@pytest.fixture
def chairs(seeded_engine) -> ChairmanshipService:
    return ChairmanshipService(seeded_engine)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot, chairs: ChairmanshipService, stack: QUndoStack) -> ChairmanshipView:
    widget = ChairmanshipView(chairs, today=TODAY, undo_stack=stack)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def incoming(view: ChairmanshipView, day: date) -> str:
    view.set_date(day)
    return view.incoming_card.name_label.text()


def uzbekistan_dialog(view: ChairmanshipView, qtbot) -> ChairTermDialog:
    dialog = view.term_dialog()
    qtbot.addWidget(dialog)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("UZ"))
    dialog.starts_edit.setDate(QDate(2026, 10, 1))
    dialog.decided.set_value(date(2025, 10, 1))
    dialog.decided_how_edit.setPlainText("Decided at the\n  Ministerial Council ")
    dialog.theme_edit.setText(" Dialogue and trust ")
    dialog.priorities_edit.setPlainText("Connectivity\n\n  Water security \n")
    return dialog


# -- dialogs -----------------------------------------------------------------------------------


def test_term_dialog_gives_the_term_entered(view: ChairmanshipView, qtbot) -> None:
    dialog = uzbekistan_dialog(view, qtbot)
    assert dialog.windowTitle() == "Add chairmanship term"
    assert dialog.closes() is not None
    assert dialog.closes().country == "AZ"
    assert "Azerbaijan" in dialog.closing_label.text()
    assert "1 Oct 2026" in dialog.closing_label.text()
    term = dialog.value()
    assert (term.country, term.name, term.starts, term.ends) == ("UZ", "Uzbekistan", date(2026, 10, 1), None)
    assert term.decided_on == date(2025, 10, 1)
    assert term.decided_how == "Decided at the Ministerial Council"
    assert term.theme == "Dialogue and trust"
    assert term.priorities == ("Connectivity", "Water security")
    dialog.ends.set_value(date(2028, 10, 1))
    assert dialog.value().ends == date(2028, 10, 1)
    assert term.id is None


def test_term_dialog_keeps_the_term_being_edited(view: ChairmanshipView, chairs: ChairmanshipService,
                                                 qtbot) -> None:
    kazakhstan = next(t for t in chairs.terms() if t.country == "KZ" and t.starts.year == 2020)
    dialog = view.term_dialog(kazakhstan)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit chairmanship term"
    assert dialog.closes() is None
    assert not dialog.ends.is_blank()
    assert dialog.decided.value() == kazakhstan.decided_on
    assert dialog.value() == kazakhstan  # untouched fields come back exactly


def test_term_ending_before_it_starts_is_refused_inline(qtbot) -> None:
    dialog = ChairTermDialog(None, [Country("UZ", "Uzbekistan", "Tashkent", "Asia/Tashkent", "member")],
                             default_start=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "choose the Member State that chairs"
    dialog.country_combo.setCurrentIndex(1)
    dialog.ends.set_value(date(2026, 9, 1))
    dialog.accept()
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == "the term of Uzbekistan must end after it starts (2026-10-01)"
    assert dialog.result() == 0  # still open: nothing accepted
    dialog.ends.set_value(date(2028, 10, 1))
    dialog.accept()
    assert dialog.result() == ChairTermDialog.DialogCode.Accepted


def test_overlapping_term_shows_the_services_message(view: ChairmanshipView, chairs: ChairmanshipService,
                                                     qtbot) -> None:
    dialog = view.term_dialog()
    qtbot.addWidget(dialog)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("UZ"))
    dialog.starts_edit.setDate(QDate(2016, 1, 1))
    dialog.ends.set_value(date(2017, 1, 1))
    dialog.accept()
    shown = dialog.error_label.text()
    assert shown.startswith("the term of Uzbekistan from 2016-01-01 overlaps the term of China")
    with pytest.raises(ValidationError) as raised:
        chairs.add_term(ChairTerm("UZ", date(2016, 1, 1), date(2017, 1, 1)))
    assert str(raised.value) == shown


def test_body_chair_dialog_gives_the_record_entered(view: ChairmanshipView, qtbot) -> None:
    dialog = view.body_chair_dialog()
    qtbot.addWidget(dialog)
    codes = [dialog.body_combo.itemData(i) for i in range(dialog.body_combo.count())]
    assert {"SOC", "SWG", "TTF", "BF"} <= set(codes)
    assert "SUMMIT" not in codes
    dialog.accept()
    assert dialog.error_label.text() == "a body chair needs the body it chairs"
    dialog.body_combo.setCurrentIndex(dialog.body_combo.findData("SOC"))
    dialog.accept()
    assert dialog.error_label.text() == "a body chair needs a holder"
    dialog.holder_edit.setText("  Uzbekistan MFA  ")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("UZ"))
    dialog.starts.set_value(date(2026, 10, 1))
    dialog.ends.set_value(date(2026, 9, 1))
    dialog.accept()
    assert dialog.error_label.text() == "the chair of SOC must end after it starts"
    dialog.ends.set_value(None)
    chair = dialog.value()
    assert chair == BodyChair("SOC", "Uzbekistan MFA", "UZ", date(2026, 10, 1), None, "",
                              body_name="Senior Officials Committee")


# -- terms on the page -------------------------------------------------------------------------


def test_adding_the_next_chair_shows_it_incoming_and_undo_removes_it(view: ChairmanshipView, stack: QUndoStack,
                                                                      chairs: ChairmanshipService,
                                                                      qtbot) -> None:
    assert incoming(view, date(2026, 6, 1)) == "Not decided yet"
    term = uzbekistan_dialog(view, qtbot).value()
    saved = view.save_new_term(term)
    assert saved is not None
    assert saved.id is not None
    assert stack.undoText() == "Add chairmanship term of Uzbekistan"
    assert incoming(view, date(2026, 6, 1)) == "Uzbekistan"
    assert "Decided 1 Oct 2025" in view.incoming_card.detail_label.text()
    assert incoming(view, date(2025, 6, 1)) == "Not decided yet"  # not decided yet on that day
    azerbaijan = next(t for t in chairs.terms() if t.country == "AZ")
    assert azerbaijan.ends == date(2026, 10, 1)  # the open term ends at the handover
    assert chairs.register_problems() == []

    stack.undo()
    view.refresh()
    assert [t.country for t in chairs.terms()][-1] == "AZ"
    assert next(t for t in chairs.terms() if t.country == "AZ").ends is None
    assert incoming(view, date(2026, 6, 1)) == "Not decided yet"
    stack.redo()
    view.refresh()
    assert incoming(view, date(2026, 6, 1)) == "Uzbekistan"
    stack.undo()
    assert all(t.country != "UZ" for t in chairs.terms())


def test_double_clicking_a_band_edits_that_term(view: ChairmanshipView, chairs: ChairmanshipService,
                                                monkeypatch, qtbot) -> None:
    china = next(t for t in chairs.terms() if t.country == "CN")
    edited_in: list[ChairTerm] = []

    def fake_exec(dialog: ChairTermDialog) -> int:
        edited_in.append(dialog.initial)
        dialog.theme_edit.setText("Peace, security and sustainable development")
        return ChairTermDialog.DialogCode.Accepted

    monkeypatch.setattr(ChairTermDialog, "exec", fake_exec)
    band = view.timeline.term_band(china.id)
    assert band is not None
    qtbot.mouseDClick(view.timeline, Qt.MouseButton.LeftButton, pos=band.center().toPoint())
    assert edited_in == [china]
    assert next(t for t in chairs.terms() if t.country == "CN").theme == "Peace, security and sustainable development"
    assert view.undo_stack.undoText() == "Edit chairmanship term of China"
    view.undo_stack.undo()
    assert next(t for t in chairs.terms() if t.country == "CN").theme == china.theme
    assert view.timeline.term_at(QPointF(band.center())) is not None


def test_edit_button_follows_the_chosen_day(view: ChairmanshipView) -> None:
    assert view.chosen_term().country == "KZ"
    assert "Kazakhstan" in view.edit_term_button.toolTip()
    assert "Chosen term: Kazakhstan 2020–2024" in view.register_hint.text()
    view.set_date(date(1995, 1, 1))
    assert view.chosen_term() is None
    assert not view.edit_term_button.isEnabled()
    assert not view.delete_term_button.isEnabled()


def test_deleting_a_term_asks_first_and_undo_brings_it_back(view: ChairmanshipView, stack: QUndoStack,
                                                            chairs: ChairmanshipService, monkeypatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: asked.append(args[2]) or answer))
    view.set_date(date(2016, 1, 1))
    china = view.chosen_term()
    assert china is not None
    assert china.country == "CN"
    assert not view.delete_term()
    assert len(asked) == 1
    assert "Delete the term of China" in asked[0]
    assert len(chairs.terms()) == 6
    assert stack.count() == 0

    answer = QMessageBox.StandardButton.Yes
    assert view.delete_term()
    assert [t.country for t in chairs.terms()] == ["KZ", "TR", "TJ", "KZ", "AZ"]
    assert view.chosen_term() is None  # the gap the deletion left
    stack.undo()
    back = next(t for t in chairs.terms() if t.country == "CN")
    assert replace(back, id=None) == replace(china, id=None)
    # Redo and undo again: the term came back under a new id, and the command still finds it.
    stack.redo()
    assert all(t.country != "CN" for t in chairs.terms())
    stack.undo()
    assert any(t.country == "CN" for t in chairs.terms())


def test_an_edit_below_a_delete_still_undoes_after_the_row_came_back(view: ChairmanshipView, stack: QUndoStack,
                                                                     chairs: ChairmanshipService,
                                                                     monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    tajikistan = next(t for t in chairs.terms() if t.country == "TJ")
    view.save_edited_term(tajikistan, replace(tajikistan, theme="Shared security"))
    edited = next(t for t in chairs.terms() if t.country == "TJ")
    view.delete_term(edited)
    stack.undo()  # back under a new id
    stack.undo()  # the edit's undo must find the row under that id
    assert next(t for t in chairs.terms() if t.country == "TJ").theme == tajikistan.theme
    stack.redo()
    stack.redo()
    assert all(t.country != "TJ" for t in chairs.terms())


def test_a_refused_term_leaves_the_register_and_stack_alone(view: ChairmanshipView, stack: QUndoStack,
                                                            chairs: ChairmanshipService, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    before = chairs.terms()
    assert view.save_new_term(ChairTerm("UZ", date(2016, 1, 1), date(2017, 1, 1), name="Uzbekistan")) is None
    assert shown
    assert "overlaps the term of China" in shown[0]
    assert chairs.terms() == before
    assert stack.count() == 0


# -- body chairs on the page -------------------------------------------------------------------


def test_editing_a_body_chair_by_double_click(view: ChairmanshipView, chairs: ChairmanshipService,
                                             monkeypatch) -> None:
    model = view.body_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).body_code == "TTF")
    think_tank = model.row_at(row)

    def fake_exec(dialog: BodyChairDialog) -> int:
        assert dialog.holder_edit.text() == think_tank.holder
        dialog.holder_edit.setText("SIIS (Shanghai)")
        dialog.ends.set_value(date(2026, 10, 1))
        return BodyChairDialog.DialogCode.Accepted

    monkeypatch.setattr(BodyChairDialog, "exec", fake_exec)
    view.body_view.doubleClicked.emit(model.index(row, BodyChairModel.COL_HOLDER))
    stored = next(c for c in chairs.body_chairs("TTF"))
    assert (stored.holder, stored.ends) == ("SIIS (Shanghai)", date(2026, 10, 1))
    assert view.selected_body_chair().id == stored.id
    assert view.edit_body_button.isEnabled()
    assert view.undo_stack.undoText() == "Edit chair of Think Tank Forum"
    view.undo_stack.undo()
    assert chairs.body_chairs("TTF") == [think_tank]


def test_adding_and_deleting_a_body_chair(view: ChairmanshipView, stack: QUndoStack, chairs: ChairmanshipService,
                                          monkeypatch) -> None:
    count = len(chairs.body_chairs())
    assert not view.delete_body_button.isEnabled()  # nothing selected yet
    added = view.save_new_body_chair(BodyChair("SOC", "Uzbekistan MFA", "UZ", date(2026, 10, 1)))
    assert added is not None
    assert view.body_model.rowCount() == count + 1
    assert view.selected_body_chair() == added
    assert view.delete_body_button.isEnabled()

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: asked.append(args[2]) or next(answers)))
    assert not view.delete_body_chair()
    assert len(chairs.body_chairs()) == count + 1
    assert view.delete_body_chair()
    assert "Delete Uzbekistan MFA as chair of the Senior Officials Committee (since 1 Oct 2026)?" in asked[1]
    assert len(chairs.body_chairs()) == count
    stack.undo()  # the deletion
    assert any(c.holder == "Uzbekistan MFA" for c in chairs.body_chairs())
    stack.undo()  # the addition, found under its new id
    assert len(chairs.body_chairs()) == count
    stack.redo()
    stack.redo()
    assert len(chairs.body_chairs()) == count


def test_body_model_still_passes_the_model_tester(qtmodeltester, view: ChairmanshipView) -> None:
    view.save_new_body_chair(BodyChair("YC", "Uzbekistan Youth Affairs Agency", "UZ", date(2026, 10, 1)))
    qtmodeltester.check(view.body_model)
    assert view.body_model.rowCount() == 11
