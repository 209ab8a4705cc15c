"""Painting helpers shared by the views: crisp lines, rounded bars, an item's font, bars and timed lines."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QStaticText,
)

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


#: Colours of every paint, made once.
_ACCENT = QColor(style.ACCENT)
_ACCENT_LIGHT = QColor(style.ACCENT_LIGHT)
_MUTED_TEXT = QColor(style.MUTED_TEXT)
_DIM_TEXT = QColor(style.DIM_TEXT)
_TEXT = QColor(style.TEXT)
#: Text vertically centred at the left of its rectangle, as drawText takes it.
VCENTRE_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
#: Texts whose advance or elided form a font keeps (then it starts again): a few pages' worth.
_MAX_KEPT = 4096
#: Bidirectional classes of letters that may reorder a line or turn its direction (Arabic, Hebrew, embeddings).
_NOT_LEFT_TO_RIGHT = frozenset({"R", "AL", "AN", "NSM", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


class SharedFont:
    """A font made once per base font and style and shared by every paint (never change it), with what painting asks of it.

    ``ascent`` and ``line_height`` (ascent + descent, exact) place a line of its text in a
    rectangle as Qt's own layout places it (:func:`draw_line`).
    """

    __slots__ = ("_advances", "_elided", "_simple_letters", "_static", "ascent", "font", "line_height", "metrics", "undecorated")

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetrics(font)
        exact = QFontMetricsF(font)
        self.ascent = exact.ascent()
        self.line_height = exact.ascent() + exact.descent()
        #: Lines through or under the text are placed by the layout's own rounding: only text without them is drawn at its baseline.
        self.undecorated = not (font.strikeOut() or font.underline() or font.overline())
        self._advances: dict[str, int] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._static: dict[str, QStaticText | None] = {}
        self._simple_letters: dict[str, bool] = {}

    def advance(self, text: str) -> int:
        """``metrics.horizontalAdvance(text)``, kept (a start time or a day number recurs on every page)."""
        found = self._advances.get(text)
        if found is None:
            found = self.metrics.horizontalAdvance(text)
            if len(self._advances) >= _MAX_KEPT:
                self._advances.clear()
            self._advances[text] = found
        return found

    def covers(self, text: str) -> bool:
        """Whether every letter of ``text`` is drawn by this font alone, left to right and unshaped by marks.

        Such a line is laid out as an ASCII one is (the font's own line box, no fallback font),
        so :func:`draw_line` may draw it at its baseline: a title in Russian, or one elided with '…'.
        """
        if text.endswith("…") and text[:-1].isascii():  # an elided English title
            text = "…"
        simple = self._simple_letters
        for letter in text:
            found = simple.get(letter)
            if found is None:
                found = simple[letter] = (
                    unicodedata.bidirectional(letter) not in _NOT_LEFT_TO_RIGHT
                    and not unicodedata.combining(letter)
                    and unicodedata.category(letter)[0] not in "CMZ"  # controls, marks, separators other than ' '
                    or letter == " "
                ) and self.metrics.inFontUcs4(ord(letter))
            if not found:
                return False
        return True

    def static_line(self, text: str) -> QStaticText | None:
        """``text`` as kept plain static text (laid out once, not on every paint of a page) when it may be
        drawn at its baseline (undecorated font, letters it :meth:`covers`); None when it takes Qt's way."""
        try:
            return self._static[text]
        except KeyError:
            pass
        found = None
        if self.undecorated and (text.isascii() or self.covers(text)):
            found = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
        if len(self._static) >= _MAX_KEPT:
            self._static.clear()
        self._static[text] = found
        return found

    def elided(self, text: str, width: int) -> str:
        """``metrics.elidedText(text, ElideRight, width)``, kept: a series' title recurs on the pages it spans."""
        key = (text, width)
        found = self._elided.get(key)
        if found is None:
            found = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            if len(self._elided) >= _MAX_KEPT:
                self._elided.clear()
            self._elided[key] = found
        return found


#: Fonts made once per base font and style (a month page paints hundreds of items).
_SHARED_FONTS: dict[tuple[str, float, bool, bool, bool], SharedFont] = {}


def shared_font(base: QFont, point_size: float = 9.0, *, bold: bool = False, italic: bool = False,
                strike_out: bool = False) -> SharedFont:
    """A font and its metrics made once per base font and style, shared by every paint: never change them."""
    return _shared(base, base.key(), point_size, bold, italic, strike_out)


def _shared(base: QFont, base_key: str, point_size: float, bold: bool, italic: bool, strike_out: bool) -> SharedFont:
    key = (base_key, point_size, bold, italic, strike_out)
    found = _SHARED_FONTS.get(key)
    if found is None:
        font = style.ui_font(point_size, bold=bold, base=base)
        font.setItalic(italic)
        font.setStrikeOut(strike_out)
        found = _SHARED_FONTS[key] = SharedFont(font)
    return found


def shared_item_font(base: QFont, item: ViewItem, *, bold: bool = False, point_size: float = 9.0) -> SharedFont:
    """:func:`item_font` made once and shared (with its metrics): never change it."""
    return shared_font(base, point_size, bold=bold, italic=item.decoration.italic, strike_out=item.decoration.strike_out)


class PaintFonts:
    """The shared fonts of one paint, by style: the base font's key (which costs microseconds) is read once.

    ``plain`` is the 9-point font of times and day numbers.
    """

    def __init__(self, base: QFont, painter: QPainter | None = None) -> None:
        self._base = base
        self._base_key = base.key()
        self._by_style: dict[tuple[float, bool, bool, bool], SharedFont] = {}
        self.plain = self.get()
        #: The painter's direction, read once (None: each line asks its painter).
        self.right_to_left = painter.layoutDirection() == _RIGHT_TO_LEFT if painter is not None else None

    def get(self, point_size: float = 9.0, *, bold: bool = False, italic: bool = False, strike_out: bool = False) -> SharedFont:
        found = self._by_style.get((point_size, bold, italic, strike_out))
        if found is None:
            found = self._by_style[(point_size, bold, italic, strike_out)] = _shared(
                self._base, self._base_key, point_size, bold, italic, strike_out)
        return found

    def for_item(self, item: ViewItem) -> SharedFont:
        """:func:`shared_item_font` of ``item``."""
        decoration = item.decoration
        return self.get(italic=decoration.italic, strike_out=decoration.strike_out)


def draw_line(painter: QPainter, rect: QRectF, text: str, font: SharedFont, *, right_to_left: bool | None = None) -> None:
    """``painter.drawText(rect, AlignVCenter | AlignLeft, text)`` for a line elided to the width of ``rect``.

    Qt lays such a call out as a paragraph, a text layout per call, and a page draws hundreds
    of them. Text that this font draws alone, left to right (ASCII, Russian, a title elided with
    '…': :meth:`SharedFont.covers`), in a painter that is not right-to-left, is drawn as kept
    static text (its layout made once) on the line box Qt's layout gives it: the font's line
    box centred in ``rect``. Other text takes Qt's way (a fallback font for some of its letters
    can make the line taller; right-to-left letters turn the line), and so does struck-out or
    underlined text. ``right_to_left``: the painter's direction, when the caller has read it.
    """
    _draw_line_at(painter, rect.left(), rect.top(), rect.width(), rect.height(), text, font, right_to_left)


def _draw_line_at(painter: QPainter, left: float, top: float, width: float, height: float, text: str, font: SharedFont,
                  right_to_left: bool | None) -> None:
    if right_to_left is None:
        right_to_left = painter.layoutDirection() == _RIGHT_TO_LEFT
    static = None if right_to_left else font.static_line(text)
    if static is None:
        painter.drawText(QRectF(left, top, width, height), VCENTRE_LEFT, text)
        return
    painter.drawStaticText(QPointF(left, top + (height - font.line_height) / 2), static)


def item_font(base: QFont, item: ViewItem, *, bold: bool = False, point_size: float = 9.0) -> QFont:
    """Return the font for an item's title, with its status decoration applied."""
    font = style.ui_font(point_size, bold=bold, base=base)
    font.setStrikeOut(item.decoration.strike_out)
    font.setItalic(item.decoration.italic)
    return font


#: Bar outlines by their exact rectangle and rounded sides: a bar's place recurs from page to page (and on every
#: repaint of a page), and an outline costs a dozen path calls to make. Same numbers in, same path, same pixels.
_BAR_PATHS: dict[tuple[float, float, float, float, bool, bool], QPainterPath] = {}


def _bar_path(rect: QRectF, round_left: bool, round_right: bool) -> QPainterPath:
    """``rounded_path(rect, 3.0, ...)``, kept (never change it)."""
    key = (rect.left(), rect.top(), rect.width(), rect.height(), round_left, round_right)
    found = _BAR_PATHS.get(key)
    if found is None:
        if len(_BAR_PATHS) >= _MAX_KEPT:
            _BAR_PATHS.clear()
        found = _BAR_PATHS[key] = rounded_path(rect, 3.0, round_left=round_left, round_right=round_right)
    return found


#: Bar edges (an outline or a selection ring) by the bar's place and the pen's width: stroked once into the
#: area the pen covers, then filled on every paint (stroking an antialiased path costs several times a fill).
_BAR_EDGES: dict[tuple[float, float, float, float, bool, bool, float], QPainterPath] = {}


def _paint_bar_edge(painter: QPainter, rect: QRectF, round_left: bool, round_right: bool, path: QPainterPath,
                    colour: QColor, width: float) -> None:
    """``painter.strokePath(path, QPen(colour, width))``, the stroke kept per bar place and width.

    The filled stroke covers the pixels the pen does; their antialiased edges may differ from a
    stroke's by a few levels of the 256, which no eye tells apart.
    """
    key = (rect.left(), rect.top(), rect.width(), rect.height(), round_left, round_right, width)
    edge = _BAR_EDGES.get(key)
    if edge is None:
        if len(_BAR_EDGES) >= _MAX_KEPT:
            _BAR_EDGES.clear()
        stroker = QPainterPathStroker(QPen(colour, width))
        edge = _BAR_EDGES[key] = stroker.createStroke(path)
    painter.fillPath(edge, colour)


def paint_bar(
    painter: QPainter,
    rect: QRectF,
    item: ViewItem,
    text: str,
    font: QFont | SharedFont,
    *,
    selected: bool,
    round_left: bool = True,
    round_right: bool = True,
    metrics: QFontMetrics | None = None,
    right_to_left: bool | None = None,
) -> None:
    """Paint a filled event chip with elided text (month bars, all-day strip).

    ``metrics``: the font's, when at hand; ``right_to_left``: the painter's direction, when read (see draw_line).
    """
    path = _bar_path(rect, round_left, round_right)
    painter.fillPath(path, item.colours.fill)
    if item.decoration.tentative:
        _paint_bar_edge(painter, rect, round_left, round_right, path, item.colours.outline, 1.0)
    if selected:
        _paint_bar_edge(painter, rect, round_left, round_right, path, _TEXT, 2.0)
    painter.setPen(item.colours.text)
    inset = 6.0 if round_left else 4.0
    text_rect = rect.adjusted(inset, 0, -4, 0)
    if isinstance(font, SharedFont):
        painter.setFont(font.font)
        draw_line(painter, text_rect, font.elided(text, int(text_rect.width())), font, right_to_left=right_to_left)
        return
    painter.setFont(font)
    metrics = metrics or QFontMetrics(font)
    painter.drawText(
        text_rect,
        VCENTRE_LEFT,
        metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())),
    )


