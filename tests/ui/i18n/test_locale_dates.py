"""Dates, plurals and CICA's terms in Russian and English, read from the compiled catalogues."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from cica_planner.domain.model import Category, EventStatus, PeriodPart, Precision
from cica_planner.domain.periods import days_label, describe_period
from cica_planner.domain.tasks import Anchor, OffsetUnit, RelativeDeadline
from cica_planner.i18n import dates as locale_dates
from cica_planner.i18n import terms
from cica_planner.i18n.language import LanguageChoice, install_language, resolve_language

COUNTS = (1, 2, 5, 11, 21, 22)


def test_russian_plurals_take_three_forms(russian) -> None:
    days = [locale_dates.counted().days(n) for n in COUNTS]
    assert days == ["1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня"]
    months = [locale_dates.counted().months(n) for n in COUNTS]
    assert months == ["1 месяц", "2 месяца", "5 месяцев", "11 месяцев", "21 месяц", "22 месяца"]
    weeks = [locale_dates.counted().weeks(n) for n in COUNTS]
    assert weeks == ["1 неделя", "2 недели", "5 недель", "11 недель", "21 неделя", "22 недели"]


def test_english_plurals_take_two_forms(english) -> None:
    days = [locale_dates.counted().days(n) for n in COUNTS]
    assert days == ["1 day", "2 days", "5 days", "11 days", "21 days", "22 days"]
    assert locale_dates.counted().in_days(1) == "in 1 day"
    assert locale_dates.counted().days_ago(21) == "21 days ago"


@pytest.mark.parametrize("amount", [-30, -1, 2, 14])
@pytest.mark.parametrize("unit", list(OffsetUnit))
@pytest.mark.parametrize("anchor", list(Anchor))
def test_english_deadlines_read_as_the_domain_writes_them(english, amount, unit, anchor) -> None:
    offset = RelativeDeadline(amount, unit, anchor)
    assert locale_dates.deadline_text(offset) == offset.label()


def test_russian_deadlines(russian) -> None:
    assert locale_dates.deadline_text(RelativeDeadline(-30)) == "T−30 дней"
    assert locale_dates.deadline_text(RelativeDeadline(2, OffsetUnit.MONTHS)) == "T+2 месяца"
    assert locale_dates.deadline_text(RelativeDeadline(21, OffsetUnit.DAYS, Anchor.END)) == "оконч.+21 день"


@pytest.mark.parametrize(("precision", "first", "last", "part"), [
    (Precision.DAY, date(2024, 11, 11), date(2024, 11, 11), None),
    (Precision.DAY, date(2024, 10, 24), date(2024, 10, 25), None),
    (Precision.DAY, date(2024, 9, 30), date(2024, 10, 2), None),
    (Precision.DAY, date(2024, 12, 30), date(2025, 1, 2), None),
    (Precision.QUARTER, date(2024, 10, 1), date(2024, 12, 31), None),
    (Precision.QUARTER, date(2024, 10, 1), date(2024, 10, 31), PeriodPart.EARLY),
    (Precision.MONTH, date(2024, 10, 1), date(2024, 10, 31), None),
    (Precision.MONTH, date(2024, 10, 21), date(2024, 10, 31), PeriodPart.LATE),
    (Precision.YEAR, date(2026, 1, 1), date(2026, 12, 31), None),
    (Precision.YEAR, date(2026, 1, 1), date(2026, 4, 30), PeriodPart.EARLY),
    (Precision.WINDOW, date(2024, 4, 14), date(2024, 4, 17), None),
    (Precision.WINDOW, date(2024, 3, 30), date(2024, 4, 2), None),
    (Precision.UNDATED, date(9999, 1, 1), date(9999, 1, 1), None),
])
def test_english_dates_read_as_the_domain_writes_them(english, precision, first, last, part) -> None:
    assert locale_dates.days_text(precision, first, last, part) == days_label(precision, first, last, part)


def test_english_periods_match_the_domain(english) -> None:
    assert locale_dates.period_text(Precision.MONTH, date(2024, 10, 1), PeriodPart.MID) == describe_period(
        Precision.MONTH, date(2024, 10, 1), PeriodPart.MID)


def test_russian_dates_tbc_and_windows(russian) -> None:
    assert locale_dates.tbc_text(Precision.QUARTER, date(2024, 10, 1)) == "IV кв. 2024 — дата уточняется"
    assert locale_dates.period_text(Precision.MONTH, date(2024, 10, 1), PeriodPart.EARLY) == "начало октября 2024"
    assert locale_dates.period_text(Precision.MONTH, date(2024, 10, 1)) == "октябрь 2024"
    assert locale_dates.period_text(Precision.YEAR, date(2026, 1, 1), PeriodPart.LATE) == "конец 2026 г."
    assert locale_dates.window_text(date(2024, 4, 14), date(2024, 4, 17)) == "между 14 и 17 апр. 2024, день не известен"
    assert locale_dates.day_range_text(date(2024, 10, 24), date(2024, 10, 25)) == "24–25 окт. 2024"
    assert locale_dates.long_date_text(date(2024, 11, 11)) == "11 ноября 2024"
    assert locale_dates.month_title(2024, 11) == "Ноябрь 2024"
    assert locale_dates.relative_day_text(date(2024, 11, 16), date(2024, 11, 11)) == "через 5 дней"


def test_weeks_start_on_monday_in_both_languages(russian) -> None:
    assert [locale_dates.weekday_name(day, short=True) for day in locale_dates.week_days()] == [
        "пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    install_language("en")
    assert locale_dates.weekday_name(locale_dates.week_days()[0]) == "Monday"


def test_cica_terms_in_russian_and_back_in_english(russian) -> None:
    assert terms.body_name("SOC") == "Комитет старших должностных лиц"
    assert terms.body_name("TTF") == "Форум аналитических центров"
    assert terms.category_label(Category.MINISTERIAL_COUNCIL) == "Совет министров иностранных дел"
    assert terms.status_label(EventStatus.POSTPONED) == "Перенесено"
    assert terms.role_label("troika") == "«Тройка»"
    assert terms.country_name("KG") == "Кыргызстан"
    assert terms.country_name("XX", "Atlantis") == "Atlantis"
    assert terms.organisation_name() == "СВМДА"
    install_language("en")
    assert terms.body_name("SOC") == "Senior Officials Committee"
    assert terms.category_label(Category.MINISTERIAL_COUNCIL) == "Ministerial Council"
    assert terms.country_name("TR") == "Türkiye"


def test_every_category_and_status_has_a_label(russian) -> None:
    assert all(terms.category_label(category) for category in Category)
    assert all(terms.status_label(status) for status in EventStatus)
    assert all(terms.precision_label(precision) for precision in Precision)


def test_every_task_status_and_priority_has_its_own_label_keyed_by_its_stored_value(russian) -> None:
    """The checklist labels are keyed by stored values (domain.tasks is not imported to paint): one per member."""
    from cica_planner.domain.tasks import Priority, TaskStatus

    assert set(terms.TASK_STATUS_LABELS) == {status.value for status in TaskStatus}
    assert set(terms.PRIORITY_LABELS) == {priority.value for priority in Priority}
    russian_labels = [terms.task_status_label(status) for status in TaskStatus]
    install_language("en")
    assert russian_labels != [terms.task_status_label(status) for status in TaskStatus]  # translated, member by member
    assert [terms.task_status_label(status) for status in TaskStatus] == ["To do", "In progress", "Done", "Blocked"]
    assert [terms.priority_label(priority) for priority in Priority] == ["High", "Normal", "Low"]


def test_system_choice_follows_the_system_locale() -> None:
    assert resolve_language(LanguageChoice.SYSTEM, QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)) == "ru"
    assert resolve_language(LanguageChoice.SYSTEM, QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"
    assert resolve_language(LanguageChoice.RUSSIAN, QLocale(QLocale.Language.English)) == "ru"


def test_who_changed_what_reads_as_the_service_says_it_in_english(english) -> None:
    from datetime import UTC, datetime

    from cica_planner.services.concurrency import changed_by_text as service_text

    moment = datetime(2024, 12, 2, 9, 5, tzinfo=UTC)
    for who, when in (("Aigerim (aigerim)", moment), ("", moment), ("Farid (farid)", None)):
        assert locale_dates.changed_by_text(who, when) == service_text(who, when)


def test_who_changed_what_in_russian(russian) -> None:
    from datetime import UTC, datetime

    text = locale_dates.changed_by_text("Aigerim (aigerim)", datetime(2024, 12, 2, 9, 5, tzinfo=UTC))
    assert text == "Aigerim (aigerim), 2 дек. 2024 в 14:05 (время Астаны)"
