"""Colours, fonts and the application stylesheet shared by every part of the desktop UI.

One fixed colour per CICA body or kind of event keeps the calendar readable at a glance;
text drawn on a coloured chip is picked by contrast so it always stays legible.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from cica_planner.domain.model import Category, EventStatus

#: Category colours (hex) chosen to be told apart on a white grid.
CATEGORY_COLOURS: dict[Category, str] = {
    Category.SUMMIT: "#1f3a6e",  # navy
    Category.MINISTERIAL_COUNCIL: "#6a3d9a",  # purple
    Category.SOC: "#00796b",  # teal
    Category.SWG: "#067a94",  # cyan
    Category.BUSINESS_COUNCIL: "#e9a23b",  # amber
    Category.BUSINESS_FORUM: "#c2570a",  # orange
    Category.YOUTH_COUNCIL: "#23803a",  # green
    Category.THINK_TANK_FORUM: "#8a5a3c",  # brown
    Category.EMINENT_PERSONS: "#3949ab",  # indigo
    Category.MINISTERIAL_CONFERENCE: "#1b5e20",  # dark green
    Category.EXPERT_MEETING: "#56697d",  # slate
    Category.TROIKA: "#b7287a",  # magenta
    Category.VISIT: "#5f7389",  # grey-blue
    Category.BILATERAL: "#3f72b5",  # blue
    Category.CEREMONY: "#c9a227",  # gold
    Category.CULTURAL: "#c0427a",  # pink
    Category.TRAINING: "#667125",  # olive
    Category.EXTERNAL: "#74acd9",  # light blue
    Category.DECISION: "#707379",  # grey
    Category.MILESTONE: "#4a4d52",  # dark grey
}

# Neutral palette of the calendar grids (also used by the stylesheet).
ACCENT = "#2b6cb0"
ACCENT_LIGHT = "#e6effa"
ACCENT_SOFT = "#cfe0f5"
TEXT = "#1f2328"
MUTED_TEXT = "#5f6b7a"
DIM_TEXT = "#a3aab4"
BACKGROUND = "#ffffff"
OUTSIDE_BACKGROUND = "#f6f7f9"
HEADER_BACKGROUND = "#f6f7f9"
GRID_LINE = "#e3e6ea"
GRID_LINE_STRONG = "#cdd2d9"
TODAY_BACKGROUND = "#f0f6fd"
NOW_LINE = "#d93025"
TBC_BACKGROUND = "#fbf7ec"
TBC_BORDER = "#eadfbf"
OVERDUE = "#c62828"  # overdue tasks and milestones' counts, text and bars

DARK_TEXT = "#1f2328"
LIGHT_TEXT = "#ffffff"


def category_colour(category: Category) -> QColor:
    """Return the fixed colour of ``category``."""
    return QColor(CATEGORY_COLOURS.get(category, "#607d8b"))


def _relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: QColor) -> QColor:
    """Return white or near-black, whichever reads better on ``background``."""
    light, dark = QColor(LIGHT_TEXT), QColor(DARK_TEXT)
    # White is preferred whenever it meets WCAG AA for small text (it looks calmer on chips).
    if contrast_ratio(background, light) >= 4.5:
        return light
    return dark if contrast_ratio(background, dark) > contrast_ratio(background, light) else light


def tint(colour: QColor, amount: float) -> QColor:
    """Return ``colour`` mixed with white; ``amount`` 0 keeps it, 1 gives white."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class StatusDecoration(NamedTuple):
    """How an event of a given status is drawn.

    Attributes:
        label: the status as users read it ("Cancelled").
        tentative: drawn as a light chip with a coloured outline (not yet certain).
        strike_out: the title is struck through.
        italic: the title is set in italics.
        faded: the chip is drawn with reduced contrast.
    """

    label: str
    tentative: bool = False
    strike_out: bool = False
    italic: bool = False
    faded: bool = False


_DECORATIONS: dict[EventStatus, StatusDecoration] = {
    EventStatus.PROPOSED: StatusDecoration("Proposed", tentative=True),
    EventStatus.PLANNED: StatusDecoration("Planned"),
    EventStatus.CONFIRMED: StatusDecoration("Confirmed"),
    EventStatus.HELD: StatusDecoration("Held"),
    EventStatus.POSTPONED: StatusDecoration("Postponed", tentative=True, italic=True),
    EventStatus.CANCELLED: StatusDecoration("Cancelled", strike_out=True, faded=True),
}


#: A past event whose outcome nobody recorded: not certain, so drawn like a tentative one.
OUTCOME_TO_CONFIRM_DECORATION = StatusDecoration("Outcome to confirm", tentative=True, italic=True)


def status_decorations(status: EventStatus, *, outcome_to_confirm: bool = False) -> StatusDecoration:
    """Return how events with ``status`` are drawn (a past plan with no recorded outcome has its own look)."""
    if outcome_to_confirm:
        return OUTCOME_TO_CONFIRM_DECORATION
    return _DECORATIONS.get(status, StatusDecoration(str(status).capitalize()))


class ChipColours(NamedTuple):
    """Fill, outline and text colours of one event chip."""

    fill: QColor
    outline: QColor
    text: QColor


