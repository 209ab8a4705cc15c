"""The managers' dashboard: readiness of upcoming events, deadlines of the next 14 days, load per owner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import Clock
from cica_planner.i18n.dates import long_date_text
from cica_planner.services.checklists import ChecklistService, OwnerLoad
from cica_planner.services.confirming import ConfirmingService
from cica_planner.ui import style
from cica_planner.ui.clock_support import page_clock
from cica_planner.ui.dialogs.outcome_dialog import OutcomeDialog
from cica_planner.ui.models.task_models import OwnerLoadModel, ReadinessModel, TaskTableModel, due_column_width
from cica_planner.ui.widgets.confirming_card import NeedsConfirmingCard
from cica_planner.ui.widgets.progress_delegate import ProgressDelegate
from cica_planner.ui.widgets.tables import set_up_row_table

OVERDUE = QColor(style.OVERDUE)
DUE_SOON = QColor("#e0a030")
OPEN = QColor("#8fb3d9")
TEXT = QColor(style.TEXT)
MUTED = QColor(style.MUTED_TEXT)


class OwnerLoadChart(QWidget):
    """Horizontal stacked bars per owner: overdue (red), due within 14 days (amber), other open work (blue)."""

    ROW_HEIGHT = 26

    def __init__(self, model: OwnerLoadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("owner_load_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        model.modelReset.connect(self.updateGeometry)
        model.modelReset.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(520, 40 + self.ROW_HEIGHT * max(1, self.model.rowCount()))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 40 + self.ROW_HEIGHT * min(4, max(1, self.model.rowCount())))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows: list[OwnerLoad] = self.model.rows()
        metrics = painter.fontMetrics()
        if not rows:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No open tasks"))
            return
        label_width = min(self.width() // 3, max(metrics.horizontalAdvance(r.owner) for r in rows) + 12)
        count_width = max(metrics.horizontalAdvance(self.tr("%n open", "tasks", count)) for count in (888, *(r.open for r in rows))) + 10
        left = label_width
        span = max(40, self.width() - left - count_width - 8)
        biggest = max(r.open for r in rows) or 1
        row_height = min(self.ROW_HEIGHT, max(16, (self.height() - 30) // len(rows)))
        bar_height = row_height * 0.62
        for number, load in enumerate(rows):
            top = number * row_height
            painter.setPen(TEXT)
            owner = metrics.elidedText(load.owner, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(QRectF(0, top, label_width - 10, row_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), owner)
            y = top + (row_height - bar_height) / 2
            x = float(left)
            due_soon = max(0, min(load.due_14, load.open - load.overdue))
            segments = ((load.overdue, OVERDUE), (due_soon, DUE_SOON), (load.open - load.overdue - due_soon, OPEN))
            painter.setPen(Qt.PenStyle.NoPen)
            for count, colour in segments:
                if count <= 0:
                    continue
                width = span * count / biggest
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, y, width, bar_height))
                x += width
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 6, top, count_width, row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.tr("%n open", "tasks", load.open))
        # Legend under the bars.
        legend_top = len(rows) * row_height + 8
        x = float(left)
        legend = ((self.tr("overdue"), OVERDUE), (self.tr("due in %n day(s)", "", 14), DUE_SOON),
                  (self.tr("later", "due after the next two weeks"), OPEN))
        for text, colour in legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, legend_top + 4, 12, 12))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 17, legend_top, metrics.horizontalAdvance(text) + 4, 20),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x += 17 + metrics.horizontalAdvance(text) + 16
        painter.end()


class _Tile(QFrame):
    """A headline number with a caption (open tasks, overdue, ...)."""

    def __init__(self, key: str, caption: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: white; border: 1px solid #e3e6ea; border-left: 4px solid {colour.name()};"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.number = QLabel("0", self)
        self.number.setObjectName("number")
        # A stylesheet, not setFont: the application stylesheet's font size would win over setFont.
        self.number.setStyleSheet(f"color: {colour.name()}; border: none; font-size: 22pt; font-weight: bold;")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)  # Russian captions take two lines in a narrow window
        self.caption.setStyleSheet("color: #5f6b7a; border: none;")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))


class DashboardView(QWidget):
    """What managers look at first: readiness bars, the fortnight's deadlines and who carries the load.

    Signals:
        event_activated(str): an event (UID) was double-clicked (in readiness or deadlines).
    """

    event_activated = Signal(str)

    def __init__(self, checklists: ChecklistService, parent: QWidget | None = None, *, confirming: ConfirmingService,
                 today: date | None = None, clock: Clock | None = None, horizon_days: int = 180) -> None:
        super().__init__(parent)
        self.checklists = checklists
        self.confirming = confirming
        self.clock = page_clock(clock, today)
        self.horizon_days = horizon_days
        self.readiness_model = ReadinessModel(self)
        self.due_model = TaskTableModel(self)
        self.load_model = OwnerLoadModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f2328;")
        layout.addWidget(self.heading)

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.events_tile = _Tile("upcoming", self.tr("upcoming events with checklists"), QColor("#2b6cb0"), self)
        self.open_tile = _Tile("open", self.tr("open tasks"), QColor("#56697d"), self)
        self.overdue_tile = _Tile("overdue", self.tr("overdue tasks"), OVERDUE, self)
        self.soon_tile = _Tile("due", self.tr("due in the next %n day(s)", "", 14), QColor("#b7791f"), self)
        self.confirm_tile = _Tile("need", self.tr("need confirming"), QColor("#8a5a00"), self)
        for tile in (self.events_tile, self.open_tile, self.overdue_tile, self.soon_tile, self.confirm_tile):
            tiles.addWidget(tile)
        layout.addLayout(tiles)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._section(self.tr("Readiness of upcoming events")), 0, 0, 1, 2)
        grid.addWidget(self._build_readiness(), 1, 0, 1, 2)
        self.due_section = self._section(self.tr("Deadlines in the next %n day(s)", "", 14))
        self.load_section = self._section(self.tr("Load per owner (open tasks)"))
        self._build_due()
        self.load_chart = OwnerLoadChart(self.load_model, self)
        self.grid = grid
        self._narrow: bool | None = None
        self._place_lower_panels(narrow=False)
        # Past plans with no recorded outcome, and events whose day is still open (below the rest,
        # whether the panels above share a row or stack).
        self.confirming_card = NeedsConfirmingCard(self.confirming, self, ask=OutcomeDialog.ask)
        self.confirming_card.event_activated.connect(self.event_activated)
        self.confirming_card.changed.connect(self.refresh)
        grid.addWidget(self._section(self.tr("Needs confirming")), 6, 0, 1, 2)
        grid.addWidget(self.confirming_card, 7, 0, 1, 2)
        grid.setRowStretch(7, 4)
        grid.setRowStretch(1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)
        self.refresh()

    #: Below this width the deadlines and the load chart stack instead of sharing a row.
    NARROW_WIDTH = 1180

    def _place_lower_panels(self, narrow: bool) -> None:
        """Deadlines beside the load chart on a wide page; one under the other on a narrow one."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        grid = self.grid
        for widget in (self.due_section, self.load_section, self.due_view, self.load_chart):
            grid.removeWidget(widget)
        if narrow:
            grid.addWidget(self.due_section, 2, 0, 1, 2)
            grid.addWidget(self.due_view, 3, 0, 1, 2)
            grid.addWidget(self.load_section, 4, 0, 1, 2)
            grid.addWidget(self.load_chart, 5, 0, 1, 2)
            grid.setRowStretch(3, 3)
            grid.setRowStretch(5, 3)
        else:
            grid.addWidget(self.due_section, 2, 0)
            grid.addWidget(self.load_section, 2, 1)
            grid.addWidget(self.due_view, 3, 0)
            grid.addWidget(self.load_chart, 3, 1)
            grid.setRowStretch(3, 4)
            grid.setRowStretch(5, 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self._place_lower_panels(event.size().width() < self.NARROW_WIDTH)
        super().resizeEvent(event)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("color: #1f2328; padding-top: 6px; font-weight: bold; font-size: 11pt;")
        return label

    def _build_readiness(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("readiness_view")
        view.setModel(self.readiness_model)
        view.setItemDelegateForColumn(
            ReadinessModel.COL_PROGRESS, ProgressDelegate(ReadinessModel.FractionRole, ReadinessModel.OverdueRole, view)
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(ReadinessModel.COL_EVENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ReadinessModel.COL_WHEN, 220), (ReadinessModel.COL_PROGRESS, 260),
                              (ReadinessModel.COL_OVERDUE, 80), (ReadinessModel.COL_NEXT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            # Never narrower than its title in the chosen language ('Ближайший срок').
            title = str(self.readiness_model.headerData(column, Qt.Orientation.Horizontal))
            view.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title) + 24))
        set_up_row_table(view, row_height=30)
        view.setShowGrid(False)
        view.doubleClicked.connect(lambda index: self.event_activated.emit(index.data(ReadinessModel.EventUidRole)))
        self.readiness_view = view
        return view

    def _build_due(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("due_view")
        view.setModel(self.due_model)
        for column in (TaskTableModel.COL_RELATIVE, TaskTableModel.COL_PRIORITY, TaskTableModel.COL_STATUS):
            view.setColumnHidden(column, True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TaskTableModel.COL_EVENT, 190), (TaskTableModel.COL_OWNER, 160), (TaskTableModel.COL_DUE, due_column_width(self.fontMetrics(), 205))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, width)
        header.moveSection(header.visualIndex(TaskTableModel.COL_DUE), 0)
        set_up_row_table(view, row_height=26)
        view.setAlternatingRowColors(True)
        view.doubleClicked.connect(self._due_activated)
        self.due_view = view
        return view

    def _due_activated(self, index: QModelIndex) -> None:
        self.event_activated.emit(index.data(TaskTableModel.EventUidRole))

    def set_today(self, today: date) -> None:
        """Show the dashboard as of ``today`` (a clock fixed at its noon)."""
        self.set_clock(Clock.at_noon(today))

    def set_clock(self, clock: Clock) -> None:
        """Take today from ``clock`` (the window's) and show the figures as of that day."""
        self.clock = clock
        self.refresh()

    def today(self) -> date:
        """The window's today, read from the clock at every refresh (never frozen at start-up)."""
        return self.clock.today()

    def refresh(self) -> None:
        """Reload every figure from the service."""
        today = self.today()
        readiness = self.checklists.readiness(today, self.horizon_days)
        due = self.checklists.due_soon(today, 14)
        loads = self.checklists.load_by_owner(today)
        self.readiness_model.set_rows(readiness)
        self.due_model.set_rows(due, today)
        self.load_model.set_rows(loads)
        self.heading.setText(self.tr("Preparation dashboard — {date}").format(date=long_date_text(today)))
        self.events_tile.set_value(len(readiness))
        self.open_tile.set_value(sum(load.open for load in loads))
        self.overdue_tile.set_value(sum(load.overdue for load in loads))
        self.soon_tile.set_value(len(due))
        self.confirming_card.set_today(today)
        self.confirm_tile.set_value(self.confirming_card.count())
