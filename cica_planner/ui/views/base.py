"""The interface every calendar view implements, plus the plain helpers the views share.

Views never touch the database: the main window asks for ``visible_range()``, fetches the
occurrences of that range in the display zone and hands them to ``set_occurrences``. Each
view turns them into ``ViewItem``s once (times converted to the display zone, colours
picked) and computes its layout there, so painting and hit-testing only read that layout.

Anchor rules: ``set_anchor_date`` is programmatic and emits nothing; ``anchor_changed`` is
emitted only when the user moves the anchor inside a view (arrow keys, clicking a day in
another month, a day in the year view), so the main window can re-fetch without loops.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import HOME_ZONE, Clock, system_clock
from cica_planner.domain.model import Category, EventStatus, Occurrence, Precision, zone
from cica_planner.domain.outcome import needs_outcome
from cica_planner.domain.periods import describe_period
from cica_planner.ui import style
from cica_planner.ui.settings import zone_place_name

if TYPE_CHECKING:
    from cica_planner.ui.holiday_marks import HolidayMarks

UID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item-data role holding an event UID in the views' list widgets."""

DEFAULT_DISPLAY_TZ = HOME_ZONE


# -- dates and titles --------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` months, clamped to the end of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def week_start(day: date) -> date:
    """Return the Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def long_day(day: date) -> str:
    """Return 'Thursday 27 June 2024'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """Return 'Thu 27 Jun 2024'."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def span_title(first: date, last: date) -> str:
    """Return '24 – 30 June 2024', '29 July – 4 August 2024' or '30 December 2024 – 5 January 2025'."""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def format_day_span(first: date, last: date) -> str:
    """Return '27 Jun' or '27 Jun – 11 Jul' for an inclusive span of days."""
    if first == last:
        return f"{first.day} {first:%b}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last:%b}"
    return f"{first.day} {first:%b} – {last.day} {last:%b}"


def utc_offset_text(moment: datetime) -> str:
    """Return 'UTC+05:00' for an aware datetime."""
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_city(tzid: str) -> str:
    """Return the readable city of an IANA zone ('Asia/Ho_Chi_Minh' -> 'Ho Chi Minh')."""
    return tzid.rsplit("/", 1)[-1].replace("_", " ")


# -- display items -----------------------------------------------------------------------


@dataclass(eq=False)
class ViewItem:
    """One occurrence prepared for drawing in a display zone.

    Attributes:
        occurrence: the occurrence as the service returned it.
        timed: whether it has a time of day (else it is all-day, by dates).
        start: start in the display zone (timed only).
        end: end in the display zone (timed only).
        first_day: first day covered in the display zone.
        last_day: last day covered (inclusive).
        fixed: whether its day is known (precision DAY).
        period_label: 'Q4 2024', 'late June 2024' … for events not fixed to a day.
        order: position in start order, used as a stable tie-breaker.
    """

    occurrence: Occurrence
    timed: bool
    start: datetime | None
    end: datetime | None
    first_day: date
    last_day: date
    fixed: bool
    period_label: str
    colours: style.ChipColours
    decoration: style.StatusDecoration
    order: int

    @property
    def uid(self) -> str:
        return self.occurrence.uid

    @property
    def title(self) -> str:
        return self.occurrence.event.title

    @property
    def category(self) -> Category:
        return self.occurrence.event.category

    @property
    def status(self) -> EventStatus:
        return self.occurrence.event.status

    @property
    def place(self) -> str:
        event = self.occurrence.event
        return ", ".join(part for part in (event.venue, event.city) if part) or event.country

    @property
    def city(self) -> str:
        event = self.occurrence.event
        return event.city or event.country

    @property
    def is_bar(self) -> bool:
        """Whether it is drawn as a bar over day cells (all-day, or timed for a day or more)."""
        if not self.timed:
            return True
        assert self.start is not None
        assert self.end is not None
        return self.end - self.start >= timedelta(days=1)

    @property
    def multi_day(self) -> bool:
        return self.last_day > self.first_day

    def time_text(self) -> str:
        """Return '10:00' (display zone) for a timed item, '' for an all-day one."""
        return f"{self.start:%H:%M}" if self.timed and self.start else ""

    def time_range_text(self) -> str:
        """Return '10:00 – 13:00', 'All day' or '27 Jun – 11 Jul'."""
        if not self.timed:
            return "All day" if not self.multi_day else format_day_span(self.first_day, self.last_day)
        assert self.start is not None
        assert self.end is not None
        if self.multi_day and self.is_bar:
            return (
                f"{format_day_span(self.first_day, self.first_day)} {self.start:%H:%M} – "
                f"{format_day_span(self.last_day, self.last_day)} {self.end:%H:%M}"
            )
        return f"{self.start:%H:%M} – {self.end:%H:%M}{self.next_day_marker()}"

    def next_day_marker(self) -> str:
        """Return ' (+1)' for a timed item ending on a later day than it starts (23:00 – 00:30), else ''."""
        if not self.timed or self.start is None or self.end is None:
            return ""
        days = (self.end.date() - self.start.date()).days
        if days and self.end.time() == datetime.min.time():
            days -= 1  # ending at midnight is still the same day (23:00 – 00:00)
        return f" (+{days})" if days > 0 else ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def prepare_items(occurrences: Iterable[Occurrence], display_tz: str, today: date | None = None) -> list[ViewItem]:
    """Return the occurrences as display items in ``display_tz``, in start order.

    With ``today``, a past plan whose outcome nobody recorded is drawn and labelled "Outcome to confirm".
    """
    tz = zone(display_tz)
    items: list[ViewItem] = []
    for order, occurrence in enumerate(occurrences):
        event = occurrence.event
        start_moment, end_moment = occurrence.start, occurrence.end
        if isinstance(start_moment, datetime) and isinstance(end_moment, datetime):
            start, end = start_moment.astimezone(tz), end_moment.astimezone(tz)
            first = start.date()
            last = end.date()
            # An end at midnight belongs to the day before (09:00–00:00 is one day).
            if end.time() == datetime.min.time() and last > first:
                last -= timedelta(days=1)
            timed = True
        else:
            start = end = None
            first = start_moment  # type: ignore[assignment]
            last = max(first, end_moment - timedelta(days=1))  # type: ignore[operator]
            timed = False
        fixed = event.precision is Precision.DAY
        # A window's label needs its last possible day: "between 14 and 17 Apr 2024, day not known".
        label = "" if fixed else describe_period(event.precision, first, event.period_part, last)
        unconfirmed = today is not None and needs_outcome(event, today)
        items.append(
            ViewItem(
                occurrence=occurrence,
                timed=timed,
                start=start,
                end=end,
                first_day=first,
                last_day=last,
                fixed=fixed,
                period_label=label,
                colours=style.chip_colours(event.category, event.status, outcome_to_confirm=unconfirmed),
                decoration=style.status_decorations(event.status, outcome_to_confirm=unconfirmed),
                order=order,
            )
        )
    items.sort(key=lambda item: (item.first_day, item.start or datetime.min.replace(tzinfo=tz), item.order))
    for order, item in enumerate(items):
        item.order = order
    return items


def venue_time_text(item: ViewItem) -> str:
    """Return '10:00 – 13:00 Astana (UTC+05:00)': the time where the event takes place."""
    occurrence = item.occurrence
    if not isinstance(occurrence.start, datetime) or not isinstance(occurrence.end, datetime):
        return ""
    venue_zone = zone(occurrence.event.tzid)
    start, end = occurrence.start.astimezone(venue_zone), occurrence.end.astimezone(venue_zone)
    city = occurrence.event.city or zone_city(occurrence.event.tzid)
    span = (
        f"{start:%H:%M}"
        if start.date() == end.date() or end - start < timedelta(days=1)
        else f"{short_day(start.date())} {start:%H:%M}"
    )
    end_text = f"{end:%H:%M}" if start.date() == end.date() else f"{short_day(end.date())} {end:%H:%M}"
    return f"{span} – {end_text} {city} ({utc_offset_text(start)})"


def when_text(item: ViewItem, display_tz: str, zone_name: str | None = None) -> str:
    """Return the date and time of ``item`` as shown in the display zone.

    ``zone_name`` names the display zone as the status bar and settings do ('Astana'); by default
    it is derived from ``display_tz``.
    """
    place = zone_name or zone_place_name(display_tz)
    if not item.fixed:
        return f"Date to be confirmed ({item.period_label})"
    if not item.timed:
        if item.multi_day:
            return f"{short_day(item.first_day)} – {short_day(item.last_day)} (all day)"
        return f"{short_day(item.first_day)} (all day)"
    assert item.start is not None
    assert item.end is not None
    if item.first_day == item.last_day:
        return f"{short_day(item.first_day)}, {item.start:%H:%M} – {item.end:%H:%M} ({place} time)"
    return (
        f"{short_day(item.first_day)} {item.start:%H:%M} – {short_day(item.last_day)} {item.end:%H:%M} "
        f"({place} time)"
    )


def tooltip_html(item: ViewItem, display_tz: str, zone_name: str | None = None) -> str:
    """Return the rich tooltip of an item: title, category, place, times, status (``zone_name``: see when_text)."""
    event = item.occurrence.event
    lines = [f"<b>{html.escape(event.title)}</b>"]
    kind = html.escape(event.category.value)
    lines.append(f"<span style='color:{item.colours.outline.name()}'>&#9679;</span> {kind}")
    if event.place:
        lines.append(html.escape(event.place))
    lines.append(html.escape(when_text(item, display_tz, zone_name)))
    local = venue_time_text(item)
    if local:
        lines.append(f"Local time: {html.escape(local)}")
    status = f"Status: {html.escape(item.decoration.label)}"
    if event.mode.value not in ("unknown", ""):
        status += f" · {html.escape(event.mode.value)}"
    lines.append(status)
    if event.rrule:
        lines.append("<i>Repeats</i>")
    return "<br>".join(lines)


# -- layout helpers -----------------------------------------------------------------------


class LaneGrid:
    """Greedy lane assignment over a row of columns so that bars never overlap."""

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.lanes: list[list[bool]] = []

    def place(self, first: int, last: int) -> int:
        """Return the lowest lane free over columns ``first``..``last`` and mark it used."""
        for index, lane in enumerate(self.lanes):
            if not any(lane[first : last + 1]):
                for column in range(first, last + 1):
                    lane[column] = True
                return index
        lane = [False] * self.columns
        for column in range(first, last + 1):
            lane[column] = True
        self.lanes.append(lane)
        return len(self.lanes) - 1


def pack_columns(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Place overlapping intervals side by side: return (column, columns in its cluster) for each.

    Intervals must be sorted by start. A cluster is a run of transitively overlapping
    intervals; every interval of a cluster gets the same width.
    """
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[int] = []
    column_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        for index in cluster:
            result[index] = (result[index][0], len(column_ends))

    for index, (start, end) in enumerate(intervals):
        if cluster and start >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], float("-inf")
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        result[index] = (column, 0)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return result


