"""Live scheduling warnings in the event editor: what the chosen days hit.

Each line links to its day ("Nowruz Holiday — Kazakhstan (host)" → 21 Mar); clicking it emits
``day_requested`` so the calendar behind the editor shows that day. The lines inform only:
nothing here can stop the editor from saving.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Event
from cica_planner.i18n.dates import date_text, day_month_text
from cica_planner.services.scheduling.warnings import ScheduleWarning

log = logging.getLogger(__name__)

FRAME_STYLE = "QWidget#schedule_warnings { background: #fff8e6; border: 1px solid #f0dca8; border-radius: 4px; }"
SERIOUS_COLOUR = "#b3261e"
NOTE_COLOUR = "#6b5200"
LINK_COLOUR = "#2b6cb0"
#: More lines than this are summed up in one last line; the tooltip keeps them all.
SHOWN_LINES = 6
FIND_LINK = "find-a-date"

Checker = Callable[[Event], list[ScheduleWarning]]


class ScheduleWarnings(QWidget):
    """The list of warnings for the editor's current dates (hidden when there are none).

    Signals:
        day_requested(object): the ``date`` of the warning the user clicked.
    """

    day_requested = Signal(object)
    find_requested = Signal()

    def __init__(self, check: Checker | None, parent: QWidget | None = None, *, can_find: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_warnings")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(FRAME_STYLE)
        self._check = check
        self._can_find = can_find
        self._lines: list[ScheduleWarning] = []
        self._checked: tuple | None = None
        self.label = QLabel(self)
        self.label.setObjectName("schedule_warnings_label")
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.label.setStyleSheet("background: transparent; border: none;")
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self.hide()

    def lines(self) -> list[ScheduleWarning]:
        return list(self._lines)

    def update_for(self, event: Event | None) -> None:
        """Check ``event``'s days (None: nothing to check) and show what they hit."""
        key = None if event is None else (event.start, event.end, event.tzid, event.category, event.country)
        if key == self._checked and key is not None:
            return  # typing a title must not query the calendar again
        self._checked = key
        lines: list[ScheduleWarning] = []
        if self._check is not None and event is not None:
            try:
                lines = self._check(event)
            except (PlannerError, ValueError) as error:  # a warning must never break the editor
                log.warning("cannot check the dates: %s", error)
                self._lines = []
                message = self.tr("Cannot check the dates: {reason}").format(reason=html.escape(str(error)))
                self.label.setText(f'<span style="color:{SERIOUS_COLOUR}">{message}</span>')
                self.label.setToolTip("")
                self.show()
                return
        self._lines = lines
        self.label.setText(self._html(lines))
        self.label.setToolTip("\n".join(f"{date_text(line.day)}: {line.tooltip or line.text}" for line in lines))
        self.setVisible(bool(lines))

    def _html(self, lines: list[ScheduleWarning]) -> str:
        rows = []
        for line in lines[:SHOWN_LINES]:
            colour = SERIOUS_COLOUR if line.serious else NOTE_COLOUR
            rows.append(
                f'<span style="color:{colour}">&#9888;</span> '
                f'<a href="{line.day.isoformat()}" style="color:{colour}; text-decoration:none">{html.escape(line.text)}</a>'
                f' <span style="color:#8a8f98">· {day_month_text(line.day)}</span>'
            )
        if len(lines) > SHOWN_LINES:
            more = self.tr("… and %n more (hover for all)", "", len(lines) - SHOWN_LINES)
            rows.append(f'<span style="color:{NOTE_COLOUR}">{more}</span>')
        if lines and self._can_find:
            find = self.tr("Find a better date…")
            rows.append(f'<a href="{FIND_LINK}" style="color:{LINK_COLOUR}">{find}</a>')
        return "<br>".join(rows)

    def _on_link(self, target: str) -> None:
        if target == FIND_LINK:
            self.find_requested.emit()
            return
        try:
            self.day_requested.emit(date.fromisoformat(target))
        except ValueError:
            log.warning("unexpected link %r in the scheduling warnings", target)
