"""Painting helpers shared by the views: crisp lines, rounded bars, an item's font, bars and timed lines."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen

from cica_planner.ui import style
from cica_planner.ui.views.items import ViewItem


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


#: Fonts and metrics made once per base font and style (a month page paints hundreds of items).
_SHARED_FONTS: dict[tuple[str, float, bool, bool, bool], tuple[QFont, QFontMetrics]] = {}
#: Colours of every paint, made once.
_ACCENT = QColor(style.ACCENT)
_ACCENT_LIGHT = QColor(style.ACCENT_LIGHT)
_MUTED_TEXT = QColor(style.MUTED_TEXT)
_DIM_TEXT = QColor(style.DIM_TEXT)
_TEXT = QColor(style.TEXT)


def shared_font(base: QFont, point_size: float = 9.0, *, bold: bool = False, italic: bool = False,
                strike_out: bool = False) -> tuple[QFont, QFontMetrics]:
    """A font and its metrics made once per base font and style, shared by every paint: never change them."""
    key = (base.key(), point_size, bold, italic, strike_out)
    found = _SHARED_FONTS.get(key)
    if found is None:
        font = style.ui_font(point_size, bold=bold, base=base)
        font.setItalic(italic)
        font.setStrikeOut(strike_out)
        found = _SHARED_FONTS[key] = (font, QFontMetrics(font))
    return found


def shared_item_font(base: QFont, item: ViewItem, *, bold: bool = False, point_size: float = 9.0) -> tuple[QFont, QFontMetrics]:
    """:func:`item_font` made once and shared (with its metrics): never change it."""
    return shared_font(base, point_size, bold=bold, italic=item.decoration.italic, strike_out=item.decoration.strike_out)


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
    metrics: QFontMetrics | None = None,
) -> None:
    """Paint a filled event chip with elided text (month bars, all-day strip); ``metrics``: the font's, when at hand."""
    path = rounded_path(rect, 3.0, round_left=round_left, round_right=round_right)
    painter.fillPath(path, item.colours.fill)
    if item.decoration.tentative:
        painter.setPen(QPen(item.colours.outline, 1.0))
        painter.drawPath(path)
    if selected:
        painter.setPen(QPen(_TEXT, 2.0))
        painter.drawPath(path)
    painter.setFont(font)
    painter.setPen(item.colours.text)
    metrics = metrics or QFontMetrics(font)
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
        painter.fillPath(path, _ACCENT_LIGHT)
        painter.setPen(QPen(_ACCENT, 1.0))
        painter.drawPath(path)
    dot = 7.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(item.colours.outline)
    painter.drawEllipse(QRectF(rect.left() + 5, rect.center().y() - dot / 2, dot, dot))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x = rect.left() + 5 + dot + 4
    time_font, time_metrics = shared_font(base)
    time_text = item.time_text()
    painter.setFont(time_font)
    painter.setPen(_MUTED_TEXT)
    time_width = time_metrics.horizontalAdvance(time_text + " ")
    painter.drawText(QRectF(x, rect.top(), time_width, rect.height()), int(Qt.AlignmentFlag.AlignVCenter), time_text)
    x += time_width
    title_font, title_metrics = shared_item_font(base, item)
    painter.setFont(title_font)
    painter.setPen(_DIM_TEXT if item.decoration.faded else _TEXT)
    width = max(0.0, rect.right() - x - 3)
    painter.drawText(
        QRectF(x, rect.top(), width, rect.height()),
        int(Qt.AlignmentFlag.AlignVCenter),
        title_metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(width)),
    )


def colour_icon(colour: QColor, size: int = 10) -> QIcon:
    """Return a small round swatch of ``colour``."""
    return style.colour_swatch(colour, size, inset=0.5)
