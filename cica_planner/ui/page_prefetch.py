"""The pages before and after the one shown, read while the user looks at it.

Outlook and Thunderbird answer Next and Previous at once. After each page is shown, the
window reads the neighbouring pages through the planner, which keeps the last pages it read
until something is written (``services/window_reads.py``); paging then costs only the
layout and the paint. The reads wait until the window has been idle for a moment, one page
per turn of the event loop, so a click is never kept waiting behind more than one of them.

A page read ahead is then painted out of sight (``CalendarView.rehearse``), in a turn of its
own: drawing a page for the first time lays out and elides every new title, about half of its
paint, and what that makes is kept by text, so the page's real paint finds it made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Occurrence
from cica_planner.services.occurrence_lists import OccurrenceFilter
from cica_planner.ui.views.base import CalendarView

log = logging.getLogger(__name__)

#: How long the window must be idle before the neighbours are read (after the page's own paint).
IDLE_MS = 80


class NeighbourPages(QObject):
    """Reads the next and the previous page of a calendar view once the window is idle.

    Args:
        read: reads one page ahead, as ``PlannerService.read_ahead(first, end, filters, tzid=...)``, and
            returns its occurrences (None when nothing was read).
        parent: the window.
    """

    def __init__(self, read: Callable[..., list[Occurrence] | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        # Each page as (its anchor, first day, end, filters, zone).
        self._pending: list[tuple[date, date, date, OccurrenceFilter, str]] = []
        self._asked: list[tuple[date, date, date, OccurrenceFilter, str]] = []
        self._view: CalendarView | None = None
        self._rehearsals: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._read_one)

    def shown(self, view: CalendarView, filters: OccurrenceFilter, tzid: str) -> None:
        """The window showed ``view``'s page with ``filters``: read its neighbours when idle."""
        anchors = [view.shifted(step) for step in (1, -1)]
        pages = [(anchor, *view.visible_range_for(anchor), filters, tzid) for anchor in anchors]
        if pages == self._asked and self.busy():  # the same page shown again: the reads under way go on
            return
        self._asked, self._pending, self._rehearsals = pages, list(pages), []
        self._view = view
        self._timer.start()

    def busy(self) -> bool:
        """Whether pages are still waiting to be read or painted ahead."""
        return bool(self._pending) or bool(self._rehearsals) or self._timer.isActive()

    def cancel(self) -> None:
        self._pending, self._asked, self._rehearsals = [], [], []
        self._view = None
        self._timer.stop()

    def _read_one(self) -> None:
        """One turn of the idle work: the next page's read, else the next page's paint out of sight."""
        if self._view is not None and not isValid(self._view):
            # The page was deleted while its neighbours waited (the window rebuilt its pages in another
            # language): nothing is left to paint ahead, and the next page shown asks again.
            self.cancel()
            return
        if self._pending:
            anchor, first, end, filters, tzid = self._pending.pop(0)
            try:
                read = self._read(first, end, filters, tzid=tzid)
            except PlannerError as exc:  # only a head start: the page itself will say what went wrong
                log.info("could not read ahead %s–%s: %s", first, end, exc)
            else:
                view = self._view
                if read is not None and view is not None:
                    self._rehearsals.append(lambda: view.rehearse(anchor, read, tzid))
        elif self._rehearsals:
            self._rehearsals.pop(0)()
        if self._pending or self._rehearsals:
            self._timer.start(0)
