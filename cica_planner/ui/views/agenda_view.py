"""Agenda view: the anchor month as a list grouped by day, then the events still to be dated.

Events whose day is not fixed (precision month, quarter or year) that overlap the month
are listed at the end under their period ("Q4 2024 — date to be confirmed"). A multi-day
event is listed once, on its first day in the month, with its span as the time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.model import EventStatus, Precision
from cica_planner.i18n.terms import status_label
from cica_planner.ui import style
from cica_planner.ui.models.agenda_model import AgendaGroup, AgendaModel, AgendaRow
from cica_planner.ui.views.base import MonthPagedView
from cica_planner.ui.views.formatting import long_day
from cica_planner.ui.views.items import ViewItem, status_text, tooltip_html
from cica_planner.ui.views.painting import VCENTRE_LEFT


def tbc_group_label(period: str) -> str:
    """A group of events known only to a period: 'Q4 2024 — date to be confirmed' / 'IV кв. 2024 — дата уточняется'."""
    return QCoreApplication.translate("AgendaView", "{period} — date to be confirmed").format(period=period)


def today_group_label(day_label: str) -> str:
    """Today's day heading: 'Thursday 27 June 2024  ·  Today'."""
    return QCoreApplication.translate("AgendaView", "{day}  ·  Today").format(day=day_label)


def build_groups(
    items: list[ViewItem], first: date, end: date, display_tz: str, today: date, zone_name: str | None = None
) -> list[AgendaGroup]:
    """Group display items of [first, end) into day groups followed by 'to be confirmed' groups.

    A timed item ending the next day says so: '23:00 – 00:30 (+1)'. ``zone_name`` names the
    display zone in the tooltips ('Astana time').
    """
    last = end - timedelta(days=1)
    by_day: dict[date, list[ViewItem]] = defaultdict(list)
    by_period: dict[tuple[int, date, str], list[ViewItem]] = defaultdict(list)  # (precision rank, first day, label)
    rank = {Precision.WINDOW: -1, Precision.MONTH: 0, Precision.QUARTER: 1, Precision.YEAR: 2}
    for item in items:
        if item.last_day < first or item.first_day > last:
            continue
        if item.fixed:
            by_day[max(item.first_day, first)].append(item)
        else:
            # The most precise periods first: "early October", then "Q4", then the whole year.
            key = (rank.get(item.occurrence.event.precision, 3), item.first_day, item.period_label)
            by_period[key].append(item)
    groups: list[AgendaGroup] = []
    for day in sorted(by_day):
        # Items come in display-zone start order already: all-day and multi-day ones go first.
        entries = sorted(by_day[day], key=lambda i: (not i.is_bar, i.order))
        label = today_group_label(long_day(day)) if day == today else long_day(day)
        groups.append(AgendaGroup(label, tuple(_row(i, display_tz, zone_name) for i in entries), day, day == today))
    for key in sorted(by_period):
        entries = sorted(by_period[key], key=lambda i: i.title.casefold())
        groups.append(AgendaGroup(tbc_group_label(key[2]), tuple(_row(i, display_tz, zone_name) for i in entries)))
    return groups


def _row(item: ViewItem, display_tz: str, zone_name: str | None) -> AgendaRow:
    return AgendaRow(
        uid=item.uid,
        time_text=item.period_label if not item.fixed else item.time_range_text(),
        title=item.title,
        place=item.occurrence.event.place,
        status=status_text(item),
        category=item.category.value,
        colour=item.colours.outline.name(),
        tooltip=tooltip_html(item, display_tz, zone_name),
        strike_out=item.decoration.strike_out,
        italic=item.decoration.italic,
    )


#: What every row's paint uses, made once (a scroll step paints a hundred cells).
_TEXT = QColor(style.TEXT)
_DIM_TEXT = QColor(style.DIM_TEXT)
_NO_FOCUS = ~QStyle.StateFlag.State_HasFocus


