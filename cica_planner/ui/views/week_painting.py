"""Painting the week and day views' time grid: the working hours, the hour lines and the timed blocks with their text.

``block_text`` and ``wrap_lines`` decide what text of a block fits; they are plain functions so
tests can check the layout without painting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from cica_planner.i18n.dates import month_name, weekday_name
from cica_planner.ui import style
from cica_planner.ui.holiday_marks import HolidayMarks, paint_cell_label
from cica_planner.ui.views.items import ViewItem
from cica_planner.ui.views.painting import crisp, item_font, rounded_path
from cica_planner.ui.views.week_parts import Block


def paint_off_hours(painter: QPainter, gutter: float, width: float, hour_height: float) -> None:
    """Tint the hours before 08:00 and after 18:00."""
    # Hours outside 08–18 are tinted lightly: the working day stands out as in Outlook.
    off_hours = QColor("#fafbfc")
    style.fill_rect(painter, QRectF(gutter, 0, width - gutter, 8 * hour_height), off_hours)
    style.fill_rect(painter, QRectF(gutter, 18 * hour_height, width - gutter, 6 * hour_height), off_hours)


def paint_hour_lines(painter: QPainter, label_font: QFont, gutter: float, width: float, hour_height: float) -> None:
    """Draw the hour and half-hour lines and the hours' labels in the gutter."""
    painter.setFont(label_font)
    half_pen = QPen(QColor("#eff1f4"), 1.0)
    for hour in range(24):
        y = hour * hour_height
        painter.setPen(QPen(QColor(style.GRID_LINE), 1.0))
        painter.drawLine(QPointF(gutter - 6, crisp(y)), QPointF(width, crisp(y)))
        painter.setPen(half_pen)
        painter.drawLine(QPointF(gutter, crisp(y + hour_height / 2)), QPointF(width, crisp(y + hour_height / 2)))
        if hour:
            painter.setPen(QColor(style.MUTED_TEXT))
            painter.drawText(
                QRectF(0, y - 9, gutter - 10, 18),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                f"{hour:02d}:00",
            )


def paint_day_header(painter: QPainter, day: date, column: QRectF, base: QFont, *, is_today: bool, day_view: bool,
                     long_name: bool, marks: HolidayMarks | None) -> None:
    """Paint a day's header: the day number (in a badge on today), the weekday and the day's holiday label."""
    weekday_font = style.ui_font(8.5, base=base)
    number_font = style.ui_font(12.0, bold=True, base=base)
    name = weekday_name(day.isoweekday(), short=not (day_view or long_name))
    if day_view:
        name = f"{name} · {month_name(day.month)} {day.year}"
    painter.setFont(weekday_font)
    painter.setPen(QColor(style.ACCENT if is_today else style.MUTED_TEXT))
    name_width = QFontMetrics(weekday_font).horizontalAdvance(name)
    number = str(day.day)
    number_width = QFontMetrics(number_font).horizontalAdvance(number)
    x = column.left() + 10
    badge = QRectF(x - 5, 8, max(26.0, number_width + 10), 24)
    if is_today:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.ACCENT))
        painter.drawRoundedRect(badge, 12, 12)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setFont(number_font)
    painter.setPen(QColor("#ffffff" if is_today else style.TEXT))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), number)
    painter.setFont(weekday_font)
    painter.setPen(QColor(style.ACCENT if is_today else style.MUTED_TEXT))
    painter.drawText(
        QRectF(badge.right() + 5, 8, min(name_width + 2, column.right() - badge.right() - 8), 24),
        int(Qt.AlignmentFlag.AlignVCenter),
        name,
    )
    if marks is not None:
        label_rect = QRectF(badge.left(), 8, column.right() - badge.left() - 4, 24)
        paint_cell_label(painter, marks, day, label_rect, badge.width() + 5 + name_width, base)


