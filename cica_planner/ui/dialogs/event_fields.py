"""Small pieces the event editor's sections share: field factories, styles and how a span reads.

Dates read in the language the user chose: they come from the default ``QLocale`` (which the
translation loader sets), never from ``strftime``, so that "Tue 4 Mar 2025" reads
"вт 4 мар. 2025" in Russian.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QTimeEdit, QWidget

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import Category, Mode, Moment
from cica_planner.ui.qt_dates import to_date, to_time

ERROR_STYLE = "color: #b3261e;"
#: A clash is worth a look, not an error: amber, like Outlook's conflict bar.
CONFLICT_STYLE = "color: #8a5a00; background: #fff4d6; border-radius: 4px; padding: 4px 6px;"
INVALID_STYLE = "border: 1px solid #b3261e;"
#: The date fields' format: Qt takes the day and month names from the locale.
DATE_FIELD_FORMAT = "ddd d MMM yyyy"


def mode_text(mode: str) -> str:
    """A meeting's format inside a sentence: 'in person', 'online' ('очно', 'онлайн'); an unknown one as stored."""
    from cica_planner.i18n.terms import mode_label

    try:
        label = mode_label(Mode(mode))
    except ValueError:
        return mode
    return label[:1].lower() + label[1:]


def local_date(day: date, pattern: str = DATE_FIELD_FORMAT) -> str:
    """``day`` written with a Qt date ``pattern`` in the language of the default locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def local_time(moment: datetime) -> str:
    """The wall time of ``moment`` as HH:mm (24 hours, as both languages write it here)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def day_span(first: date, last: date) -> str:
    """'Tue 4 Mar 2025', or 'Tue 4 Mar – Thu 6 Mar 2025' for several days."""
    if first == last:
        return local_date(first)
    return f"{local_date(first, 'ddd d MMM')} – {local_date(last)}"


def time_span(start: datetime, end: datetime) -> str:
    """'Tue 4 Mar 2025, 10:00–12:30', or both days written when it ends on another day."""
    if start.date() == end.date():
        return f"{local_date(start.date())}, {local_time(start)}–{local_time(end)}"
    return f"{local_date(start.date(), 'ddd d MMM')} {local_time(start)} – {local_date(end.date())} {local_time(end)}"


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FIELD_FORMAT)
    edit.setMinimumWidth(150)
    return edit


def time_edit(parent: QWidget, name: str) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def day_of(edit: QDateEdit) -> date:
    """The day a date field shows, as a Python date."""
    return to_date(edit.date())


def time_of(edit: QTimeEdit) -> time:
    """The wall time a time field shows (hours and minutes)."""
    shown = to_time(edit.time())
    return time(shown.hour, shown.minute)


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (&X) focuses ``widget``."""
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    return label


def add_pair_row(form: QFormLayout, first: tuple[str, QWidget, int], second: tuple[str, QWidget, int]) -> None:
    """Add a form row holding two labelled fields side by side; each is (label, field, stretch)."""
    (first_text, first_field, first_stretch), (second_text, second_field, second_stretch) = first, second
    row = QHBoxLayout()
    row.addWidget(first_field, first_stretch)
    row.addWidget(buddy(second_text, second_field))
    row.addWidget(second_field, second_stretch)
    form.addRow(buddy(first_text, first_field), row)


def category_chip(category: Category) -> QIcon:
    from cica_planner.ui.models.filter_model import colour_chip
    from cica_planner.ui.style import category_colour

    return colour_chip(QColor(category_colour(category)))


def zone_city(tzid: str, home_city: str) -> str:
    """The city a zone is named after; ``home_city`` (Astana, in the user's language) for the home zone."""
    return home_city if tzid == HOME_ZONE else tzid.rsplit("/", 1)[-1].replace("_", " ")


def sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class EditorSection:
    """The base of the event editor's sections (mixins of ``EventDialog``): what they call on the dialog.

    The stubs exist for the type checker only; at run time ``tr`` is the dialog's (QObject's) own,
    and the other methods are defined by the sections and the dialog.
    """

    if TYPE_CHECKING:
        def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...

        def _moments(self) -> tuple[Moment, Moment]: ...

        def _refresh_dependent(self, *_args: object) -> None: ...

        def needs_reason(self) -> bool: ...

        def mode(self) -> Mode: ...