class AgendaDelegate(QStyledItemDelegate):
    """Paints group headers as section bands and a colour chip before each title."""

    ROW_HEIGHT = 26
    GROUP_HEIGHT = 30

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        kind = index.data(AgendaModel.KindRole)
        size.setHeight(max(size.height(), self.GROUP_HEIGHT if kind in ("day", "tbc") else self.ROW_HEIGHT))
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kind = index.data(AgendaModel.KindRole)
        if kind in ("day", "tbc"):
            self._paint_group(painter, option, index, kind)
            return
        if index.column() != AgendaModel.COL_TITLE:
            plain = QStyleOptionViewItem(option)
            plain.state &= _NO_FOCUS  # the selection shows the current row
            super().paint(painter, plain, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.state &= _NO_FOCUS
        widget = opt.widget
        # Without a widget (a delegate painting for a print or a grab), the application's style draws.
        (widget.style() if widget else QApplication.style()).drawControl(QStyle.ControlElement.CE_ItemViewItem, opt,
                                                                          painter, widget)
        rect = QRectF(option.rect)
        colour = index.data(AgendaModel.ColourRole) or _DIM_TEXT
        chip = QRectF(rect.left() + 4, rect.center().y() - 6, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, 3, 3)
        font = opt.font
        painter.setFont(font)
        painter.setPen(_TEXT)
        # One pixel up, like the default text of the other columns (the item border takes the last row).
        text_rect = rect.adjusted(22, -1, -4, -2)
        painter.drawText(text_rect, VCENTRE_LEFT,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        painter.restore()

    def _paint_group(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, kind: str
    ) -> None:
        painter.save()
        widget = option.widget
        full = QRect(option.rect)
        if widget is not None:
            full.setLeft(0)
            full.setRight(widget.width())
        background = QColor(style.TBC_BACKGROUND if kind == "tbc" else style.HEADER_BACKGROUND)
        style.fill_rect(painter, full, background)
        painter.setPen(QPen(QColor(style.TBC_BORDER if kind == "tbc" else style.GRID_LINE), 1.0))
        painter.drawLine(full.bottomLeft(), full.bottomRight())
        if index.column() == 0:
            font = style.ui_font(9.5, bold=True, base=option.font)
            painter.setFont(font)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole) or QColor(style.TEXT)
            if kind == "tbc":
                foreground = QColor("#7a6a3a")
            painter.setPen(foreground)
            text_rect = QRectF(full).adjusted(10, 0, -10, 0)
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            )
        painter.restore()


class _AgendaTree(QTreeView):
    """The agenda's tree; a double-click goes first to ``header_double_clicked``, which says if it took it.

    QTreeView drops double-clicks on rows that cannot be selected, as day headers are. They are
    caught here, in the tree's own handler (it gets its viewport's mouse events), not by a filter
    on the viewport: handed the viewport, a widget Qt made, PySide would build wrapper classes for
    dozens of widget types to find its type (57 enum classes before the agenda's first paint).
    """

    def __init__(self, parent: QWidget, header_double_clicked: Callable[[QModelIndex], bool]) -> None:
        super().__init__(parent)
        self._header_double_clicked = header_double_clicked

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        if not self._header_double_clicked(self.indexAt(event.position().toPoint())):
            super().mouseDoubleClickEvent(event)


class AgendaView(MonthPagedView):
    """The anchor month as a grouped list (a QTreeView over ``AgendaModel``).

    Signals: see ``CalendarView``. Double-clicking a day header emits ``date_activated``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.model = AgendaModel(self)
        self.tree = _AgendaTree(self, self._header_double_clicked)
        self.tree.setObjectName("agendaTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(AgendaDelegate(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(False)
        self.tree.setAllColumnsShowFocus(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.tree.setStyleSheet(
            f"QTreeView {{ background: {style.BACKGROUND}; border: none; outline: 0; "
            f"selection-background-color: {style.ACCENT_LIGHT}; selection-color: {style.TEXT}; }}"
            f"QTreeView::item {{ border-bottom: 1px solid #f0f2f5; padding: 0 6px; }}"
            f"QTreeView::item:selected {{ background: {style.ACCENT_LIGHT}; color: {style.TEXT}; }}"
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgendaModel.COL_TIME, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(AgendaModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.COL_PLACE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.COL_STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(AgendaModel.COL_TIME, 170)
        header.resizeSection(AgendaModel.COL_PLACE, 200)  # a place is short ("Astana, KZ"); the title takes the room
        # As wide as the longest status in the chosen language ('Запланировано' is longer than 'Planned').
        statuses = [status_label(status) for status in EventStatus] + [QCoreApplication.translate("ViewItem", "Outcome to confirm")]
        header.resizeSection(AgendaModel.COL_STATUS, max(100, max(map(self.tree.fontMetrics().horizontalAdvance, statuses)) + 24))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("agendaEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {style.MUTED_TEXT}; padding: 24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.tree)
        self._syncing = False
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.installEventFilter(self)
        self._refresh_layout()

    # -- contract --

    #: The agenda looks this many days past the month's end: what comes next is never hidden.
    UPCOMING_DAYS = 30

    def visible_range(self) -> tuple[date, date]:
        first, end = self.month_range()
        return first, end + timedelta(days=self.UPCOMING_DAYS)

    def groups(self) -> list[AgendaGroup]:
        return self.model.groups()

    # -- layout --

    def _refresh_layout(self) -> None:
        groups = self._month_and_upcoming_groups()
        self._syncing = True
        try:
            self.model.set_rows(groups)
            for row in range(len(groups)):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expandAll()
            self._restore_selection()
        finally:
            self._syncing = False
        self.empty_label.setText(self.tr("No events in {month}").format(month=self.title()))
        self.empty_label.setVisible(not groups)
        self.tree.setVisible(bool(groups))

    def _month_and_upcoming_groups(self) -> list[AgendaGroup]:
        """The month's days and its "to be confirmed" periods, with the days just after the month between.

        Days past the month's end say "coming up"; periods still to be confirmed stay those of the month.
        """
        first, month_end = self.month_range()
        _first, end = self.visible_range()
        today, zone_name = self.today(), self.zone_name()
        month = build_groups(self._items, first, month_end, self._display_tz, today, zone_name)
        fixed = [item for item in self._items if item.fixed and item.first_day >= month_end]
        upcoming = [
            replace(group, label=self.tr("{day}  ·  coming up").format(day=group.label))
            for group in build_groups(fixed, month_end, end, self._display_tz, today, zone_name)
        ]
        split = next((index for index, group in enumerate(month) if group.day is None), len(month))
        return [*month[:split], *upcoming, *month[split:]]

    def _restore_selection(self) -> None:
        index = self.model.index_of_uid(self._selected_uid) if self._selected_uid else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()

    def _selection_updated(self) -> None:
        self._syncing = True
        try:
            self._restore_selection()
        finally:
            self._syncing = False

    # -- interaction --

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        entry = self.model.row_for(current)
        if entry is not None and not self._syncing:
            self._user_selected(entry.uid)

    def _double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.row_for(index)
        if entry is not None:
            self.event_activated.emit(entry.uid)

    def _header_double_clicked(self, index: QModelIndex) -> bool:
        """A double-click on a group's header row opens its day; whether ``index`` was such a row."""
        group = self.model.group_for(index)
        if group is None:
            return False
        if group.day is not None:
            self.date_activated.emit(group.day)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self.model.row_for(self.tree.currentIndex())
            if entry is not None:
                self.event_activated.emit(entry.uid)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            super().keyPressEvent(event)
            return
        # Arrows move between rows inside the tree; they do not move the anchor day here.
        QWidget.keyPressEvent(self, event)