def visible_lane_limit(lanes: Iterable[int], capacity: int) -> int:
    """Return how many lanes of a cell show items; one lane is kept for '+N more' on overflow."""
    highest = max(lanes, default=-1)
    return capacity if highest < capacity else max(0, capacity - 1)


# -- painting helpers ---------------------------------------------------------------------


def crisp(value: float) -> float:
    """Return a coordinate on a pixel centre so 1px lines stay sharp."""
    return int(value) + 0.5


def rounded_path(rect: QRectF, radius: float, *, round_left: bool = True, round_right: bool = True) -> QPainterPath:
    """Return a rectangle path with rounded corners only on the requested sides."""
    path = QPainterPath()
    left_radius = radius if round_left else 0.0
    right_radius = radius if round_right else 0.0
    path.moveTo(rect.left() + left_radius, rect.top())
    path.lineTo(rect.right() - right_radius, rect.top())
    if right_radius:
        path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + right_radius)
        path.lineTo(rect.right(), rect.bottom() - right_radius)
        path.quadTo(rect.right(), rect.bottom(), rect.right() - right_radius, rect.bottom())
    else:
        path.lineTo(rect.right(), rect.bottom())
    path.lineTo(rect.left() + left_radius, rect.bottom())
    if left_radius:
        path.quadTo(rect.left(), rect.bottom(), rect.left(), rect.bottom() - left_radius)
        path.lineTo(rect.left(), rect.top() + left_radius)
        path.quadTo(rect.left(), rect.top(), rect.left() + left_radius, rect.top())
    else:
        path.lineTo(rect.left(), rect.top())
    path.closeSubpath()
    return path


