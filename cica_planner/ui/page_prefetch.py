"""The pages before and after the one shown, read while the user looks at it.

Outlook and Thunderbird answer Next and Previous at once. After each page is shown, the
window reads the neighbouring pages through the planner, which keeps the last pages it read
until something is written (``services/window_reads.py``); paging then costs only the
layout and the paint. The reads wait until the window has been idle for a moment, one page
per turn of the event loop, so a click is never kept waiting behind more than one of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer

from cica_planner.domain.errors import PlannerError
from cica_planner.services.occurrence_lists import OccurrenceFilter
from cica_planner.ui.views.base import CalendarView

log = logging.getLogger(__name__)

#: How long the window must be idle before the neighbours are read (after the page's own paint).
IDLE_MS = 80


class NeighbourPages(QObject):
    """Reads the next and the previous page of a calendar view once the window is idle.

    Args:
        read: reads one page ahead, as ``PlannerService.read_ahead(first, end, filters, tzid=...)``.
        parent: the window.
    """

    def __init__(self, read: Callable[..., object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._pending: list[tuple[date, date, OccurrenceFilter, str]] = []
        self._asked: list[tuple[date, date, OccurrenceFilter, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._read_one)

    def shown(self, view: CalendarView, filters: OccurrenceFilter, tzid: str) -> None:
        """The window showed ``view``'s page with ``filters``: read its neighbours when idle."""
        pages = [(*view.visible_range_for(view.shifted(step)), filters, tzid) for step in (1, -1)]
        if pages == self._asked and self.busy():  # the same page shown again: the reads under way go on
            return
        self._asked, self._pending = pages, list(pages)
        self._timer.start()

    def busy(self) -> bool:
        """Whether pages are still waiting to be read."""
        return bool(self._pending) or self._timer.isActive()

    def cancel(self) -> None:
        self._pending, self._asked = [], []
        self._timer.stop()

    def _read_one(self) -> None:
        if not self._pending:
            return
        first, end, filters, tzid = self._pending.pop(0)
        try:
            self._read(first, end, filters, tzid=tzid)
        except PlannerError as exc:  # only a head start: the page itself will say what went wrong
            log.info("could not read ahead %s–%s: %s", first, end, exc)
        finally:
            if self._pending:
                self._timer.start(0)