def paint_gutter_label(painter: QPainter, label: str, room: QRectF, most_height: float, base: QFont) -> None:
    """The all-day strip's label in the time gutter: on one line, or on two when it is longer ('Весь день')."""
    font = style.ui_font(8.0, base=base)
    painter.setFont(font)
    painter.setPen(QColor(style.MUTED_TEXT))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
    if QFontMetrics(font).horizontalAdvance(label) > room.width():
        room = QRectF(room.left(), room.top() + 3, room.width(), max(room.height(), most_height))
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
    painter.drawText(room, int(flags), label)


def paint_now_line(painter: QPainter, left: float, right: float, y: float) -> None:
    """Draw the red line of the current time across today's column."""
    painter.setPen(QPen(QColor(style.NOW_LINE), 2.0))
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.NOW_LINE))
    painter.drawEllipse(QPointF(left, y), 4.5, 4.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_block(painter: QPainter, block: Block, base: QFont, *, selected: bool) -> None:
    """Paint a timed block: its colours, the selection and as much of its text as fits."""
    item, rect = block.item, block.rect
    path = rounded_path(rect, 4.0)
    painter.fillPath(path, item.colours.fill)
    painter.setPen(QPen(QColor(style.BACKGROUND), 1.0))
    painter.drawPath(path)
    if item.decoration.tentative:
        painter.setPen(QPen(item.colours.outline, 1.0))
        painter.drawPath(rounded_path(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4.0))
    if selected:
        painter.setPen(QPen(QColor(style.TEXT), 2.0))
        painter.drawPath(rounded_path(rect.adjusted(1, 1, -1, -1), 3.5))
    painter.save()
    painter.setClipRect(rect.adjusted(1, 1, -1, -1))
    # Side by side with overlapping events a block can be narrow: give its text the padding back.
    inner = rect.adjusted(6, 3, -4, -2) if rect.width() >= 60 else rect.adjusted(3, 2, -2, -2)
    fonts = {"time": style.ui_font(8.5, base=base), "title": item_font(base, item, bold=True)}
    fonts["place"] = fonts["time"]
    metrics = {role: QFontMetrics(font) for role, font in fonts.items()}
    assert item.start is not None
    assert item.end is not None
    rows = block_text(
        f"{item.start:%H:%M}", f"{item.end:%H:%M}", item.title, item.city, inner.width(), inner.height(),
        metrics["time"], metrics["title"],
    )
    painter.setPen(item.colours.text)
    if not rows:
        paint_narrow_block(painter, item, rect, fonts["title"])
    y = inner.top()
    for row in rows:
        x = inner.left()
        height = max(metrics[role].height() for role, _text in row)
        for role, text in row:
            painter.setFont(fonts[role])
            painter.drawText(
                QRectF(x, y, inner.right() - x, height),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
                text,
            )
            x += metrics[role].horizontalAdvance(text)
        y += height
    painter.restore()

def paint_narrow_block(painter: QPainter, item: ViewItem, rect: QRectF, font: QFont) -> None:
    """Mark a block too narrow for its time: a darker stripe and, if it fits, the title's initial.

    Side by side, such blocks would otherwise be blank tiles of one colour; the tooltip has the rest.
    """
    stripe = QRectF(rect.left() + 1, rect.top() + 1, 3, max(0.0, rect.height() - 2))
    painter.save()
    painter.setClipPath(rounded_path(rect.adjusted(1, 1, -1, -1), 3.5), Qt.ClipOperation.IntersectClip)
    style.fill_rect(painter, stripe, item.colours.outline.darker(150))
    painter.restore()
    initial = item.title.strip()[:1].upper()
    metrics = QFontMetrics(font)
    room = QRectF(stripe.right(), rect.top() + 2, rect.right() - stripe.right() - 1, metrics.height())
    if initial and metrics.horizontalAdvance(initial) <= room.width() and metrics.height() <= rect.height() - 2:
        painter.setFont(font)
        painter.setPen(item.colours.text)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter), initial)


