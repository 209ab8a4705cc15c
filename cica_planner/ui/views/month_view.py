"""Month view: a six-week grid (weeks start on Monday) with event bars and timed items.

The layout is computed in two steps outside ``paintEvent``: ``set_occurrences`` (and a new
anchor) assigns lanes per week row — multi-day and all-day events become bars split at
week rows, timed events fill the free lanes of their day — and a resize turns the lanes
into rectangles. Painting, clicks and tooltips all read those rectangles.

Clicking "+N more" opens a popup listing every event of that day (and selects that day);
events in the popup can be selected or opened like the ones in the grid.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from cica_planner.domain.days import month_grid_start
from cica_planner.domain.model import Occurrence, zone
from cica_planner.i18n.dates import day_month_text, weekday_name
from cica_planner.i18n.language import current_language, ui_locale
from cica_planner.ui import style
from cica_planner.ui.holiday_marks import HOST_WEEKEND_BACKGROUND, paint_cell_label
from cica_planner.ui.views.base import MonthPagedView
from cica_planner.ui.views.drag_move import DragTracker
from cica_planner.ui.views.formatting import long_day
from cica_planner.ui.views.items import ViewItem
from cica_planner.ui.views.lanes import LaneGrid, lane_limit_of
from cica_planner.ui.views.month_parts import (
    DAYS,
    WEEKS,
    BarSegment,
    Chip,
    MoreLink,
    PaintedAhead,
    TimedSingle,
    WeekRow,
    grid_lines,
)
from cica_planner.ui.views.painting import PaintFonts, SharedFont, crisp, draw_line, paint_bar, paint_timed_lines
from cica_planner.ui.views.popups import ItemListPopup
from cica_planner.ui.views.unscheduled_strip import UnscheduledStrip

#: Colours of every paint, made once.
_BACKGROUND = QColor(style.BACKGROUND)
_ACCENT = QColor(style.ACCENT)
_ACCENT_LIGHT = QColor(style.ACCENT_LIGHT)
_TODAY_BACKGROUND = QColor(style.TODAY_BACKGROUND)
_OUTSIDE_BACKGROUND = QColor(style.OUTSIDE_BACKGROUND)
_GRID_LINE = QColor(style.GRID_LINE)
_GRID_LINE_STRONG = QColor(style.GRID_LINE_STRONG)
_HEADER_BACKGROUND = QColor(style.HEADER_BACKGROUND)
_MUTED_TEXT = QColor(style.MUTED_TEXT)
_DIM_TEXT = QColor(style.DIM_TEXT)
_TEXT = QColor(style.TEXT)
_WHITE = QColor("#ffffff")
#: The shades of a day cell: the selected day, today, a day of another month, the host's weekend.
_CELL_SHADES = (_ACCENT_LIGHT, _TODAY_BACKGROUND, _OUTSIDE_BACKGROUND, QColor(HOST_WEEKEND_BACKGROUND))
#: Pages painted ahead and kept: the next and the previous.
AHEAD_KEPT = 2


class MonthView(MonthPagedView):
    """Month grid of six weeks with bars, timed items, a 'to be confirmed' strip and '+N more'.

    Signals: see ``CalendarView``.
    """

    PAINTS_EVERY_PIXEL = True  # paintEvent starts by filling the whole view
    HEADER_HEIGHT = 26
    DAY_LABEL_HEIGHT = 22
    LANE_HEIGHT = 18
    LANE_GAP = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self._drag = DragTracker(self)
        self.setMinimumSize(420, 360)
        self.strip = UnscheduledStrip(self)
        self.strip.item_selected.connect(self._user_selected)
        self.strip.item_activated.connect(self.event_activated)
        self.strip.relaid_out.connect(self._relayout)
        self._popup: ItemListPopup | None = None  # built on the first "+N more" click: not needed to paint
        self._twin: MonthView | None = None  # made for the first page painted ahead (rehearse)
        self._ahead: dict[date, PaintedAhead] = {}  # the pages painted ahead, by anchor, oldest first
        self._shown_ahead: PaintedAhead | None = None  # the page painted ahead that is shown now
        self._unscheduled: list[ViewItem] = []
        self._rows: list[WeekRow] = []
        self._chips: list[Chip] = []
        self._more: list[MoreLink] = []
        self._cells: list[QRectF] = []
        self._grid_top = 0.0
        self._capacity = 1
        self._note: str | None = None
        self._header_names: tuple[tuple[object, ...], list[str]] = ((), [])
        self._days: list[date] = []
        self._grid_lines_key: tuple[object, ...] = ()
        self._grid_lines_kept: list[QRectF] = []
        self._refresh_layout()

    @property
    def popup(self) -> ItemListPopup:
        """The list of a day's items behind its "+N more" link, made when first asked for."""
        if self._popup is None:
            self._popup = ItemListPopup(self)
            self._popup.item_selected.connect(self._user_selected)
            self._popup.item_activated.connect(self.event_activated)
        return self._popup

    # -- contract --

    def set_note(self, text: str | None) -> None:
        """Show ``text`` across the grid (a month with nothing on a fixed day), or no note for None."""
        self._note = text or None
        self.update()

    def note(self) -> str | None:
        return self._note

    def rehearse(self, day: date, items: list[Occurrence], display_tz: str) -> None:
        """Lay out and paint the page of ``day`` offscreen, in a twin of this view (same size, font, clock, marks
        and selection), and keep what that made for when the page is shown.

        A page's first paint lays out and elides each new title; the fonts keep both by text
        (``painting.SharedFont``) and the bars' outlines are kept by place, so any later paint of
        the page finds them made. The page's display items and lanes are kept too, taken by
        :meth:`set_occurrences` when it is given these same occurrences on the same day, and so
        is the picture, drawn by :meth:`paintEvent` as it is when every input of the paint
        (``_paint_key``) is still what it was. Nothing of what this view shows changes.
        """
        twin = self._twin
        if twin is None:
            twin = self._twin = MonthView()
            twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        twin.setFont(self.font())
        twin.setLayoutDirection(self.layoutDirection())
        twin.resize(self.size())
        twin.holiday_marks = self.holiday_marks
        twin._clock = self._clock
        twin._selected_uid = self._selected_uid
        twin.set_anchor_date(day)
        twin.set_occurrences(items, display_tz)
        ratio = self.devicePixelRatioF()
        image = QImage(self.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        twin.render(image)
        self._ahead.pop(day, None)
        self._ahead[day] = PaintedAhead(list(items), display_tz, twin.today(), current_language(), twin._items, twin._rows,
                                        twin._unscheduled, image, twin._paint_key(ratio))
        while len(self._ahead) > AHEAD_KEPT:  # the oldest page goes first
            del self._ahead[next(iter(self._ahead))]

    def set_occurrences(self, items: list[Occurrence], display_tz: str) -> None:
        """As ``CalendarView.set_occurrences``; a page painted ahead from these very occurrences is taken as made."""
        ahead = self._ahead.get(self._anchor)
        if ahead is None or not ahead.made_from(items, display_tz, self.today(), current_language()):
            self._shown_ahead = None
            super().set_occurrences(items, display_tz)
            return
        zone(display_tz)  # an unknown zone is refused here as on the other path
        self._display_tz = display_tz
        self._items, self._rows = ahead.items, ahead.rows
        self._shown_ahead = ahead
        self._show_strip_items(ahead.unscheduled)
        self._relayout()

    def _paint_key(self, ratio: float) -> tuple[object, ...]:
        """Everything a paint of this view draws from, but the strip (a widget of its own, painted after)."""
        return (self._anchor, self.today(), self._display_tz, self._items, self._selected_uid, self._note,
                self.holiday_marks, self.width(), self.height(), self._grid_top, ratio, self.font().key(),
                self.layoutDirection(), current_language())

    def first_visible_day(self) -> date:
        return month_grid_start(self._anchor)

    def visible_range(self) -> tuple[date, date]:
        first = self.first_visible_day()
        return first, first + timedelta(days=WEEKS * DAYS)

    # -- layout --

    def _refresh_layout(self) -> None:
        self._build_rows()
        self._relayout()

    def _build_rows(self) -> None:
        """Assign lanes per week row (independent of the widget size)."""
        grid_start, grid_end = self.visible_range()
        last_grid_day = grid_end - timedelta(days=1)
        month_start, month_end = self.month_range()
        rows = [WeekRow() for _ in range(WEEKS)]
        bars: list[ViewItem] = []
        singles: list[ViewItem] = []
        unscheduled: list[ViewItem] = []
        for item in self._items:
            if not item.fixed:
                if item.first_day < month_end and item.last_day >= month_start:
                    unscheduled.append(item)
            elif item.last_day >= grid_start and item.first_day <= last_grid_day:
                (bars if item.is_bar else singles).append(item)
        # Longer bars first in each row keeps them in the top lanes, as Outlook does.
        segments: list[BarSegment] = []
        for item in bars:
            first = max(item.first_day, grid_start)
            last = min(item.last_day, last_grid_day)
            day = first
            while day <= last:
                row = (day - grid_start).days // DAYS
                row_end = grid_start + timedelta(days=row * DAYS + DAYS - 1)
                seg_last = min(last, row_end)
                segments.append(
                    BarSegment(
                        item=item,
                        row=row,
                        first=(day - grid_start).days % DAYS,
                        last=(seg_last - grid_start).days % DAYS,
                        lane=0,
                        continues_left=day > item.first_day,
                        continues_right=seg_last < item.last_day,
                    )
                )
                day = seg_last + timedelta(days=1)
        segments.sort(key=lambda s: (s.row, s.first, -(s.last - s.first), s.item.timed, s.item.order))
        grids = [LaneGrid(DAYS) for _ in range(WEEKS)]
        for segment in segments:
            segment.lane = grids[segment.row].place(segment.first, segment.last)
            rows[segment.row].segments.append(segment)
        # Each visible day's row and column, looked up once per timed event rather than computed from dates.
        places = {grid_start + timedelta(days=offset): divmod(offset, DAYS) for offset in range(WEEKS * DAYS)}
        for item in singles:
            place = places.get(item.first_day)
            if place is None:
                continue
            row, column = place
            lane = grids[row].place(column, column)
            rows[row].singles.append(TimedSingle(item, row, column, lane))
        for row, grid in zip(rows, grids, strict=True):
            row.used_lanes = grid.used_lanes()
        self._rows = rows
        self._show_strip_items(unscheduled)

    def _show_strip_items(self, unscheduled: list[ViewItem]) -> None:
        """Give the 'to be confirmed' strip the page's events not fixed to a day."""
        self._unscheduled = unscheduled
        self.strip.set_items(unscheduled, self._display_tz)
        self.strip.set_selected_uid(self._selected_uid)

    def _relayout(self) -> None:
        """Turn lanes into rectangles for the current size."""
        width, height = float(self.width()), float(self.height())
        strip_height = self.strip.height_for(int(width)) if self.strip.isVisibleTo(self) else 0
        self.strip.setGeometry(0, 0, int(width), strip_height)
        self._grid_top = strip_height + self.HEADER_HEIGHT
        row_height = max(1.0, (height - self._grid_top) / WEEKS)
        column_width = width / DAYS
        pitch = self.LANE_HEIGHT + self.LANE_GAP
        self._capacity = max(1, int((row_height - self.DAY_LABEL_HEIGHT - 3) // pitch))
        grid_top = self._grid_top
        self._cells = [
            QRectF(column * column_width, grid_top + row * row_height, column_width, row_height)
            for row in range(WEEKS)
            for column in range(DAYS)
        ]
        # The cells' edges as QRectF gives them (left + width for the right), read once, not per rectangle.
        lefts = [column * column_width for column in range(DAYS)]
        rights = [left + column_width for left in lefts]
        tops = [grid_top + row * row_height + self.DAY_LABEL_HEIGHT for row in range(WEEKS)]
        lane_height = self.LANE_HEIGHT
        first_day = self.first_visible_day()
        self._days = days = [first_day + timedelta(days=index) for index in range(WEEKS * DAYS)]
        chips: list[Chip] = []
        more: list[MoreLink] = []

        def lane_rect(row: int, first: int, last: int, lane: int) -> QRectF:
            left = lefts[first]
            return QRectF(left + 3, tops[row] + lane * pitch, rights[last] - left - 6, lane_height)

        for row_index, row in enumerate(self._rows):
            row_days = days[row_index * DAYS:row_index * DAYS + DAYS]
            limits = [lane_limit_of(used, self._capacity) for used in row.used_lanes]
            for segment in row.segments:
                lane = segment.lane
                run_start: int | None = None
                for column in range(segment.first, segment.last + 2):
                    visible = column <= segment.last and lane < limits[column]
                    if visible and run_start is None:
                        run_start = column
                    elif not visible and run_start is not None:
                        run_end = column - 1
                        run_first_day = row_days[run_start]
                        item = segment.item
                        starts_here = item.timed and run_first_day == item.first_day
                        chips.append(
                            Chip(
                                rect=lane_rect(row_index, run_start, run_end, lane),
                                item=item,
                                kind="bar",
                                first_day=run_first_day,
                                last_day=row_days[run_end],
                                round_left=run_start != segment.first or not segment.continues_left,
                                round_right=run_end != segment.last or not segment.continues_right,
                                text=f"{item.time_text()} {item.title}" if starts_here else item.title,
                            )
                        )
                        run_start = None
            for single in row.singles:
                column = single.column
                if single.lane < limits[column]:
                    day = row_days[column]
                    chips.append(Chip(lane_rect(row_index, column, column, single.lane), single.item, "timed", day, day))
            for column, used in enumerate(row.used_lanes):
                limit = limits[column]
                hidden = (used >> limit).bit_count()  # the day's items in the lanes from the limit on
                if hidden:
                    more.append(MoreLink(lane_rect(row_index, column, column, limit), row_days[column], hidden))
        self._chips, self._more = chips, more
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self._relayout()
        super().resizeEvent(event)

    # -- queries (tests, main window) --

    def chips(self) -> list[Chip]:
        """Return every drawn event rectangle."""
        return list(self._chips)

    def chips_for(self, uid: str) -> list[Chip]:
        """Return the drawn rectangles of event ``uid`` (a bar split at week rows has several)."""
        return [chip for chip in self._chips if chip.item.uid == uid]

    def more_links(self) -> list[MoreLink]:
        return list(self._more)

    def day_rect(self, day: date) -> QRectF:
        """Return the cell of ``day`` (which must be in the visible range)."""
        return QRectF(self._cells[(day - self.first_visible_day()).days])

    def items_on(self, day: date) -> list[ViewItem]:
        """Return the fixed-day events covering ``day``: bars first, then timed items by time."""
        found = [item for item in self._items if item.fixed and item.covers(day)]
        return sorted(found, key=lambda item: (not item.is_bar, item.order))

    def day_at(self, pos: QPointF) -> date | None:
        for index, cell in enumerate(self._cells):
            if cell.contains(pos):
                return self.first_visible_day() + timedelta(days=index)
        return None

    def hit_at(self, pos: QPointF) -> Chip | MoreLink | None:
        """Return the event chip or '+N more' link under ``pos``."""
        for chip in reversed(self._chips):
            if chip.rect.contains(pos):
                return chip
        return next((link for link in self._more if link.rect.contains(pos)), None)

    # -- painting --

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        ahead = self._shown_ahead
        if ahead is not None and ahead.paint_key == self._paint_key(self.devicePixelRatioF()):
            painter = QPainter(self)
            painter.drawImage(QPointF(0, 0), ahead.image)  # this very page, painted out of sight
            painter.end()
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = self.width()
        base = self.font()
        fonts = PaintFonts(base, painter)
        style.fill_rect(painter, self.rect(), _BACKGROUND)
        self._paint_header(painter, fonts, width)
        self._paint_cells(painter, base, fonts)
        selected_uid = self._selected_uid
        timed_lines: list[tuple[QRectF, ViewItem]] = []
        for chip in self._chips:
            item = chip.item
            if chip.kind == "bar":
                paint_bar(painter, chip.rect, item, chip.text, fonts.for_item(item),
                          selected=selected_uid is not None and item.uid == selected_uid,
                          round_left=chip.round_left, round_right=chip.round_right, right_to_left=fonts.right_to_left)
            else:
                timed_lines.append((chip.rect, item))
        paint_timed_lines(painter, timed_lines, fonts, selected_uid)
        more_font = fonts.get(bold=True)
        painter.setFont(more_font.font)
        painter.setPen(_MUTED_TEXT)
        more_texts: dict[int, str] = {}
        for link in self._more:
            text = more_texts.get(link.count)
            if text is None:
                text = more_texts[link.count] = self.tr("+%n more", "", link.count)
            draw_line(painter, link.rect.adjusted(6, 0, -2, 0), text, more_font, right_to_left=fonts.right_to_left)
        if self._note:
            self._paint_note(painter, base)
        painter.end()

    def _paint_note(self, painter: QPainter, base: QFont) -> None:
        """The empty month's note: a card over the grid saying what comes next and what needs confirming."""
        area = QRectF(0, self._grid_top, self.width(), self.height() - self._grid_top)
        width = min(620.0, area.width() - 40)
        font = style.ui_font(10.0, base=base)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        text_rect = painter.boundingRect(QRectF(0, 0, width - 36, 10_000), flags, self._note or "")
        card = QRectF(area.center().x() - width / 2, area.center().y() - (text_rect.height() + 28) / 2,
                      width, text_rect.height() + 28)
        painter.setPen(QColor(style.GRID_LINE))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, 6, 6)
        style.fill_rect(painter, QRectF(card.left(), card.top() + 6, 4, card.height() - 12), QColor("#b7791f"))
        painter.setPen(QColor(style.TEXT))
        painter.drawText(card.adjusted(22, 14, -14, -14), flags, self._note or "")

    def _paint_header(self, painter: QPainter, fonts: PaintFonts, width: int) -> None:
        top = self._grid_top - self.HEADER_HEIGHT
        style.fill_rect(painter, QRectF(0, top, width, self.HEADER_HEIGHT), _HEADER_BACKGROUND)
        font = fonts.get(bold=True)
        painter.setFont(font.font)
        painter.setPen(_MUTED_TEXT)
        column_width = width / DAYS
        for column, name in enumerate(self._weekday_names(font, column_width)):
            painter.drawText(
                QRectF(column * column_width + 8, top, column_width - 10, self.HEADER_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter),
                name,
            )
        painter.setPen(QPen(_GRID_LINE_STRONG, 1.0))
        painter.drawLine(QPointF(0, crisp(self._grid_top - 1)), QPointF(width, crisp(self._grid_top - 1)))

    def _weekday_names(self, font: SharedFont, column_width: float) -> list[str]:
        """The column titles, Monday first, kept while the language, the font and the column width stay.

        One form for the whole row: full names when every one fits ('понедельник' is long), else short ones.
        """
        first = self.first_visible_day().isoweekday()
        key = (current_language(), font, column_width, first)
        if self._header_names[0] != key:
            locale = ui_locale()
            full = all(font.advance(weekday_name(weekday, locale=locale)) <= column_width - 14 for weekday in range(1, 8))
            names = [weekday_name((first - 1 + column) % DAYS + 1, short=not full, locale=locale) for column in range(DAYS)]
            self._header_names = (key, names)
        return self._header_names[1]

    def _paint_cells(self, painter: QPainter, base: QFont, fonts: PaintFonts) -> None:
        month = self._anchor.month
        today = self.today()
        days = self._days
        marks = self.holiday_marks
        # The cells' backgrounds by colour, each colour filled in one call (the cells never overlap).
        shaded: dict[int, list[QRectF]] = {}
        for day, cell in zip(days, self._cells, strict=True):
            if day == self._anchor:
                colour = 0
            elif day == today:
                colour = 1
            elif day.month != month:
                colour = 2
            elif marks is not None and marks.on(day).host_weekend:
                colour = 3
            else:
                continue
            shaded.setdefault(colour, []).append(cell)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, cells in shaded.items():
            painter.setBrush(_CELL_SHADES[colour])
            painter.drawRects(cells)
        painter.setBrush(_GRID_LINE)
        painter.drawRects(self._grid_lines())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        number_font = fonts.get()
        bold_font = fonts.get(bold=True)
        font_set: SharedFont | None = None
        pen_set: QColor | None = None
        for day, cell in zip(days, self._cells, strict=True):
            label = day_month_text(day) if day.day == 1 else str(day.day)
            label_rect = QRectF(cell.left() + 6, cell.top() + 3, cell.width() - 12, self.DAY_LABEL_HEIGHT - 4)
            if day == today:
                font_set = pen_set = None
                painter.setFont(bold_font.font)
                text_width = bold_font.advance(label)
                badge = QRectF(
                    label_rect.left() - 4,
                    label_rect.top(),
                    max(label_rect.height(), text_width + 8),
                    label_rect.height(),
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_ACCENT)
                painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(_WHITE)
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
                used = badge.width() - 4
            else:
                font = bold_font if day.day == 1 else number_font
                colour = _DIM_TEXT if day.month != month else _TEXT
                if font is not font_set:  # set on a change only: most labels share font and colour
                    painter.setFont(font.font)
                    font_set = font
                if colour is not pen_set:
                    painter.setPen(colour)
                    pen_set = colour
                draw_line(painter, label_rect, label, font, right_to_left=fonts.right_to_left)
                used = font.advance(label)
            if marks is not None:
                paint_cell_label(painter, marks, day, label_rect, used, base)
                font_set = pen_set = None  # the marks set their own

    def _grid_lines(self) -> list[QRectF]:
        """The lines between the cells, on pixel centres, as the rectangles they cover; made again only when the cells move."""
        key = (self.width(), self.height(), self._grid_top)
        if self._grid_lines_key != key:
            self._grid_lines_key, self._grid_lines_kept = key, grid_lines(self._cells)
        return self._grid_lines_kept

    # -- interaction --

    def _open_day_popup(self, link: MoreLink) -> None:
        self.popup.set_items(long_day(link.day), self.items_on(link.day), self._display_tz, self.zone_name())
        self.popup.show_at(self.mapToGlobal(link.rect.topLeft().toPoint()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self.hit_at(pos)
        day = self.day_at(pos)
        if isinstance(hit, Chip):
            if day is not None and day.month == self._anchor.month:
                self._move_anchor(day)
            self._user_selected(hit.item.uid)
            if day is not None:
                self._drag.press(hit.item.uid, pos, day)
        elif isinstance(hit, MoreLink):
            if hit.day.month == self._anchor.month:
                self._move_anchor(hit.day)
            self._open_day_popup(hit)
        elif day is not None:
            self._move_anchor(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._drag.move(event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            moved = self._drag.release(event.position(), self.day_at(event.position()))
            if moved is not None:
                self.event_dropped.emit(*moved)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._drag.cancel()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self.hit_at(pos)
        if isinstance(hit, Chip):
            self.event_activated.emit(hit.item.uid)
        elif hit is None and (day := self.day_at(pos)) is not None:
            self.date_activated.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.hit_at(QPointF(event.pos()))
            if isinstance(hit, Chip):
                self._show_item_tooltip(event, hit.item, hit.rect)
            elif isinstance(hit, MoreLink):
                count = len(self.items_on(hit.day))
                self._show_item_tooltip(event, None, None, fallback=self.tr("{day}: %n event(s)", "", count).format(day=long_day(hit.day)))
            else:
                self._show_item_tooltip(event, None, None, fallback=self._marks_tooltip(QPointF(event.pos())))
            return True
        return super().event(event)

    def _marks_tooltip(self, pos: QPointF) -> str:
        day = self.day_at(pos)
        if self.holiday_marks is None or day is None or self.holiday_marks.on(day).empty:
            return ""
        return f"<b>{long_day(day)}</b><br>{self.holiday_marks.tooltip_html(day)}"

    def _selection_updated(self) -> None:
        self.strip.set_selected_uid(self._selected_uid)
        self.update()