@cache
def chip_colours(category: Category, status: EventStatus, *, outcome_to_confirm: bool = False) -> ChipColours:
    """Return the colours of a chip for an event of ``category`` with ``status``.

    Made once per combination and shared (every item of a page asks on every switch): never change them.
    """
    base = category_colour(category)
    decoration = status_decorations(status, outcome_to_confirm=outcome_to_confirm)
    if decoration.tentative:
        fill = tint(base, 0.82)
        return ChipColours(fill, base, QColor(DARK_TEXT))
    if decoration.faded:
        fill = tint(base, 0.6)
        return ChipColours(fill, fill, text_colour_on(fill))
    return ChipColours(base, base, text_colour_on(base))


def ui_font(point_size: float = 9.0, *, bold: bool = False, base: QFont | None = None) -> QFont:
    """Return the UI font at ``point_size`` points (views paint with explicit sizes)."""
    font = QFont(base) if base is not None else QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def fill_rect(painter: QPainter, rect: QRectF | QRect, colour: QColor) -> None:
    """Fill ``rect`` with ``colour``, as ``painter.fillRect(rect, colour)`` does; pen and brush stay as they were.

    Drawn as a rectangle without a pen, the same pixels: choosing among ``fillRect``'s overloads
    (one takes a gradient preset), PySide would build the QGradient class and its 180-name Preset
    enum, about 1 ms, before the first paint.
    """
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def colour_swatch(colour: QColor, size: int, inset: float) -> QIcon:
    """Return a round swatch of ``colour``: a ``size``-pixel square icon with the disc ``inset`` from its edges."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return QIcon(pixmap)


APP_STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
QMainWindow, QDialog {{ background: {OUTSIDE_BACKGROUND}; }}
QToolBar {{ background: {BACKGROUND}; border: none; border-bottom: 1px solid {GRID_LINE}; padding: 4px; spacing: 4px; }}
QToolButton {{ padding: 4px 8px; border: 1px solid transparent; border-radius: 4px; color: {TEXT}; }}
QToolButton:hover {{ background: #eef1f5; border-color: {GRID_LINE}; }}
QToolButton:checked {{ background: {ACCENT_LIGHT}; border-color: {ACCENT_SOFT}; color: #1d4f91; }}
QPushButton {{ padding: 5px 14px; border: 1px solid {GRID_LINE_STRONG}; border-radius: 4px; background: {BACKGROUND};
    color: {TEXT}; min-height: 18px; }}
QPushButton:hover {{ background: #f1f3f6; }}
QPushButton:pressed {{ background: #e6e9ee; }}
QPushButton:default {{ background: {ACCENT}; border-color: {ACCENT}; color: white; }}
QPushButton:disabled {{ color: {DIM_TEXT}; background: {OUTSIDE_BACKGROUND}; }}
QLineEdit, QComboBox, QDateEdit, QTimeEdit, QDateTimeEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
    border: 1px solid {GRID_LINE_STRONG}; border-radius: 4px; padding: 3px 6px; background: {BACKGROUND};
    selection-background-color: {ACCENT}; selection-color: white; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus, QSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QTreeView, QListView, QTableView {{ border: 1px solid {GRID_LINE}; background: {BACKGROUND};
    alternate-background-color: #fafbfc; selection-background-color: {ACCENT_LIGHT}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: {HEADER_BACKGROUND}; border: none; border-bottom: 1px solid {GRID_LINE};
    border-right: 1px solid {GRID_LINE}; padding: 4px 6px; color: {MUTED_TEXT}; }}
QTabWidget::pane {{ border: 1px solid {GRID_LINE}; background: {BACKGROUND}; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid transparent; border-bottom: 2px solid transparent;
    color: {MUTED_TEXT}; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover {{ color: {TEXT}; }}
QStatusBar {{ background: {BACKGROUND}; border-top: 1px solid {GRID_LINE}; color: {MUTED_TEXT}; }}
QSplitter::handle {{ background: {GRID_LINE}; }}
QGroupBox {{ border: 1px solid {GRID_LINE}; border-radius: 4px; margin-top: 12px; padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; color: {MUTED_TEXT}; }}
QToolTip {{ background: {BACKGROUND}; color: {TEXT}; border: 1px solid {GRID_LINE_STRONG}; padding: 4px; }}
"""
"""A restrained stylesheet for the whole application: neutral greys, one accent colour, 10pt text."""


#: One colour per chairing country, muted enough to carry white labels.
COUNTRY_COLOURS: dict[str, str] = {
    "KZ": "#1c7fb5",  # Kazakhstan: sky blue
    "TR": "#c0392b",  # Türkiye: red
    "CN": "#c58b12",  # China: gold
    "TJ": "#2f8a4e",  # Tajikistan: green
    "AZ": "#5a4fa2",  # Azerbaijan: indigo
}
_FALLBACK_COLOURS = ("#00796b", "#8a5a3c", "#b7287a", "#3f72b5", "#7a8630", "#56697d", "#e06c10")


def country_colour(code: str) -> QColor:
    """Return the fixed colour of a chairing country (stable for any code)."""
    if code in COUNTRY_COLOURS:
        return QColor(COUNTRY_COLOURS[code])
    if not code:
        return QColor(DIM_TEXT)
    return QColor(_FALLBACK_COLOURS[sum(map(ord, code)) % len(_FALLBACK_COLOURS)])
