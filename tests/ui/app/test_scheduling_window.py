"""The scheduling assistant in the main window: the Holidays page, Find a Date, the editor's warnings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QToolBox, QWidget

from cica_planner.domain.model import Category
from cica_planner.services.scheduling.conflicts import ConflictKind
from cica_planner.services.scheduling.holiday_calendar import member_states
from cica_planner.ui.dialogs.event_dialog import EventDialog
from cica_planner.ui.dialogs.find_date_dialog import FindDateDialog
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.widgets.holiday_panel import MarkChoice

SOC_JUNE = "e082@seed.cica-planner"


def choose(window: MainWindow, kind: str, host: str = "KZ") -> None:
    panel = window.scheduling.panel
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host))
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(kind))


def test_holidays_page_marks_the_chosen_countries(window, qtbot, app_settings, planner) -> None:
    assert window.sidebar.filter_box.itemText(window.sidebar.filter_box.count() - 1) == "Holidays"
    window.go_to_date(date(2025, 3, 21))
    marks = window.current_view().holiday_marks
    assert marks.countries == ("KZ",)  # the host country by default
    assert marks.label(date(2025, 3, 21)) == "Nowruz"
    choose(window, "all")
    marks = window.current_view().holiday_marks
    assert len(marks.countries) == 28
    assert marks.countries[0] == "KZ"
    assert app_settings.filter_values("holiday_marks")[:2] == ["all", "KZ"]
    choose(window, "troika")
    assert window.current_view().holiday_marks.countries[:2] == ("KZ", "AZ")
    choose(window, "off")
    assert window.current_view().holiday_marks is None
    window.scheduling.panel.set_choice(MarkChoice("custom", "AZ", ("CN",)))
    window.scheduling.panel.changed.emit()
    assert window.current_view().holiday_marks.countries == ("AZ", "CN")
    again = MainWindow(planner, app_settings, today=date(2026, 11, 27))
    qtbot.addWidget(again)
    assert again.scheduling.panel.choice() == MarkChoice("custom", "AZ", ("CN",))


def test_a_missing_year_is_said_in_the_sidebar(window) -> None:
    choose(window, "all")
    window.set_view("year")
    window.go_to_date(date(2027, 6, 1))
    note = window.scheduling.panel.note_label.text()
    assert note.startswith("No holiday data for Sri Lanka (LK) in 2027")
    window.go_to_date(date(2025, 6, 1))
    assert window.scheduling.panel.note_label.text() == ""


def test_find_a_date_creates_the_event_on_the_chosen_days(window, planner, qtbot) -> None:
    dialog = FindDateDialog(window.scheduling.service, planner.countries(), today=date(2026, 12, 1),
                            start=date(2027, 3, 1), parent=window)
    qtbot.addWidget(dialog)
    dialog.to_edit.setDate(QDate(2027, 4, 30))
    candidates = dialog.candidates()
    assert candidates[0].score == 0
    assert dialog.results.topLevelItem(0).text(2) == "nothing against these dates"
    nauryz = {date(2027, 3, day) for day in (21, 22, 23, 24)}
    assert all(c.first not in nauryz and c.last not in nauryz for c in candidates)
    ramadan_row = next(i for i, c in enumerate(candidates) if c.first == date(2027, 3, 2))
    row = dialog.results.topLevelItem(ramadan_row)
    assert row.childCount() == len(candidates[ramadan_row].conflicts) == 1
    assert [row.child(0).text(n) for n in range(3)] == ["Tue 02 Mar 2027", "30", "Ramadan 1448 AH"]
    dialog.results.setCurrentItem(row.child(0))  # a conflict line chooses its candidate's dates
    assert dialog.value().first == date(2027, 3, 2)
    dialog.select(1)
    choice = dialog.value()
    assert (choice.first, choice.last) == (candidates[1].first, candidates[1].last)
    assert window.scheduling.apply(choice, None)
    created = next(o.event for o in planner.occurrences(choice.first, choice.last) if o.event.title == "SOC meeting")
    assert (created.start, created.end, created.country, created.city) == (
        choice.first, choice.last + timedelta(days=1), "KZ", "")
    assert window.selected_uid() == created.uid
    window.undo_action.trigger()
    assert planner.find(created.uid) is None


def test_find_a_date_moves_the_selected_event_with_a_reason(window, planner, qtbot) -> None:
    before = planner.get(SOC_JUNE)
    dialog = FindDateDialog(window.scheduling.service, planner.countries(), today=date(2024, 5, 1), event=before,
                            parent=window)
    qtbot.addWidget(dialog)
    assert dialog.category_combo.currentData() == Category.SOC.value
    assert dialog.days_spin.value() == 1
    assert dialog.from_edit.date().toPython() == date(2024, 5, 28)
    best = dialog.candidates()[0]
    # The SOC itself does not count as a nearby meeting when it is the one being moved.
    assert not any(c.kind is ConflictKind.MEETING and c.detail == SOC_JUNE for c in best.conflicts)
    dialog.reason_edit.clear()
    dialog.accept()
    assert dialog.error_label.text() == "Give a reason for the move; it is kept in the event's history."
    dialog.reason_edit.setText("Moved off the national holidays")
    choice = dialog.value()
    assert window.scheduling.apply(choice, before)
    stored = planner.get(SOC_JUNE)
    assert stored.start == best.first
    assert stored.history[-1].reason == "Moved off the national holidays"
    window.undo_action.trigger()
    assert planner.get(SOC_JUNE).start == before.start


def test_editor_warns_as_dates_change_and_still_saves(window, planner, qtbot) -> None:
    before = planner.get(SOC_JUNE)
    dialog = EventDialog(before, planner.countries(), window, **window.scheduling.editor_options())
    qtbot.addWidget(dialog)
    dialog.show()
    warnings = dialog.schedule_warnings
    assert any(line.text == "Special Working Group meeting (online) two days earlier" for line in warnings.lines())
    dialog.start_date_edit.setDate(QDate(2025, 3, 21))
    texts = [line.text for line in warnings.lines()]
    assert texts[0] == "Nowruz Holiday — Kazakhstan (host)"
    assert warnings.isVisible()
    assert 'href="2025-03-21"' in warnings.label.text()
    warnings.label.linkActivated.emit("2025-03-21")
    assert window.anchor_date() == date(2025, 3, 21)
    dialog.start_date_edit.setDate(QDate(2025, 3, 30))
    assert [line.text for line in warnings.lines()][0] == "weekend in Kazakhstan (host)"
    assert window.current_view().holiday_marks.countries == ("KZ",)  # the views mark the host only ...
    dialog.start_date_edit.setDate(QDate(2025, 3, 31))  # ... the editor checks every Member State
    eid_countries = {h.country for h in window.scheduling.calendar.holidays_between(
        member_states(), date(2025, 3, 31), date(2025, 3, 31)) if h.name.startswith("Eid al-Fitr")}
    assert len(eid_countries) > 10
    assert f"Eid al-Fitr — {len(eid_countries)} Member States" in [line.text for line in warnings.lines()]
    dialog.reason_edit.setText("Testing the warnings")
    dialog.accept()  # warnings never block saving
    assert not dialog.isVisible()
    assert dialog.value().event.start == date(2025, 3, 31)


def test_editor_finds_a_better_date_and_keeps_the_choice_to_save(window, planner, qtbot) -> None:
    before = planner.get(SOC_JUNE)
    offered: list[FindDateDialog] = []

    def find_date(probe):  # the dialog as the window builds it, answered without exec()
        dialog = FindDateDialog(window.scheduling.service, planner.countries(), today=date(2025, 2, 1), event=probe,
                                start=probe.local_start_date(), for_editor=True, parent=window)
        qtbot.addWidget(dialog)
        offered.append(dialog)
        return dialog.value()

    options = {**window.scheduling.editor_options(), "find_date": find_date}
    dialog = EventDialog(before, planner.countries(), window, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_date_edit.setDate(QDate(2025, 3, 21))  # Nauryz
    assert 'href="find-a-date"' in dialog.schedule_warnings.label.text()
    dialog.schedule_warnings.label.linkActivated.emit("find-a-date")
    chooser = offered[0]
    assert chooser.ok_button.text() == "Use These Dates"
    assert chooser.from_edit.date().toPython() == date(2025, 2, 19)
    best = chooser.candidates()[0]
    assert dialog.start_date_edit.date().toPython() == best.first
    assert dialog.end_date_edit.date().toPython() == best.last
    assert dialog.reason_edit.text() == "Date chosen with Find a Date (fewer clashes with holidays and meetings)"
    assert planner.get(SOC_JUNE).start == before.start  # nothing saved until the user saves
    edit = dialog.value()
    assert edit.event.start == best.first
    assert edit.reschedule_reason


def test_a_broken_blackout_list_is_said_in_the_editor(window, planner, qtbot, tmp_path, monkeypatch) -> None:
    broken = tmp_path / "blackouts.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("CICA_PLANNER_BLACKOUTS", str(broken))
    window.scheduling.service.reload_blackouts()
    dialog = EventDialog(planner.get(SOC_JUNE), planner.countries(), window, **window.scheduling.editor_options())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.schedule_warnings.isVisible()
    assert "Cannot check the dates: blackout list blackouts.json: not valid JSON" in dialog.schedule_warnings.label.text()
    dialog.accept()  # still saves
    assert not dialog.isVisible()


def test_blackout_periods_are_edited_in_a_table(window, qtbot, tmp_path, monkeypatch) -> None:
    from cica_planner.services.scheduling.blackouts import load_blackouts, save_blackouts
    from cica_planner.ui.dialogs.blackout_dialog import FIRST, LAST, NAME, BlackoutDialog

    monkeypatch.setenv("CICA_PLANNER_BLACKOUTS", str(tmp_path / "blackouts.json"))
    shipped = load_blackouts()
    dialog = BlackoutDialog(shipped, today=date(2025, 6, 1), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert (dialog.table.item(0, FIRST).text(), dialog.table.item(0, LAST).text()) == ("2025-09-22", "2025-09-29")
    assert not dialog.table.item(0, FIRST).flags() & Qt.ItemFlag.ItemIsEditable  # a rule gives the days
    row = dialog.add_period("Chairmanship retreat", date(2025, 7, 7), date(2025, 7, 8))
    dialog.set_cell(row, 4, "az")
    dialog.set_cell(row, LAST, "2025-07-06")
    dialog.accept()
    assert dialog.error_label.text() == "Row 3 (Chairmanship retreat): the last day comes before the first."
    dialog.set_cell(row, LAST, "2025-07-08")
    dialog.set_cell(row, NAME, "")
    dialog.accept()
    assert dialog.error_label.text() == "Row 3: every period needs a name."
    dialog.set_cell(row, NAME, "Chairmanship retreat")
    entries = dialog.value()
    assert entries[0] == shipped[0]  # the UNGA rule stays a rule
    assert (entries[2].name, entries[2].first, entries[2].last, entries[2].country) == (
        "Chairmanship retreat", date(2025, 7, 7), date(2025, 7, 8), "AZ")
    save_blackouts(entries)
    window.scheduling.service.reload_blackouts()
    result = window.scheduling.service.check(category=Category.SOC, host="KZ", first=date(2025, 7, 8),
                                             last=date(2025, 7, 8))
    assert ("blackout", "AZ", "Chairmanship retreat") in {(c.kind.value, c.country, c.name) for c in result.conflicts}
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert [e.name for e in dialog.value()] == ["7th Ministerial Council (Azerbaijan's chairmanship, online)",
                                                "Chairmanship retreat"]


def test_find_a_date_for_an_undated_event_starts_today(window, planner, qtbot) -> None:
    from cica_planner.domain.model import Precision

    undated = next(e for e in planner.all_events() if e.precision is Precision.UNDATED)
    dialog = FindDateDialog(window.scheduling.service, planner.countries(), today=date(2026, 12, 1), event=undated,
                            parent=window)
    qtbot.addWidget(dialog)
    assert dialog.from_edit.date().toPython() == date(2026, 12, 1)
    assert dialog.candidates()
    dialog.to_edit.setDate(QDate(9999, 12, 31))  # far beyond: one line, no crash
    assert dialog.error_label.text() == "Search between the years 1900 and 2200."
    assert dialog.candidates() == []


def _panel_state(panel) -> tuple:
    combos = [[(combo.itemText(row), combo.itemData(row)) for row in range(combo.count())]
              for combo in (panel.mode_combo, panel.host_combo)]
    return (combos, panel.mode_combo.currentData(), panel.host_combo.currentData(), panel.custom_edit.text(),
            panel.custom_edit.isVisible(), panel.note_label.text(), panel.note_label.isVisible(), panel.choice())


def test_a_holiday_panel_made_when_first_shown_equals_one_made_at_once(qtbot) -> None:
    """The panel's fields are made when its page is first shown; it then shows what one made at once shows."""
    from cica_planner.ui.widgets.holiday_panel import HolidayPanel

    choice = MarkChoice("custom", "AZ", ("CN", "TR"))
    note = "no holiday data for Sri Lanka (LK) in 2027"
    boxes, panels = [], []
    for made_at_once in (True, False):
        box = QToolBox()
        qtbot.addWidget(box)
        box.addItem(QWidget(box), "Categories")
        panel = HolidayPanel(member_states(), box)
        box.addItem(panel, "Holidays")
        if made_at_once:
            assert panel.mode_combo.count() == 5  # looking at a field makes them
        panel.set_choice(choice)
        panel.set_note(note)
        assert panel.is_built() is made_at_once
        assert panel.choice() == choice  # a panel not made yet answers with the choice it was given
        box.resize(260, 400)
        box.show()
        qtbot.waitExposed(box)
        assert not panel.is_built() or made_at_once  # its page is not the shown one
        box.setCurrentWidget(panel)
        QApplication.processEvents()
        assert panel.is_built()
        boxes.append(box)
        panels.append(panel)
    assert _panel_state(panels[0]) == _panel_state(panels[1])
    assert panels[1].custom_edit.isVisible()
    assert panels[1].note_label.text().startswith("No holiday data for Sri Lanka")
    assert boxes[0].grab().toImage() == boxes[1].grab().toImage()
    with qtbot.waitSignal(panels[1].changed):
        panels[1].mode_combo.setCurrentIndex(panels[1].mode_combo.findData("all"))
    assert panels[1].choice().kind == "all"
    assert not panels[1].custom_edit.isVisible()