#: A clipped word keeps at least this many letters before its "…"; fewer are not shown at all.
MIN_VISIBLE_CHARS = 3

#: One row of a block's text: (role, text) pieces drawn left to right; role is "time", "title" or "place".
BlockRow = list[tuple[str, str]]


def elide_readable(text: str, metrics: QFontMetrics, width: float) -> str:
    """Return ``text`` elided to ``width``, or '' when too little of it would be left to read."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    if elided == text:
        return text
    kept = elided.removesuffix("…").rstrip()
    # "A…" or "0…" says nothing and looks broken: better nothing (the tooltip has it all).
    return elided if len(kept) >= min(MIN_VISIBLE_CHARS, len(text)) else ""


def block_text(
    start: str,
    end: str,
    title: str,
    place: str,
    width: float,
    height: float,
    time_metrics: QFontMetrics,
    title_metrics: QFontMetrics,
) -> list[BlockRow]:
    """Lay out the text of a timed block of ``width`` x ``height``: the rows to draw, top to bottom.

    A block wide enough for "09:00 – 10:00" and tall enough for two lines shows the time range,
    the title wrapped over the lines that fit and the place when there is room. A narrow or short
    block degrades to one row: "09:00 Title…" elided as a whole, or only "09:00" (or "9:00", then
    nothing) with, when the block is tall enough, the elided title alone on a second row.
    Words are never split over rows, and no row is reduced to a letter and "…".
    """
    time_range = f"{start} – {end}"
    wide = time_metrics.horizontalAdvance(time_range) <= width
    if wide and height >= time_metrics.height() + title_metrics.height():
        rows: list[BlockRow] = [[("time", time_range)]]
        title_lines = max(1, int((height - time_metrics.height()) // title_metrics.height()))
        rows += [[("title", line)] for line in wrap_lines(title, title_metrics, width, title_lines)]
        used = time_metrics.height() + (len(rows) - 1) * title_metrics.height()
        place_text = elide_readable(place, time_metrics, width) if place else ""
        if place_text and used + time_metrics.height() <= height:
            rows.append([("place", place_text)])
        return rows
    if time_metrics.horizontalAdvance(start) > width:
        start = start.removeprefix("0")
        if time_metrics.horizontalAdvance(start) > width:
            return []
    lead = f"{start} "
    title_text = elide_readable(title, title_metrics, width - time_metrics.horizontalAdvance(lead))
    if title_text:
        return [[("time", lead), ("title", title_text)]]
    rows = [[("time", start)]]
    # No room beside the time: a tall block still shows the start of the title under it.
    title_text = elide_readable(title, title_metrics, width)
    if title_text and height >= time_metrics.height() + title_metrics.height():
        rows.append([("title", title_text)])
    return rows


def wrap_lines(text: str, metrics: QFontMetrics, width: float, max_lines: int) -> list[str]:
    """Break ``text`` at spaces into at most ``max_lines`` lines of ``width``; the last one is elided.

    A word too long for a line ends the text there, elided; a line that would keep fewer than
    ``MIN_VISIBLE_CHARS`` letters is dropped and the line before it ends with "…" instead.
    """
    words = text.split()
    lines: list[list[str]] = []
    for word in words:
        if lines and metrics.horizontalAdvance(" ".join([*lines[-1], word])) <= width:
            lines[-1].append(word)
        else:
            lines.append([word])
    shown: list[str] = []
    for index, line in enumerate(lines):
        rest = " ".join(word for later in lines[index:] for word in later)
        last = len(shown) == max_lines - 1 or metrics.horizontalAdvance(" ".join(line)) > width
        candidate = elide_readable(rest if last else " ".join(line), metrics, width)
        if not candidate:
            if shown:
                shown[-1] = metrics.elidedText(f"{shown[-1]} {rest}", Qt.TextElideMode.ElideRight, int(width))
            break
        shown.append(candidate)
        if last:
            break
    return shown