def item_font(base: QFont, item: ViewItem, *, bold: bool = False, point_size: float = 9.0) -> QFont:
    """Return the font for an item's title, with its status decoration applied."""
    font = style.ui_font(point_size, bold=bold, base=base)
    font.setStrikeOut(item.decoration.strike_out)
    font.setItalic(item.decoration.italic)
    return font


def paint_bar(
    painter: QPainter,
    rect: QRectF,
    item: ViewItem,
    text: str,
    font: QFont,
    *,
    selected: bool,
    round_left: bool = True,
    round_right: bool = True,
) -> None:
    """Paint a filled event chip with elided text (month bars, all-day strip)."""
    path = rounded_path(rect, 3.0, round_left=round_left, round_right=round_right)
    painter.fillPath(path, item.colours.fill)
    if item.decoration.tentative:
        painter.setPen(QPen(item.colours.outline, 1.0))
        painter.drawPath(path)
    if selected:
        painter.setPen(QPen(QColor(style.TEXT), 2.0))
        painter.drawPath(path)
    painter.setFont(font)
    painter.setPen(item.colours.text)
    metrics = QFontMetrics(font)
    inset = 6.0 if round_left else 4.0
    text_rect = rect.adjusted(inset, 0, -4, 0)
    painter.drawText(
        text_rect,
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())),
    )


