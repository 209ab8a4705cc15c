"""CICA's glossary in the user's language: bodies, roles, categories, statuses, date precisions, countries.

The domain keeps English values (they are stored, exported and typed on the command line);
the UI shows them through these functions, which translate them with the tables below. The
Russian forms are those CICA itself uses (see docs/glossary-ru.md). Every table holds the
English label the UI showed before it was translated, so English reads exactly as before.
A value missing from a table (a body or country added by the user) is shown as stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cica_planner.domain.model import Category, EventStatus, Mode, PeriodPart, Precision

if TYPE_CHECKING:  # the checklist terms are named by their stored values: domain.tasks is not needed to paint
    from cica_planner.domain.search_text import LocalNames  # imported by search_names: a search, not a paint, needs it
    from cica_planner.domain.tasks import Priority, TaskStatus

# The organisation itself, full and short.
ORGANISATION_NAMES = (
    QT_TRANSLATE_NOOP("CicaTerm", "Conference on Interaction and Confidence Building Measures in Asia"),
    QT_TRANSLATE_NOOP("CicaTerm", "CICA"),
)

# Bodies and observer organisations by the code of the body register (resources/seed/bodies.json).
BODY_NAMES: dict[str, object] = {
    "SUMMIT": QT_TRANSLATE_NOOP("CicaBody", "Summit (Meeting of Heads of State or Government)"),
    "MC": QT_TRANSLATE_NOOP("CicaBody", "Ministerial Council"),
    "SOC": QT_TRANSLATE_NOOP("CicaBody", "Senior Officials Committee"),
    "SWG": QT_TRANSLATE_NOOP("CicaBody", "Special Working Group"),
    "EXPERTS": QT_TRANSLATE_NOOP("CicaBody", "Experts Meetings"),
    "TROIKA": QT_TRANSLATE_NOOP("CicaBody", "Consultations of current, previous and incoming Chairs"),
    "SECRETARIAT": QT_TRANSLATE_NOOP("CicaBody", "CICA Secretariat"),
    "BC": QT_TRANSLATE_NOOP("CicaBody", "Business Council"),
    "BF": QT_TRANSLATE_NOOP("CicaBody", "Business Forum"),
    "YC": QT_TRANSLATE_NOOP("CicaBody", "Youth Council"),
    "TTF": QT_TRANSLATE_NOOP("CicaBody", "Think Tank Forum"),
    "CEP": QT_TRANSLATE_NOOP("CicaBody", "Council of Eminent Persons"),
    "UN": QT_TRANSLATE_NOOP("CicaBody", "United Nations"),
    "OSCE": QT_TRANSLATE_NOOP("CicaBody", "Organization for Security and Co-operation in Europe"),
    "LAS": QT_TRANSLATE_NOOP("CicaBody", "League of Arab States"),
    "IOM": QT_TRANSLATE_NOOP("CicaBody", "International Organization for Migration"),
    "TURKPA": QT_TRANSLATE_NOOP("CicaBody", "Parliamentary Assembly of Turkic States (TURKPA)"),
}

# Short names where CICA has a Russian abbreviation; other codes are shown as they are.
BODY_ABBREVIATIONS: dict[str, object] = {
    "MC": QT_TRANSLATE_NOOP("CicaBodyShort", "MC"),
    "SOC": QT_TRANSLATE_NOOP("CicaBodyShort", "SOC"),
    "SWG": QT_TRANSLATE_NOOP("CicaBodyShort", "SWG"),
    "TTF": QT_TRANSLATE_NOOP("CicaBodyShort", "TTF"),
    "CEP": QT_TRANSLATE_NOOP("CicaBodyShort", "CEP"),
    "UN": QT_TRANSLATE_NOOP("CicaBodyShort", "UN"),
    "OSCE": QT_TRANSLATE_NOOP("CicaBodyShort", "OSCE"),
    "LAS": QT_TRANSLATE_NOOP("CicaBodyShort", "LAS"),
    "IOM": QT_TRANSLATE_NOOP("CicaBodyShort", "IOM"),
    "TURKPA": QT_TRANSLATE_NOOP("CicaBodyShort", "TURKPA"),
}

# Member States and observers by ISO code (resources/seed/countries.json), as CICA names them.
COUNTRY_NAMES: dict[str, object] = {
    "AF": QT_TRANSLATE_NOOP("CountryName", "Afghanistan"),
    "AZ": QT_TRANSLATE_NOOP("CountryName", "Azerbaijan"),
    "BH": QT_TRANSLATE_NOOP("CountryName", "Bahrain"),
    "BD": QT_TRANSLATE_NOOP("CountryName", "Bangladesh"),
    "KH": QT_TRANSLATE_NOOP("CountryName", "Cambodia"),
    "CN": QT_TRANSLATE_NOOP("CountryName", "China"),
    "EG": QT_TRANSLATE_NOOP("CountryName", "Egypt"),
    "IN": QT_TRANSLATE_NOOP("CountryName", "India"),
    "IR": QT_TRANSLATE_NOOP("CountryName", "Iran"),
    "IQ": QT_TRANSLATE_NOOP("CountryName", "Iraq"),
    "IL": QT_TRANSLATE_NOOP("CountryName", "Israel"),
    "JO": QT_TRANSLATE_NOOP("CountryName", "Jordan"),
    "KZ": QT_TRANSLATE_NOOP("CountryName", "Kazakhstan"),
    "KW": QT_TRANSLATE_NOOP("CountryName", "Kuwait"),
    "KG": QT_TRANSLATE_NOOP("CountryName", "Kyrgyzstan"),
    "MN": QT_TRANSLATE_NOOP("CountryName", "Mongolia"),
    "PK": QT_TRANSLATE_NOOP("CountryName", "Pakistan"),
    "PS": QT_TRANSLATE_NOOP("CountryName", "Palestine"),
    "QA": QT_TRANSLATE_NOOP("CountryName", "Qatar"),
    "KR": QT_TRANSLATE_NOOP("CountryName", "Republic of Korea"),
    "RU": QT_TRANSLATE_NOOP("CountryName", "Russia"),
    "LK": QT_TRANSLATE_NOOP("CountryName", "Sri Lanka"),
    "TJ": QT_TRANSLATE_NOOP("CountryName", "Tajikistan"),
    "TH": QT_TRANSLATE_NOOP("CountryName", "Thailand"),
    "TR": QT_TRANSLATE_NOOP("CountryName", "Türkiye"),
    "AE": QT_TRANSLATE_NOOP("CountryName", "United Arab Emirates"),
    "UZ": QT_TRANSLATE_NOOP("CountryName", "Uzbekistan"),
    "VN": QT_TRANSLATE_NOOP("CountryName", "Viet Nam"),
    "BY": QT_TRANSLATE_NOOP("CountryName", "Belarus"),
    "ID": QT_TRANSLATE_NOOP("CountryName", "Indonesia"),
    "JP": QT_TRANSLATE_NOOP("CountryName", "Japan"),
    "LA": QT_TRANSLATE_NOOP("CountryName", "Laos"),
    "MY": QT_TRANSLATE_NOOP("CountryName", "Malaysia"),
    "PH": QT_TRANSLATE_NOOP("CountryName", "Philippines"),
    "TM": QT_TRANSLATE_NOOP("CountryName", "Turkmenistan"),
    "UA": QT_TRANSLATE_NOOP("CountryName", "Ukraine"),
    "US": QT_TRANSLATE_NOOP("CountryName", "United States"),
    "SA": QT_TRANSLATE_NOOP("CountryName", "Saudi Arabia"),
}

CATEGORY_LABELS: dict[Category, object] = {
    Category.SUMMIT: QT_TRANSLATE_NOOP("EventCategory", "Summit"),
    Category.MINISTERIAL_COUNCIL: QT_TRANSLATE_NOOP("EventCategory", "Ministerial Council"),
    Category.SOC: QT_TRANSLATE_NOOP("EventCategory", "SOC"),
    Category.SWG: QT_TRANSLATE_NOOP("EventCategory", "SWG"),
    Category.BUSINESS_COUNCIL: QT_TRANSLATE_NOOP("EventCategory", "Business Council"),
    Category.BUSINESS_FORUM: QT_TRANSLATE_NOOP("EventCategory", "Business Forum"),
    Category.YOUTH_COUNCIL: QT_TRANSLATE_NOOP("EventCategory", "Youth Council"),
    Category.THINK_TANK_FORUM: QT_TRANSLATE_NOOP("EventCategory", "Think Tank Forum"),
    Category.EMINENT_PERSONS: QT_TRANSLATE_NOOP("EventCategory", "Council of Eminent Persons"),
    Category.MINISTERIAL_CONFERENCE: QT_TRANSLATE_NOOP("EventCategory", "Ministerial Conference"),
    Category.EXPERT_MEETING: QT_TRANSLATE_NOOP("EventCategory", "Expert Meeting"),
    Category.TROIKA: QT_TRANSLATE_NOOP("EventCategory", "Troika Consultations"),
    Category.VISIT: QT_TRANSLATE_NOOP("EventCategory", "Visit"),
    Category.BILATERAL: QT_TRANSLATE_NOOP("EventCategory", "Bilateral Meeting"),
    Category.CEREMONY: QT_TRANSLATE_NOOP("EventCategory", "Ceremony"),
    Category.CULTURAL: QT_TRANSLATE_NOOP("EventCategory", "Cultural/Sports"),
    Category.TRAINING: QT_TRANSLATE_NOOP("EventCategory", "Training"),
    Category.EXTERNAL: QT_TRANSLATE_NOOP("EventCategory", "External Conference"),
    Category.DECISION: QT_TRANSLATE_NOOP("EventCategory", "Decision/Procedure"),
    Category.MILESTONE: QT_TRANSLATE_NOOP("EventCategory", "Milestone"),
}

STATUS_LABELS: dict[EventStatus, object] = {
    EventStatus.PROPOSED: QT_TRANSLATE_NOOP("EventStatus", "Proposed"),
    EventStatus.PLANNED: QT_TRANSLATE_NOOP("EventStatus", "Planned"),
    EventStatus.CONFIRMED: QT_TRANSLATE_NOOP("EventStatus", "Confirmed"),
    EventStatus.HELD: QT_TRANSLATE_NOOP("EventStatus", "Held"),
    EventStatus.POSTPONED: QT_TRANSLATE_NOOP("EventStatus", "Postponed"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("EventStatus", "Cancelled"),
}

MODE_LABELS: dict[Mode, object] = {
    Mode.IN_PERSON: QT_TRANSLATE_NOOP("MeetingMode", "In person"),
    Mode.ONLINE: QT_TRANSLATE_NOOP("MeetingMode", "Online"),
    Mode.HYBRID: QT_TRANSLATE_NOOP("MeetingMode", "Hybrid"),
    Mode.UNKNOWN: QT_TRANSLATE_NOOP("MeetingMode", "Unknown"),
}

# How exactly a date is known, as the event editor offers it.
PRECISION_LABELS: dict[Precision, object] = {
    Precision.DAY: QT_TRANSLATE_NOOP("DatePrecision", "Exact day"),
    Precision.WINDOW: QT_TRANSLATE_NOOP("DatePrecision", "A day between two dates"),
    Precision.MONTH: QT_TRANSLATE_NOOP("DatePrecision", "Month"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("DatePrecision", "Quarter"),
    Precision.YEAR: QT_TRANSLATE_NOOP("DatePrecision", "Year"),
    Precision.UNDATED: QT_TRANSLATE_NOOP("DatePrecision", "Undated"),
}

# The part of a period on its own (a choice in a list); inside a date label see i18n.dates.
PERIOD_PART_LABELS: dict[PeriodPart | None, object] = {
    None: QT_TRANSLATE_NOOP("DatePrecision", "whole period"),
    PeriodPart.EARLY: QT_TRANSLATE_NOOP("DatePrecision", "early"),
    PeriodPart.MID: QT_TRANSLATE_NOOP("DatePrecision", "mid"),
    PeriodPart.LATE: QT_TRANSLATE_NOOP("DatePrecision", "late"),
}

#: Keyed by the stored values of ``domain.tasks.TaskStatus`` and ``Priority`` (StrEnums: a member finds its value's label).
TASK_STATUS_LABELS: dict[str, object] = {
    "to do": QT_TRANSLATE_NOOP("TaskStatus", "To do"),
    "in progress": QT_TRANSLATE_NOOP("TaskStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("TaskStatus", "Done"),
    "blocked": QT_TRANSLATE_NOOP("TaskStatus", "Blocked"),
}

PRIORITY_LABELS: dict[str, object] = {
    "high": QT_TRANSLATE_NOOP("TaskPriority", "High"),
    "normal": QT_TRANSLATE_NOOP("TaskPriority", "Normal"),
    "low": QT_TRANSLATE_NOOP("TaskPriority", "Low"),
}

# The chairmanship's roles and the words around them.
ROLE_LABELS: dict[str, object] = {
    "chair": QT_TRANSLATE_NOOP("CicaRole", "Chair"),
    "chairmanship": QT_TRANSLATE_NOOP("CicaRole", "Chairmanship"),
    "previous": QT_TRANSLATE_NOOP("CicaRole", "Previous chair"),
    "current": QT_TRANSLATE_NOOP("CicaRole", "Current chair"),
    "incoming": QT_TRANSLATE_NOOP("CicaRole", "Incoming chair"),
    "troika": QT_TRANSLATE_NOOP("CicaRole", "Troika"),
    "undecided": QT_TRANSLATE_NOOP("CicaRole", "next chair (to be decided)"),
    "member": QT_TRANSLATE_NOOP("CicaRole", "Member State"),
    "observer": QT_TRANSLATE_NOOP("CicaRole", "Observer"),
    "secretariat": QT_TRANSLATE_NOOP("CicaRole", "Secretariat"),
    "secretary_general": QT_TRANSLATE_NOOP("CicaRole", "Secretary General"),
    "co_coordinator": QT_TRANSLATE_NOOP("CicaRole", "Co-coordinator"),
    "coordinator": QT_TRANSLATE_NOOP("CicaRole", "Coordinator"),
}


def _translate(context: str, english: object) -> str:
    # QT_TRANSLATE_NOOP returns its text unchanged, though its stubs type it as object.
    return QCoreApplication.translate(context, str(english))


def organisation_name(short: bool = True) -> str:
    """'CICA' / 'СВМДА', or the full name."""
    return _translate("CicaTerm", ORGANISATION_NAMES[1] if short else ORGANISATION_NAMES[0])


def body_name(code: str, stored_name: str = "") -> str:
    """The body's full name in the user's language; a body not in the register keeps its stored name."""
    english = BODY_NAMES.get(code.upper())
    return _translate("CicaBody", english) if english else (stored_name or code)


def body_abbreviation(code: str) -> str:
    """'SOC' / 'КСДЛ'; codes without a Russian abbreviation (BC, UN in English) are shown as they are."""
    english = BODY_ABBREVIATIONS.get(code.upper())
    return _translate("CicaBodyShort", english) if english else code


def country_name(code: str, stored_name: str = "") -> str:
    """A Member State's or observer's name as CICA writes it; unknown codes keep the stored name."""
    english = COUNTRY_NAMES.get(code.upper())
    return _translate("CountryName", english) if english else (stored_name or code)


def category_label(category: Category) -> str:
    return _translate("EventCategory", CATEGORY_LABELS[category])


def status_label(status: EventStatus) -> str:
    return _translate("EventStatus", STATUS_LABELS[status])


def mode_label(mode: Mode) -> str:
    return _translate("MeetingMode", MODE_LABELS[mode])


def precision_label(precision: Precision) -> str:
    return _translate("DatePrecision", PRECISION_LABELS[precision])


def period_part_label(part: PeriodPart | None) -> str:
    return _translate("DatePrecision", PERIOD_PART_LABELS[part])


def task_status_label(status: TaskStatus) -> str:
    return _translate("TaskStatus", TASK_STATUS_LABELS[status])


def priority_label(priority: Priority) -> str:
    return _translate("TaskPriority", PRIORITY_LABELS[priority])


def role_label(role: str) -> str:
    """'chair', 'previous', 'current', 'incoming', 'troika', 'undecided', 'member', 'observer' … (see ROLE_LABELS)."""
    return _translate("CicaRole", ROLE_LABELS[role])


def search_names() -> LocalNames:
    """The categories' and countries' names in the chosen language, for search ("КСДЛ", "Азербайджан").

    A category is found by its label, and by the name and abbreviation of the body it stands for.
    """
    from cica_planner.domain.search_text import CATEGORY_TERMS, LocalNames

    categories = {}
    for category in Category:
        words = [category_label(category)]
        code = next((term for term in CATEGORY_TERMS.get(category, ()) if term.isupper()), "")
        if code:
            words += [body_name(code), body_abbreviation(code)]
        categories[category.value] = " ".join(dict.fromkeys(word for word in words if word))
    return LocalNames(categories, {code: country_name(code) for code in COUNTRY_NAMES})
