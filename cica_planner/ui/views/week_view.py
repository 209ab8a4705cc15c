"""Week and day views: a 00–24 time grid with an all-day strip on top.

Times are drawn in the display zone. Events of a day or more (and all-day events) are
bars in the all-day strip; shorter timed events are blocks in the grid, and overlapping
blocks share their day column side by side. As in the month view, lanes and columns are
assigned when the items or the anchor change and rectangles when the size changes, so
painting and hit-testing only read the precomputed layout.

The module is a little over 500 lines: the view's two areas (all-day strip, time grid) share its
layout state, and their painting and input stay beside it; the parts that need none of it are in
``week_parts`` and ``week_painting``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from cica_planner.domain.days import week_start
from cica_planner.ui import style
from cica_planner.ui.holiday_marks import paint_weekend
from cica_planner.ui.views.base import CalendarView
from cica_planner.ui.views.drag_move import DragTracker
from cica_planner.ui.views.formatting import long_day, span_title
from cica_planner.ui.views.lanes import LaneGrid, pack_columns, visible_lane_limit
from cica_planner.ui.views.painting import crisp, item_font, paint_bar
from cica_planner.ui.views.popups import ItemListPopup
from cica_planner.ui.views.unscheduled_strip import UnscheduledStrip
from cica_planner.ui.views.week_painting import (
    paint_block,
    paint_day_header,
    paint_gutter_label,
    paint_hour_lines,
    paint_now_line,
    paint_off_hours,
)
from cica_planner.ui.views.week_parts import AllDayArea, AllDayBar, AllDayMore, Block, TimeGrid

MINUTES_PER_DAY = 24 * 60
#: Blocks are never drawn shorter than this, so a 5-minute item stays clickable and legible.
MIN_BLOCK_MINUTES = 24



class WeekView(CalendarView):
    """A time grid of ``days`` days (7: Monday to Sunday; 1: the day view).

    Signals: see ``CalendarView``; double-clicking an empty slot emits ``date_activated``
    with a naive display-zone ``datetime`` (on the half hour); double-clicking an empty
    all-day cell emits it with a ``date``.
    """

    HOUR_HEIGHT = 44
    GUTTER = 58
    HEADER_HEIGHT = 40
    LANE_HEIGHT = 20
    LANE_GAP = 2
    MAX_LANES = 4
    FIRST_HOUR = 8

    def __init__(self, days: int = 7, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if days < 1:
            raise ValueError("a week view shows at least one day")
        self._days = days
        self.setObjectName("dayView" if days == 1 else "weekView")
        self.setMinimumSize(360, 320)
        self.strip = UnscheduledStrip(self)
        self.strip.item_selected.connect(self._user_selected)
        self.strip.item_activated.connect(self.event_activated)
        self.strip.relaid_out.connect(self._relayout)
        self._popup: ItemListPopup | None = None  # built on the first "+N more" click: not needed to paint
        self.all_day = AllDayArea(self, self)
        self.grid = TimeGrid(self)
        self.drag = DragTracker(self.grid)
        self.grid.setMinimumHeight(24 * self.HOUR_HEIGHT + 1)
        self.grid_scroll = QScrollArea(self)
        self.grid_scroll.setObjectName("timeGridScroll")
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid_scroll.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.strip)
        layout.addWidget(self.all_day)
        layout.addWidget(self.grid_scroll, 1)
        self._bars: list[AllDayBar] = []
        self._all_day_more: list[AllDayMore] = []
        self._lanes_by_column: list[list[int]] = []
        self._blocks: list[Block] = []
        self._content_width = 0.0
        self._scrolled_initially = False
        self._minute_timer = QTimer(self)
        self._minute_timer.setInterval(60_000)
        self._minute_timer.timeout.connect(self.grid.update)
        self._minute_timer.start()
        self._refresh_layout()

    @property
    def popup(self) -> ItemListPopup:
        """The list of a day's all-day events behind "+N more", made when first asked for."""
        if self._popup is None:
            self._popup = ItemListPopup(self)
            self._popup.item_selected.connect(self._user_selected)
            self._popup.item_activated.connect(self.event_activated)
        return self._popup

    # -- contract --

    def days(self) -> int:
        return self._days

    def first_visible_day(self) -> date:
        return week_start(self._anchor) if self._days == 7 else self._anchor

    def visible_days(self) -> list[date]:
        first = self.first_visible_day()
        return [first + timedelta(days=index) for index in range(self._days)]

    def visible_range(self) -> tuple[date, date]:
        first = self.first_visible_day()
        return first, first + timedelta(days=self._days)

    def shifted(self, n: int) -> date:
        return self._anchor + timedelta(days=n * self._days)

    def title(self) -> str:
        if self._days == 1:
            return long_day(self._anchor)
        first, end = self.visible_range()
        return span_title(first, end - timedelta(days=1))

    # -- layout --

    def _refresh_layout(self) -> None:
        days = self.visible_days()
        first, last = days[0], days[-1]
        unscheduled = [
            item for item in self._items if not item.fixed and item.first_day <= last and item.last_day >= first
        ]
        self.strip.set_items(unscheduled, self._display_tz)
        self.strip.set_selected_uid(self._selected_uid)
        lanes = LaneGrid(self._days)
        bars: list[AllDayBar] = []
        blocks: list[Block] = []
        candidates = [item for item in self._items if item.fixed and item.first_day <= last and item.last_day >= first]
        for item in sorted(
            (i for i in candidates if i.is_bar),
            key=lambda i: (max(i.first_day, first), -(min(i.last_day, last) - max(i.first_day, first)).days, i.order),
        ):
            start_col = (max(item.first_day, first) - first).days
            end_col = (min(item.last_day, last) - first).days
            bars.append(
                AllDayBar(
                    item,
                    start_col,
                    end_col,
                    lanes.place(start_col, end_col),
                    item.first_day < first,
                    item.last_day > last,
                )
            )
        self._lanes_by_column = [[] for _ in range(self._days)]
        for bar in bars:
            for column in range(bar.first, bar.last + 1):
                self._lanes_by_column[column].append(bar.lane)
        for index, day in enumerate(days):
            pieces: list[Block] = []
            for item in candidates:
                if item.is_bar or not item.covers(day):
                    continue
                assert item.start is not None
                assert item.end is not None
                start_minute = item.start.hour * 60 + item.start.minute if item.start.date() == day else 0
                end_minute = item.end.hour * 60 + item.end.minute if item.end.date() == day else MINUTES_PER_DAY
                if end_minute <= start_minute and item.end.date() != day:
                    end_minute = MINUTES_PER_DAY
                if end_minute <= start_minute and start_minute > 0 and item.end > item.start:
                    continue  # ends exactly at midnight of this day: nothing to draw here
                pieces.append(Block(item, index, day, start_minute, max(end_minute, start_minute)))
            pieces.sort(key=lambda block: (block.start_minute, -block.end_minute, block.item.order))
            packing = pack_columns(
                [
                    (block.start_minute, max(block.end_minute, block.start_minute + MIN_BLOCK_MINUTES))
                    for block in pieces
                ]
            )
            for block, (column, columns) in zip(pieces, packing, strict=True):
                block.column, block.columns = column, columns
            blocks.extend(pieces)
        self._bars, self._blocks = bars, blocks
        self._relayout()
        self._scroll_to_earliest_if_new(first, blocks)

    def _relayout(self) -> None:
        scrollbar = self.grid_scroll.verticalScrollBar().sizeHint().width()
        width = max(0, self.width())
        self.strip.relayout(width)
        self.strip.setFixedHeight(self.strip.height_for(width))
        self._content_width = float(max(self.GUTTER + self._days, width - scrollbar))
        used = max((bar.lane + 1 for bar in self._bars), default=0)
        lanes = max(1, min(used, self.MAX_LANES))
        self.all_day.setFixedHeight(self.HEADER_HEIGHT + lanes * (self.LANE_HEIGHT + self.LANE_GAP) + 6)
        self._layout_all_day()
        self.relayout_grid(self.grid.width() if self.grid.width() > 0 else int(self._content_width))
        self.all_day.update()
        self.update()

    def column_width(self, width: float | None = None) -> float:
        return ((width if width is not None else self._content_width) - self.GUTTER) / self._days

    def column_left(self, index: int, width: float | None = None) -> float:
        return self.GUTTER + index * self.column_width(width)

    def _layout_all_day(self) -> None:
        pitch = self.LANE_HEIGHT + self.LANE_GAP
        capacity = self.MAX_LANES
        limits = [visible_lane_limit(lanes, capacity) for lanes in self._lanes_by_column]
        top = self.HEADER_HEIGHT + 3
        for bar in self._bars:
            bar.rect = QRectF()
            visible = [column for column in range(bar.first, bar.last + 1) if bar.lane < limits[column]]
            if len(visible) == bar.last - bar.first + 1:
                left = self.column_left(bar.first) + 2
                right = self.column_left(bar.last + 1) - 2
                bar.rect = QRectF(left, top + bar.lane * pitch, right - left, self.LANE_HEIGHT)
        self._all_day_more = []
        days = self.visible_days()
        for column, lanes in enumerate(self._lanes_by_column):
            hidden = sum(1 for lane in lanes if lane >= limits[column])
            if hidden:
                left = self.column_left(column) + 2
                rect = QRectF(left, top + limits[column] * pitch, self.column_width() - 4, self.LANE_HEIGHT)
                self._all_day_more.append(AllDayMore(days[column], hidden, rect))

    def relayout_grid(self, width: int) -> None:
        if width <= 0:
            return
        self._content_width = float(width)
        self._layout_all_day()
        column_width = self.column_width(width)
        for block in self._blocks:
            left = self.column_left(block.day_index, width) + 1
            usable = column_width - 6
            sub = usable / block.columns
            top = block.start_minute * self.HOUR_HEIGHT / 60
            bottom = max(block.end_minute, block.start_minute + MIN_BLOCK_MINUTES) * self.HOUR_HEIGHT / 60
            block.rect = QRectF(left + block.column * sub, top + 1, sub - 1, bottom - top - 2)
        self.grid.update()
        self.all_day.update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().showEvent(event)
        if not self._scrolled_initially:
            self._scrolled_initially = True
            self.scroll_to_hour(self.opening_hour())

    def opening_hour(self) -> int:
        """The hour the grid opens at: the earliest event of the period's, else the working day's start.

        Outlook opens a day at a fixed hour and hides a 01:00 meeting above it; here the first
        event of the page is always in sight.
        """
        if not self._blocks:
            return self.FIRST_HOUR
        return min(block.start_minute for block in self._blocks) // 60

    def _scroll_to_earliest_if_new(self, first: date, blocks: list[Block]) -> None:
        """Scroll to the opening hour when the page or its events changed (not on a mere selection)."""
        key = (first, tuple(sorted((b.item.uid, b.start_minute) for b in blocks)))
        if key == getattr(self, "_scrolled_for", None):
            return
        self._scrolled_for = key
        if self.isVisible():
            self.scroll_to_hour(self.opening_hour())
        else:
            self._scrolled_initially = False  # scrolled when shown, once the grid has its size

    def scroll_to_hour(self, hour: float) -> None:
        """Scroll the grid so that ``hour`` is at the top."""
        # A few pixels less, so the label of that hour (centred on its line) is not cut off.
        self.grid_scroll.verticalScrollBar().setValue(max(0, int(hour * self.HOUR_HEIGHT) - 10))

    # -- queries --

    def blocks(self) -> list[Block]:
        """Return the timed blocks with their rectangles (grid coordinates)."""
        return list(self._blocks)

    def blocks_for(self, uid: str) -> list[Block]:
        return [block for block in self._blocks if block.item.uid == uid]

    def all_day_bars(self) -> list[AllDayBar]:
        return list(self._bars)

    def all_day_more_links(self) -> list[AllDayMore]:
        return list(self._all_day_more)

    def block_at(self, pos: QPointF) -> Block | None:
        for block in reversed(self._blocks):
            if block.rect.contains(pos):
                return block
        return None

    def bar_at(self, pos: QPointF) -> AllDayBar | AllDayMore | None:
        for bar in reversed(self._bars):
            if not bar.rect.isNull() and bar.rect.contains(pos):
                return bar
        return next((link for link in self._all_day_more if link.rect.contains(pos)), None)

    def day_at_x(self, x: float) -> date | None:
        if x < self.GUTTER:
            return None
        index = int((x - self.GUTTER) // self.column_width())
        return self.visible_days()[index] if 0 <= index < self._days else None

    def slot_at(self, pos: QPointF) -> datetime | None:
        """Return the naive display-zone start of the half-hour slot under ``pos`` (grid coordinates)."""
        day = self.day_at_x(pos.x())
        if day is None:
            return None
        minutes = int(pos.y() * 60 / self.HOUR_HEIGHT) // 30 * 30
        minutes = min(max(minutes, 0), MINUTES_PER_DAY - 30)
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    def slot_point(self, moment: datetime) -> QPointF:
        """Return a point inside the slot of a naive display-zone time (grid coordinates)."""
        index = (moment.date() - self.first_visible_day()).days
        x = self.column_left(index) + self.column_width() / 2
        y = (moment.hour * 60 + moment.minute + 10) * self.HOUR_HEIGHT / 60
        return QPointF(x, y)

    # -- painting --

    def paint_all_day(self, painter: QPainter, widget: QWidget) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.font()
        width, height = widget.width(), widget.height()
        style.fill_rect(painter, widget.rect(), QColor(style.BACKGROUND))
        style.fill_rect(painter, QRectF(0, 0, width, self.HEADER_HEIGHT), QColor(style.HEADER_BACKGROUND))
        today = self.today()
        for index, day in enumerate(self.visible_days()):
            left = self.column_left(index)
            column = QRectF(left, 0, self.column_width(), self.HEADER_HEIGHT)
            if day == today:
                style.fill_rect(painter, QRectF(left, self.HEADER_HEIGHT, self.column_width(), height - self.HEADER_HEIGHT),
                                QColor(style.TODAY_BACKGROUND))
            elif self.holiday_marks is not None and self.holiday_marks.on(day).host_weekend:
                paint_weekend(painter, QRectF(left, self.HEADER_HEIGHT, self.column_width(), height - self.HEADER_HEIGHT))
            paint_day_header(painter, day, column, base, is_today=day == today, day_view=self._days == 1,
                             long_name=self.column_width() > 150, marks=self.holiday_marks)
        paint_gutter_label(painter, self.tr("All day"), QRectF(4, self.HEADER_HEIGHT, self.GUTTER - 10, self.LANE_HEIGHT + 6),
                           height - self.HEADER_HEIGHT - 3, base)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1.0))
        for index in range(self._days + 1):
            x = crisp(self.column_left(index))
            painter.drawLine(QPointF(x, self.HEADER_HEIGHT if index == 0 else 0), QPointF(x, height))
        painter.drawLine(QPointF(self.GUTTER, crisp(self.HEADER_HEIGHT)), QPointF(width, crisp(self.HEADER_HEIGHT)))
        painter.setPen(QPen(QColor(style.GRID_LINE_STRONG), 1.0))
        painter.drawLine(QPointF(0, crisp(height - 1)), QPointF(width, crisp(height - 1)))
        for bar in self._bars:
            if bar.rect.isNull():
                continue
            text = bar.item.title
            if bar.item.timed and not bar.continues_left:
                text = f"{bar.item.time_text()} {text}"
            paint_bar(
                painter,
                bar.rect,
                bar.item,
                text,
                item_font(base, bar.item),
                selected=bar.item.uid == self._selected_uid,
                round_left=not bar.continues_left,
                round_right=not bar.continues_right,
            )
        painter.setFont(style.ui_font(9.0, bold=True, base=base))
        painter.setPen(QColor(style.MUTED_TEXT))
        for link in self._all_day_more:
            painter.drawText(link.rect.adjusted(6, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             self.tr("+%n more", "", link.count))

    def paint_grid(self, painter: QPainter, widget: QWidget, clip: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.font()
        width, height = widget.width(), widget.height()
        style.fill_rect(painter, widget.rect(), QColor(style.BACKGROUND))
        today = self.today()
        days = self.visible_days()
        grid_height = 24 * self.HOUR_HEIGHT
        paint_off_hours(painter, self.GUTTER, width, self.HOUR_HEIGHT)
        for index, day in enumerate(days):
            if day == today:
                style.fill_rect(painter, QRectF(self.column_left(index, width), 0, self.column_width(width), grid_height),
                                QColor(style.TODAY_BACKGROUND))
            elif self.holiday_marks is not None and self.holiday_marks.on(day).host_weekend:
                paint_weekend(painter, QRectF(self.column_left(index, width), 0, self.column_width(width), grid_height))
        paint_hour_lines(painter, style.ui_font(8.5, base=base), self.GUTTER, width, self.HOUR_HEIGHT)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1.0))
        painter.drawLine(QPointF(self.GUTTER, crisp(grid_height)), QPointF(width, crisp(grid_height)))
        for index in range(self._days + 1):
            x = crisp(self.column_left(index, width))
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        for block in self._blocks:
            if block.rect.intersects(QRectF(clip)):
                paint_block(painter, block, base, selected=block.item.uid == self._selected_uid)
        now = self.now()
        if now.date() in days:
            index = days.index(now.date())
            y = (now.hour * 60 + now.minute) * self.HOUR_HEIGHT / 60
            paint_now_line(painter, self.column_left(index, width), self.column_left(index + 1, width), y)

    def block_tooltip(self, block: Block) -> str:
        """Return the tooltip of ``block``: title, category, place, times, status."""
        return self._item_tooltip(block.item)

    # -- interaction --

    def _arrow_step(self, key: int) -> int | None:
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return -1 if key == Qt.Key.Key_Left else 1
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.grid_scroll.verticalScrollBar()
            bar.setValue(bar.value() + (self.HOUR_HEIGHT if event.key() == Qt.Key.Key_Down else -self.HOUR_HEIGHT))
            event.accept()
            return
        super().keyPressEvent(event)

    def grid_pressed(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.block_at(event.position())
        if block is not None:
            self._user_selected(block.item.uid)
            self.drag.press(block.item.uid, event.position(), self.slot_at(event.position()))

    def grid_moved(self, event: QMouseEvent) -> None:
        self.drag.move(event.position())

    def grid_released(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            moved = self.drag.release(event.position(), self.slot_at(event.position()))
            if moved is not None:
                self.event_dropped.emit(*moved)

    def grid_tooltip(self, event: QHelpEvent, widget: QWidget) -> None:
        block = self.block_at(QPointF(event.pos()))
        self._show_item_tooltip(event, block.item if block else None, block.rect if block else None, widget)

    def grid_double_clicked(self, event: QMouseEvent) -> None:
        self.drag.cancel()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.block_at(event.position())
        if block is not None:
            self.event_activated.emit(block.item.uid)
        elif (slot := self.slot_at(event.position())) is not None:
            self.date_activated.emit(slot)

    def all_day_pressed(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.bar_at(event.position())
        if isinstance(hit, AllDayBar):
            self._user_selected(hit.item.uid)
        elif isinstance(hit, AllDayMore):
            items = [bar.item for bar in self._bars if bar.item.covers(hit.day)]
            self.popup.set_items(long_day(hit.day), items, self._display_tz, self.zone_name())
            self.popup.show_at(self.all_day.mapToGlobal(hit.rect.bottomLeft().toPoint()))

    def all_day_double_clicked(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.bar_at(event.position())
        if isinstance(hit, AllDayBar):
            self.event_activated.emit(hit.item.uid)
        elif hit is None and event.position().y() > self.HEADER_HEIGHT:
            day = self.day_at_x(event.position().x())
            if day is not None:
                self.date_activated.emit(day)

    def all_day_tooltip(self, event: QHelpEvent, widget: QWidget) -> None:
        hit = self.bar_at(QPointF(event.pos()))
        if isinstance(hit, AllDayBar):
            self._show_item_tooltip(event, hit.item, hit.rect, widget)
        elif isinstance(hit, AllDayMore):
            self._show_item_tooltip(event, None, None, widget, self.tr("%n more all-day event(s)", "", hit.count))
        else:
            day = self.day_at_x(event.pos().x())
            marks = self.holiday_marks
            text = "" if marks is None or day is None or marks.on(day).empty else marks.tooltip_html(day)
            self._show_item_tooltip(event, None, None, widget, text)

    def _selection_updated(self) -> None:
        self.strip.set_selected_uid(self._selected_uid)
        self.grid.update()
        self.all_day.update()
