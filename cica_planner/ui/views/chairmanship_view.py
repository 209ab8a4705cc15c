"""The chairmanship view: terms on a timeline, the troika on a chosen day and the handover plans.

Everything comes from ``ChairmanshipService``; the view never touches storage. Marking a
milestone done, or planning the next handover, goes through the service (as an undoable
command on the window's undo stack, when the view is given one) and then the view reloads
what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.chairmanship import UNDECIDED_SUCCESSOR, BodyChair, ChairTerm, Troika, troika_at
from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Category, Country
from cica_planner.domain.tasks import TaskStatus
from cica_planner.services.chairmanship import (
    AnchorChoice,
    ChairmanshipService,
    HandoverPlan,
    MilestoneState,
    milestone_date,
    milestone_state,
)
from cica_planner.ui.clock_support import page_clock
from cica_planner.ui.commands import (
    AddBodyChair,
    AddChairTerm,
    DeleteBodyChair,
    DeleteChairTerm,
    EditBodyChair,
    EditChairTerm,
    PlanHandover,
    SetTaskStatus,
    UndoableCommand,
    perform,
    short_title,
)
from cica_planner.ui.dialogs.chair_dialogs import BodyChairDialog, ChairTermDialog, open_term_before
from cica_planner.ui.dialogs.common import run_for_value
from cica_planner.ui.models.base import short_date
from cica_planner.ui.models.chair_models import STATE_COLOURS, STATE_LABELS, BodyChairModel, MilestoneModel
from cica_planner.ui.style import (
    BACKGROUND,
    DIM_TEXT,
    GRID_LINE,
    GRID_LINE_STRONG,
    MUTED_TEXT,
    NOW_LINE,
    TEXT,
    category_colour,
    country_colour,
    text_colour_on,
)
from cica_planner.ui.views.base import set_up_row_table, side_by_side


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _years_between(first: date, last: date) -> float:
    return (last - first).days / 365.25


# ---------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineMarker:
    """A milestone on the timeline."""

    day: date
    title: str
    state: MilestoneState
    event_uid: str
    task_id: int
    detail: str = ""


class ChairTimeline(QWidget):
    """Chairmanship terms as coloured bands, with a close-up of one handover and its milestones.

    Signals:
        date_clicked(object): a day (``date``) was clicked on either lane.
        marker_activated(str): a milestone or the anchor meeting was double-clicked (event UID).
        term_activated(object): the band of a term (``ChairTerm``) was double-clicked.
    """

    date_clicked = Signal(object)
    marker_activated = Signal(str)
    term_activated = Signal(object)

    MARGIN = 18
    OVERVIEW_TOP = 26
    BAND_HEIGHT = 34
    AXIS_HEIGHT = 18
    DETAIL_GAP = 34
    MARKER_RADIUS = 7
    MARKER_ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_timeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(222)
        self._terms: list[ChairTerm] = []
        self._today = system_clock().today()
        self._selected = self._today
        self._plan: HandoverPlan | None = None
        self._markers: list[TimelineMarker] = []
        self._planned_end: date | None = None  # where the open term is expected to end
        self._hits: list[tuple[QRectF, TimelineMarker | None, str]] = []
        self._term_hits: list[tuple[QRectF, ChairTerm]] = []
        self._overview_rect = QRectF()
        self._detail_rect = QRectF()
        self._overview_range = (date(1999, 1, 1), date(2028, 1, 1))
        self._detail_range: tuple[date, date] | None = None

    # -- data ------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        """Take ``today`` as the day the open term reaches and the timeline's range includes."""
        self._today = today
        self.update()

    def set_terms(self, terms: Sequence[ChairTerm], planned_end: date | None = None) -> None:
        """Show ``terms``; an open last term is drawn up to ``planned_end`` and fades after it."""
        self._terms = list(terms)
        self._planned_end = planned_end
        if self._terms:
            first = date(self._terms[0].starts.year, 1, 1)
            known = [t.ends or t.starts for t in self._terms] + [self._today] + ([planned_end] if planned_end else [])
            self._overview_range = (first, date(max(known).year + 2, 1, 1))
        self.update()

    def set_plan(self, plan: HandoverPlan | None, today: date) -> None:
        """Show the close-up of ``plan`` with its milestones' status on ``today``."""
        self._plan = plan
        self._markers = []
        self._detail_range = None
        if plan is not None:
            for item in plan.milestones:
                when = milestone_date(item)
                if when is None:
                    continue
                state = milestone_state(item, today)
                offset = item.task.relative.label() if item.task.relative else ""
                self._markers.append(
                    TimelineMarker(when, item.task.title, state, item.task.event_uid, item.id, offset)
                )
            days = [m.day for m in self._markers] + [d for d in (plan.anchor_start,) if d]
            if days:
                first, last = min(days) - timedelta(days=20), max(days) + timedelta(days=20)
                self._detail_range = (date(first.year, first.month, 1), _next_month(last))
        self.update()

    def set_selected_date(self, day: date) -> None:
        self._selected = day
        self.update()

    def markers(self) -> list[TimelineMarker]:
        return list(self._markers)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(1200, 226)

    # -- geometry --------------------------------------------------------------

    def _x(self, day: date, span: tuple[date, date], rect: QRectF) -> float:
        first, last = span
        fraction = (day - first).days / max(1, (last - first).days)
        return rect.left() + fraction * rect.width()

    def _day_at(self, x: float, span: tuple[date, date], rect: QRectF) -> date:
        first, last = span
        fraction = min(1.0, max(0.0, (x - rect.left()) / max(1.0, rect.width())))
        return first + timedelta(days=round(fraction * (last - first).days))

    # -- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        self._hits = []
        self._term_hits = []
        width = self.width() - 2 * self.MARGIN
        self._overview_rect = QRectF(self.MARGIN, self.OVERVIEW_TOP, width, self.BAND_HEIGHT)
        self._paint_overview(painter)
        detail_top = self._overview_rect.bottom() + self.AXIS_HEIGHT + self.DETAIL_GAP
        rows_height = self.MARKER_ROWS * (2 * self.MARKER_RADIUS + 6)
        self._detail_rect = QRectF(self.MARGIN, detail_top + rows_height, width, 16)
        self._paint_detail(painter, detail_top)
        painter.end()

    def _caption(self, painter: QPainter, x: float, y: float, text: str, *, right: str = "") -> None:
        painter.setPen(QColor(MUTED_TEXT))
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        painter.setFont(font)
        painter.drawText(QPointF(x, y), text)
        if right:
            font.setBold(False)
            font.setCapitalization(QFont.Capitalization.MixedCase)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            painter.drawText(QPointF(self.width() - self.MARGIN - metrics.horizontalAdvance(right), y), right)

    def _paint_overview(self, painter: QPainter) -> None:
        rect = self._overview_rect
        span = self._overview_range
        self._caption(painter, rect.left(), rect.top() - 9, "Chairmanships of CICA",
                      right=f"{span[0].year} – {span[1].year - 1}")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f1f3f6"))
        painter.drawRoundedRect(rect, 5, 5)
        label_font = QFont(self.font())
        label_font.setPointSizeF(9.5)
        label_font.setBold(True)
        small_font = QFont(self.font())
        small_font.setPointSizeF(8.5)
        for term in self._terms:
            left = self._x(max(term.starts, span[0]), span, rect)
            open_end = term.ends is None
            solid_end = term.ends or self._planned_end or self._today
            right = self._x(min(solid_end, span[1]), span, rect)
            colour = country_colour(term.country)
            band = QRectF(left + 1, rect.top(), max(2.0, right - left - 2), rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(band, 4, 4)
            if open_end:
                # The open term continues past its expected end: fade it out instead of inventing a date.
                tail = QRectF(band.right() - 4, rect.top(), rect.right() - band.right() + 4, rect.height())
                gradient = QLinearGradient(tail.topLeft(), tail.topRight())
                gradient.setColorAt(0.0, colour)
                gradient.setColorAt(0.5, colour)  # solid under the label, then fading out
                faded = QColor(colour)
                faded.setAlpha(0)
                gradient.setColorAt(1.0, faded)
                painter.setBrush(QBrush(gradient))
                painter.drawRect(tail)
                if self._planned_end:
                    painter.setPen(QPen(QColor(text_colour_on(colour)), 1.2, Qt.PenStyle.DashLine))
                    x = self._x(self._planned_end, span, rect)
                    painter.drawLine(QPointF(x, rect.top() + 4), QPointF(x, rect.bottom() - 4))
            tip = self._term_tooltip(term) + "<br><i>Double-click to edit the term</i>"
            self._hits.append((QRectF(band), None, tip))
            self._term_hits.append((QRectF(band), term))
            label_room = QRectF(band)
            if open_end:
                label_room.setRight(band.right() + (rect.right() - band.right()) * 0.5)
            self._band_label(painter, label_room, term, label_font, small_font, colour)
        self._paint_year_axis(painter, rect, span)
        self._paint_selected(painter, rect, span, label=True)

    def _band_label(self, painter: QPainter, band: QRectF, term: ChairTerm, font: QFont, small: QFont,
                    colour: QColor) -> None:
        painter.setPen(text_colour_on(colour))
        metrics = QFontMetrics(font)
        room = band.width() - 10
        years = term.years()
        for text in (f"{term.label}  {years}", term.label, term.country):
            if metrics.horizontalAdvance(text) <= room:
                painter.setFont(font)
                if text.endswith(years) and text != years:
                    # Name in bold, years lighter: the name is what people look for.
                    name = term.label
                    name_width = metrics.horizontalAdvance(name + "  ")
                    total = name_width + QFontMetrics(small).horizontalAdvance(years)
                    x = band.left() + (band.width() - total) / 2
                    baseline = band.center().y() + metrics.ascent() / 2 - 1
                    painter.drawText(QPointF(x, baseline), name)
                    painter.setFont(small)
                    painter.drawText(QPointF(x + name_width, baseline), years)
                else:
                    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
                return

    def _paint_year_axis(self, painter: QPainter, rect: QRectF, span: tuple[date, date]) -> None:
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        years = range(span[0].year, span[1].year + 1)
        per_year = rect.width() / max(1.0, _years_between(*span))
        step = next(s for s in (1, 2, 5, 10, 20) if s * per_year >= metrics.horizontalAdvance("2000") + 10)
        for year in years:
            x = self._x(date(year, 1, 1), span, rect)
            major = year % step == 0
            painter.setPen(QPen(QColor(GRID_LINE_STRONG if major else GRID_LINE), 1))
            painter.drawLine(QPointF(x, rect.bottom() + 2), QPointF(x, rect.bottom() + (6 if major else 3)))
            if major and year < span[1].year:
                painter.setPen(QColor(MUTED_TEXT))
                painter.drawText(QPointF(x + 2, rect.bottom() + 16), str(year))

    def _paint_selected(self, painter: QPainter, rect: QRectF, span: tuple[date, date], *, label: bool) -> None:
        if not span[0] <= self._selected < span[1]:
            return
        x = self._x(self._selected, span, rect)
        painter.setPen(QPen(QColor(TEXT), 2))
        painter.drawLine(QPointF(x, rect.top() - 4), QPointF(x, rect.bottom() + 4))
        painter.setBrush(QColor(TEXT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([QPointF(x - 5, rect.top() - 9), QPointF(x + 5, rect.top() - 9),
                                       QPointF(x, rect.top() - 3)]))
        if label:
            font = QFont(self.font())
            font.setPointSizeF(8.5)
            font.setBold(True)
            painter.setFont(font)
            text = short_date(self._selected)
            metrics = QFontMetrics(font)
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
            box.moveCenter(QPointF(x, rect.top() - 9 - box.height() / 2 - 1))
            box.moveLeft(min(max(box.left(), 2), self.width() - box.width() - 2))
            if box.left() < self.width() / 3:
                box.moveLeft(max(box.left(), 2))
            painter.setBrush(QColor(TEXT))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor(BACKGROUND))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_detail(self, painter: QPainter, top: float) -> None:
        strip = self._detail_rect
        plan = self._plan
        if plan is None or self._detail_range is None:
            self._caption(painter, strip.left(), top - 8, "Handover plan")
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(QRectF(strip.left(), top, strip.width(), strip.bottom() - top),
                             Qt.AlignmentFlag.AlignCenter, "No handover is planned yet.")
            return
        span = self._detail_range
        self._caption(painter, strip.left(), top - 8, f"Handover {plan.label}", right=f"anchored to {plan.anchor_label}")
        # Chairs across the close-up, as a thin strip.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f1f3f6"))
        painter.drawRoundedRect(strip, 3, 3)
        small = QFont(self.font())
        small.setPointSizeF(8)
        small.setBold(True)
        for term in self._terms:
            end = term.ends or span[1]
            if end <= span[0] or term.starts >= span[1]:
                continue
            left = self._x(max(term.starts, span[0]), span, strip)
            right = self._x(min(end, span[1]), span, strip)
            band = QRectF(left, strip.top(), right - left, strip.height())
            colour = country_colour(term.country)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(band)
            painter.setFont(small)
            painter.setPen(text_colour_on(colour))
            if QFontMetrics(small).horizontalAdvance(term.label) < band.width() - 8:
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, f"{term.label} chairs")
        self._paint_month_axis(painter, strip, span)
        self._paint_anchor(painter, plan, strip, span, top)
        self._paint_markers(painter, strip, span)
        self._paint_selected(painter, QRectF(strip.left(), top + 4, strip.width(), strip.bottom() - top - 4), span,
                             label=False)

    def _paint_month_axis(self, painter: QPainter, strip: QRectF, span: tuple[date, date]) -> None:
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        months = []
        day = span[0]
        while day <= span[1]:
            months.append(day)
            day = _next_month(day)
        per_month = strip.width() / max(1, len(months) - 1)
        show_every = 1 if per_month >= metrics.horizontalAdvance("Sep 2024") + 8 else 2
        for index, month in enumerate(months):
            x = self._x(month, span, strip)
            painter.setPen(QPen(QColor(GRID_LINE_STRONG if month.month == 1 else GRID_LINE), 1))
            painter.drawLine(QPointF(x, strip.bottom() + 1), QPointF(x, strip.bottom() + 5))
            if month < span[1] and (index % show_every == 0 or month.month == 1):
                text = month.strftime("%b %Y") if month.month == 1 or index == 0 else month.strftime("%b")
                painter.setPen(QColor(TEXT if month.month == 1 else MUTED_TEXT))
                painter.drawText(QPointF(x + 2, strip.bottom() + 15), text)

    def _paint_anchor(self, painter: QPainter, plan: HandoverPlan, strip: QRectF, span: tuple[date, date],
                      top: float) -> None:
        if plan.anchor_start is None:
            return
        x = self._x(plan.anchor_start, span, strip)
        if plan.anchor_provisional and plan.anchor_end:
            # Only the period is known: hatch it, so the diamond at its first day is not read as the date.
            right = self._x(min(plan.anchor_end + timedelta(days=1), span[1]), span, strip)
            period = QRectF(x, strip.top(), right - x, strip.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(period)
        colour = category_colour(Category.SUMMIT if "summit" in plan.anchor_title.casefold()
                                 else Category.MINISTERIAL_COUNCIL)
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top + 2), QPointF(x, strip.bottom()))
        size = 8.0
        diamond = QPolygonF([QPointF(x, strip.center().y() - size), QPointF(x + size, strip.center().y()),
                             QPointF(x, strip.center().y() + size), QPointF(x - size, strip.center().y())])
        painter.setPen(QPen(QColor(BACKGROUND), 1.5))
        painter.setBrush(colour)
        painter.drawPolygon(diamond)
        tip = f"<b>{plan.anchor_title}</b><br>{plan.anchor_when}<br><i>Double-click to show the meeting</i>"
        hit = diamond.boundingRect().adjusted(-3, -3, 3, 3)
        marker = TimelineMarker(plan.anchor_start, plan.anchor_title, MilestoneState.OPEN,
                                plan.handover.anchor_event_uid, 0)
        self._hits.append((hit, marker, tip))

    def _paint_markers(self, painter: QPainter, strip: QRectF, span: tuple[date, date]) -> None:
        radius = self.MARKER_RADIUS
        row_height = 2 * radius + 6
        last_x = [-1e9] * self.MARKER_ROWS
        font = QFont(self.font())
        font.setPointSizeF(8)
        font.setBold(True)
        painter.setFont(font)
        for marker in sorted(self._markers, key=lambda m: m.day):
            x = self._x(marker.day, span, strip)
            # Close milestones stack upwards so none hides another.
            free = [r for r in range(self.MARKER_ROWS) if x - last_x[r] >= 2 * radius + 3]
            row = free[0] if free else min(range(self.MARKER_ROWS), key=lambda r: last_x[r])
            last_x[row] = x
            y = strip.top() - 8 - radius - row * row_height
            colour = QColor(STATE_COLOURS[marker.state])
            painter.setPen(QPen(QColor(GRID_LINE_STRONG), 1))
            painter.drawLine(QPointF(x, y + radius), QPointF(x, strip.top()))
            centre = QPointF(x, y)
            if marker.state is MilestoneState.OPEN:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(QColor(BACKGROUND))
            else:
                painter.setPen(QPen(QColor(BACKGROUND), 1.5))
                painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)
            if marker.state is MilestoneState.DONE:
                tick = QPainterPath(QPointF(x - 3.2, y + 0.2))
                tick.lineTo(QPointF(x - 0.8, y + 2.6))
                tick.lineTo(QPointF(x + 3.4, y - 2.6))
                painter.setPen(QPen(QColor(BACKGROUND), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(tick)
            elif marker.state is MilestoneState.OVERDUE:
                painter.setPen(QColor(BACKGROUND))
                painter.drawText(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter,
                                 "!")
            status = STATE_LABELS[marker.state]
            detail = f" ({marker.detail})" if marker.detail else ""
            tip = f"<b>{marker.title}</b><br>{status} — {short_date(marker.day)}{detail}"
            self._hits.append((QRectF(x - radius - 2, y - radius - 2, 2 * radius + 4, 2 * radius + 4), marker, tip))
        self._paint_legend(painter)

    def _paint_legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        items = [(MilestoneState.DONE, "done"), (MilestoneState.OPEN, "open"), (MilestoneState.OVERDUE, "overdue"),
                 (MilestoneState.NOT_RECORDED, "not recorded")]
        x = self.width() - self.MARGIN
        y = self._detail_rect.bottom() + 34
        for state, text in reversed(items):
            x -= metrics.horizontalAdvance(text)
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(QPointF(x, y), text)
            x -= 14
            colour = QColor(STATE_COLOURS[state])
            if state is MilestoneState.OPEN:
                painter.setPen(QPen(colour, 1.6))
                painter.setBrush(QColor(BACKGROUND))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawEllipse(QPointF(x + 5, y - metrics.ascent() / 2 + 1), 4.5, 4.5)
            x -= 14

    @staticmethod
    def _term_tooltip(term: ChairTerm) -> str:
        until = short_date(term.ends) if term.ends else "open"
        lines = [f"<b>{term.label}</b>: {short_date(term.starts)} – {until}"]
        if term.opened_by:
            lines.append(f"Took over at: {term.opened_by}")
        if term.closed_by:
            lines.append(f"Handed over at: {term.closed_by}")
        if term.theme:
            lines.append(f"Theme: <i>{term.theme}</i>")
        return "<br>".join(lines)

    # -- interaction -------------------------------------------------------------

    def _hit(self, point: QPointF) -> tuple[TimelineMarker | None, str] | None:
        # Markers are drawn last, so look at them first.
        for rect, marker, tip in reversed(self._hits):
            if rect.contains(point):
                return marker, tip
        return None

    def event(self, event: Any) -> bool:  # QEvent of any kind
        if isinstance(event, QHelpEvent):
            found = self._hit(QPointF(event.pos()))
            if found:
                QToolTip.showText(event.globalPos(), found[1], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def day_at(self, point: QPointF) -> date | None:
        """The day under ``point`` on either lane, or None outside them."""
        overview = self._overview_rect.adjusted(0, -10, 0, self.AXIS_HEIGHT)
        if overview.contains(point):
            return self._day_at(point.x(), self._overview_range, self._overview_rect)
        if self._detail_range is not None:
            lane = QRectF(self._detail_rect.left(), self._detail_rect.top() - 70, self._detail_rect.width(), 90)
            if lane.contains(point):
                return self._day_at(point.x(), self._detail_range, self._detail_rect)
        return None

    def term_at(self, point: QPointF) -> ChairTerm | None:
        """The term whose band on the overview lane is under ``point``, or None."""
        return next((term for rect, term in self._term_hits if rect.contains(point)), None)

    def term_band(self, term_id: int) -> QRectF | None:
        """Where the band of the term ``term_id`` was painted (None when it was not)."""
        return next((QRectF(rect) for rect, term in self._term_hits if term.id == term_id), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            found = self._hit(event.position())
            day = found[0].day if found and found[0] is not None else self.day_at(event.position())
            if day is not None:
                self.date_clicked.emit(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        found = self._hit(event.position())
        if found and found[0] is not None:
            self.marker_activated.emit(found[0].event_uid)
            return
        term = self.term_at(event.position())
        if term is not None:
            self.term_activated.emit(term)
            return
        super().mouseDoubleClickEvent(event)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


# ---------------------------------------------------------------------------
# "Plan next handover" dialog
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NextHandoverChoice:
    """What the planner chose: the successor ('' while undecided) and the anchor meeting."""

    to_country: str
    anchor_event_uid: str


class PlanHandoverDialog(QDialog):
    """Choose the next chair (or leave it undecided) and the meeting that will transfer the chair."""

    def __init__(
        self,
        countries: Sequence[Country],
        anchors: Sequence[AnchorChoice],
        from_country: str,
        from_name: str = "",
        default_anchor_uid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Plan next handover")
        self.setObjectName("plan_handover_dialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Plan the handover from <b>{from_name or from_country}</b> with the milestones of the handover template. "
            "Deadlines follow the meeting when it moves."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.successor_combo = QComboBox(self)
        self.successor_combo.setObjectName("successor_combo")
        self.successor_combo.addItem(f"Not decided yet — {UNDECIDED_SUCCESSOR}", "")
        for country in countries:
            if country.code != from_country:
                self.successor_combo.addItem(f"{country.name} ({country.code})", country.code)
        form.addRow("Next chair:", self.successor_combo)
        self.anchor_combo = QComboBox(self)
        self.anchor_combo.setObjectName("anchor_combo")
        for anchor in anchors:
            self.anchor_combo.addItem(anchor.label, anchor.uid)
        if default_anchor_uid:
            found = self.anchor_combo.findData(default_anchor_uid)
            if found >= 0:
                self.anchor_combo.setCurrentIndex(found)
        form.addRow("Handover at:", self.anchor_combo)
        layout.addLayout(form)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.note_label)
        self._anchors = {a.uid: a for a in anchors}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create plan")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.anchor_combo.currentIndexChanged.connect(self._update_note)
        self._update_note()

    def _update_note(self) -> None:
        anchor = self._anchors.get(self.anchor_combo.currentData())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(anchor is not None)
        if anchor is None:
            self.note_label.setText("No Summit or Ministerial Council is planned yet: add the meeting first.")
        elif anchor.provisional:
            self.note_label.setText("The meeting's date is not fixed yet, so the milestones' deadlines are provisional.")
        else:
            self.note_label.setText("")

    def value(self) -> NextHandoverChoice | None:
        """The choice made, or None when no meeting can anchor the handover."""
        uid = self.anchor_combo.currentData()
        if not uid:
            return None
        return NextHandoverChoice(to_country=self.successor_combo.currentData() or "", anchor_event_uid=uid)

    @classmethod
    def get_choice(
        cls,
        parent: QWidget | None,
        countries: Sequence[Country],
        anchors: Sequence[AnchorChoice],
        from_country: str,
        from_name: str = "",
        default_anchor_uid: str | None = None,
    ) -> NextHandoverChoice | None:
        """Show the dialog; return the choice, or None when cancelled."""
        dialog = cls(countries, anchors, from_country, from_name, default_anchor_uid, parent)
        return run_for_value(dialog)


# ---------------------------------------------------------------------------
# Troika cards
# ---------------------------------------------------------------------------


class ElidedLabel(QLabel):
    """A one-line label that may shrink below its text: it then ends in "…" and shows the whole text as a tooltip."""

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as painted: elided to the label's width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown_text(), QPalette.ColorRole.WindowText)
        painter.end()


_NAME_STYLE = "font-size: 15pt; font-weight: 600;"


class TroikaCard(QFrame):
    """One chair of the troika: role, country, term and one line of detail."""

    def __init__(self, role: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(104)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(2)
        self.role_label = QLabel(role.upper(), self)
        self.role_label.setObjectName(f"{key}_role")
        self.name_label = QLabel(self)
        self.name_label.setObjectName(f"{key}_name")
        self.term_label = QLabel(self)
        self.term_label.setObjectName(f"{key}_term")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName(f"{key}_detail")
        self.detail_label.setWordWrap(True)
        self.role_label.setStyleSheet(f"color: {MUTED_TEXT}; font-size: 8pt; font-weight: 600; letter-spacing: 1px;")
        self.detail_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.role_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.term_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)

    def set_term(self, term: ChairTerm | None, empty_name: str, empty_detail: str, detail: str = "") -> None:
        colour = country_colour(term.country) if term else QColor(GRID_LINE_STRONG)
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {BACKGROUND}; border: 1px solid {GRID_LINE};"
            f" border-left: 6px solid {colour.name()}; border-radius: 4px; }}"
        )
        if term is None:
            self.name_label.setText(empty_name)
            self.name_label.setStyleSheet(f"color: {DIM_TEXT}; {_NAME_STYLE}")
            self.term_label.setText("")
            self.detail_label.setText(empty_detail)
            self.setToolTip("")
            return
        self.name_label.setStyleSheet(f"color: {TEXT}; {_NAME_STYLE}")
        self.name_label.setText(term.label)
        until = short_date(term.ends) if term.ends else "open"
        self.term_label.setText(f"{short_date(term.starts)} – {until}")
        self.detail_label.setText(detail)
        self.setToolTip(ChairTimeline._term_tooltip(term))  # same module


# ---------------------------------------------------------------------------
# The view
# ---------------------------------------------------------------------------


class ChairmanshipView(QWidget):
    """Terms as a timeline, the troika on a chosen day, the handover checklist and the body chairs.

    Args:
        chairs: the chairmanship service.
        parent: the parent widget.
        today: the day that decides what is overdue; None follows the clock.
        undo_stack: the window's undo stack; ticking a milestone and planning a handover go on
            it as undoable commands. None writes directly (standalone use).

    Signals:
        event_activated(str): open the meeting with this UID in the editor (kept for the
            window's uniform wiring of pages).
        event_shown(str): show the meeting with this UID in the calendar (double-click on a
            milestone or on a marker of the timeline).
        plan_changed(): a milestone was marked done or open, or a handover was planned.
    """

    event_activated = Signal(str)
    event_shown = Signal(str)
    plan_changed = Signal()

    def __init__(self, chairs: ChairmanshipService, parent: QWidget | None = None, *, today: date | None = None,
                 clock: Clock | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairmanship_view")
        self.chairs = chairs
        self.undo_stack = undo_stack
        self.clock = page_clock(clock, today)
        self._selected = self.today()
        self._terms: list[ChairTerm] = []
        self._plans: list[HandoverPlan] = []
        self._build()
        self.refresh()

    def today(self) -> date:
        """The day that decides what is overdue: the window's today."""
        return self.clock.today()

    def set_clock(self, clock: Clock) -> None:
        self.clock = clock

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        header = QHBoxLayout()
        title = QLabel("Chairmanship", self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        header.addWidget(title)
        header.addSpacing(12)
        self.summary_label = ElidedLabel(self)  # elided: the header must fit the window's minimum width
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setStyleSheet(f"color: {MUTED_TEXT};")
        header.addWidget(self.summary_label, 1)
        header.addWidget(QLabel("Troika on", self))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.date_edit.setMinimumWidth(130)
        header.addWidget(self.date_edit)
        self.today_button = QPushButton("Today", self)
        self.today_button.setObjectName("today_button")
        header.addWidget(self.today_button)
        header.addSpacing(12)
        self.plan_next_button = QPushButton("Plan next handover…", self)
        self.plan_next_button.setObjectName("plan_next_button")
        header.addWidget(self.plan_next_button)
        layout.addLayout(header)

        timeline_frame = QFrame(self)
        timeline_frame.setObjectName("timeline_frame")
        timeline_frame.setStyleSheet(
            f"#timeline_frame {{ background: {BACKGROUND}; border: 1px solid {GRID_LINE}; border-radius: 4px; }}"
        )
        frame_layout = QVBoxLayout(timeline_frame)
        frame_layout.setContentsMargins(1, 8, 1, 4)
        self.timeline = ChairTimeline(timeline_frame)
        frame_layout.addWidget(self.timeline)
        layout.addWidget(timeline_frame)
        layout.addLayout(self._build_register_row())

        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.previous_card = TroikaCard("Previous chair", "previous", self)
        self.current_card = TroikaCard("Current chair", "current", self)
        self.incoming_card = TroikaCard("Incoming chair", "incoming", self)
        for card in (self.previous_card, self.current_card, self.incoming_card):
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        splitter = side_by_side(self, self._build_plan_panel(), self._build_bodies_panel(), (5, 4), [760, 600])
        layout.addWidget(splitter, 1)

        self.date_edit.dateChanged.connect(lambda qdate: self.set_date(qdate.toPython()))
        self.today_button.clicked.connect(lambda: self.set_date(self.today()))
        self.plan_next_button.clicked.connect(self.plan_next_handover)
        self.timeline.date_clicked.connect(self.set_date)
        self.timeline.marker_activated.connect(self.event_shown)
        self.plan_combo.currentIndexChanged.connect(self._show_selected_plan)
        self.milestone_model.completion_requested.connect(self.set_milestone_done)
        self.milestone_view.doubleClicked.connect(self._milestone_activated)
        self.timeline.term_activated.connect(self.edit_term)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.add_term_button.clicked.connect(lambda: self.add_term())
        self.edit_term_button.clicked.connect(lambda: self.edit_term())
        self.delete_term_button.clicked.connect(lambda: self.delete_term())
        self.body_view.doubleClicked.connect(lambda index: self.edit_body_chair(self.body_model.row_at(index)))
        self.body_view.selectionModel().selectionChanged.connect(self._update_body_buttons)
        self.body_model.modelReset.connect(self._update_body_buttons)
        self.add_body_button.clicked.connect(lambda: self.add_body_chair())
        self.edit_body_button.clicked.connect(lambda: self.edit_body_chair())
        self.delete_body_button.clicked.connect(lambda: self.delete_body_chair())

    def _build_register_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.register_hint = ElidedLabel(self)
        self.register_hint.setObjectName("register_hint")
        self.register_hint.setStyleSheet(f"color: {MUTED_TEXT};")
        row.addWidget(self.register_hint, 1)
        self.add_term_button = QPushButton("Add term…", self)
        self.add_term_button.setObjectName("add_term_button")
        self.add_term_button.setToolTip("Record a chairmanship term, e.g. the next chair once it is decided")
        self.edit_term_button = QPushButton("Edit term…", self)
        self.edit_term_button.setObjectName("edit_term_button")
        self.delete_term_button = QPushButton("Delete term…", self)
        self.delete_term_button.setObjectName("delete_term_button")
        for button in (self.add_term_button, self.edit_term_button, self.delete_term_button):
            row.addWidget(button)
        return row

    def _panel(self, title: str) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        label = QLabel(title, panel)
        label.setStyleSheet("font-size: 11pt; font-weight: 600;")
        row.addWidget(label)
        layout.addLayout(row)
        return panel, layout, row

    def _build_plan_panel(self) -> QWidget:
        panel, layout, row = self._panel("Handover plan")
        self.plan_combo = QComboBox(panel)
        self.plan_combo.setObjectName("plan_combo")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        row.addSpacing(8)
        row.addWidget(self.plan_combo, 1)
        self.plan_status_label = QLabel(panel)
        self.plan_status_label.setObjectName("plan_status_label")
        self.plan_status_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.plan_status_label)
        self.milestone_model = MilestoneModel(panel)
        self.milestone_view = QTreeView(panel)
        self.milestone_view.setObjectName("milestone_view")
        self.milestone_view.setModel(self.milestone_model)
        self.milestone_view.setRootIsDecorated(False)
        self.milestone_view.setUniformRowHeights(True)
        self.milestone_view.setAlternatingRowColors(True)
        self.milestone_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.milestone_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MilestoneModel.COL_MILESTONE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((MilestoneModel.COL_OFFSET, 92), (MilestoneModel.COL_DATE, 134),
                              (MilestoneModel.COL_OWNER, 140), (MilestoneModel.COL_STATUS, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout.addWidget(self.milestone_view, 1)
        self.milestone_view.installEventFilter(self)
        return panel

    #: Below this width the milestone list drops its Offset and Owner columns (the titles need the room).
    NARROW_MILESTONES = 620

    def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
        if watched is getattr(self, "milestone_view", None) and event.type() == QEvent.Type.Resize:
            narrow = event.size().width() < self.NARROW_MILESTONES
            for column in (MilestoneModel.COL_OFFSET, MilestoneModel.COL_OWNER):
                self.milestone_view.setColumnHidden(column, narrow)
        return super().eventFilter(watched, event)

    def _build_bodies_panel(self) -> QWidget:
        panel, layout, row = self._panel("Advisory and working body chairs")
        row.addStretch(1)
        self.bodies_hint = QLabel("bold: in office on the chosen day", panel)
        self.bodies_hint.setStyleSheet(f"color: {MUTED_TEXT};")
        row.addWidget(self.bodies_hint)
        self.body_model = BodyChairModel(panel)
        self.body_view = QTableView(panel)
        self.body_view.setObjectName("body_view")
        self.body_view.setModel(self.body_model)
        set_up_row_table(self.body_view, row_height=26)
        self.body_view.setAlternatingRowColors(True)
        self.body_view.setShowGrid(False)
        header = self.body_view.horizontalHeader()
        header.setSectionResizeMode(BodyChairModel.COL_HOLDER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((BodyChairModel.COL_BODY, 168), (BodyChairModel.COL_COUNTRY, 62),
                              (BodyChairModel.COL_PERIOD, 158)):
            header.resizeSection(column, width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.body_view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        hint = QLabel("double-click a row to edit it", panel)
        hint.setStyleSheet(f"color: {MUTED_TEXT};")
        buttons.addWidget(hint, 1)
        self.add_body_button = QPushButton("Add…", panel)
        self.add_body_button.setObjectName("add_body_button")
        self.add_body_button.setToolTip("Record who chairs an advisory or working body")
        self.edit_body_button = QPushButton("Edit…", panel)
        self.edit_body_button.setObjectName("edit_body_button")
        self.delete_body_button = QPushButton("Delete…", panel)
        self.delete_body_button.setObjectName("delete_body_button")
        for button in (self.add_body_button, self.edit_body_button, self.delete_body_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return panel

    # -- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register, the body chairs and the handover plans from the service."""
        self._terms = self.chairs.terms()
        chosen = self.selected_plan_id()
        self._plans = self.chairs.plans()
        planned_end = next(
            (p.anchor_start for p in self._plans
             if p.anchor_start and self._terms and p.handover.from_country == self._terms[-1].country
             and p.anchor_start >= self._terms[-1].starts),
            None,
        )
        self.timeline.set_today(self.today())
        self.timeline.set_terms(self._terms, planned_end)
        self.body_model.set_rows(self.chairs.body_chairs(), self._selected)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self._plans:
            when = f" — {plan.anchor_when}" if plan.anchor_when else ""
            self.plan_combo.addItem(f"{plan.label}{when}", plan.id)
        index = self.plan_combo.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = self._default_plan_index()
        self.plan_combo.setCurrentIndex(index)
        self.plan_combo.blockSignals(False)
        current = self.milestone_view.currentIndex().data(MilestoneModel.TaskIdRole)
        self._show_selected_plan()
        self._select_milestone(current)
        self._update_date_widgets()
        self._update_summary()
        self._update_body_buttons()

    def _select_milestone(self, task_id: int | None) -> None:
        """Make the milestone ``task_id`` current again after a reload (a tick keeps its row)."""
        if task_id is None:
            return
        for row in range(self.milestone_model.rowCount()):
            index = self.milestone_model.index(row, MilestoneModel.COL_MILESTONE)
            if index.data(MilestoneModel.TaskIdRole) == task_id:
                self.milestone_view.setCurrentIndex(index)
                self.milestone_view.scrollTo(index)
                return

    def _default_plan_index(self) -> int:
        """The first plan with milestones still to do, else the latest one."""
        for index, plan in enumerate(self._plans):
            if any(not item.task.is_done for item in plan.milestones) and (
                plan.anchor_start is None or plan.anchor_start >= self.today() - timedelta(days=365)
            ):
                return index
        return len(self._plans) - 1

    def selected_plan_id(self) -> int | None:
        data = self.plan_combo.currentData() if hasattr(self, "plan_combo") else None
        return int(data) if data is not None else None

    def select_plan(self, handover_id: int) -> None:
        index = self.plan_combo.findData(handover_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def current_plan(self) -> HandoverPlan | None:
        wanted = self.selected_plan_id()
        return next((p for p in self._plans if p.id == wanted), None)

    def _show_selected_plan(self) -> None:
        plan = self.current_plan()
        self.milestone_model.set_rows(plan.milestones if plan else [], self.today())
        self.timeline.set_plan(plan, self.today())
        self._update_plan_status(plan)

    def _update_plan_status(self, plan: HandoverPlan | None) -> None:
        if plan is None:
            self.plan_status_label.setText("No handover planned")
            return
        counts = plan.counts(self.today())
        parts = [f"{counts[MilestoneState.DONE]} done", f"{counts[MilestoneState.OPEN]} open"]
        if counts[MilestoneState.OVERDUE]:
            parts.append(f"<span style='color:{NOW_LINE}; font-weight:600'>{counts[MilestoneState.OVERDUE]} overdue</span>")
        if counts[MilestoneState.NOT_RECORDED]:
            parts.append(f"{counts[MilestoneState.NOT_RECORDED]} not recorded")
        if plan.anchor_provisional:
            parts.append("dates provisional")
        self.plan_status_label.setText(" · ".join(parts))

    def _update_summary(self) -> None:
        if not self._terms:
            self.summary_label.setText("The register is empty.")
            return
        countries = len({t.country for t in self._terms})
        text = f"{len(self._terms)} terms held by {countries} countries since {self._terms[0].starts.year}"
        now = troika_at(self._terms, self.today()).current
        self.summary_label.setText(f"{text} · chair today: {now.label}" if now else text)

    # -- the chosen day ------------------------------------------------------------------

    def selected_date(self) -> date:
        return self._selected

    def set_date(self, day: date) -> None:
        """Show the troika and the body chairs on ``day``."""
        if day == self._selected and self.date_edit.date().toPython() == day:
            return
        self._selected = day
        self._update_date_widgets()

    def troika(self) -> Troika:
        """The troika shown."""
        return self.chairs.troika(self._selected)

    def _update_date_widgets(self) -> None:
        day = self._selected
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        self.timeline.set_selected_date(day)
        self.body_model.set_day(day)
        self._update_term_buttons()
        troika = self.troika()
        previous = troika.previous
        self.previous_card.set_term(
            previous, "—", "No previous chair",
            f"Handed over {short_date(previous.ends)}" if previous and previous.ends else "",
        )
        current = troika.current
        detail = ""
        if current is not None:
            detail = f"Theme: {current.theme}" if current.theme else self._term_detail(current)
        self.current_card.set_term(current, "—", "No chair on this day", detail)
        incoming = troika.incoming
        self.incoming_card.set_term(
            incoming, "Not decided yet", "No successor has been decided on this day",
            f"Decided {short_date(incoming.decided_on)} · takes over {short_date(incoming.starts)}"
            if incoming and incoming.decided_on else "",
        )

    def chosen_term(self) -> ChairTerm | None:
        """The term of the chair on the chosen day (what "Edit term…" edits), or None."""
        return next((t for t in self._terms if t.covers(self._selected)), None)

    def _update_term_buttons(self) -> None:
        term = self.chosen_term()
        for button, verb in ((self.edit_term_button, "Edit"), (self.delete_term_button, "Delete")):
            button.setEnabled(term is not None)
            button.setToolTip(f"{verb} the term of {term.label} ({term.years()}), the chair on the chosen day"
                              if term else "No chair on the chosen day: click a term on the timeline first")
        if term is None:
            self.register_hint.setText("No chair on the chosen day · click a term on the timeline to choose it")
        else:
            self.register_hint.setText(f"Chosen term: {term.label} {term.years()} · "
                                       "double-click or right-click a term on the timeline to edit it")

    @staticmethod
    def _term_detail(term: ChairTerm) -> str:
        if term.priorities:
            return f"{len(term.priorities)} priorities · e.g. {term.priorities[0]}"
        return f"Took over at: {term.opened_by}" if term.opened_by else ""

    # -- actions ----------------------------------------------------------------------

    def set_milestone_done(self, task_id: int, done: bool) -> None:
        """Mark a milestone done today (or open again) through the service."""
        title = next((m.task.title for p in self._plans for m in p.milestones if m.id == task_id), "milestone")
        text = f"{'Mark milestone done' if done else 'Reopen milestone'}: {short_title(title)}"
        command = SetTaskStatus(self.chairs.tasks, [task_id], TaskStatus.DONE if done else TaskStatus.TODO, self.today(),
                                text)
        if not self._write(command, "Handover plan"):
            return
        try:
            item = self.chairs.tasks.get(task_id)
        except PlannerError as exc:
            QMessageBox.warning(self, "Handover plan", str(exc))
            return
        self.milestone_model.update_item(item)
        self._plans = self.chairs.plans()
        plan = self.current_plan()
        self.timeline.set_plan(plan, self.today())
        self._update_plan_status(plan)
        self.plan_changed.emit()

    def _milestone_activated(self, index: QModelIndex) -> None:
        uid = index.data(MilestoneModel.EventUidRole)
        if uid:
            self.event_shown.emit(uid)

    def _write(self, command: UndoableCommand, title: str) -> bool:
        """Make a change through the undo stack (or directly without one); False after showing why not."""
        return perform(command, self.undo_stack, self, title)

    def no_anchor_message(self) -> str | None:
        """Why no handover can be planned now (no free Summit or Ministerial Council), or None when one can."""
        if self.chairs.anchor_candidates():
            return None
        terms = self.chairs.terms()
        since = terms[-1].starts if terms else date.min
        taken = [p for p in self.chairs.plans() if p.anchor_start is not None and p.anchor_start >= since]
        if taken:
            latest = max(taken, key=lambda p: p.anchor_start or date.min)
            when = f" ({latest.anchor_when})" if latest.anchor_when else ""
            return (f"{latest.anchor_title}{when} already has a handover plan ({latest.label}); "
                    "add the next Summit or Ministerial Council to the calendar first.")
        return "No Summit or Ministerial Council is planned yet: add the meeting to the calendar first."

    def plan_dialog(self) -> PlanHandoverDialog:
        """Build the 'Plan next handover' dialog with the register's defaults (not shown)."""
        from_country, anchor = self.chairs.next_handover_defaults()
        return PlanHandoverDialog(
            self.chairs.member_countries(), self.chairs.anchor_candidates(), from_country,
            self.chairs.country_name(from_country), anchor, self,
        )

    def plan_next_handover(self) -> None:
        """Ask for the successor and the meeting, then create the plan."""
        try:
            refusal = self.no_anchor_message()
            if refusal is not None:
                QMessageBox.information(self, "Plan next handover", refusal)
                return
            dialog = self.plan_dialog()
        except PlannerError as exc:
            QMessageBox.information(self, "Plan next handover", str(exc))
            return
        choice = run_for_value(dialog)
        if choice is not None:
            self.create_next_handover(choice)

    def create_next_handover(self, choice: NextHandoverChoice) -> int | None:
        """Create the handover chosen in the dialog; return its id (None when refused)."""
        successor = self.chairs.country_name(choice.to_country) if choice.to_country else UNDECIDED_SUCCESSOR
        command = PlanHandover(self.chairs, choice.to_country, choice.anchor_event_uid,
                               f"Plan handover to {successor}")
        if not self._write(command, "Plan next handover"):
            return None
        handover = command.handover
        self.refresh()
        self.select_plan(handover.id or 0 if handover else 0)
        self.plan_changed.emit()
        return handover.id if handover else None

    # -- the register: terms ------------------------------------------------------------

    def term_dialog(self, term: ChairTerm | None = None) -> ChairTermDialog:
        """Build the dialog that adds (``term`` None) or edits a term, not shown."""
        default_start = None
        if term is None and self._terms:
            latest = self._terms[-1]
            default_start = latest.ends or max(self._selected, latest.starts + timedelta(days=1))
        return ChairTermDialog(term, self.chairs.member_countries(), self, others=self._terms,
                               default_start=default_start, today=self.today())

    def add_term(self) -> ChairTerm | None:
        """Ask for a new term and add it to the register; return it (None when cancelled or refused)."""
        term = run_for_value(self.term_dialog())
        return self.save_new_term(term) if term is not None else None

    def save_new_term(self, term: ChairTerm) -> ChairTerm | None:
        """Add ``term`` through the undo stack; return it as saved (None after showing why not)."""
        command = AddChairTerm(self.chairs, term, open_term_before(self._terms, term))
        if not self._write(command, "Add chairmanship term"):
            return None
        self._register_changed()
        return command.saved

    def edit_term(self, term: ChairTerm | None = None) -> ChairTerm | None:
        """Edit ``term`` (by default the chosen day's); return it as saved (None when cancelled or refused)."""
        term = term or self.chosen_term()
        if term is None:
            return None
        edited = run_for_value(self.term_dialog(term))
        return self.save_edited_term(term, edited) if edited is not None else None

    def save_edited_term(self, before: ChairTerm, after: ChairTerm) -> ChairTerm | None:
        """Save an edited term through the undo stack; return it as saved (None after showing why not)."""
        if after == before:
            return before
        command = EditChairTerm(self.chairs, before, after)
        if not self._write(command, "Edit chairmanship term"):
            return None
        self._register_changed()
        return command.after

    def delete_term(self, term: ChairTerm | None = None) -> bool:
        """Delete ``term`` (by default the chosen day's) after asking; return whether it was deleted."""
        term = term or self.chosen_term()
        if term is None:
            return False
        until = short_date(term.ends) if term.ends else "open"
        if not self._confirm("Delete chairmanship term",
                             f"Delete the term of {term.label} ({short_date(term.starts)} – {until}) from the "
                             "register?\n\nHandover plans and meetings are kept. Undo brings the term back."):
            return False
        if not self._write(DeleteChairTerm(self.chairs, term), "Delete chairmanship term"):
            return False
        self._register_changed()
        return True

    def _timeline_menu(self, pos: QPoint) -> None:
        term = self.timeline.term_at(QPointF(pos))
        menu = QMenu(self)
        if term is not None:
            self.set_date(max(term.starts, min(self._selected, (term.ends or date.max) - timedelta(days=1))))
            menu.addAction(f"Edit term of {term.label} {term.years()}…", lambda: self.edit_term(term))
            menu.addAction(f"Delete term of {term.label} {term.years()}…", lambda: self.delete_term(term))
            menu.addSeparator()
        menu.addAction("Add term…", lambda: self.add_term())
        menu.exec(self.timeline.mapToGlobal(pos))

    # -- the register: body chairs -------------------------------------------------------

    def body_choices(self) -> list[tuple[str, str]]:
        """The bodies whose chairs can be recorded (working and advisory bodies), as (code, name)."""
        found = {c.body_code: c.body_name for c in self.chairs.body_chairs()}
        found |= {b.code: b.name for b in self.chairs.chaired_bodies()}
        return sorted(found.items(), key=lambda item: item[1])

    def selected_body_chair(self) -> BodyChair | None:
        """The body chair of the current row, or None."""
        return self.body_model.row_at(self.body_view.currentIndex())

    def _update_body_buttons(self) -> None:
        chosen = self.selected_body_chair() is not None and self.body_view.selectionModel().hasSelection()
        self.edit_body_button.setEnabled(chosen)
        self.delete_body_button.setEnabled(chosen)

    def body_chair_dialog(self, chair: BodyChair | None = None) -> BodyChairDialog:
        """Build the dialog that adds (``chair`` None) or edits a body chair, not shown."""
        return BodyChairDialog(chair, self.body_choices(), self.chairs.member_countries(), self, today=self.today())

    def add_body_chair(self) -> BodyChair | None:
        """Ask for a new body chair and record it; return it (None when cancelled or refused)."""
        chair = run_for_value(self.body_chair_dialog())
        return self.save_new_body_chair(chair) if chair is not None else None

    def save_new_body_chair(self, chair: BodyChair) -> BodyChair | None:
        """Record ``chair`` through the undo stack; return it as saved (None after showing why not)."""
        command = AddBodyChair(self.chairs, chair)
        if not self._write(command, "Add body chair"):
            return None
        self._register_changed(command.saved)
        return command.saved

    def edit_body_chair(self, chair: BodyChair | None = None) -> BodyChair | None:
        """Edit ``chair`` (by default the selected row); return it as saved (None when cancelled or refused)."""
        chair = chair or self.selected_body_chair()
        if chair is None:
            return None
        edited = run_for_value(self.body_chair_dialog(chair))
        return self.save_edited_body_chair(chair, edited) if edited is not None else None

    def save_edited_body_chair(self, before: BodyChair, after: BodyChair) -> BodyChair | None:
        """Save an edited body chair through the undo stack; return it as saved (None after showing why not)."""
        if after == before:
            return before
        command = EditBodyChair(self.chairs, before, after)
        if not self._write(command, "Edit body chair"):
            return None
        self._register_changed(command.after)
        return command.after

    def delete_body_chair(self, chair: BodyChair | None = None) -> bool:
        """Delete ``chair`` (by default the selected row) after asking; return whether it was deleted."""
        chair = chair or self.selected_body_chair()
        if chair is None:
            return False
        if not self._confirm("Delete body chair",
                             f"Delete {chair.holder} as chair of the {chair.body_name or chair.body_code} "
                             f"({BodyChairModel.period_text(chair)})?\n\nUndo brings the record back."):
            return False
        if not self._write(DeleteBodyChair(self.chairs, chair), "Delete body chair"):
            return False
        self._register_changed()
        return True

    def select_body_chair(self, chair_id: int | None) -> None:
        """Make the row of the body chair ``chair_id`` current."""
        for row in range(self.body_model.rowCount()):
            index = self.body_model.index(row, BodyChairModel.COL_BODY)
            if chair_id is not None and index.data(BodyChairModel.ChairIdRole) == chair_id:
                self.body_view.selectRow(row)
                self.body_view.scrollTo(index)
                return

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _register_changed(self, chair: BodyChair | None = None) -> None:
        """Reload after a change of the register, keeping the body chair just saved selected."""
        self.refresh()
        if chair is not None:
            self.select_body_chair(chair.id)
        self.plan_changed.emit()
