"""Opening one occurrence of a repeating event: ask the scope, open the editor on it, save with undo.

The window calls :func:`edit_occurrence` when the user opens a repeating event; "All
occurrences" goes on to the window's usual editor of the series.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.model import Event, Occurrence
from cica_planner.i18n.dates import long_date_text, time_text
from cica_planner.services.series_edits import Scope
from cica_planner.ui.dialogs.event_dialog import EventDialog
from cica_planner.ui.dialogs.series_scope_dialog import SeriesScopeDialog

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow


def occurrence_label(occurrence: Occurrence, display_tz: str) -> str:
    """The occurrence's original day as the user reads it, e.g. "3 June 2025"."""
    moment = occurrence.recurrence_id if occurrence.recurrence_id is not None else occurrence.start
    if isinstance(moment, datetime):
        from cica_planner.domain.model import zone

        moment = moment.astimezone(zone(display_tz))
        return QCoreApplication.translate("SeriesEditing", "{date}, {time}").format(
            date=long_date_text(moment.date()), time=time_text(moment))
    return long_date_text(moment)


def editor_start(series: Event, occurrence: Occurrence, scope: Scope) -> Event:
    """What the editor shows: the occurrence on its own, or the series from this occurrence on."""
    if scope is Scope.OCCURRENCE:
        shown = occurrence.event if occurrence.event is not series else series
        return replace(shown, start=occurrence.start, end=occurrence.end, rrule=None, extra_rules=[], exdates=[],
                       rdates=[], overrides=[])
    return replace(series, start=occurrence.start, end=occurrence.end)


def edit_occurrence(window: MainWindow, series: Event, occurrence: Occurrence) -> bool:
    """Ask the scope and edit; return False when the user chose every occurrence (the window edits the series)."""
    scope = SeriesScopeDialog.ask(window, series.title, occurrence_label(occurrence, window.display_tz()))
    if scope is None:
        return True
    if scope is Scope.ALL:
        return False
    edit = EventDialog.get_event(window, editor_start(series, occurrence, scope), window.countries(),
                                 display_tz=window.display_tz(), conflicts=window.planner.conflicts)
    if edit is not None:
        window.apply_series_edit(scope, series, occurrence.recurrence_id, edit.event)
    return True
