"""Render a preparation status report to an A4 PDF with QPdfWriter.

The layout runs twice: once to count the pages (for "Page 2 of 5"), once to paint. It
works without a display: when no Qt application exists yet, an offscreen
QGuiApplication is created for the duration of the call (the command line's case).

The text must stay searchable and copyable in PDF viewers. It is drawn without ligatures (an
"ﬃ" glyph reads back as one character, and "Officials" is not found), and the file's
character maps are corrected after writing: Qt names each glyph by the lowest code point
mapped to it, so with fonts that map the tab to the space glyph (DejaVu Sans) every space
would read back as a tab.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from cica_planner.domain.model import Category
from cica_planner.i18n.dates import date_text, days_text
from cica_planner.i18n.terms import category_label
from cica_planner.reports.pdf_text import printable
from cica_planner.reports.wording import ReportCounts, report_counts
from cica_planner.services.files import check_target, write_atomically
from cica_planner.services.reports import EventProgress, StatusReport
from cica_planner.services.tasks import TaskItem

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
INK = QColor("#1f2933")
MUTED = QColor("#616e7c")
RULE = QColor("#cbd2d9")
ACCENT = QColor("#2f6f9f")
DONE_FILL = QColor("#3f8f5f")
TRACK = QColor("#e4e7eb")
OVERDUE = QColor("#c62828")


# A task's status as the report's last column names it (lower case, as in a sentence).
TASK_STATUS_WORDS = {
    "to do": QT_TRANSLATE_NOOP("StatusReport", "to do"),
    "in progress": QT_TRANSLATE_NOOP("StatusReport", "in progress"),
    "done": QT_TRANSLATE_NOOP("StatusReport", "done"),
    "blocked": QT_TRANSLATE_NOOP("StatusReport", "blocked"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP returns its text unchanged, though its stubs type it as object.
    return QCoreApplication.translate("StatusReport", str(text))


def category_name(value: str) -> str:
    """A category's label in the installed language; one this version does not know, as stored."""
    try:
        return category_label(Category(value))
    except ValueError:
        return value


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def due_text(item: TaskItem) -> str:
    if item.due is None:
        return "—"
    return f"≈ {item.due.isoformat()}" if item.provisional else item.due.isoformat()


@dataclass
class _Fonts:
    title: QFont
    subtitle: QFont
    heading: QFont
    body: QFont
    small: QFont
    bold_small: QFont


def _fonts() -> _Fonts:
    def font(size: float, bold: bool = False) -> QFont:
        result = QFont("DejaVu Sans")
        result.setStyleHint(QFont.StyleHint.SansSerif)
        result.setPointSizeF(size)
        result.setBold(bold)
        for tag in ("liga", "clig"):  # "ﬁ" and "ﬃ" would read back as single characters
            result.setFeature(QFont.Tag(tag), 0)
        return result

    return _Fonts(font(17, True), font(9.5), font(11.5, True), font(9), font(8), font(8, True))


