"""Printing the calendar shown: a heading, the page itself and a legend, as Outlook and Thunderbird print.

Every printed page carries the calendar's title, the period, the time zone the times are in and
a legend of the categories on it. The month and year views print as they look (the view is
drawn onto the page, scaled to fit, text kept as text); the week, day and agenda views print as
a list of the period's events day by day ("agenda style"), so no hour of the day is cut off
by the scrolled part of the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter, QPen, QPicture, QRegion
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from cica_planner.domain.model import Category, Occurrence, zone
from cica_planner.i18n.dates import long_date_text, period_text, time_text, weekday_name
from cica_planner.i18n.terms import category_label
from cica_planner.ui import style

MUTED = QColor("#5f6b7a")
RULE = QColor("#c9d1db")


@dataclass
class PrintPage:
    """What one print of the calendar holds.

    Args:
        title: the view's title ("June 2024").
        view_name: "Month", "Week", "Day", "Agenda" or "Year".
        first: the first day shown; ``end`` the day after the last one.
        zone_text: the time zone the times are in, as the status bar says it.
        occurrences: the events of the period (sidebar filters applied).
        display_tz: the IANA zone of the times.
        widget: the view to draw as it looks (month, year); None prints the list.
    """

    title: str
    view_name: str
    first: date
    end: date
    zone_text: str
    occurrences: Sequence[Occurrence]
    display_tz: str
    widget: QWidget | None = None
    categories: list[Category] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.categories:
            seen = {o.event.category for o in self.occurrences}
            self.categories = [c for c in Category if c in seen]

    def period_text(self) -> str:
        last = self.end - timedelta(days=1)
        if last == self.first:
            return f"{self.view_name} · {weekday_name(self.first.isoweekday())} {long_date_text(self.first)}"
        return f"{self.view_name} · {long_date_text(self.first)} – {long_date_text(last)}"


class CalendarPrinter:
    """Draws a ``PrintPage`` onto a printer (paper, PDF file or the print preview)."""

    def __init__(self, page: PrintPage) -> None:
        self.page = page

    def print_to(self, printer: QPrinter) -> None:
        landscape = self.page.widget is not None
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            self._paint(painter, printer)
        finally:
            painter.end()

    # -- layout ------------------------------------------------------------------------

    def _paint(self, painter: QPainter, printer: QPrinter) -> None:
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        scale = printer.resolution() / 72.0  # points to device pixels
        self.fonts = _Fonts(scale)
        top = self._heading(painter, area)
        bottom = area.bottom() - self._legend_height(painter, area)
        body = QRectF(area.left(), top, area.width(), bottom - top - 6 * scale)
        if self.page.widget is not None:
            self._draw_widget(painter, body)
            self._legend(painter, area, bottom)
            return
        rows = self._rows()
        index = 0
        while True:
            index = self._list(painter, body, rows, index)
            self._legend(painter, area, bottom)
            if index >= len(rows):
                break
            printer.newPage()
            top = self._heading(painter, area)
            body = QRectF(area.left(), top, area.width(), bottom - top - 6 * scale)

    def _heading(self, painter: QPainter, area: QRectF) -> float:
        fonts = self.fonts
        y = area.top()
        painter.setPen(QColor(style.TEXT))
        painter.setFont(fonts.title)
        height = QFontMetricsF(fonts.title).height()
        painter.drawText(QRectF(area.left(), y, area.width(), height), Qt.AlignmentFlag.AlignLeft,
                         QCoreApplication.translate("CalendarPrinter", "CICA calendar — {title}").format(title=self.page.title))
        y += height
        painter.setFont(fonts.small)
        painter.setPen(MUTED)
        line = QFontMetricsF(fonts.small).height()
        painter.drawText(QRectF(area.left(), y, area.width(), line), Qt.AlignmentFlag.AlignLeft, self.page.period_text())
        y += line
        painter.drawText(QRectF(area.left(), y, area.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QCoreApplication.translate("CalendarPrinter", "Times in {zone}").format(zone=self.page.zone_text))
        y += line + fonts.scale * 4
        painter.setPen(QPen(RULE, fonts.scale * 0.8))
        painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
        return y + fonts.scale * 6

    def _legend_height(self, painter: QPainter, area: QRectF) -> float:
        return QFontMetricsF(self.fonts.small).height() * (1 + self._legend_lines(area)) + self.fonts.scale * 4

    def _legend_items(self) -> list[tuple[Category, float]]:
        metrics = QFontMetricsF(self.fonts.small)
        return [(c, metrics.horizontalAdvance(category_label(c)) + self.fonts.scale * 22) for c in self.page.categories]

    def _legend_lines(self, area: QRectF) -> int:
        lines, x = 1, 0.0
        for _category, width in self._legend_items():
            if x + width > area.width() and x > 0:
                lines, x = lines + 1, 0.0
            x += width
        return lines

    def _legend(self, painter: QPainter, area: QRectF, top: float) -> None:
        fonts = self.fonts
        line = QFontMetricsF(fonts.small).height()
        painter.setFont(fonts.small)
        painter.setPen(MUTED)
        painter.drawText(QRectF(area.left(), top, area.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QCoreApplication.translate("CalendarPrinter", "Categories") if self.page.categories else QCoreApplication.translate("CalendarPrinter", "Categories: no events in this period"))
        x, y = area.left(), top + line
        swatch = fonts.scale * 8
        for category, width in self._legend_items():
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.category_colour(category))
            painter.drawRoundedRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch), swatch / 4, swatch / 4)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(x + swatch * 1.6, y, width, line), Qt.AlignmentFlag.AlignLeft, category_label(category))
            x += width

    def _draw_widget(self, painter: QPainter, body: QRectF) -> None:
        widget = self.page.widget
        assert widget is not None
        size = widget.size()
        factor = min(body.width() / max(1, size.width()), body.height() / max(1, size.height()))
        painter.save()
        painter.translate(body.left() + (body.width() - size.width() * factor) / 2, body.top())
        painter.scale(factor, factor)
        # Straight onto a printer Qt would draw the view into a bitmap; recorded as a picture first,
        # it stays vector graphics and text (sharp at any size, searchable in a PDF).
        picture = QPicture()
        recorder = QPainter(picture)
        widget.render(recorder, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
        recorder.end()
        painter.drawPicture(0, 0, picture)
        painter.restore()

    # -- agenda style --------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, Occurrence | None]]:
        """Day headings and events in order; events without a fixed day first, under their own heading."""
        tz = zone(self.page.display_tz)
        undated = [o for o in self.page.occurrences if not o.event.date_is_fixed]
        by_day: dict[date, list[Occurrence]] = {}
        for occurrence in self.page.occurrences:
            if not occurrence.event.date_is_fixed:
                continue
            start = occurrence.start
            first = start.astimezone(tz).date() if isinstance(start, datetime) else start
            by_day.setdefault(max(first, self.page.first), []).append(occurrence)
        rows: list[tuple[str, Occurrence | None]] = []
        if undated:
            rows.append((QCoreApplication.translate("CalendarPrinter", "To be confirmed"), None))
            rows.extend(("", o) for o in undated)
        for day in sorted(by_day):
            rows.append((f"{weekday_name(day.isoweekday())} {long_date_text(day)}", None))
            rows.extend(("", o) for o in sorted(by_day[day], key=lambda o: (not o.all_day, str(o.start))))
        if not rows:
            rows.append((QCoreApplication.translate("CalendarPrinter", "No events in this period"), None))
        return rows

    def _list(self, painter: QPainter, body: QRectF, rows: list[tuple[str, Occurrence | None]], index: int) -> int:
        """Draw rows from ``index`` until the page is full; return the first row not drawn."""
        fonts = self.fonts
        line = QFontMetricsF(fonts.body).height()
        metrics = QFontMetricsF(fonts.body)
        labels = ["00:00 – 00:00", *(self._when(o) for _heading, o in rows if o is not None)]
        time_width = max(metrics.horizontalAdvance(label) for label in labels) + fonts.scale * 20
        y = body.top()
        while index < len(rows):
            heading, occurrence = rows[index]
            height = line * (1.6 if occurrence is None else 1.0) + (line * 0.9 if occurrence and occurrence.event.place else 0)
            if y + height > body.bottom() and y > body.top():
                return index
            if occurrence is None:
                painter.setFont(fonts.heading)
                painter.setPen(QColor(style.TEXT))
                painter.drawText(QRectF(body.left(), y + line * 0.4, body.width(), line), Qt.AlignmentFlag.AlignLeft, heading)
            else:
                self._event_row(painter, body, y, line, time_width, occurrence)
            y += height
            index += 1
        return index

    def _event_row(self, painter: QPainter, body: QRectF, y: float, line: float, time_width: float,
                   occurrence: Occurrence) -> None:
        fonts = self.fonts
        event = occurrence.event
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.category_colour(event.category))
        painter.drawRect(QRectF(body.left(), y + line * 0.15, fonts.scale * 3, line * 0.7))
        painter.setFont(fonts.body)
        painter.setPen(MUTED)
        painter.drawText(QRectF(body.left() + fonts.scale * 8, y, time_width, line), Qt.AlignmentFlag.AlignLeft,
                         self._when(occurrence))
        painter.setPen(QColor(style.TEXT))
        title_rect = QRectF(body.left() + time_width, y, body.width() - time_width, line)
        title = QFontMetricsF(fonts.body).elidedText(f"{event.title}  ({category_label(event.category)})",
                                                     Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, title)
        if event.place:
            painter.setFont(fonts.small)
            painter.setPen(MUTED)
            painter.drawText(QRectF(title_rect.left(), y + line, title_rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                             event.place)

    def _when(self, occurrence: Occurrence) -> str:
        event = occurrence.event
        if not event.date_is_fixed:
            return period_text(event.precision, event.local_start_date(), event.period_part, event.local_end_date())
        if not isinstance(occurrence.start, datetime) or not isinstance(occurrence.end, datetime):
            return QCoreApplication.translate("CalendarPrinter", "all day")
        tz = zone(self.page.display_tz)
        return f"{time_text(occurrence.start.astimezone(tz))} – {time_text(occurrence.end.astimezone(tz))}"


class _Fonts:
    """The print fonts, in points scaled to the printer's resolution."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.title = _font(16 * scale, bold=True)
        self.heading = _font(10.5 * scale, bold=True)
        self.body = _font(9.5 * scale)
        self.small = _font(8.5 * scale)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def pdf_printer(path: str) -> QPrinter:
    """A printer that writes a PDF file (tests, and "Print to PDF" without a dialog)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer
