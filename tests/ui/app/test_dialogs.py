"""The small dialogs: delete choice, go to date, settings, export options, import preview, reschedule."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, EventStatus, Mode, Precision
from cica_planner.ui.dialogs.delete_dialog import DeleteChoice, DeleteDialog
from cica_planner.ui.dialogs.export_dialog import ExportDialog
from cica_planner.ui.dialogs.goto_dialog import GotoDialog
from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog
from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog, zone_countries

ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//EN\r
BEGIN:VEVENT\r
UID:ok-1@example.org\r
DTSTAMP:20240101T000000Z\r
DTSTART;VALUE=DATE:20250310\r
DTEND;VALUE=DATE:20250311\r
SUMMARY:Imported workshop\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:broken-1@example.org\r
DTSTAMP:20240101T000000Z\r
DTSTART:not-a-date\r
SUMMARY:Broken one\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_delete_single_event(qtbot) -> None:
    dialog = DeleteDialog("7th CICA Ministerial Council", recurring=False)
    qtbot.addWidget(dialog)
    assert dialog.occurrence_button is None
    assert dialog.choice() is DeleteChoice.CANCEL
    dialog.delete_button.click()
    assert dialog.choice() is DeleteChoice.EVENT
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("button", "expected"), [("occurrence_button", DeleteChoice.OCCURRENCE),
                                                 ("series_button", DeleteChoice.SERIES)])
def test_delete_recurring_event(qtbot, button, expected) -> None:
    dialog = DeleteDialog("World Bicycle Day", recurring=True, occurrence_label="3 June 2025")
    qtbot.addWidget(dialog)
    assert dialog.delete_button is None
    getattr(dialog, button).click()
    assert dialog.choice() is expected


def test_delete_cancel_and_ask(qtbot, monkeypatch) -> None:
    dialog = DeleteDialog("x", recurring=True, occurrence_label="1 May")
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice() is DeleteChoice.CANCEL
    monkeypatch.setattr(DeleteDialog, "exec", lambda self: self.series_button.click() or 1)
    assert DeleteDialog.ask(None, "x", True, "1 May") is DeleteChoice.SERIES


def test_goto_dialog(qtbot, monkeypatch) -> None:
    dialog = GotoDialog(date(2024, 6, 1))
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("11 November 2024")
    assert dialog.value() == date(2024, 11, 11)
    monkeypatch.setattr(GotoDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert GotoDialog.get_date(None, date(2024, 6, 1)) is None


def test_settings_dialog(qtbot, planner) -> None:
    countries = planner.countries()
    assert zone_countries(countries)["Asia/Almaty"] == "Kazakhstan"
    assert "capital" not in countries[0]._fields  # a Country names no capital
    dialog = SettingsDialog(Preferences("Asia/Almaty"), countries)
    qtbot.addWidget(dialog)
    assert dialog.value() == Preferences("Asia/Almaty")
    assert dialog.zone_combo.currentText().startswith("Asia/Almaty (Kazakhstan")
    dialog.set_zone("Asia/Baku")
    assert dialog.value().display_tz == "Asia/Baku"
    dialog.zone_combo.setEditText("Europe/Vienna")
    assert dialog.value().display_tz == "Europe/Vienna"
    dialog.zone_combo.setEditText("Nowhere/Special")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert "Nowhere/Special" in dialog.error_label.text()


def test_export_dialog_options(qtbot) -> None:
    dialog = ExportDialog(date(2024, 1, 1), date(2024, 12, 31))
    qtbot.addWidget(dialog)
    options = dialog.value()
    assert (options.start, options.end, options.categories) == (None, None, frozenset())
    dialog.limit_check.setChecked(True)
    dialog.set_all_categories(False)
    for row in range(dialog.category_list.count()):
        item = dialog.category_list.item(row)
        if item.text() in ("SOC", "Ministerial Council"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.unscheduled_check.setChecked(True)
    options = dialog.value()
    assert (options.start, options.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert options.categories == frozenset({Category.SOC, Category.MINISTERIAL_COUNCIL})
    assert options.include_unscheduled
    assert not options.include_tasks
    dialog.set_all_categories(False)
    with pytest.raises(ValidationError, match="at least one category"):
        dialog.value()
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text()


def test_import_dialog_shows_the_plan_before_writing(qtbot, planner) -> None:
    from cica_planner.services.ical_import import plan_import
    from cica_planner.ui.dialogs.import_dialog import ImportDialog

    before = planner.count()
    plan = plan_import(planner, ICS)
    dialog = ImportDialog(plan, "outlook.ics")
    qtbot.addWidget(dialog)
    assert dialog.counts_label.text() == "1 new · 0 updated · 0 unchanged · 1 skipped"
    skipped = dialog.skipped_rows()
    assert [title for title, _reason in skipped] == ["Broken one"]
    assert skipped[0][1]  # the reason is shown
    assert dialog.ok_button.isEnabled()
    assert planner.count() == before  # nothing written yet


def test_reschedule_dialog(qtbot, planner) -> None:
    forum = planner.get("e095@seed.cica-planner")
    dialog = RescheduleDialog(forum)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.setDate(QDate(2024, 12, 5))
    dialog.end_edit.setDate(QDate(2024, 12, 6))
    _pick = dialog.mode_combo.findData(Mode.HYBRID.value)
    dialog.mode_combo.setCurrentIndex(_pick)
    dialog.accept()
    assert dialog.isVisible()
    assert "reason" in dialog.error_label.text()
    dialog.reason_edit.setText("Dates agreed with the Kyrgyz hosts")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(EventStatus.CONFIRMED.value))
    edit = dialog.value()
    assert (edit.event.start, edit.event.end) == (date(2024, 12, 5), date(2024, 12, 7))
    assert edit.event.precision is Precision.DAY
    assert edit.event.mode is Mode.HYBRID
    assert edit.event.status is EventStatus.CONFIRMED
    assert edit.reschedule_reason == "Dates agreed with the Kyrgyz hosts"


def test_reschedule_of_a_quarter_dated_event_defaults_to_one_day(qtbot, planner) -> None:
    forum = planner.get("e095@seed.cica-planner")  # 9th CICA Business Forum, Q4 2024
    dialog = RescheduleDialog(forum)
    qtbot.addWidget(dialog)
    assert dialog.period_hint.text() == "Date known to Q4 2024 — choose the day"
    assert (dialog.start_edit.date(), dialog.end_edit.date()) == (QDate(2024, 10, 1), QDate(2024, 10, 1))
    dialog.start_edit.setDate(QDate(2024, 11, 15))
    assert dialog.end_edit.date() == QDate(2024, 11, 15)
    dialog.reason_edit.setText("Dates agreed with the Kyrgyz hosts")
    edit = dialog.value()
    assert (edit.event.start, edit.event.end) == (date(2024, 11, 15), date(2024, 11, 16))
    assert edit.event.precision is Precision.DAY


def test_reschedule_moves_the_last_day_with_the_first(qtbot, planner) -> None:
    from dataclasses import replace

    council = replace(planner.get("planned-mc@test"), end=date(2024, 11, 14))  # 11–13 Nov
    dialog = RescheduleDialog(council)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "period_hint")  # the day is already known
    dialog.start_edit.setDate(QDate(2024, 12, 17))
    assert dialog.end_edit.date() == QDate(2024, 12, 19)
    dialog.reason_edit.setText("Postponed")
    edit = dialog.value()
    assert (edit.event.start, edit.event.end) == (date(2024, 12, 17), date(2024, 12, 20))


def test_reschedule_moves_the_end_of_a_timed_event(qtbot) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDateTime, QTime

    from cica_planner.domain.model import Event

    tz = ZoneInfo("Asia/Baku")
    meeting = Event(title="Troika consultations", category=Category.TROIKA, start=datetime(2024, 11, 11, 23, 0, tzinfo=tz),
                    end=datetime(2024, 11, 12, 0, 30, tzinfo=tz), tzid="Asia/Baku", city="Baku", country="AZ")
    dialog = RescheduleDialog(meeting)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDateTime(QDateTime(QDate(2024, 12, 17), QTime(10, 0)))
    assert dialog.end_edit.dateTime() == QDateTime(QDate(2024, 12, 17), QTime(11, 30))
    dialog.reason_edit.setText("Moved to the morning")
    edit = dialog.value()
    assert (edit.event.start, edit.event.end) == (datetime(2024, 12, 17, 10, 0, tzinfo=tz),
                                                  datetime(2024, 12, 17, 11, 30, tzinfo=tz))


def test_import_button_counts_changes(qtbot, planner) -> None:
    from cica_planner.services.ical_import import ImportPlan, plan_import
    from cica_planner.ui.dialogs.import_dialog import ImportDialog, import_button_text

    one = ImportDialog(plan_import(planner, ICS), "outlook.ics")
    qtbot.addWidget(one)
    assert one.ok_button.text() == "Import 1 event"
    # Only a moved occurrence of a stored series: the series leaves the day out, nothing else is new.
    exceptions = ImportDialog(ImportPlan(stored_exdates={"bicycle-day@test": [date(2025, 6, 3)]}), "moved.ics")
    qtbot.addWidget(exceptions)
    assert exceptions.ok_button.text() == "Import 1 change"
    assert exceptions.ok_button.isEnabled()
    assert "1 occurrence changed in stored series" in exceptions.counts_label.text()
    nothing = ImportDialog(ImportPlan(), "empty.ics")
    qtbot.addWidget(nothing)
    assert nothing.ok_button.text() == "Nothing to import"
    assert not nothing.ok_button.isEnabled()
    assert import_button_text(3, 0, 0) == "Import 3 events"
    assert import_button_text(1, 1, 1) == "Import 3 changes"
    assert import_button_text(0, 1, 0) == "Import 1 change"
