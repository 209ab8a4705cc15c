"""The main window on a seeded temporary database: navigation, editing through dialogs, undo, search, settings."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cica_planner.domain.model import Category, Mode
from cica_planner.ui.dialogs.delete_dialog import DeleteChoice, DeleteDialog
from cica_planner.ui.dialogs.event_dialog import EventDialog
from cica_planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)
MC7 = "planned-mc@test"  # see conftest.py: a Ministerial Council still planned for 11 Nov 2024 in Baku
SEEDED_MC7 = "e097@seed.cica-planner"  # held online on 17 Dec 2024; it carries the 2024 handover plan
SOC_JUNE = "e082@seed.cica-planner"
BICYCLE_DAY = "bicycle-day@test"  # see conftest.py


def _plain(text: str) -> str:
    return text.replace("&", "")


def _uids(window: MainWindow) -> set[str]:
    return {o.uid for o in window._occurrences}


def test_opens_on_the_current_month(window) -> None:
    assert "CICA Planner" in window.windowTitle()
    assert window.windowTitle() == "calendar.sqlite3 — CICA Planner"
    assert window.current_view_key() == "month"
    assert window.anchor_date() == TODAY
    assert window.title_label.text() == "November 2026"
    # The 2026 Summit is known only to the year: it shows as "to be confirmed" this month.
    assert "e100@seed.cica-planner" in _uids(window)
    assert "Asia/Almaty" in window.zone_label.text()
    assert "Astana" in window.zone_label.text()


def test_opens_on_today_when_this_month_has_events(qtbot, planner, app_settings) -> None:
    made = MainWindow(planner, app_settings, today=date(2024, 6, 10))
    qtbot.addWidget(made)
    assert made.anchor_date() == date(2024, 6, 10)
    assert made.title_label.text() == "June 2024"
    assert made.windowTitle() == "CICA Planner"


def test_navigation(window, qtbot) -> None:
    window.go_to_date(date(2024, 6, 15))
    assert window.title_label.text() == "June 2024"
    assert SOC_JUNE in _uids(window)
    window.next_action.trigger()
    assert window.title_label.text() == "July 2024"
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.title_label.text() == "May 2024"
    window.today_action.trigger()
    assert window.anchor_date() == TODAY
    assert window.title_label.text() == "November 2026"
    view = window.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.title_label.text() == "December 2026"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.title_label.text() == "November 2026"


def test_views_switch_by_action_and_shortcut(window, qtbot) -> None:
    window.go_to_date(date(2024, 6, 27))
    expected = {"week": "24 – 30 June 2024", "day": "Thursday 27 June 2024", "year": "2024", "month": "June 2024"}
    for key, title in expected.items():
        window.view_actions[key].trigger()
        assert window.current_view_key() == key
        assert window.title_label.text() == title
        assert window.stack.currentWidget() is window.views[key]
    assert window.view_actions["agenda"].shortcut().toString() == "Ctrl+4"
    window.view_actions["agenda"].trigger()
    assert window.current_view_key() == "agenda"
    assert window.current_view().visible_range()[0] <= date(2024, 6, 27) < window.current_view().visible_range()[1]
    assert window.goto_action.shortcut().toString() == "Ctrl+G"
    assert window.today_action.shortcut().toString() == "T"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_agenda_shows_the_unscheduled_forum(window) -> None:
    window.set_view("agenda")
    window.go_to_date(date(2024, 10, 1))
    assert "e095@seed.cica-planner" in _uids(window)


def test_create_through_the_dialog_undo_redo(window, planner, qtbot) -> None:
    window.go_to_date(date(2025, 3, 1))
    dialog = EventDialog(None, planner.countries(), window, default_start=date(2025, 3, 4))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Expert meeting on ICT security")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(Category.EXPERT_MEETING.value))
    dialog.accept()
    event = dialog.value().event
    assert window.create_event(event)
    assert planner.get(event.uid).start == date(2025, 3, 4)
    assert event.uid in _uids(window)
    assert window.selected_uid() == event.uid
    assert _plain(window.undo_action.text()) == "Undo New Expert meeting on ICT security"
    window.undo_action.trigger()
    assert planner.find(event.uid) is None
    assert event.uid not in _uids(window)
    window.redo_action.trigger()
    assert planner.get(event.uid).title == "Expert meeting on ICT security"
    assert event.uid in _uids(window)


def test_edit_through_the_dialog_undo(window, planner, qtbot) -> None:
    before = planner.get(SOC_JUNE)
    dialog = EventDialog(before, planner.countries(), window)
    qtbot.addWidget(dialog)
    dialog.organiser_edit.setText("Azerbaijani Chairmanship")
    dialog.accept()
    assert window.apply_edit(before, dialog.value())
    assert planner.get(SOC_JUNE).organiser == "Azerbaijani Chairmanship"
    assert _plain(window.undo_action.text()) == "Undo Edit Senior Officials Committee meeting"
    window.undo_action.trigger()
    assert planner.get(SOC_JUNE).organiser == before.organiser
    window.redo_action.trigger()
    assert planner.get(SOC_JUNE).organiser == "Azerbaijani Chairmanship"


def test_reschedule_with_reason_through_the_dialog(window, planner, qtbot) -> None:
    window.go_to_date(date(2024, 11, 1))
    assert MC7 in _uids(window)
    before = planner.get(MC7)
    dialog = EventDialog(before, planner.countries(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_date_edit.setDate(QDate(2024, 12, 17))
    dialog.city_edit.clear()
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(Mode.ONLINE.value))
    dialog.accept()
    assert dialog.isVisible()  # no reason yet
    dialog.reason_edit.setText("Held online on 17 December, hosted by Azerbaijan")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.apply_edit(before, dialog.value())

    stored = planner.get(MC7)
    assert (stored.start, stored.end, stored.mode, stored.city) == (date(2024, 12, 17), date(2024, 12, 18), Mode.ONLINE, "")
    assert [c.summary() for c in stored.history] == [
        "11 Nov 2024, Baku (in person) → 17 Dec 2024 (online): Held online on 17 December, hosted by Azerbaijan"
    ]
    # The calendar follows the moved event to its new month and keeps it selected.
    assert window.title_label.text() == "December 2024"
    assert MC7 in _uids(window)
    assert window.selected_uid() == MC7
    assert window.current_view().selected_uid() == MC7
    assert _plain(window.undo_action.text()) == "Undo Move 7th CICA Ministerial Council"
    assert _plain(window.edit_menu.actions()[0].text()) == "Undo Move 7th CICA Ministerial Council"

    reopened = EventDialog(stored, planner.countries(), window)
    qtbot.addWidget(reopened)
    assert reopened.history_list.item(0).text().endswith("hosted by Azerbaijan")

    window.go_to_date(date(2024, 11, 1))
    window.undo_action.trigger()
    back = planner.get(MC7)
    assert (back.start, back.mode, back.city, back.history) == (date(2024, 11, 11), Mode.IN_PERSON, "Baku", [])
    assert MC7 in _uids(window)
    window.redo_action.trigger()
    assert planner.get(MC7).start == date(2024, 12, 17)
    assert len(planner.get(MC7).history) == 1


def test_delete_through_the_dialog_undo(window, planner, qtbot) -> None:
    window.go_to_date(date(2024, 11, 1))
    dialog = DeleteDialog(planner.get(MC7).title, recurring=False)
    qtbot.addWidget(dialog)
    dialog.delete_button.click()
    assert window.delete_event(MC7, dialog.choice())
    assert planner.find(MC7) is None
    assert MC7 not in _uids(window)
    assert _plain(window.undo_action.text()) == "Undo Delete 7th CICA Ministerial Council"
    window.undo_action.trigger()
    assert planner.get(MC7).city == "Baku"
    assert MC7 in _uids(window)
    window.redo_action.trigger()
    assert planner.find(MC7) is None


def test_cancelled_delete_changes_nothing(window, planner) -> None:
    assert not window.delete_event(MC7, DeleteChoice.CANCEL)
    assert planner.find(MC7) is not None
    assert window.undo_stack.count() == 0


def test_delete_one_occurrence(window, planner, qtbot, monkeypatch) -> None:
    window.go_to_date(date(2025, 6, 3))
    assert BICYCLE_DAY in _uids(window)
    asked = {}

    def answer(parent, title, recurring, label):
        asked.update(title=title, recurring=recurring, label=label)
        return DeleteChoice.OCCURRENCE

    monkeypatch.setattr(DeleteDialog, "ask", staticmethod(answer))
    window.request_delete(BICYCLE_DAY)
    assert asked["recurring"]
    assert asked["label"] == "3 June 2025"
    assert BICYCLE_DAY not in _uids(window)
    assert planner.get(BICYCLE_DAY).rrule  # the other years stay
    window.undo_action.trigger()
    assert BICYCLE_DAY in _uids(window)


def test_filters(window, planner) -> None:
    window.go_to_date(date(2024, 6, 1))
    everything = _uids(window)
    assert len(everything) > 5
    model = window.sidebar.category_model
    model.set_all_checked(False)
    row = next(i for i, item in enumerate(model.rows()) if item.key == Category.SOC.value)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert _uids(window) == {SOC_JUNE}
    assert window.settings.filter_values("categories") == ["SOC"]
    status = window.sidebar.status_model
    status.set_all_checked(False)
    row = next(i for i, item in enumerate(status.rows()) if item.key == "planned")
    status.setData(status.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert _uids(window) == set()  # the June SOC was held, not planned
    model.set_all_checked(True)
    status.set_all_checked(True)
    assert _uids(window) == everything


def test_search_jumps_to_the_event(window, qtbot) -> None:
    window.find_action.trigger()
    window.sidebar.search_edit.setText("Senior Officials")
    results = window.sidebar.results_model
    assert results.rowCount() >= 2
    uids = [results.index(r, 0).data(results.UidRole) for r in range(results.rowCount())]
    assert SOC_JUNE in uids
    assert window.sidebar.results_view.isVisibleTo(window)
    index = results.index(uids.index(SOC_JUNE), results.COL_TITLE)
    with qtbot.waitSignal(window.sidebar.result_activated):
        window.sidebar.results_view.activated.emit(index)
    assert window.anchor_date() == date(2024, 6, 27)
    assert window.title_label.text() == "June 2024"
    assert window.selected_uid() == SOC_JUNE
    assert window.current_view().selected_uid() == SOC_JUNE
    window.sidebar.search_edit.clear()
    assert results.rowCount() == 0
    assert not window.sidebar.results_view.isVisibleTo(window)


def test_search_from_another_view_shows_the_day(window) -> None:
    window.set_view("week")
    window.show_event(SOC_JUNE)
    assert window.current_view_key() == "week"
    assert window.title_label.text() == "24 – 30 June 2024"


def test_mini_month_moves_the_calendar(window) -> None:
    window.sidebar.date_selected.emit(date(2024, 3, 14))
    assert window.title_label.text() == "March 2024"


def test_display_zone_changes_the_status_bar(window) -> None:
    window.set_display_tz("Asia/Baku")
    assert window.zone_label.text().startswith("Time zone: Asia/Baku")
    assert window.settings.display_tz() == "Asia/Baku"
    assert window.current_view().display_tz() == "Asia/Baku"


def test_status_bar_offset_is_that_of_the_days_shown(window) -> None:
    # Today (27 Nov 2026) New York is on UTC-05:00; the week shown is in summer time.
    window.set_display_tz("America/New_York")
    window.set_view("week")
    window.go_to_date(date(2024, 6, 12))
    assert window.title_label.text() == "10 – 16 June 2024"
    assert window.zone_label.text().endswith("UTC-04:00)")
    assert "UTC-05:00" not in window.zone_label.text()
    window.go_to_date(date(2024, 1, 10))
    assert window.zone_label.text().endswith("UTC-05:00)")
    window.set_display_tz("Asia/Almaty")
    window.set_view("month")
    window.go_to_date(date(2024, 3, 14))  # the grid starts on 26 February, before Kazakhstan's change
    assert window.zone_label.text() == "Time zone: Asia/Almaty (Astana, UTC+06:00 → UTC+05:00)"
    window.go_to_date(date(2024, 6, 14))
    assert window.zone_label.text() == "Time zone: Asia/Almaty (Astana, UTC+05:00)"


def test_errors_are_shown_not_raised(window, planner, monkeypatch) -> None:
    from dataclasses import replace

    before = planner.get(MC7)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    broken = replace(before, title="   ")
    from cica_planner.ui.dialogs.event_dialog import EventEdit

    assert not window.apply_edit(before, EventEdit(broken))
    assert shown == ["An event needs a title"]
    assert window.undo_stack.count() == 0


def test_state_is_remembered(qtbot, planner, app_settings) -> None:
    first = MainWindow(planner, app_settings, today=TODAY)
    qtbot.addWidget(first)
    first.set_view("week")
    first.go_to_date(date(2024, 6, 27))
    first.sidebar.status_model.set_checked_keys(["held"])
    first.sidebar.status_model.selection_changed.emit()
    first.close()
    second = MainWindow(planner, app_settings, today=TODAY)
    qtbot.addWidget(second)
    assert second.current_view_key() == "week"
    assert second.anchor_date() == date(2024, 6, 27)
    assert second.sidebar.status_model.checked_keys() == ["held"]
    assert second.title_label.text() == "24 – 30 June 2024"


def test_export_and_import_ics(window, planner, tmp_path, monkeypatch) -> None:
    from cica_planner.services.ical_export import ExportOptions
    from cica_planner.ui.dialogs.import_dialog import ImportDialog

    path = window.export_ics(tmp_path / "soc.ics", ExportOptions(categories=frozenset({Category.SOC})))
    assert path is not None
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert b"Senior Officials Committee meeting" in path.read_bytes()

    ics = tmp_path / "new.ics"
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:w-1@example.org\r\n"
                    b"DTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20250310\r\nDTEND;VALUE=DATE:20250311\r\n"
                    b"SUMMARY:Imported workshop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    seen = []
    monkeypatch.setattr(ImportDialog, "choose", classmethod(lambda cls, parent, plan, name, review=None: seen.append(plan)))
    window.import_ics(ics)
    assert planner.find("w-1@example.org") is None  # cancelled after the preview: nothing written
    monkeypatch.setattr(ImportDialog, "choose", classmethod(lambda cls, parent, plan, name, review=None: plan))
    window.import_ics(ics)
    assert planner.get("w-1@example.org").title == "Imported workshop"
    window.go_to_date(date(2025, 3, 1))
    assert "w-1@example.org" in _uids(window)


def test_unreadable_import_is_one_message(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"\x00\x01 not a calendar")
    window.import_ics(bad)
    assert len(shown) == 1
    assert shown[0].startswith("Cannot import bad.ics: ")


def test_excepthook_shows_a_dialog(monkeypatch, qapp) -> None:
    from cica_planner.app import handle_exception
    from cica_planner.domain.errors import ValidationError

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    handle_exception(ValidationError, ValidationError("the end must come after the start"), None)
    error = RuntimeError("boom")
    handle_exception(RuntimeError, error, error.__traceback__)
    assert shown == ["the end must come after the start"]
    from cica_planner.ui.crash_reporting import open_crash_dialog

    crash = open_crash_dialog()  # an unexpected error gets the crash dialog (tests/ui/app/test_crash_dialog.py)
    assert crash is not None
    assert "An unexpected error occurred" in crash.headline.text()
    assert "RuntimeError: boom" in crash.headline.text()
    crash.done(0)
    assert QApplication.instance() is qapp


@pytest.mark.parametrize("key", ["chairmanship", "checklists", "dashboard"])
def test_extra_pages_only_with_their_services(window, key) -> None:
    assert key not in window.pages
    assert key not in window.view_actions


def test_feature_pages_with_their_services(qtbot, planner, seeded_engine, app_settings) -> None:
    from cica_planner.ui.window_assembly import feature_services

    made = MainWindow(planner, app_settings, today=date(2024, 6, 27), **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    assert [spec.key for spec in made.page_specs][-3:] == ["chairmanship", "checklists", "dashboard"]
    for key in ("chairmanship", "checklists", "dashboard"):
        made.view_actions[key].trigger()
        assert made.stack.currentWidget() is made.page_frames[key]  # the page, in its scroll frame
        assert made.pages[key].isVisible()
        assert made.current_view() is None
        assert not made.previous_action.isEnabled()
        assert not made.sidebar.isVisible()  # the filters do not apply to these pages
    made.view_actions["year"].trigger()
    assert made.sidebar.isVisible()
    assert made.title_label.text() == "2024"
    dialog = EventDialog(planner.get(MC7), planner.countries(), made, checklists=made.checklists)
    qtbot.addWidget(dialog)
    assert dialog.checklist_tab_index >= 0
    assert dialog.checklist_panel is not None


def test_run_desktop_builds_the_window(qapp, seeded_db, monkeypatch) -> None:
    import sys

    from PySide6.QtWidgets import QApplication as App

    from cica_planner import app as app_module

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(App, "exec", lambda self=None: shown.extend(
        w.windowTitle() for w in App.topLevelWidgets()
        if (isinstance(w, MainWindow) or w.objectName() == "welcome_dialog") and w.isVisible()) or 0)
    monkeypatch.setattr(app_module, "configure_logging", lambda path, **_options: None)
    assert app_module.run_desktop(seeded_db) == 0
    assert "calendar.sqlite3 — CICA Planner" in shown
    assert "Welcome to CICA Planner" in shown  # a first start greets the newcomer
    assert sys.excepthook is app_module.handle_exception


def test_run_desktop_reports_a_broken_database(qapp, tmp_path, monkeypatch) -> None:
    import sys

    from cica_planner import app as app_module

    messages = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "configure_logging", lambda path, **_options: None)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: messages.append(text)))
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    assert app_module.run_desktop(broken) == 1
    assert messages[0].startswith("The calendar database could not be opened")


def _milestone_dates(page) -> dict[str, str]:
    model = page.milestone_model
    return {
        model.index(row, model.COL_MILESTONE).data(): model.index(row, model.COL_DATE).data()
        for row in range(model.rowCount())
    }


def test_moving_the_ministerial_council_moves_its_open_milestones(qtbot, planner, seeded_engine, app_settings) -> None:
    """The issue's promise end to end, on a meeting still ahead: move the Summit that hands on Azerbaijan's chair,
    see its handover plan follow, undo."""
    from cica_planner.services.chairmanship import SEED_NEXT_ANCHOR, ChairmanshipService
    from cica_planner.ui.window_assembly import feature_services

    chairs = ChairmanshipService(seeded_engine)
    handover = chairs.plan_next_handover("UZ")
    planner.reschedule(SEED_NEXT_ANCHOR, date(2026, 12, 10), date(2026, 12, 11), "Date agreed by the Member States")
    soc = next(i for i in chairs.handover_plan(handover.id) if i.task.title.startswith("SOC recommends"))
    chairs.set_milestone_done(soc.id, True, date(2025, 3, 1))

    made = MainWindow(planner, app_settings, today=TODAY, **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    made.view_actions["chairmanship"].trigger()
    page = made.pages["chairmanship"]
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(handover.id))
    before = _milestone_dates(page)
    assert before["Publish the outgoing Chair's report on achievements"] == "9 Dec 2026"
    done_before = before[soc.task.title]
    assert done_before == "1 Mar 2025"

    made.view_actions["month"].trigger()
    made.go_to_date(date(2026, 12, 1))
    original = planner.get(SEED_NEXT_ANCHOR)
    dialog = EventDialog(original, planner.countries(), made)
    qtbot.addWidget(dialog)
    dialog.start_date_edit.setDate(QDate(2027, 1, 20))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(Mode.ONLINE.value))
    dialog.reason_edit.setText("Moved to January, held online")
    dialog.accept()
    assert made.apply_edit(original, dialog.value())

    made.view_actions["chairmanship"].trigger()
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(handover.id))
    after = _milestone_dates(page)
    assert after["Publish the outgoing Chair's report on achievements"] == "19 Jan 2027"
    assert after[soc.task.title] == done_before  # done: keeps its date

    made.undo_action.trigger()
    made.view_actions["chairmanship"].trigger()
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(handover.id))
    assert _milestone_dates(page)["Publish the outgoing Chair's report on achievements"] == "9 Dec 2026"


def test_tooltips_name_the_display_zone_as_the_status_bar_does(window) -> None:
    window.go_to_date(date(2024, 6, 27))
    for tzid in ("Asia/Almaty", "Asia/Baku", "America/New_York"):
        window.set_display_tz(tzid)
        for key in ("month", "week", "agenda"):
            window.set_view(key)
            assert f"({window.current_view().zone_name()}, UTC" in window.zone_label.text(), (tzid, key)
    window.set_display_tz("Asia/Almaty")
    assert window.current_view().zone_name() == "Astana"


# -- undo of checklist, milestone, handover and import changes ------------------------------


@pytest.fixture
def featured(qtbot, planner, seeded_engine, app_settings):
    from cica_planner.services.checklists import ChecklistService
    from cica_planner.ui.window_assembly import feature_services

    ChecklistService(seeded_engine).apply_template(MC7, "mc")  # the planned MC, half a month before its day
    made = MainWindow(planner, app_settings, today=date(2024, 10, 20), **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    return made


def _undo_text(window: MainWindow) -> str:
    return window.undo_action.text().replace("&", "")


def test_bulk_mark_done_is_undone_from_the_edit_menu(featured) -> None:
    from cica_planner.domain.tasks import TaskStatus
    from cica_planner.services.tasks import TaskQuery
    from cica_planner.ui.models.task_models import TaskFilterProxy

    featured.set_view("checklists")
    page = featured.pages["checklists"]
    page.set_event_filter(MC7)
    page.window_combo.setCurrentIndex(page.window_combo.findData(TaskFilterProxy.WINDOW_OVERDUE))
    late = featured.checklists.list_tasks(TaskQuery(event_uid=MC7, overdue_on=date(2024, 10, 20)))
    assert len(late) > 1
    page.table.selectAll()
    assert page.mark_selected_done() == len(late)
    assert _undo_text(featured) == f"Undo Mark {len(late)} tasks done"
    assert page.proxy.rowCount() == 0
    assert featured.undo()
    assert all(featured.checklists.get(i.id).task.status is TaskStatus(i.task.status) for i in late)
    assert all(featured.checklists.get(i.id).task.completed_on is None for i in late)
    assert page.proxy.rowCount() == len(late)  # the page was refreshed after the undo
    assert featured.redo()
    assert page.proxy.rowCount() == 0


def test_editor_checklist_tab_gets_the_window_today_and_undo_stack(featured, planner, qtbot, monkeypatch) -> None:
    from cica_planner.domain.tasks import TaskStatus

    seen = {}
    monkeypatch.setattr(EventDialog, "get_event",
                        classmethod(lambda cls, parent, event, countries, **options: seen.update(options)))
    featured.open_event(MC7)
    assert seen["today"] == date(2024, 10, 20)
    assert seen["undo_stack"] is featured.undo_stack

    dialog = EventDialog(planner.get(MC7), planner.countries(), featured, **seen)
    qtbot.addWidget(dialog)
    panel = dialog.checklist_panel
    overdue = [r for r in range(panel.model.rowCount()) if panel.model.row_at(r).is_overdue(date(2024, 10, 20))]
    assert panel.overdue_label.text() == f"{len(overdue)} overdue"  # judged on the window's day, not the clock's
    panel.table.selectRow(overdue[0])
    task_id = panel.selected_ids()[0]
    panel.mark_selected_done()
    assert featured.checklists.get(task_id).task.completed_on == date(2024, 10, 20)
    dialog.reject()  # the tab's change stays (saved at once) and can be undone from the window
    assert _undo_text(featured) == "Undo Mark 1 task done"
    assert featured.undo()
    assert featured.checklists.get(task_id).task.status is TaskStatus.TODO


def test_milestone_tick_and_new_plan_are_undoable(featured) -> None:
    from PySide6.QtCore import Qt as QtNs

    from cica_planner.services.chairmanship import SEED_NEXT_ANCHOR
    from cica_planner.ui.dialogs.plan_handover_dialog import NextHandoverChoice

    featured.set_view("chairmanship")
    page = featured.pages["chairmanship"]
    model = page.milestone_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).task.title.startswith("Publish the outgoing"))
    index = model.index(row, model.COL_MILESTONE)
    model.setData(index, QtNs.CheckState.Checked.value, QtNs.ItemDataRole.CheckStateRole)
    assert _undo_text(featured).startswith("Undo Mark milestone done: Publish the outgoing")
    assert featured.undo()
    assert not featured.chairs.tasks.get(model.row_at(row).id).task.is_done
    assert model.index(row, model.COL_MILESTONE).data(QtNs.ItemDataRole.CheckStateRole) == QtNs.CheckState.Unchecked

    handover_id = page.create_next_handover(NextHandoverChoice("UZ", SEED_NEXT_ANCHOR))
    assert _undo_text(featured) == "Undo Plan handover to Uzbekistan"
    assert page.plan_combo.count() == 2
    assert featured.undo()
    assert page.plan_combo.count() == 1  # the page shows the plan gone
    assert handover_id not in [p.id for p in featured.chairs.plans()]
    assert featured.redo()
    assert page.plan_combo.findData(handover_id) >= 0


def test_double_clicking_a_milestone_shows_its_meeting_in_the_calendar(featured) -> None:
    featured.set_view("chairmanship")
    page = featured.pages["chairmanship"]
    page.milestone_view.doubleClicked.emit(page.milestone_model.index(0, 0))
    assert featured.current_view_key() == "month"
    assert featured.anchor_date() == date(2024, 12, 17)  # the meeting that transferred the chair
    assert featured.selected_uid() == SEEDED_MC7


def test_import_is_undone_and_redone(window, planner, tmp_path, monkeypatch) -> None:
    from cica_planner.ui.dialogs.import_dialog import ImportDialog

    ics = tmp_path / "calendar.ics"
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:w-1@example.org\r\n"
                    b"DTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20250310\r\nDTEND;VALUE=DATE:20250311\r\n"
                    b"SUMMARY:Imported workshop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    monkeypatch.setattr(ImportDialog, "choose", classmethod(lambda cls, parent, plan, name, review=None: plan))
    window.import_ics(ics)
    assert planner.get("w-1@example.org").title == "Imported workshop"
    assert _undo_text(window) == "Undo Import calendar.ics"
    assert window.undo()
    assert planner.find("w-1@example.org") is None
    assert window.redo()
    assert planner.get("w-1@example.org").title == "Imported workshop"
