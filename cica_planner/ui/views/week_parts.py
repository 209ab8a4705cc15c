"""The pieces of the week and day views: laid-out blocks and bars, and the two canvases that draw them.

The canvases own no layout and no logic: they hand paint, mouse and tooltip events to a
``WeekSurface`` (the ``WeekView``) through its public methods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from cica_planner.ui.views.items import ViewItem


@dataclass
class Block:
    """A timed event's piece inside one day column of the grid.

    Attributes:
        day: the day of the column.
        start_minute: start as minutes after midnight (display zone wall clock).
        end_minute: end as minutes after midnight (1440 when it runs past midnight).
        column: the sub-column inside its overlap cluster.
        columns: how many sub-columns the cluster has.
        rect: position in grid coordinates.
    """

    item: ViewItem
    day_index: int
    day: date
    start_minute: int
    end_minute: int
    column: int = 0
    columns: int = 1
    rect: QRectF = field(default_factory=QRectF)


@dataclass
class AllDayBar:
    """A bar in the all-day strip (columns inclusive)."""

    item: ViewItem
    first: int
    last: int
    lane: int
    continues_left: bool
    continues_right: bool
    rect: QRectF = field(default_factory=QRectF)


@dataclass
class AllDayMore:
    """The '+N more' link of a day whose all-day lanes overflow."""

    day: date
    count: int
    rect: QRectF


class WeekSurface(Protocol):
    """What the canvases ask of the view that owns the layout (the ``WeekView``)."""

    def paint_all_day(self, painter: QPainter, widget: QWidget) -> None: ...

    def all_day_pressed(self, event: QMouseEvent) -> None: ...

    def all_day_double_clicked(self, event: QMouseEvent) -> None: ...

    def all_day_tooltip(self, event: QHelpEvent, widget: QWidget) -> None: ...

    def relayout_grid(self, width: int) -> None: ...

    def paint_grid(self, painter: QPainter, widget: QWidget, clip: QRectF) -> None: ...

    def grid_pressed(self, event: QMouseEvent) -> None: ...

    def grid_moved(self, event: QMouseEvent) -> None: ...

    def grid_released(self, event: QMouseEvent) -> None: ...

    def grid_double_clicked(self, event: QMouseEvent) -> None: ...

    def grid_tooltip(self, event: QHelpEvent, widget: QWidget) -> None: ...


class AllDayArea(QWidget):
    """Day headers and the all-day lanes; the surface owns the layout and the logic."""

    def __init__(self, surface: WeekSurface, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("allDayArea")
        self.surface = surface

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        self.surface.paint_all_day(painter, self)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.all_day_pressed(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.all_day_double_clicked(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self.surface.all_day_tooltip(event, self)
            return True
        return super().event(event)


class TimeGrid(QWidget):
    """The scrollable 24-hour canvas; the surface owns the layout and the logic."""

    def __init__(self, surface: WeekSurface) -> None:
        super().__init__()
        self.setObjectName("timeGrid")
        self.surface = surface

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.surface.relayout_grid(self.width())
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        self.surface.paint_grid(painter, self, event.rect())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.grid_pressed(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.grid_moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.grid_released(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.surface.grid_double_clicked(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self.surface.grid_tooltip(event, self)
            return True
        return super().event(event)
