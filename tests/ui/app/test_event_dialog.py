"""The event editor, driven through its widgets: value(), inline validation, zones, periods, rules."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from cica_planner.domain.model import Category, EventStatus, Mode, PeriodPart, Precision, zone
from cica_planner.ui.dialogs.event_dialog import REPEAT_CUSTOM, EventDialog, EventEdit

MC7 = "planned-mc@test"  # see conftest.py: a Ministerial Council still planned for 11 Nov 2024 in Baku
SOC_JUNE = "e082@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"
BICYCLE_DAY = "bicycle-day@test"  # see conftest.py


@pytest.fixture
def countries(planner):
    return planner.countries()


def _dialog(qtbot, initial, countries, **options) -> EventDialog:
    dialog = EventDialog(initial, countries, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pick(combo, data) -> None:
    index = combo.findData(getattr(data, "value", data))
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_new_timed_event(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2025, 3, 4))
    assert dialog.windowTitle() == "New Event"
    assert dialog.history_tab_index == -1
    dialog.title_edit.setText("Expert meeting on ICT security")
    _pick(dialog.category_combo, Category.EXPERT_MEETING)
    _pick(dialog.country_combo, "AZ")
    assert dialog.zone_combo.currentText() == "Asia/Baku"  # the country sets the zone
    dialog.city_edit.setText("Baku")
    dialog.all_day_check.setChecked(False)
    dialog.start_time_edit.setTime(QTime(10, 0))
    dialog.end_time_edit.setTime(QTime(12, 30))
    assert "10:00–12:30 in Baku (UTC+04:00)" in dialog.local_time_label.text()
    assert "11:00–13:30 in Astana" in dialog.local_time_label.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.value()
    assert isinstance(edit, EventEdit)
    assert edit.reschedule_reason is None
    event = edit.event
    assert event.start == datetime(2025, 3, 4, 10, 0, tzinfo=zone("Asia/Baku"))
    assert event.end == datetime(2025, 3, 4, 12, 30, tzinfo=zone("Asia/Baku"))
    assert (event.tzid, event.country, event.city, event.category) == ("Asia/Baku", "AZ", "Baku", Category.EXPERT_MEETING)


def test_empty_title_keeps_the_dialog_open(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2025, 3, 4))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "Enter a title for the event."
    assert dialog.title_edit.styleSheet()  # the field is marked
    dialog.title_edit.setText("Now it has one")
    assert not dialog.error_label.isVisibleTo(dialog)  # editing clears the message


def test_end_before_start_keeps_the_dialog_open(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=datetime(2025, 3, 4, 10, 0))
    dialog.title_edit.setText("Briefing")
    assert not dialog.all_day_check.isChecked()
    dialog.end_time_edit.setTime(QTime(9, 0))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The end must come after the start."

    dialog.all_day_check.setChecked(True)
    dialog.end_date_edit.setDate(QDate(2025, 3, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The last day cannot come before the first day."


def test_moving_the_start_moves_the_end(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2025, 3, 4))
    dialog.end_date_edit.setDate(QDate(2025, 3, 6))  # three days
    dialog.start_date_edit.setDate(QDate(2025, 3, 10))
    assert dialog.end_date_edit.date() == QDate(2025, 3, 12)


def test_zone_set_by_hand_is_kept_when_the_country_changes(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2025, 3, 4))
    _pick(dialog.country_combo, "CN")
    assert dialog.zone_combo.currentText() == "Asia/Shanghai"
    dialog.zone_combo.lineEdit().clear()
    dialog.zone_combo.lineEdit().textEdited.emit("Europe/Vienna")  # as typing does
    dialog.zone_combo.setEditText("Europe/Vienna")
    _pick(dialog.country_combo, "TH")
    assert dialog.zone_combo.currentText() == "Europe/Vienna"


def test_existing_event_loads_every_field(qtbot, planner, countries) -> None:
    event = planner.get(SOC_JUNE)
    dialog = _dialog(qtbot, event, countries)
    assert dialog.windowTitle().startswith("Edit Event")
    assert dialog.title_edit.text() == "Senior Officials Committee meeting"
    assert dialog.category_combo.currentData() == Category.SOC.value
    assert dialog.status_combo.currentData() == EventStatus.HELD.value
    assert dialog.country_combo.currentData() == "KZ"
    assert dialog.zone_combo.currentText() == "Asia/Almaty"
    assert dialog.all_day_check.isChecked()
    assert dialog.start_date_edit.date() == QDate(2024, 6, 27)
    assert dialog.end_date_edit.date() == QDate(2024, 6, 27)  # the last day, inclusive
    assert "Senior" not in dialog.description_edit.toPlainText() or dialog.description_edit.toPlainText()
    assert dialog.local_time_label.text() == "Venue local time: all day, Thu 27 Jun 2024 in Astana"
    assert not dialog.reason_edit.isVisibleTo(dialog)
    edit = dialog.value()
    assert edit.event.uid == SOC_JUNE
    assert edit.event.start == event.start
    assert edit.event.end == event.end
    assert edit.reschedule_reason is None


def test_long_fields_open_at_their_beginning(qtbot, planner, countries) -> None:
    from dataclasses import replace

    from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog

    title = "Senior Officials Committee meeting on the implementation of the CICA Catalogue of Confidence Building"
    event = replace(planner.get(SOC_JUNE), title=title, venue="Palace of Independence, conference hall number two",
                    organiser="Ministry of Foreign Affairs of the Republic of Kazakhstan")
    dialog = _dialog(qtbot, event, countries)
    assert dialog.title_edit.text() == title
    for edit in (dialog.title_edit, dialog.city_edit, dialog.venue_edit, dialog.organiser_edit, dialog.rrule_edit):
        assert edit.cursorPosition() == 0, edit.objectName()
    moved = RescheduleDialog(replace(event, city="Astana (Nur-Sultan), Republic of Kazakhstan"))
    qtbot.addWidget(moved)
    assert moved.city_edit.cursorPosition() == 0


def test_rescheduling_needs_a_reason_and_shows_history(qtbot, planner, countries) -> None:
    event = planner.get(MC7)
    dialog = _dialog(qtbot, event, countries)
    assert dialog.history_list.count() == 1  # the "nothing recorded yet" line
    dialog.start_date_edit.setDate(QDate(2024, 12, 17))
    dialog.city_edit.clear()
    _pick(dialog.mode_combo, Mode.ONLINE)
    assert dialog.reason_edit.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.isVisible()
    assert "reason" in dialog.error_label.text().lower()
    dialog.reason_edit.setText("Held online; hosted by Azerbaijan")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.value()
    assert edit.reschedule_reason == "Held online; hosted by Azerbaijan"
    assert (edit.event.start, edit.event.end) == (date(2024, 12, 17), date(2024, 12, 18))
    assert edit.event.mode is Mode.ONLINE


def test_history_is_listed_read_only(qtbot, planner, countries) -> None:
    moved = planner.reschedule(MC7, date(2024, 12, 17), date(2024, 12, 18), "Postponed", mode=Mode.ONLINE)
    dialog = _dialog(qtbot, moved, countries)
    assert dialog.history_list.count() == 1
    assert dialog.history_list.item(0).text() == "11 Nov 2024, Baku (in person) → 17 Dec 2024, Baku (online): Postponed"
    assert "(1)" in dialog.tabs.tabText(dialog.history_tab_index)


def test_a_quarter_collapses_to_a_period_picker(qtbot, planner, countries) -> None:
    forum = planner.get(BUSINESS_FORUM)
    dialog = _dialog(qtbot, forum, countries)
    assert dialog.precision() is Precision.QUARTER
    assert not dialog.dates_widget.isVisibleTo(dialog)
    assert dialog.period_widget.isVisibleTo(dialog)
    assert dialog.period_quarter_combo.currentIndex() == 3
    assert dialog.period_year_spin.value() == 2024
    assert dialog.local_time_label.text() == "Venue local time: Q4 2024 — date to be confirmed"
    _pick(dialog.part_combo, PeriodPart.LATE)
    assert dialog.local_time_label.text() == "Venue local time: late Q4 2024 — date to be confirmed"
    dialog.reason_edit.setText("Narrowed down to December")
    edit = dialog.value()
    assert (edit.event.start, edit.event.end) == (date(2024, 12, 1), date(2025, 1, 1))
    assert edit.event.all_day
    assert edit.event.period_part is PeriodPart.LATE


def test_choosing_a_month_stores_the_whole_month(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2025, 3, 4))
    dialog.title_edit.setText("CICA side event")
    _pick(dialog.precision_combo, Precision.MONTH)
    assert dialog.all_day_check.isChecked()
    assert not dialog.all_day_check.isEnabled()
    dialog.period_month_combo.setCurrentIndex(8)
    dialog.period_year_spin.setValue(2025)
    event = dialog.value().event
    assert (event.precision, event.start, event.end) == (Precision.MONTH, date(2025, 9, 1), date(2025, 10, 1))


def test_recurrence_presets_and_preview(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=date(2024, 6, 27))
    dialog.title_edit.setText("Anniversary")
    assert not dialog.rrule_edit.isVisibleTo(dialog)
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findText("Yearly"))
    dialog.repeat_end_combo.setCurrentIndex(1)  # after N
    dialog.count_spin.setValue(3)
    assert dialog.rule_text() == "FREQ=YEARLY;COUNT=3"
    assert dialog.rule_preview_label.text() == "Every year on 27 June, 3 times"
    dialog.repeat_end_combo.setCurrentIndex(2)  # until
    dialog.until_date_edit.setDate(QDate(2026, 12, 31))
    assert dialog.rule_text() == "FREQ=YEARLY;UNTIL=20261231"
    assert dialog.value().event.rrule == "FREQ=YEARLY;UNTIL=20261231"


def test_custom_rule_loads_and_bad_rule_is_reported(qtbot, planner, countries) -> None:
    dialog = _dialog(qtbot, planner.get(BICYCLE_DAY), countries)
    assert dialog.repeat_combo.currentIndex() == REPEAT_CUSTOM
    assert dialog.rrule_edit.text() == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3"
    assert not dialog.rrule_edit.isReadOnly()
    assert dialog.rule_preview_label.text() == "Every year on 3 June"
    dialog.rrule_edit.setText("FREQ=SOMETIMES")
    assert dialog.rule_preview_label.text().startswith("Cannot read this rule")
    dialog.accept()
    assert dialog.isVisible()
    assert "rule" in dialog.error_label.text()


def test_checklist_tab_only_with_a_checklist_service(qtbot, planner, countries) -> None:
    dialog = _dialog(qtbot, planner.get(MC7), countries)
    assert dialog.checklist_tab_index == -1
    assert "Checklist" not in [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]


def test_get_event_wraps_exec(qtbot, planner, countries, monkeypatch) -> None:
    monkeypatch.setattr(EventDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    edit = EventDialog.get_event(None, planner.get(SOC_JUNE), countries)
    assert edit is not None
    assert edit.event.uid == SOC_JUNE
    monkeypatch.setattr(EventDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert EventDialog.get_event(None, planner.get(SOC_JUNE), countries) is None


def test_new_event_from_a_time_slot_uses_the_display_zone(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries, default_start=datetime(2025, 3, 4, 15, 30), display_tz="Asia/Baku")
    dialog.title_edit.setText("Call")
    event = dialog.value().event
    assert event.start == datetime(2025, 3, 4, 15, 30, tzinfo=zone("Asia/Baku"))
    assert event.tzid == "Asia/Baku"


def test_editor_warns_about_other_events_on_the_same_days(qtbot, planner, countries) -> None:
    soc = planner.get("e082@seed.cica-planner")
    dialog = _dialog(qtbot, soc, countries, conflicts=planner.conflicts)
    assert not dialog.conflict_label.isHidden()
    assert dialog.conflict_label.text().startswith("Also at this time: ")
    assert "Silence procedure" in dialog.conflict_label.text()
    assert "Senior Officials Committee meeting" not in dialog.conflict_label.text()  # not a clash with itself
    dialog.start_date_edit.setDate(QDate(2024, 7, 20))
    dialog.end_date_edit.setDate(QDate(2024, 7, 20))
    assert dialog.conflict_label.isHidden()
    dialog.reason_edit.setText("Moved to a quiet week")
    assert dialog.value().event.start == date(2024, 7, 20)  # a warning never blocks saving


def test_a_skipped_wall_time_is_refused_in_the_editor(qtbot, countries) -> None:
    dialog = _dialog(qtbot, None, countries)
    dialog.title_edit.setText("Liaison call")
    _pick(dialog.country_combo, "US")
    dialog.all_day_check.setChecked(False)
    dialog.start_date_edit.setDate(QDate(2024, 3, 10))
    dialog.end_date_edit.setDate(QDate(2024, 3, 10))
    dialog.start_time_edit.setTime(QTime(2, 30))
    dialog.end_time_edit.setTime(QTime(3, 15))
    dialog.accept()
    assert dialog.isVisible()
    assert "does not exist" in dialog.error_label.text()


def test_window_precision_is_edited_with_its_first_and_last_day(qtbot, planner, countries) -> None:
    meeting = planner.get("e031@seed.cica-planner")  # during the Baku visit of 17–18 Apr 2024
    dialog = _dialog(qtbot, meeting, countries)
    assert dialog.precision() is Precision.WINDOW
    assert dialog.dates_widget.isVisible()
    assert not dialog.period_widget.isVisible()
    assert dialog.local_time_text() == "Venue local time: between 17 and 18 Apr 2024, day not known — date to be confirmed"
    dialog.end_date_edit.setDate(QDate(2024, 4, 19))
    dialog.reason_edit.setText("The visit ran a day longer")
    edit = dialog.value()
    assert (edit.event.precision, edit.event.start, edit.event.end) == (Precision.WINDOW, date(2024, 4, 17), date(2024, 4, 20))
    assert edit.event.period_part is None
    _pick(dialog.precision_combo, Precision.UNDATED)
    assert not dialog.dates_widget.isVisible()
    assert not dialog.period_widget.isVisible()
    assert "undated" in dialog.local_time_text()


def test_editor_flags_a_past_plan_as_outcome_to_confirm(qtbot, planner, countries) -> None:
    cop = planner.get("e096@seed.cica-planner")  # CICA event at COP29, Nov 2024: never reported
    dialog = _dialog(qtbot, cop, countries, today=date(2026, 11, 30))
    assert dialog.status_combo.currentText() == "Outcome to confirm"
    assert "Recorded as planned" in dialog.status_combo.toolTip()
    assert dialog.value().event.status is EventStatus.PLANNED  # the stored status is unchanged until a planner says
    before = _dialog(qtbot, cop, countries, today=date(2024, 11, 15))
    assert before.status_combo.currentText() == "Planned"
