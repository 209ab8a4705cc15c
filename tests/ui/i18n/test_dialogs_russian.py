"""The dialogs with the Russian translation loaded: texts, validation messages and plural forms.

Every dialog built here is also walked: no visible label, button, group box, tab, column header
or window title may still read as an English source text of ``dialogs.ts`` that has a Russian
translation of its own.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from typing import TypeVar

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from cica_planner.domain.chairmanship import BodyChair
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, EventStatus, zone
from cica_planner.domain.tasks import Task
from cica_planner.services.export_preview import ExportPreview
from cica_planner.ui.translations import TRANSLATIONS_DIR

SOC_JUNE = "e082@seed.cica-planner"  # the seeded SOC of 27 June 2024, held
PLURAL_COUNTS = (1, 2, 5, 11, 21, 22)


def _english_sources() -> set[str]:
    """Source texts of the dialogs whose Russian translation differs from them."""
    tree = ET.parse(TRANSLATIONS_DIR / "ru" / "dialogs.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
        texts = forms or [translation.text or ""] if translation is not None else []
        if "{" not in source and all(text != source for text in texts):
            sources.add(source)
    return sources


ENGLISH = _english_sources()


def visible_texts(dialog: QWidget) -> Iterator[str]:
    """The texts a user reads in ``dialog``: title, labels, buttons, boxes, tabs, headers, placeholders."""
    yield dialog.windowTitle()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            headers = (widget.horizontalHeaderItem(c) for c in range(widget.columnCount()))
            yield from (header.text() for header in headers if header is not None)
        elif isinstance(widget, QTreeWidget):
            yield from (widget.headerItem().text(c) for c in range(widget.columnCount()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            yield from (widget.itemText(i) for i in range(widget.count()))
        yield widget.toolTip()


def clipped_texts(dialog: QWidget) -> list[str]:
    """Buttons, one-line labels and combo boxes narrower than their text needs."""
    clipped = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width() if widget.parentWidget() is not None else 0
            if widget.width() < min(needed, widget.sizeHint().width()):
                clipped.append(widget.text())
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.width() < widget.sizeHint().width():
                clipped.append(widget.text())
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            text_width = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if widget.width() < text_width + 24:  # the frame and the arrow
                clipped.append(widget.currentText())
    return clipped


def assert_russian(dialog: QWidget) -> None:
    left = sorted({text for text in visible_texts(dialog) if text in ENGLISH})
    assert not left, f"{type(dialog).__name__} still shows English: {left}"
    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 700))  # as on a 1024×700 screen
    assert dialog.width() <= 1024, f"{type(dialog).__name__} is wider than a 1024×700 screen"
    assert dialog.height() <= 700, f"{type(dialog).__name__} is taller than a 1024×700 screen"
    clipped = clipped_texts(dialog)
    assert not clipped, f"{type(dialog).__name__} clips: {clipped}"


ShownDialog = TypeVar("ShownDialog", bound=QDialog)


def _show(qtbot, dialog: ShownDialog) -> ShownDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_dialog_source_has_a_russian_translation() -> None:
    assert len(ENGLISH) > 300  # the walk below compares against a real list
    assert "Enter a title for the event." in ENGLISH


def test_event_editor_reads_in_russian_and_refuses_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.i18n.terms import category_label, status_label
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2025, 3, 4)))
    assert dialog.windowTitle() == "Новое событие"
    assert dialog.ok_button.text() == "Создать"
    assert dialog.tabs.tabText(0) == "&Событие"
    assert dialog.category_combo.itemText(dialog.category_combo.findData(Category.SOC.value)) == category_label(Category.SOC)
    assert category_label(Category.SOC) != Category.SOC.value
    assert dialog.status_combo.currentText() == status_label(EventStatus.PLANNED)
    assert "весь день" in dialog.local_time_label.text()
    assert "вт" in dialog.local_time_label.text()  # Tuesday 4 March 2025, named by the Russian locale
    assert_russian(dialog)

    dialog.accept()
    assert dialog.error_label.text() == "Введите название события."
    dialog.title_edit.setText("Совещание экспертов")
    dialog.all_day_check.setChecked(False)
    dialog.end_time_edit.setTime(dialog.start_time_edit.time().addSecs(-3600))
    dialog.accept()
    assert dialog.error_label.text() == "Окончание должно быть позже начала."  # the domain's message, translated
    assert dialog.end_time_edit.styleSheet()  # and the field it is about is marked
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_event_editor_asks_the_reason_for_a_move_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    council = planner.get(SOC_JUNE)
    dialog = _show(qtbot, EventDialog(council, planner.countries()))
    assert dialog.windowTitle() == f"Изменение события — {council.title}"
    assert dialog.ok_button.text() == "Сохранить"
    dialog.city_edit.setText("Астана")
    assert dialog.reason_label.isVisible()
    assert_russian(dialog)
    with pytest.raises(ValidationError, match="Укажите причину изменения даты, места или формата"):
        dialog.value()


def test_history_lines_use_russian_dates_and_formats(qtbot, russian, planner) -> None:
    from cica_planner.domain.model import EventChange
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    council = planner.get(SOC_JUNE)
    change = EventChange(changed_at=datetime(2024, 10, 1, tzinfo=zone("UTC")), reason="по просьбе страны",
                         old_start=date(2024, 11, 11), old_end=date(2024, 11, 12), new_start=date(2024, 12, 17),
                         new_end=date(2024, 12, 18), old_place="Baku", old_mode="in person", new_mode="online")
    dialog = _show(qtbot, EventDialog(council, planner.countries()))
    line = dialog.history_line(change)
    assert line == "11 нояб. 2024, Baku (очно) → 17 дек. 2024 (онлайн): по просьбе страны", line


def test_task_dialog_in_russian(qtbot, russian) -> None:
    from cica_planner.ui.dialogs.task_dialog import TaskDialog

    dialog = _show(qtbot, TaskDialog(Task(title="", event_uid=SOC_JUNE), [], date(2024, 10, 1)))
    assert dialog.windowTitle() == "Новая задача"
    assert dialog.relative_radio.text() == "О&тносительно события"
    assert_russian(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "у задачи должно быть название"  # the domain's message, as it is shown in English


def test_reschedule_and_move_reason_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.move_reason_dialog import MoveReasonDialog
    from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog

    council = planner.get(SOC_JUNE)
    dialog = _show(qtbot, RescheduleDialog(council))
    assert dialog.windowTitle() == f"Перенос — {council.title}"
    assert_russian(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "Укажите причину изменения; она сохраняется в журнале."
    move = _show(qtbot, MoveReasonDialog(council.title, "11 нояб. 2024", "12 нояб. 2024"))
    assert_russian(move)
    move.accept()
    assert move.error_label.text() == "Укажите причину переноса; она сохраняется в журнале."


def test_outcome_dialog_in_russian(qtbot, russian, seeded_engine) -> None:
    from cica_planner.services.confirming import ConfirmingService
    from cica_planner.ui.dialogs.outcome_dialog import OutcomeDialog

    entry = ConfirmingService(seeded_engine).needs_confirming(date(2026, 11, 30))[0]
    dialog = _show(qtbot, OutcomeDialog(entry))
    assert dialog.outcome_buttons[EventStatus.HELD].text() == "&Состоялось"
    assert_russian(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "Укажите основание: источник или причина сохраняется в журнале события."


def test_settings_dialog_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog

    dialog = _show(qtbot, SettingsDialog(Preferences("Asia/Almaty"), planner.countries()))
    assert dialog.windowTitle() == "Параметры"
    assert_russian(dialog)
    dialog.zone_combo.setEditText("Atlantis")
    dialog.accept()
    assert dialog.error_label.text().startswith("Неизвестный часовой пояс 'Atlantis'")


def test_import_dialog_counts_in_russian(qtbot, russian) -> None:
    from cica_planner.services.ical_import import ImportPlan
    from cica_planner.ui.dialogs.import_dialog import ImportDialog, import_button_text

    dialog = _show(qtbot, ImportDialog(ImportPlan(stored_exdates={"bicycle-day@test": [date(2025, 6, 3)]}), "moved.ics"))
    assert dialog.windowTitle() == "Импорт iCalendar"
    assert "1 повторение изменено в сохранённых сериях" in dialog.counts_label.text()
    assert dialog.ok_button.text() == "Импортировать 1 изменение"
    assert_russian(dialog)
    assert import_button_text(0, 0, 0) == "Нечего импортировать"


@pytest.mark.parametrize(("count", "events", "changes"), [
    (1, "Импортировать 1 событие", "Импортировать 1 изменение"),
    (2, "Импортировать 2 события", "Импортировать 2 изменения"),
    (5, "Импортировать 5 событий", "Импортировать 5 изменений"),
    (11, "Импортировать 11 событий", "Импортировать 11 изменений"),
    (21, "Импортировать 21 событие", "Импортировать 21 изменение"),
    (22, "Импортировать 22 события", "Импортировать 22 изменения"),
])
def test_import_button_plurals(russian, count, events, changes) -> None:
    from cica_planner.ui.dialogs.import_dialog import import_button_text

    assert import_button_text(count, 0, 0) == events
    assert import_button_text(0, count, 0) == changes


def test_english_plurals_come_back(english) -> None:
    from cica_planner.ui.dialogs.import_dialog import import_button_text

    assert [import_button_text(n, 0, 0) for n in (1, 2, 21)] == ["Import 1 event", "Import 2 events", "Import 21 events"]


def test_export_dialog_preview_and_refusal_in_russian(qtbot, russian) -> None:
    from cica_planner.ui.dialogs.export_dialog import ExportDialog

    dialog = _show(qtbot, ExportDialog(date(2024, 1, 1), date(2024, 12, 31)))
    assert dialog.windowTitle() == "Экспорт iCalendar"
    assert_russian(dialog)
    texts = {n: dialog.preview_text(ExportPreview(events=n, undated_left_out=n, alarms=n, alarm_minutes=n,
                                                  deadlines_included=False)) for n in PLURAL_COUNTS}
    assert texts[1].startswith("Будет записано 1 событие; 1 событие без точной даты не включено; "
                               "напоминание за 1 минуту до каждого из 1 события со временем")
    assert texts[2].startswith("Будет записано 2 события; 2 события без точной даты не включены; напоминание за 2 минуты")
    assert texts[5].startswith("Будет записано 5 событий; 5 событий без точной даты не включены; напоминание за 5 минут")
    assert texts[11].startswith("Будет записано 11 событий;")
    assert texts[21].startswith("Будет записано 21 событие; 21 событие без точной даты не включено; напоминание за 21 минуту")
    assert texts[22].startswith("Будет записано 22 события;")
    dialog.set_all_categories(False)
    dialog.accept()
    assert dialog.error_label.text() == "Выберите для экспорта хотя бы одну категорию."


@pytest.mark.parametrize(("count", "suffix"), [(1, " раз"), (2, " раза"), (5, " раз"), (11, " раз"), (21, " раз"), (22, " раза")])
def test_repeat_count_suffix_plural(qtbot, russian, planner, count, suffix) -> None:
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2025, 3, 4)))
    dialog.count_spin.setValue(count)
    assert dialog.count_spin.suffix() == suffix


@pytest.mark.parametrize(("count", "suffix"), [(1, " день"), (2, " дня"), (5, " дней"), (11, " дней"), (21, " день"), (22, " дня")])
def test_find_date_day_suffix_plural(qtbot, russian, planner, seeded_engine, count, suffix) -> None:
    from cica_planner.services.scheduling.service import SchedulingService
    from cica_planner.ui.dialogs.find_date_dialog import FindDateDialog

    dialog = _show(qtbot, FindDateDialog(SchedulingService(seeded_engine), planner.countries(), today=date(2026, 11, 30)))
    dialog.days_spin.setValue(count)
    assert dialog.days_spin.suffix() == suffix
    if count == 1:
        assert dialog.windowTitle() == "Подбор даты"
        assert_russian(dialog)


def test_report_dialog_in_russian(qtbot, russian) -> None:
    from cica_planner.ui.dialogs.report_dialog import ReportDialog

    dialog = _show(qtbot, ReportDialog(date(2024, 6, 20)))
    assert dialog.windowTitle() == "Отчёт о ходе подготовки"
    assert "20 июн. 2024" in dialog.default_label.text()
    assert_russian(dialog)
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.accept()
    assert dialog.error_label.text() == "конец периода отчёта раньше его начала"


def test_chair_dialogs_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.i18n.terms import country_name
    from cica_planner.ui.dialogs.chair_dialogs import BodyChairDialog, ChairTermDialog

    term = _show(qtbot, ChairTermDialog(None, planner.countries(), default_start=date(2026, 10, 1)))
    assert term.windowTitle() == "Добавить срок председательства"
    assert f"{country_name('KZ')} (KZ)" in [term.country_combo.itemText(i) for i in range(term.country_combo.count())]
    assert country_name("KZ") != "Kazakhstan"
    assert_russian(term)
    term.accept()
    assert term.error_label.text() == "выберите государство-член, которое председательствует"

    body = _show(qtbot, BodyChairDialog(BodyChair(body_code="BC", holder=""), [("BC", "Business Council")],
                                        planner.countries()))
    assert body.windowTitle() == "Изменить председателя органа"
    body.accept()
    assert body.error_label.text() == "укажите, кто председательствует в органе"


def test_help_dialogs_in_russian(qtbot, russian) -> None:
    from cica_planner.ui.dialogs.help_dialogs import GettingStartedDialog, KeyboardDialog, WelcomeDialog, about_html

    keyboard = _show(qtbot, KeyboardDialog())
    assert keyboard.windowTitle() == "Сочетания клавиш"
    first_action = keyboard.table.item(0, 1)
    assert first_action is not None
    assert first_action.text() == "новое событие"
    assert_russian(keyboard)
    welcome = _show(qtbot, WelcomeDialog("calendar.sqlite3"))
    assert welcome.june_button.text() == "Показать июнь 2024"
    assert_russian(welcome)
    started = _show(qtbot, GettingStartedDialog("calendar.sqlite3"))
    assert "Начало работы с CICA Planner" in started.browser.toPlainText()
    assert "Секретариата Совещания по взаимодействию и мерам доверия в Азии (СВМДА)" in about_html("1.0", "calendar.sqlite3")


def test_small_dialogs_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.delete_dialog import DeleteDialog
    from cica_planner.ui.dialogs.goto_dialog import GotoDialog
    from cica_planner.ui.dialogs.series_scope_dialog import SeriesScopeDialog
    from cica_planner.ui.dialogs.team_dialog import OpenTeamCalendarDialog

    delete = _show(qtbot, DeleteDialog("World Bicycle Day", recurring=True, occurrence_label="3 июня 2025"))
    assert delete.windowTitle() == "Удаление события"
    assert_russian(delete)
    goto = _show(qtbot, GotoDialog(date(2024, 6, 27)))
    assert goto.understood_label.text() == "четверг 27 июня 2024"
    assert_russian(goto)
    assert_russian(_show(qtbot, SeriesScopeDialog("World Bicycle Day", "3 июня 2025")))
    team = _show(qtbot, OpenTeamCalendarDialog([]))
    assert_russian(team)
    team.accept()
    assert team.error_label.text() == "Введите адрес общего календаря."


def test_switching_back_to_english_restores_the_dialogs(qtbot, russian, planner) -> None:
    from cica_planner.i18n.language import install_language
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    assert _show(qtbot, EventDialog(None, planner.countries())).windowTitle() == "Новое событие"
    install_language("en")
    english = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2025, 3, 4)))
    assert english.windowTitle() == "New Event"
    assert english.category_combo.itemText(english.category_combo.findData(Category.SOC.value)) == "SOC"
    assert "Tue" in english.local_time_label.text()


def test_the_walk_catches_english_left_in_a_dialog(qtbot, english, planner) -> None:
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2025, 3, 4)))
    with pytest.raises(AssertionError, match="New Event"):
        assert_russian(dialog)


@pytest.mark.parametrize(("typed", "expected"), [
    ("T−30 дней", "T−30 days"), ("T-1 день", "T−1 day"), ("T-2 недели", "T−2 weeks"), ("T−6 месяцев", "T−6 months"),
    ("оконч.+14 дней", "end+14 days"), ("T-30 days", "T−30 days"), ("end+2w", "end+2 weeks"),
])
def test_deadlines_are_read_in_either_language(russian, typed, expected) -> None:
    from cica_planner.ui.dialogs.deadline_text import read_deadline

    assert read_deadline(typed).label() == expected


def test_task_and_template_editors_write_deadlines_in_russian(qtbot, russian) -> None:
    from cica_planner.domain.tasks import Anchor, RelativeDeadline, TemplateItem
    from cica_planner.services.checklists import ChecklistTemplate
    from cica_planner.ui.dialogs.checklist_template_dialog import COL_OFFSET, TemplateDialog
    from cica_planner.ui.dialogs.task_dialog import TaskDialog

    task = _show(qtbot, TaskDialog(Task(title="Разослать приглашения", event_uid=SOC_JUNE), [], date(2024, 5, 1)))
    assert task.offset_edit.text() == "T−30 дней"
    task.offset_edit.setText("T−2 недели")
    relative = task.value().relative
    assert relative is not None
    assert relative.label() == "T−2 weeks"
    task.offset_edit.setText("через месяц")
    task.accept()
    assert task.error_label.text() == "не удаётся прочитать срок 'через месяц'; укажите его в виде «T−30 дней» или «оконч.+2 недели»"

    template = _show(qtbot, TemplateDialog(ChecklistTemplate(key="visit", name="Визит", items=[
        TemplateItem("Согласовать программу", RelativeDeadline(-3, anchor=Anchor.START))])))
    cell = template.items_table.item(0, COL_OFFSET)
    assert cell is not None
    assert cell.text() == "T−3 дня"
    cell.setText("оконч.+1 неделя")
    assert template.value().items[0].offset.label() == "end+1 week"


def test_settings_names_zones_by_russian_country_names_and_understands_them(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog

    dialog = _show(qtbot, SettingsDialog(Preferences("Asia/Almaty"), planner.countries()))
    assert dialog.zone_combo.currentText().startswith("Asia/Almaty (Казахстан")
    dialog.zone_combo.setEditText("Азербайджан")
    assert dialog.value().display_tz == "Asia/Baku"
    dialog.zone_combo.setEditText("Астана")
    assert dialog.value().display_tz == "Asia/Almaty"


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=YEARLY;COUNT=3", "Каждый год 27 июня, 3 раза"),
    ("FREQ=YEARLY;COUNT=21", "Каждый год 27 июня, 21 раз"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "Каждые 2 недели по вторникам, четвергам"),
    ("FREQ=MONTHLY;BYMONTHDAY=3;COUNT=5", "Каждый месяц 3-го числа, 5 раз"),
    ("FREQ=DAILY;INTERVAL=5;UNTIL=20240710", "Каждые 5 дней, до 7 июля 2024"),
    ("FREQ=YEARLY;INTERVAL=11", "Каждые 11 лет 27 июня"),
])
def test_repeat_preview_in_russian(qtbot, russian, planner, rule, words) -> None:
    from cica_planner.ui.dialogs.event_dialog import REPEAT_CUSTOM, EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2024, 6, 27)))
    dialog.repeat_combo.setCurrentIndex(REPEAT_CUSTOM)
    dialog.rrule_edit.setText(rule)
    assert dialog.rule_preview_label.text() == words


def test_an_unusual_rule_keeps_the_exact_english_words(qtbot, russian, planner) -> None:
    from cica_planner.domain.recurrence import describe_rule
    from cica_planner.ui.dialogs.event_dialog import REPEAT_CUSTOM, EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2024, 6, 27)))
    dialog.repeat_combo.setCurrentIndex(REPEAT_CUSTOM)
    dialog.rrule_edit.setText("FREQ=MONTHLY;BYDAY=2TU")
    english = describe_rule("FREQ=MONTHLY;BYDAY=2TU", date(2024, 6, 27))
    assert dialog.rule_preview_label.text() == english[:1].upper() + english[1:]


def test_find_date_words_what_dates_hit_in_russian(russian) -> None:
    from cica_planner.services.scheduling.conflicts import Assessment, Conflict, ConflictKind
    from cica_planner.services.scheduling.warnings import warning_lines
    from cica_planner.ui.dialogs.schedule_words import ScheduleWords

    day = date(2025, 3, 21)
    holiday = [Conflict(ConflictKind.HOLIDAY, code, "Nowruz Holiday", day, 10) for code in ("AZ", "IR", "KZ", "TJ", "UZ")]
    assessment = Assessment(day, day, (
        Conflict(ConflictKind.HOST_HOLIDAY, "KZ", "Nowruz Holiday", day, 1000), *holiday,
        Conflict(ConflictKind.MEETING, "", "SWG meeting", date(2025, 3, 19), 5),
        Conflict(ConflictKind.LATE, "", "T−2 months: Send invitations to Member States", date(2025, 1, 21), 2),
        Conflict(ConflictKind.LATE, "", "T−6 weeks: Book the venue", date(2025, 2, 7), 2)))
    words = ScheduleWords()
    lines = [line.text for line in words.lines(assessment)]
    assert lines == [
        "Nowruz Holiday — Казахстан (страна проведения)",
        "Nowruz — 5 государств-членов",
        "SWG meeting — на 2 дня раньше",
        "T−2 месяца: «Send invitations to Member States» уже не успевает (и ещё 1 шаг)",
    ]
    assert len(lines) == len(warning_lines(assessment))  # the same lines as the service's, worded anew
    assert words.conflict_text(holiday[1]).endswith(": Nowruz Holiday (праздник)")


BRIEFING = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:briefing-1@example.org\r\n"
            b"SUMMARY:Briefing of the diplomatic corps\r\nDTSTART:20270310T050000Z\r\nDTEND:20270310T063000Z\r\n"
            b"LOCATION:Astana, Kazakhstan\r\nDTSTAMP:20240101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_import_rows_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.services.ical_import import plan_import
    from cica_planner.ui.dialogs.import_dialog import ImportDialog
    from cica_planner.ui.import_preview import review_import

    plan, review = review_import(planner, plan_import(planner, BRIEFING), date(2026, 12, 1), "Asia/Almaty",
                                 planner.countries())
    dialog = _show(qtbot, ImportDialog(plan, "outlook.ics", review=review))
    row = [dialog.table.item(0, column).text() for column in range(4)]
    assert row == ["ср 10 мар. 2027, 10:00–11:30", "Briefing of the diplomatic corps", "Astana, Казахстан", "добавить"]
    assert dialog.ok_button.text() == "Импортировать 1 событие"


BACKWARDS = BRIEFING.replace(b"DTEND:20270310T063000Z", b"DTEND:20270310T040000Z").replace(b"briefing-1", b"briefing-2")


def test_import_skip_reasons_in_russian(qtbot, russian, planner) -> None:
    from cica_planner.services.ical_import import plan_import
    from cica_planner.ui.dialogs.import_dialog import ImportDialog
    from cica_planner.ui.dialogs.problems import translated_problem
    from cica_planner.ui.import_preview import review_import

    plan, review = review_import(planner, plan_import(planner, BACKWARDS), date(2026, 12, 1), "Asia/Almaty",
                                 planner.countries())
    dialog = _show(qtbot, ImportDialog(plan, "outlook.ics", review=review))
    assert dialog.table.item(0, 3).text() == "пропустить: DTEND раньше DTSTART"
    # The parser's detail after a property's name stays as the parser wrote it.
    assert translated_problem("cannot read it: bad RRULE: unknown FREQ") == (
        "не удаётся прочитать: неверное значение RRULE: unknown FREQ")
    assert translated_problem("cannot read it: unknown time zone 'Mars/Base' and no VTIMEZONE for it in the file") == (
        "не удаётся прочитать: неизвестный часовой пояс 'Mars/Base', и в файле нет его VTIMEZONE")


def test_the_walk_catches_clipped_text(qtbot, russian, planner) -> None:
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    dialog = _show(qtbot, EventDialog(None, planner.countries(), default_start=date(2025, 3, 4), today=date(2026, 11, 30)))
    assert dialog.status_combo.currentText() == "Итог не подтверждён"
    assert clipped_texts(dialog) == []
    dialog.status_combo.setFixedWidth(100)
    dialog.ok_button.setFixedWidth(30)
    assert sorted(clipped_texts(dialog)) == ["Итог не подтверждён", "Создать"]


def test_counted_texts_of_the_editor_sections_in_russian(qtbot, russian, planner) -> None:
    """Counted texts called through the editor's sections are translated too (not only the dialog's own)."""
    from dataclasses import replace

    from cica_planner.domain.model import EventChange
    from cica_planner.ui.dialogs.event_dialog import EventDialog

    soc = planner.get(SOC_JUNE)
    change = EventChange(changed_at=datetime(2024, 5, 1, tzinfo=zone("UTC")), reason="перенос",
                         old_start=date(2024, 6, 20), old_end=date(2024, 6, 21), new_start=soc.start, new_end=soc.end)
    moved = replace(soc, history=[change, change])
    clashes = list(planner.occurrences(date(2024, 6, 1), date(2024, 7, 1)))[:5]
    dialog = _show(qtbot, EventDialog(moved, planner.countries(), conflicts=lambda _probe: clashes))
    assert dialog.tabs.tabText(dialog.history_tab_index) == "&Журнал (2)"
    assert dialog.conflict_label.text().startswith("В это же время: ")
    assert dialog.conflict_label.text().endswith(" и ещё 2 события")
    assert_russian(dialog)