def paint_timed_line(painter: QPainter, rect: QRectF, item: ViewItem, base: QFont, *, selected: bool) -> None:
    """Paint a one-line timed item: colour dot, start time, title (month view)."""
    if selected:
        path = rounded_path(rect, 3.0)
        painter.fillPath(path, QColor(style.ACCENT_LIGHT))
        painter.setPen(QPen(QColor(style.ACCENT), 1.0))
        painter.drawPath(path)
    dot = 7.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(item.colours.outline)
    painter.drawEllipse(QRectF(rect.left() + 5, rect.center().y() - dot / 2, dot, dot))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x = rect.left() + 5 + dot + 4
    time_font = style.ui_font(9.0, base=base)
    time_text = item.time_text()
    painter.setFont(time_font)
    painter.setPen(QColor(style.MUTED_TEXT))
    time_width = QFontMetrics(time_font).horizontalAdvance(time_text + " ")
    painter.drawText(QRectF(x, rect.top(), time_width, rect.height()), int(Qt.AlignmentFlag.AlignVCenter), time_text)
    x += time_width
    title_font = item_font(base, item)
    painter.setFont(title_font)
    painter.setPen(QColor(style.DIM_TEXT if item.decoration.faded else style.TEXT))
    width = max(0.0, rect.right() - x - 3)
    painter.drawText(
        QRectF(x, rect.top(), width, rect.height()),
        int(Qt.AlignmentFlag.AlignVCenter),
        QFontMetrics(title_font).elidedText(item.title, Qt.TextElideMode.ElideRight, int(width)),
    )


def colour_icon(colour: QColor, size: int = 10) -> QIcon:
    """Return a small round swatch of ``colour``."""
    return style.colour_swatch(colour, size, inset=0.5)


