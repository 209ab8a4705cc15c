"""The views, widgets and models in Russian: their dates, their counts (1, 2, 5, 11, 21, 22) and their pages.

Counts are read from the widgets that show them where a widget can be built alone (the
sidebar's search results), and from the compiled catalogue for the counts painted on a
canvas ("+3 more" in a month cell); the pages are read from the full window switched to
Russian as a user switches in Settings, and back to English.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cica_planner.ui.views.formatting import format_day_span, long_day, short_day, span_title

COUNTS = (1, 2, 5, 11, 21, 22)


def _counted(context: str, source: str, numbers=COUNTS, comment: str = "") -> list[str]:
    return [QCoreApplication.translate(context, source, comment, n) for n in numbers]


def test_view_dates_in_russian(russian) -> None:
    assert long_day(date(2024, 6, 27)) == "четверг, 27 июня 2024"
    assert short_day(date(2024, 11, 11)) == "пн, 11 нояб. 2024"
    assert span_title(date(2024, 6, 24), date(2024, 6, 30)) == "24 – 30 июня 2024"
    assert span_title(date(2024, 7, 29), date(2024, 8, 4)) == "29 июля – 4 августа 2024"
    assert format_day_span(date(2024, 6, 27), date(2024, 7, 11)) == "27 июн. – 11 июл."


def test_view_dates_in_english_read_as_before(english) -> None:
    assert long_day(date(2024, 6, 27)) == "Thursday 27 June 2024"
    assert short_day(date(2024, 11, 11)) == "Mon 11 Nov 2024"
    assert span_title(date(2024, 12, 30), date(2025, 1, 5)) == "30 December 2024 – 5 January 2025"
    assert format_day_span(date(2024, 9, 27), date(2024, 9, 30)) == "27 – 30 Sep"


def test_search_result_counts_take_russian_plurals(russian, qtbot, planner) -> None:
    from cica_planner.ui.widgets.sidebar import Sidebar

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    events = planner.all_events()
    assert len(events) >= max(COUNTS)
    sidebar.search_edit.setText("совет")
    shown = []
    for count in COUNTS:
        sidebar.set_search_results(events[:count])
        shown.append(sidebar.results_label.text())
    assert shown == ["Найдено 1 событие", "Найдено 2 события", "Найдено 5 событий", "Найдено 11 событий",
                     "Найдено 21 событие", "Найдено 22 события"]
    sidebar.set_search_results([])
    assert sidebar.results_label.text() == "События не найдены"


def test_search_result_counts_in_english(english, qtbot, planner) -> None:
    from cica_planner.ui.widgets.sidebar import Sidebar

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    events = planner.all_events()
    sidebar.search_edit.setText("council")
    shown = []
    for count in (1, 2, 21):
        sidebar.set_search_results(events[:count])
        shown.append(sidebar.results_label.text())
    assert shown == ["1 event found", "2 events found", "21 events found"]


def test_painted_and_summary_counts_take_russian_plurals(russian) -> None:
    assert _counted("MonthView", "{day}: %n event(s)") == [
        "{day}: 1 событие", "{day}: 2 события", "{day}: 5 событий", "{day}: 11 событий", "{day}: 21 событие",
        "{day}: 22 события"]
    assert _counted("YearView", "%n event(s)") == [
        "1 событие", "2 события", "5 событий", "11 событий", "21 событие", "22 события"]
    assert _counted("ChairmanshipView", "%n term(s)") == [
        "1 срок", "2 срока", "5 сроков", "11 сроков", "21 срок", "22 срока"]
    assert _counted("ChecklistsView", "%n task(s) added from the template.") == [
        "Из шаблона добавлена 1 задача.", "Из шаблона добавлены 2 задачи.", "Из шаблона добавлено 5 задач.",
        "Из шаблона добавлено 11 задач.", "Из шаблона добавлена 21 задача.", "Из шаблона добавлены 22 задачи."]
    assert _counted("NeedsConfirmingCard", "%n past event(s) with no recorded outcome") == [
        "1 прошедшее событие без итога", "2 прошедших события без итога", "5 прошедших событий без итога",
        "11 прошедших событий без итога", "21 прошедшее событие без итога", "22 прошедших события без итога"]
    assert _counted("WeekView", "%n more all-day event(s)", (1, 5, 22)) == [
        "Ещё 1 событие на весь день", "Ещё 5 событий на весь день", "Ещё 22 события на весь день"]
    assert _counted("OwnerLoadChart", "%n open", (1, 3, 11), "tasks") == ["1 открыта", "3 открыты", "11 открыто"]


def test_painted_and_summary_counts_in_english(english) -> None:
    assert _counted("YearView", "%n event(s)", (1, 2, 21)) == ["1 event", "2 events", "21 events"]
    assert _counted("MonthView", "+%n more", (1, 11)) == ["+1 more", "+11 more"]
    assert _counted("ChairmanshipView", "%n country(ies)", (1, 5)) == ["1 country", "5 countries"]
    assert _counted("ChecklistPanel", "Delete the %n selected task(s)?", (1, 2)) == [
        "Delete the 1 selected task?", "Delete the 2 selected tasks?"]


@pytest.fixture
def russian_pages(window):
    window.apply_language("ru")
    yield window
    window.apply_language("en")


def _page(window, key: str):
    window.set_view(key)
    return window.pages[key]


def test_pages_read_russian_with_russian_dates_and_counts(russian_pages) -> None:
    window = russian_pages
    window.go_to_date(date(2024, 6, 20))
    window.set_view("month")
    assert window.title_label.text() == "Июнь 2024"
    window.set_view("week")
    assert window.title_label.text() == "17 – 23 июня 2024"
    window.set_view("day")
    assert window.title_label.text() == "четверг, 20 июня 2024"
    chairmanship = _page(window, "chairmanship")
    assert chairmanship.summary_label.text() == "6 сроков у 5 стран с 1999 г. · председатель сегодня: Казахстан"
    assert chairmanship.current_card.name_label.text() == "Казахстан"
    assert chairmanship.current_card.term_label.text() == "24 сент. 2020 – 17 дек. 2024"
    assert chairmanship.incoming_card.detail_label.text() == "Решение 19 мар. 2024 · вступает 17 дек. 2024"
    dashboard = _page(window, "dashboard")
    assert dashboard.heading.text() == "Сводка подготовки — 20 июня 2024"
    checklists = _page(window, "checklists")
    assert checklists.summary_label.text().startswith("Показано 21 из 216 задач · просрочено: 0 · сегодня 20 июн. 2024")
    headers = [checklists.model.headerData(c, Qt.Orientation.Horizontal) for c in range(checklists.model.columnCount())]
    assert headers == ["Задача", "Событие", "Исполнитель", "Срок", "Правило", "Статус", "Приоритет"]


def test_switching_back_gives_the_pages_english_again(russian_pages) -> None:
    window = russian_pages
    window.apply_language("en")
    window.go_to_date(date(2024, 6, 20))
    window.set_view("day")
    assert window.title_label.text() == "Thursday 20 June 2024"
    chairmanship = _page(window, "chairmanship")
    assert chairmanship.summary_label.text() == "6 terms held by 5 countries since 1999 · chair today: Kazakhstan"
    assert _page(window, "dashboard").heading.text() == "Preparation dashboard — 20 June 2024"
    assert _page(window, "checklists").summary_label.text().startswith("21 of 216 tasks shown · 0 overdue")
