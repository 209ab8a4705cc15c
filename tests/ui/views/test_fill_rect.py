"""``fill_rect`` paints what ``QPainter.fillRect`` paints, and leaves the painter as it found it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from cica_planner.ui.style import fill_rect

RECTS = [QRect(0, 0, 40, 30), QRect(3, 5, 17, 9), QRectF(2.5, 3.25, 20.4, 11.6), QRectF(0.3, 0.7, 4, 28.1),
         QRectF(10, 2, 0.5, 0.5)]


def _painted(fill, antialiased: bool) -> QImage:
    image = QImage(48, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
    for index, rect in enumerate(RECTS):
        fill(painter, rect, QColor(40 * index, 90, 200, 255 - 30 * index))
    painter.end()
    return image


@pytest.mark.parametrize("antialiased", [True, False])
def test_fill_rect_paints_the_pixels_fill_rect_of_qt_paints(qapp, antialiased) -> None:
    ours = _painted(fill_rect, antialiased)
    assert ours == _painted(lambda painter, rect, colour: painter.fillRect(rect, colour), antialiased)
    assert ours != _painted(lambda _painter, _rect, _colour: None, antialiased)  # it did paint


def test_fill_rect_keeps_the_painter_s_pen_and_brush(qapp) -> None:
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#123456"), 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    fill_rect(painter, QRectF(1, 1, 5, 5), QColor("#abcdef"))
    assert (painter.pen().color().name(), painter.pen().widthF()) == ("#123456", 2.0)
    assert painter.brush().style() == Qt.BrushStyle.NoBrush
    painter.end()