def side_by_side(
    parent: QWidget, left: QWidget, right: QWidget, stretch: tuple[int, int], sizes: list[int]
) -> QSplitter:
    """Return a horizontal splitter of two panes that cannot be collapsed, with their stretch and first sizes."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(sizes)
    return splitter


def set_up_row_table(view: QTableView, row_height: int | None = None) -> None:
    """Make ``view`` a read-only table of whole rows: no row numbers, no wrapping, rows selected whole."""
    view.verticalHeader().setVisible(False)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)


# -- shared widgets -----------------------------------------------------------------------


class ItemListPopup(QFrame):
    """A popup listing items (a day's events behind '+N more', or events to be confirmed).

    Signals:
        item_selected(str): an item was clicked (uid).
        item_activated(str): an item was double-clicked or Enter was pressed (uid).
    """

    item_selected = Signal(str)
    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("itemListPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#itemListPopup {{ background: {style.BACKGROUND}; border: 1px solid {style.GRID_LINE_STRONG}; }}"
            f"QListWidget {{ border: none; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.title_label = QLabel(self)
        self.title_label.setFont(style.ui_font(10.0, bold=True, base=self.font()))
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("popupList")
        self.list_widget.setIconSize(QSize(10, 10))
        self.list_widget.setMouseTracking(True)
        # Never a horizontal scroll bar: the popup is as wide as its longest line, up to the window's
        # width; a longer title is elided (its tooltip has it whole).
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list_widget)
        self.list_widget.itemClicked.connect(lambda entry: self.item_selected.emit(entry.data(UID_ROLE)))
        self.list_widget.itemActivated.connect(self._activate)

    def _activate(self, entry: QListWidgetItem) -> None:
        self.item_activated.emit(entry.data(UID_ROLE))
        self.hide()

    def set_items(self, title: str, items: Sequence[ViewItem], display_tz: str, zone_name: str | None = None) -> None:
        """Fill the popup with ``items`` under ``title`` (``zone_name``: see when_text)."""
        self.title_label.setText(title)
        self.list_widget.clear()
        for item in items:
            when = (
                item.time_text() if item.timed and not item.multi_day else (item.period_label or item.time_range_text())
            )
            entry = QListWidgetItem(colour_icon(item.colours.outline), f"{when}   {item.title}")
            entry.setData(UID_ROLE, item.uid)
            entry.setToolTip(tooltip_html(item, display_tz, zone_name))
            font = item_font(self.font(), item, point_size=9.5)
            entry.setFont(font)
            self.list_widget.addItem(entry)
        metrics = QFontMetrics(style.ui_font(9.5, base=self.font()))
        # Each line measured in its own font (bold, italic), plus icon, padding and a scroll bar.
        longest = max(
            (QFontMetrics(entry.font()).horizontalAdvance(entry.text())
             for entry in (self.list_widget.item(i) for i in range(self.list_widget.count()))),
            default=0,
        )
        scrollbar = self.list_widget.verticalScrollBar().sizeHint().width() if len(items) > 12 else 0
        width = max(260, longest + 60 + scrollbar, QFontMetrics(self.title_label.font()).horizontalAdvance(title) + 24)
        rows = min(12, max(1, len(items)))
        self.resize(min(width, self._room().width() - 16), 48 + rows * (metrics.height() + 8))

    def _room(self) -> QRect:
        """Where the popup may go: the window it belongs to (the screen when it has none)."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            return QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)

    def show_at(self, global_pos: QPoint) -> None:
        """Show the popup at ``global_pos``, moved left or up as needed to stay inside the window."""
        room = self._room()
        x = max(room.left() + 8, min(global_pos.x(), room.right() - self.width() - 8))
        y = max(room.top() + 8, min(global_pos.y(), room.bottom() - self.height() - 8))
        self.move(QPoint(x, y))
        self.show()
        self.list_widget.setFocus()


@dataclass
class _StripChip:
    rect: QRectF
    item: ViewItem | None  # None for the '+N more' chip
    text: str
    detail: str


class UnscheduledStrip(QWidget):
    """A thin band listing events whose day is not fixed yet ("To be confirmed").

    Events known only to a month, quarter or year would be noise drawn as bars over a
    whole quarter, so the views list them here instead. The chip layout is computed when
    items or the width change; painting and hit-testing read it.

    Signals:
        item_selected(str): a chip was clicked (uid).
        item_activated(str): a chip was double-clicked (uid).
    """

    item_selected = Signal(str)
    item_activated = Signal(str)

    MAX_ROWS = 2
    ROW_HEIGHT = 22
    LABEL = "To be confirmed"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledStrip")
        self._items: list[ViewItem] = []
        self._chips: list[_StripChip] = []
        self._display_tz = DEFAULT_DISPLAY_TZ
        self._selected_uid: str | None = None
        self._label_width = 0.0
        self.popup = ItemListPopup(self)
        self.popup.item_selected.connect(self.item_selected)
        self.popup.item_activated.connect(self.item_activated)
        self.setVisible(False)

    def items(self) -> list[ViewItem]:
        return list(self._items)

    def chips(self) -> list[tuple[QRectF, str | None]]:
        """Return (rect, uid) of each chip as laid out; uid is None for '+N more'."""
        return [(chip.rect, chip.item.uid if chip.item else None) for chip in self._chips]

    def set_items(self, items: Sequence[ViewItem], display_tz: str) -> None:
        """Show ``items`` (events not fixed to a day), ordered by their period."""
        precision_rank = {Precision.WINDOW: -1, Precision.MONTH: 0, Precision.QUARTER: 1, Precision.YEAR: 2}
        self._items = sorted(
            items,
            key=lambda item: (
                precision_rank.get(item.occurrence.event.precision, 3),
                item.first_day,
                item.title.casefold(),
            ),
        )
        self._display_tz = display_tz
        self.setVisible(bool(self._items))
        self.relayout(self.width())

    def set_selected_uid(self, uid: str | None) -> None:
        self._selected_uid = uid
        self.update()

    def height_for(self, width: int) -> int:
        """Return the height this strip needs at ``width`` (0 when empty)."""
        if not self._items:
            return 0
        rows = 1 + max((int((chip.rect.top() - 4) // self.ROW_HEIGHT) for chip in self._chips), default=0)
        return 6 + rows * self.ROW_HEIGHT

    def relayout(self, width: int) -> None:
        """Flow the chips into at most MAX_ROWS rows of ``width``; the rest go behind '+N more'."""
        self._chips = []
        if not self._items or width <= 0:
            return
        label_font = style.ui_font(9.0, bold=True, base=self.font())
        chip_font = style.ui_font(9.0, base=self.font())
        metrics, label_metrics = QFontMetrics(chip_font), QFontMetrics(label_font)
        self._label_width = label_metrics.horizontalAdvance(self.LABEL) + 18
        left, right = 8 + self._label_width, width - 8
        x, row = left, 0
        reserve = metrics.horizontalAdvance("+99 more") + 20
        for index, item in enumerate(self._items):
            detail = ", ".join(part for part in (item.period_label, item.city) if part)
            title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, 230)
            chip_width = 24 + metrics.horizontalAdvance(title) + 8 + metrics.horizontalAdvance(detail) + 10
            remaining = len(self._items) - index - 1
            limit = right - (reserve if row == self.MAX_ROWS - 1 and remaining else 0)
            if x + chip_width > limit and x > left:
                row += 1
                x = left
                limit = right - (reserve if row == self.MAX_ROWS - 1 and remaining else 0)
            if row >= self.MAX_ROWS or (row == self.MAX_ROWS - 1 and x + chip_width > limit):
                hidden = len(self._items) - index
                text = f"+{hidden} more"
                rect = QRectF(
                    x if row < self.MAX_ROWS else right - reserve + 6,
                    4 + min(row, self.MAX_ROWS - 1) * self.ROW_HEIGHT,
                    metrics.horizontalAdvance(text) + 14,
                    self.ROW_HEIGHT - 4,
                )
                self._chips.append(_StripChip(rect, None, text, ""))
                break
            chip_width = min(chip_width, right - x)
            rect = QRectF(x, 4 + row * self.ROW_HEIGHT, chip_width, self.ROW_HEIGHT - 4)
            self._chips.append(_StripChip(rect, item, title, detail))
            x += chip_width + 6
        self._widen_rows(metrics, right)
        self.update()

    def _widen_rows(self, metrics: QFontMetrics, right: float) -> None:
        """Give the width a row leaves free to its elided titles, so a lone chip is not cut at 230 px."""
        rows: dict[float, list[_StripChip]] = {}
        for chip in self._chips:
            rows.setdefault(chip.rect.top(), []).append(chip)
        for chips in rows.values():
            if any(chip.item is None for chip in chips):
                continue  # the row with "+N more" is full by construction
            free = right - chips[-1].rect.right()
            shift = 0.0
            for chip in chips:
                chip.rect.translate(shift, 0)
                assert chip.item is not None
                if free <= 0 or chip.text == chip.item.title:
                    continue
                wanted = metrics.horizontalAdvance(chip.item.title) - metrics.horizontalAdvance(chip.text)
                extra = min(free, wanted + 4)
                chip.text = metrics.elidedText(chip.item.title, Qt.TextElideMode.ElideRight,
                                               int(metrics.horizontalAdvance(chip.text) + extra))
                chip.rect.setWidth(chip.rect.width() + extra)
                free -= extra
                shift += extra

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.relayout(self.width())
        super().resizeEvent(event)

    def chip_at(self, pos: QPointF) -> _StripChip | None:
        return next((chip for chip in self._chips if chip.rect.contains(pos)), None)

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.TBC_BACKGROUND))
        painter.setPen(QColor(style.TBC_BORDER))
        painter.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        label_font = style.ui_font(9.0, bold=True, base=self.font())
        painter.setFont(label_font)
        painter.setPen(QColor("#7a6a3a"))
        painter.drawText(
            QRectF(10, 4, self._label_width, self.ROW_HEIGHT - 4), int(Qt.AlignmentFlag.AlignVCenter), self.LABEL
        )
        chip_font = style.ui_font(9.0, base=self.font())
        metrics = QFontMetrics(chip_font)
        for chip in self._chips:
            path = rounded_path(chip.rect, 4.0)
            selected = chip.item is not None and chip.item.uid == self._selected_uid
            painter.fillPath(path, QColor(style.ACCENT_LIGHT if selected else style.BACKGROUND))
            painter.setPen(QPen(QColor(style.ACCENT if selected else style.TBC_BORDER), 1.0))
            painter.drawPath(path)
            if chip.item is None:
                painter.setFont(chip_font)
                painter.setPen(QColor(style.MUTED_TEXT))
                painter.drawText(chip.rect, int(Qt.AlignmentFlag.AlignCenter), chip.text)
                continue
            item = chip.item
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(item.colours.outline)
            painter.drawEllipse(QRectF(chip.rect.left() + 8, chip.rect.center().y() - 4, 8, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x = chip.rect.left() + 22
            title_font = item_font(self.font(), item)
            painter.setFont(title_font)
            painter.setPen(QColor(style.TEXT))
            available = chip.rect.right() - x - 6
            title = QFontMetrics(title_font).elidedText(chip.text, Qt.TextElideMode.ElideRight, int(available))
            painter.drawText(
                QRectF(x, chip.rect.top(), available, chip.rect.height()), int(Qt.AlignmentFlag.AlignVCenter), title
            )
            x += QFontMetrics(title_font).horizontalAdvance(title) + 8
            if x < chip.rect.right() - 10:
                painter.setFont(chip_font)
                painter.setPen(QColor(style.MUTED_TEXT))
                detail_width = chip.rect.right() - x - 6
                painter.drawText(
                    QRectF(x, chip.rect.top(), detail_width, chip.rect.height()),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(chip.detail, Qt.TextElideMode.ElideRight, int(detail_width)),
                )
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        chip = self.chip_at(event.position())
        if chip is None:
            return
        if chip.item is None:
            self.popup.set_items("To be confirmed", self._items, self._display_tz)
            self.popup.show_at(self.mapToGlobal(chip.rect.bottomLeft().toPoint()))
            return
        self._selected_uid = chip.item.uid
        self.update()
        self.item_selected.emit(chip.item.uid)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        chip = self.chip_at(event.position())
        if chip is not None and chip.item is not None:
            self.item_activated.emit(chip.item.uid)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            chip = self.chip_at(QPointF(event.pos()))
            if chip is None:
                QToolTip.hideText()
            elif chip.item is None:
                QToolTip.showText(event.globalPos(), "Show every event still to be confirmed", self)
            else:
                QToolTip.showText(
                    event.globalPos(), tooltip_html(chip.item, self._display_tz), self, chip.rect.toRect()
                )
            return True
        return super().event(event)


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock: Clock = system_clock()
        self._anchor = self._clock.today()
        self._display_tz = DEFAULT_DISPLAY_TZ
        self._zone_name: str | None = None
        self._items: list[ViewItem] = []
        self._selected_uid: str | None = None
        self.holiday_marks: HolidayMarks | None = None  # holidays, the host's weekend, Ramadan; None: no marks
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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

    def set_zone_name(self, name: str | None) -> None:
        """Name the display zone in tooltips as the status bar does ('Astana'); None derives it from the zone."""
        self._zone_name = name or None

    def zone_name(self) -> str:
        """Return the place the display zone is named after in tooltips ('Astana time')."""
        return self._zone_name or zone_place_name(self._display_tz)

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
        return f"{self._anchor:%B %Y}"
