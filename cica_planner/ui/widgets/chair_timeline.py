"""The chairmanship timeline: terms as coloured bands and a close-up of one handover with its milestones.

A little over 500 lines: one widget whose painting and hit-testing share the rectangles they
compute (``_hits``), so splitting them would mean passing that state between modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
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
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.clock import system_clock
from cica_planner.domain.model import Category
from cica_planner.i18n.dates import month_name
from cica_planner.services.chairmanship import HandoverPlan, MilestoneState, milestone_date, milestone_state
from cica_planner.ui.models.base import short_date
from cica_planner.ui.models.chair_models import (
    STATE_COLOURS,
    milestone_state_label,
    plan_anchor_text,
    plan_title,
    term_country,
)
from cica_planner.ui.style import (
    BACKGROUND,
    GRID_LINE,
    GRID_LINE_STRONG,
    MUTED_TEXT,
    TEXT,
    category_colour,
    country_colour,
    text_colour_on,
)


def _years_between(first: date, last: date) -> float:
    return (last - first).days / 365.25



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
        self._caption(painter, rect.left(), rect.top() - 9, self.tr("Chairmanships of CICA"),
                      right=self.tr("{first} – {last}").format(first=span[0].year, last=span[1].year - 1))
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
            tip = "<br>".join((term_tooltip(term), self.tr("<i>Double-click to edit the term</i>")))
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
        for text in (f"{term_country(term)}  {years}", term_country(term), term.country):
            if metrics.horizontalAdvance(text) <= room:
                painter.setFont(font)
                if text.endswith(years) and text != years:
                    # Name in bold, years lighter: the name is what people look for.
                    name = term_country(term)
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
            self._caption(painter, strip.left(), top - 8, self.tr("Handover plan"))
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(QRectF(strip.left(), top, strip.width(), strip.bottom() - top),
                             Qt.AlignmentFlag.AlignCenter, self.tr("No handover is planned yet."))
            return
        span = self._detail_range
        self._caption(painter, strip.left(), top - 8, self.tr("Handover {plan}").format(plan=plan_title(plan)),
                      right=self.tr("anchored to {meeting}").format(meeting=plan_anchor_text(plan)))
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
            if QFontMetrics(small).horizontalAdvance(term_country(term)) < band.width() - 8:
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self.tr("{country} chairs").format(country=term_country(term)))
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
        show_every = 1 if per_month >= metrics.horizontalAdvance(_month_label(date(2024, 9, 1), True)) + 8 else 2
        label_end = float("-inf")  # where the last label ended: a month after a January with its year may not fit
        for index, month in enumerate(months):
            x = self._x(month, span, strip)
            painter.setPen(QPen(QColor(GRID_LINE_STRONG if month.month == 1 else GRID_LINE), 1))
            painter.drawLine(QPointF(x, strip.bottom() + 1), QPointF(x, strip.bottom() + 5))
            if month < span[1] and (index % show_every == 0 or month.month == 1) and x + 2 >= label_end + 6:
                text = _month_label(month, month.month == 1 or index == 0)
                label_end = x + 2 + metrics.horizontalAdvance(text)
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
        tip = self.tr("<b>{title}</b><br>{when}<br><i>Double-click to show the meeting</i>").format(
            title=plan.anchor_title, when=plan.anchor_when)
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
            status = milestone_state_label(marker.state)
            if marker.detail:
                tip = self.tr("<b>{title}</b><br>{status} — {day} ({detail})").format(
                    title=marker.title, status=status, day=short_date(marker.day), detail=marker.detail)
            else:
                tip = self.tr("<b>{title}</b><br>{status} — {day}").format(
                    title=marker.title, status=status, day=short_date(marker.day))
            self._hits.append((QRectF(x - radius - 2, y - radius - 2, 2 * radius + 4, 2 * radius + 4), marker, tip))
        self._paint_legend(painter)

    def _paint_legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        items = [(MilestoneState.DONE, self.tr("done")), (MilestoneState.OPEN, self.tr("open", "milestone")),
                 (MilestoneState.OVERDUE, self.tr("overdue")), (MilestoneState.NOT_RECORDED, self.tr("not recorded"))]
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



def _month_label(month: date, with_year: bool) -> str:
    """'Sep' or 'Sep 2024' under the timeline ('сент.', 'сент. 2024')."""
    name = month_name(month.month, short=True)
    return f"{name} {month.year}" if with_year else name


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def term_tooltip(term: ChairTerm) -> str:
    """The rich-text tooltip of a term: country, dates, the meetings that opened and closed it, the theme."""
    until = short_date(term.ends) if term.ends else QCoreApplication.translate("ChairTimeline", "open", "term end")
    lines = [QCoreApplication.translate("ChairTimeline", "<b>{country}</b>: {starts} – {until}").format(
        country=term_country(term), starts=short_date(term.starts), until=until)]
    if term.opened_by:
        lines.append(QCoreApplication.translate("ChairTimeline", "Took over at: {meeting}").format(meeting=term.opened_by))
    if term.closed_by:
        lines.append(QCoreApplication.translate("ChairTimeline", "Handed over at: {meeting}").format(meeting=term.closed_by))
    if term.theme:
        lines.append(QCoreApplication.translate("ChairTimeline", "Theme: <i>{theme}</i>").format(theme=term.theme))
    return "<br>".join(lines)