class _Layout:
    """Walk the report once; paint when a painter is given, otherwise only count pages."""

    def __init__(self, report: StatusReport, writer: QPdfWriter, painter: QPainter | None, pages: int = 0) -> None:
        self.report = report
        self.writer = writer
        self.painter = painter
        self.total_pages = pages
        self.fonts = _fonts()
        page = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(page.width())
        self.bottom = float(page.height()) - _mm(12)  # room for the footer
        self.page = 1
        self.y = 0.0

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    # -- painting primitives ----------------------------------------------------

    def text(self, rect: QRectF, text: str, font: QFont, colour: QColor, flags: int = 0) -> None:
        if self.painter is None:
            return
        text = printable(text)
        if not flags & int(Qt.TextFlag.TextWordWrap):  # one line: cut to the width rather than overflow
            text = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(rect, flags or int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    def wrapped_height(self, text: str, font: QFont, width: float) -> float:
        bound = self.metrics(font).boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap),
                                                printable(text))
        return bound.height()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.y + height <= self.bottom:
            return
        self.footer()
        if self.painter is not None:
            self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def footer(self) -> None:
        height = self.metrics(self.fonts.small).height()
        rect = QRectF(0, self.bottom + _mm(5), self.width, height)
        self.text(rect, QCoreApplication.translate("StatusReport", "Page {page} of {total}").format(
            page=self.page, total=self.total_pages), self.fonts.small, MUTED,
                  int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        self.text(rect, self.report.title, self.fonts.small, MUTED)

    # -- blocks -------------------------------------------------------------------

    def run(self) -> int:
        self.header()
        if not self.report.events:
            self.ensure(_mm(10))
            self.text(QRectF(0, self.y, self.width, _mm(8)),
                      QCoreApplication.translate("StatusReport", "No event in this period has preparation tasks."),
                      self.fonts.body, MUTED)
        for event in self.report.events:
            self.event_block(event)
        self.footer()
        return self.page

    def header(self) -> None:
        fonts, report = self.fonts, self.report
        title_height = self.metrics(fonts.title).height() * 1.2
        self.text(QRectF(0, self.y, self.width, title_height), report.title, fonts.title, INK)
        self.y += title_height
        line = self.metrics(fonts.subtitle).height() * 1.35
        generated = QCoreApplication.translate("StatusReport", "Generated {date}").format(date=date_text(report.today))
        self.text(QRectF(0, self.y, self.width, line), generated, fonts.subtitle, MUTED)
        self.y += line
        summary = QCoreApplication.translate("StatusReport", "Events from {start} to {end}: {counts}").format(
            start=date_text(report.start), end=date_text(report.end),
            counts=report_counts(len(report.events), report.open_count, report.overdue_count))
        self.text(QRectF(0, self.y, self.width, line), summary, fonts.subtitle, OVERDUE if report.overdue_count else MUTED)
        self.y += line + _mm(2)
        if self.painter is not None:
            self.painter.setPen(QPen(ACCENT, _mm(0.6)))
            self.painter.drawLine(0, int(self.y), int(self.width), int(self.y))
        self.y += _mm(4)

    def event_block(self, event: EventProgress) -> None:
        fonts, today = self.fonts, self.report.today
        heading_height = self.wrapped_height(event.title, fonts.heading, self.width)
        bar_height = _mm(4.5)
        row_height = self.metrics(fonts.small).height() * 1.3
        # Keep the heading, the bar and the first task rows together on one page.
        self.ensure(heading_height + bar_height + _mm(8) + row_height * min(3, len(event.open_tasks) + 1))
        self.text(QRectF(0, self.y, self.width, heading_height), event.title, fonts.heading, INK,
                  int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap))
        self.y += heading_height + _mm(0.8)
        when = days_text(event.precision, event.start, event.end, event.period_part)
        self.text(QRectF(0, self.y, self.width, row_height), f"{category_name(event.category)} · {when}", fonts.small,
                  MUTED)
        self.y += row_height + _mm(0.5)
        self.progress_bar(event, bar_height)
        self.y += bar_height + _mm(2.5)
        open_tasks = event.open_tasks
        if open_tasks:
            self.task_header(row_height)
            for item in open_tasks:
                self.task_row(item, today)
        else:
            self.text(QRectF(0, self.y, self.width, row_height), QCoreApplication.translate("StatusReport", "All tasks done."),
                      fonts.small, DONE_FILL)
            self.y += row_height
        self.y += _mm(6)

    def progress_bar(self, event: EventProgress, height: float) -> None:
        bar_width = self.width * 0.55
        overdue = event.overdue(self.report.today)
        label = QCoreApplication.translate("StatusReport", "{done}/{total} done ({percent}%)").format(
            done=event.done, total=event.total, percent=round(100 * event.done / event.total) if event.total else 0)
        if self.painter is not None:
            painter = self.painter
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(QRectF(0, self.y, bar_width, height), height / 2, height / 2)
            if event.total and event.done:
                painter.setBrush(DONE_FILL)
                painter.drawRoundedRect(QRectF(0, self.y, bar_width * event.done / event.total, height), height / 2, height / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        text_rect = QRectF(bar_width + _mm(3), self.y - _mm(1), self.width - bar_width, height + _mm(2))
        self.text(text_rect, label, self.fonts.bold_small, INK)
        if overdue:
            shift = self.metrics(self.fonts.bold_small).horizontalAdvance(label) + _mm(4)
            self.text(text_rect.adjusted(shift, 0, 0, 0), ReportCounts().overdue(overdue), self.fonts.bold_small, OVERDUE)

    def columns(self) -> tuple[float, float, float, float]:
        """x positions of Due, Task, Owner, Status."""
        return 0.0, self.width * 0.15, self.width * 0.66, self.width * 0.87

    def task_header(self, row_height: float) -> None:
        due_x, task_x, owner_x, status_x = self.columns()
        font = self.fonts.bold_small
        names = (QCoreApplication.translate("StatusReport", "Due"), QCoreApplication.translate("StatusReport", "Open task"),
                 QCoreApplication.translate("StatusReport", "Owner"), QCoreApplication.translate("StatusReport", "Status"))
        for x, right, name in zip((due_x, task_x, owner_x, status_x), (task_x, owner_x, status_x, self.width), names,
                                  strict=True):
            self.text(QRectF(x, self.y, right - x, row_height), name, font, MUTED)
        self.y += row_height
        if self.painter is not None:
            self.painter.setPen(QPen(RULE, _mm(0.25)))
            self.painter.drawLine(0, int(self.y), int(self.width), int(self.y))
        self.y += _mm(0.8)

    def task_row(self, item: TaskItem, today: date) -> None:
        due_x, task_x, owner_x, status_x = self.columns()
        gap = _mm(2)
        font = self.fonts.small
        overdue = item.is_overdue(today)
        title_height = self.wrapped_height(item.task.title, font, owner_x - task_x - gap)
        owner_height = self.wrapped_height(item.task.owner or "—", font, status_x - owner_x - gap)
        height = max(title_height, owner_height, self.metrics(font).height()) + _mm(1.2)
        self.ensure(height)
        colour = OVERDUE if overdue else INK
        top = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        due = due_text(item) + (" !" if overdue else "")
        self.text(QRectF(due_x, self.y, task_x - due_x - gap, height), due, self.fonts.bold_small if overdue else font,
                  colour, top)
        self.text(QRectF(task_x, self.y, owner_x - task_x - gap, height), item.task.title, font, colour, top)
        self.text(QRectF(owner_x, self.y, status_x - owner_x - gap, height), item.task.owner or "—", font, MUTED, top)
        if overdue:
            status = QCoreApplication.translate("StatusReport", "overdue", "a task's status")
        elif item.not_recorded:
            status = QCoreApplication.translate("StatusReport", "not recorded")
        else:
            status = _tr(TASK_STATUS_WORDS[item.task.status.value])
        self.text(QRectF(status_x, self.y, self.width - status_x, height), status, font, colour, top)
        self.y += height


_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_RANGE_LIST = re.compile(rb"(<[0-9A-Fa-f]{4}>\s*<[0-9A-Fa-f]{4}>\s*\[)([^\]]*)(\])")
_RANGE_START = re.compile(rb"(<[0-9A-Fa-f]{4}>\s*<[0-9A-Fa-f]{4}>\s*)<0009>")


def spaces_for_tabs(pdf: bytes) -> bytes:
    """Return ``pdf`` with the glyphs its character maps call tabs (U+0009) called spaces (U+0020).

    Only the destinations of the ToUnicode maps change, each by a code of the same length, so
    every offset of the file stays valid. The report never draws a tab.
    """

    def fix_map(found: re.Match[bytes]) -> bytes:
        cmap = _RANGE_LIST.sub(lambda r: r[1] + r[2].replace(b"<0009>", b"<0020>") + r[3], found[0])
        return _RANGE_START.sub(lambda r: r[1] + b"<0020>", cmap)

    return _CMAP.sub(fix_map, pdf)


def render_status_report(report: StatusReport, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` as an A4 PDF to ``path`` (atomically, like every file the app writes) and return the path."""
    target = check_target(path)
    app = QGuiApplication.instance()
    owned = None
    if app is None:
        # The command line has no window system to offer: render offscreen.
        owned = QGuiApplication(["cica-planner", "-platform", "offscreen"])
    try:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator("CICA Planner")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(16, 16, 16, 14), QPageLayout.Unit.Millimeter))
        pages = _Layout(report, writer, None).run()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write the PDF file {target}")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _Layout(report, writer, painter, pages).run()
        finally:
            painter.end()
        del writer  # finishes the PDF in the buffer
        return write_atomically(target, spaces_for_tabs(bytes(buffer.data().data())))
    finally:
        del owned