def paint_timed_lines(painter: QPainter, lines: Sequence[tuple[QRectF, ViewItem]], fonts: PaintFonts,
                      selected_uid: str | None) -> None:
    """Paint one-line timed items: colour dot, start time, title (month view).

    Lines never overlap, so painting every highlight, then every dot, every start time and
    every title gives the pixels that painting line by line gives, with the painter's pen,
    brush and font set once per step (or when they change), not several times per line.
    """
    dot = 7.0
    right_to_left = fonts.right_to_left
    if selected_uid is not None:
        for rect, item in lines:
            if item.uid == selected_uid:
                path = rounded_path(rect, 3.0)
                painter.fillPath(path, _ACCENT_LIGHT)
                painter.setPen(QPen(_ACCENT, 1.0))
                painter.drawPath(path)
    # Each line's edges, read once: left, top, height, right.
    edges = [(rect.left(), rect.top(), rect.height(), rect.right()) for rect, _item in lines]
    painter.setPen(_NO_PEN)
    brush = None
    for (left, top, height, _right), (_rect, item) in zip(edges, lines, strict=True):
        colour = item.colours.outline
        if colour is not brush:
            painter.setBrush(colour)
            brush = colour
        painter.drawEllipse(QRectF(left + 5, top + height / 2 - dot / 2, dot, dot))
    painter.setBrush(_NO_BRUSH)
    time_font = fonts.plain
    painter.setFont(time_font.font)
    painter.setPen(_MUTED_TEXT)
    title_lefts: list[float] = []
    for (left, top, height, _right), (_rect, item) in zip(edges, lines, strict=True):
        x = left + 5 + dot + 4
        time_text = item.time_text()
        time_width = time_font.advance(time_text + " ")
        _draw_line_at(painter, x, top, time_width, height, time_text, time_font, right_to_left)
        title_lefts.append(x + time_width)
    font: SharedFont | None = None
    pen: QColor | None = None
    for (_left, top, height, right), (_rect, item), x in zip(edges, lines, title_lefts, strict=True):
        title_font = fonts.for_item(item)
        if title_font is not font:
            painter.setFont(title_font.font)
            font = title_font
        colour = _DIM_TEXT if item.decoration.faded else _TEXT
        if colour is not pen:
            painter.setPen(colour)
            pen = colour
        width = max(0.0, right - x - 3)
        _draw_line_at(painter, x, top, width, height, title_font.elided(item.title, int(width)), title_font, right_to_left)


def colour_icon(colour: QColor, size: int = 10) -> QIcon:
    """Return a small round swatch of ``colour``."""
    return style.colour_swatch(colour, size, inset=0.5)
