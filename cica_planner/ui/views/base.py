"""The interface every calendar view implements: ``CalendarView`` and ``MonthPagedView``.

Views never touch the database: the main window asks for ``visible_range()``, fetches the
occurrences of that range in the display zone and hands them to ``set_occurrences``. Each
view turns them into ``ViewItem``s once (times converted to the display zone, colours
picked) and computes its layout there, so painting and hit-testing only read that layout.

Anchor rules: ``set_anchor_date`` is programmatic and emits nothing; ``anchor_changed`` is
emitted only when the user moves the anchor inside a view (arrow keys, clicking a day in
another month, a day in the year view), so the main window can re-fetch without loops.

What the views share lives next to this module: ``formatting`` (dates and zones as written),
``items`` (``ViewItem`` and its texts), ``lanes`` (packing), ``painting`` (bars and lines),
``popups`` and ``unscheduled_strip`` (the shared widgets).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QToolTip, QWidget

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.days import add_months
from cica_planner.domain.model import Occurrence, zone
from cica_planner.i18n.dates import month_title
from cica_planner.ui import style
from cica_planner.ui.display_zone import DisplayZone
from cica_planner.ui.settings import zone_place_name
from cica_planner.ui.views.items import DEFAULT_DISPLAY_TZ, ViewItem, prepare_items, tooltip_html

if TYPE_CHECKING:
    from cica_planner.ui.holiday_marks import HolidayMarks


# -- the view interface -------------------------------------------------------------------


class CalendarView(QWidget):
    """Base of every calendar view (month, week/day, agenda, year).

    Signals:
        event_activated(str): open the editor for this event uid (double-click or Enter).
        event_selected(str): an event was selected (uid).
        date_activated(object): a ``date`` (double-click on an empty day: new event that day) or,
            in the week/day views, a naive display-zone ``datetime`` of the double-clicked slot.
        anchor_changed(object): the user moved the anchor date inside the view (``date``).
        page_requested(int): PageUp/PageDown: show the previous (-1) or next (+1) page.
        event_dropped(str, object, object): an event was dragged from one day or slot to another
            (uid, origin, target; see ``views.drag_move``).
    """

    event_activated = Signal(str)
    event_selected = Signal(str)
    date_activated = Signal(object)
    anchor_changed = Signal(object)
    page_requested = Signal(int)
    event_dropped = Signal(str, object, object)

    #: Whether paintEvent covers the whole view. Such a view is not filled with its background
    #: first (a fill nobody sees), and so never asks for its palette: a first paint without QPalette.
    PAINTS_EVERY_PIXEL = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock: Clock = system_clock()
        self._anchor = self._clock.today()
        self._display_tz = DEFAULT_DISPLAY_TZ
        self._display_zone: DisplayZone | None = None
        self._items: list[ViewItem] = []
        self._selected_uid: str | None = None
        self.holiday_marks: HolidayMarks | None = None  # holidays, the host's weekend, Ramadan; None: no marks
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if not self.PAINTS_EVERY_PIXEL:  # the background shows between the view's parts
            self.setAutoFillBackground(True)
            palette = self.palette()
            palette.setColor(self.backgroundRole(), QColor(style.BACKGROUND))
            self.setPalette(palette)

    def set_holiday_marks(self, marks: HolidayMarks | None) -> None:
        """Mark holidays, the host's weekend and Ramadan; None shows no marks."""
        self.holiday_marks = marks
        self._refresh_layout()

    # -- today / clock --

    def set_today(self, day: date) -> None:
        """Fix the clock at noon of ``day`` in the display zone (tests, screenshots)."""
        self.set_clock(Clock.at_noon(day, self._display_tz))

    def set_clock(self, clock: Clock | Callable[[], datetime] | None) -> None:
        """Take "now" and "today" from ``clock`` (a Clock, or a function returning an aware datetime).

        None goes back to the system clock.
        """
        if clock is None:
            clock = system_clock()
        elif not isinstance(clock, Clock):
            clock = Clock(clock)
        self._clock = clock
        self._refresh_layout()

    def clock(self) -> Clock:
        return self._clock

    def now(self) -> datetime:
        """Return the current time in the display zone."""
        return self._clock.now().astimezone(zone(self._display_tz))

    def today(self) -> date:
        """Return today: the clock's day (the window's clock tells the display zone's day)."""
        return self._clock.today()

    # -- the contract --

    def display_tz(self) -> str:
        return self._display_tz

    def set_display_zone(self, display_zone: DisplayZone | None) -> None:
        """Observe the window's display-zone setting: tooltips name it as the status bar does ('Astana').

        The items keep the zone they were given with (``set_occurrences``); the window fetches
        them again when the zone changes. None (standalone use) names the items' own zone.
        """
        if self._display_zone is not None:
            self._display_zone.changed.disconnect(self._display_zone_changed)
        self._display_zone = display_zone
        if display_zone is not None:
            display_zone.changed.connect(self._display_zone_changed)

    def _display_zone_changed(self, _tzid: str) -> None:
        self.update()

    def zone_name(self) -> str:
        """Return the place the display zone is named after in tooltips ('Astana time')."""
        if self._display_zone is not None and self._display_zone.tzid() == self._display_tz:
            return self._display_zone.place_name()
        return zone_place_name(self._display_tz)

    def _item_tooltip(self, item: ViewItem) -> str:
        return tooltip_html(item, self._display_tz, self.zone_name())

    def anchor_date(self) -> date:
        return self._anchor

    def set_anchor_date(self, day: date) -> None:
        """Show the page containing ``day`` (programmatic: emits nothing)."""
        if day != self._anchor:
            shown = self.visible_range()
            self._anchor = day
            if self.visible_range() != shown:
                # The items belong to the old page and the caller sets the new page's next:
                # laying them out here would only be thrown away.
                self._items = []
            self._refresh_layout()

    def visible_range(self) -> tuple[date, date]:
        """Return (first day, exclusive last day) of what the view shows."""
        raise NotImplementedError

    def shifted(self, n: int) -> date:
        """Return the anchor moved by ``n`` pages."""
        raise NotImplementedError

    def visible_range_for(self, day: date) -> tuple[date, date]:
        """Return the range the view would show with ``day`` as its anchor (the window reads pages ahead)."""
        shown = self._anchor
        self._anchor = day
        try:
            return self.visible_range()
        finally:
            self._anchor = shown

    def title(self) -> str:
        """Return the title of the current page ('June 2024')."""
        raise NotImplementedError

    def set_occurrences(self, items: list[Occurrence], display_tz: str) -> None:
        """Show ``items`` (the occurrences of ``visible_range()``) with times in ``display_tz``."""
        zone(display_tz)
        self._display_tz = display_tz
        self._items = prepare_items(items, display_tz, self.today())
        self._refresh_layout()

    def items(self) -> list[ViewItem]:
        """Return the display items currently shown."""
        return list(self._items)

    def rehearse(self, day: date, items: list[Occurrence], display_tz: str) -> None:
        """Lay out and paint the page of ``day`` with ``items`` out of sight, so that showing it later costs less.

        The window calls it for the pages it read ahead (ui/page_prefetch.py); what is shown does not
        change. The month view keeps what this makes (``MonthView.rehearse``); the other views do nothing.
        """

    def select_uid(self, uid: str | None) -> None:
        """Highlight the event ``uid`` (None clears the selection); emits nothing."""
        self._selected_uid = uid
        self._selection_updated()

    def selected_uid(self) -> str | None:
        return self._selected_uid

    # -- hooks and helpers for subclasses --

    def _refresh_layout(self) -> None:
        """Recompute the layout from the items and the anchor (subclasses override)."""
        self.update()

    def _selection_updated(self) -> None:
        self.update()

    def _user_selected(self, uid: str) -> None:
        """Select ``uid`` because the user clicked it, and tell the world."""
        self._selected_uid = uid
        self._selection_updated()
        self.event_selected.emit(uid)

    def _move_anchor(self, day: date) -> None:
        """Move the anchor because the user asked to; emits anchor_changed."""
        if day == self._anchor:
            return
        self._anchor = day
        self._refresh_layout()
        self.anchor_changed.emit(day)

    def _arrow_step(self, key: int) -> int | None:
        """Return how many days an arrow key moves the anchor (None: not handled)."""
        return {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.page_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.page_requested.emit(1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected_uid:
                self.event_activated.emit(self._selected_uid)
        elif (step := self._arrow_step(key)) is not None:
            self._move_anchor(self._anchor + timedelta(days=step))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _show_item_tooltip(
        self,
        help_event: QHelpEvent,
        item: ViewItem | None,
        rect: QRectF | None,
        widget: QWidget | None = None,
        fallback: str = "",
    ) -> None:
        target = widget or self
        if item is not None:
            QToolTip.showText(
                help_event.globalPos(),
                self._item_tooltip(item),
                target,
                rect.toRect() if rect is not None else target.rect(),
            )
        elif fallback:
            QToolTip.showText(help_event.globalPos(), fallback, target)
        else:
            QToolTip.hideText()


class MonthPagedView(CalendarView):
    """A calendar view whose pages are calendar months (the month grid, the agenda)."""

    def month_range(self) -> tuple[date, date]:
        """Return the anchor month as (first day, exclusive end)."""
        first = self._anchor.replace(day=1)
        return first, add_months(first, 1)

    def shifted(self, n: int) -> date:
        return add_months(self._anchor, n)

    def title(self) -> str:
        return month_title(self._anchor.year, self._anchor.month)
