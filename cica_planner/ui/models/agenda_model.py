"""A thin two-level Qt model for the agenda: groups (a day, or a period to be confirmed) and their events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, overload

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from cica_planner.ui import style
from cica_planner.ui.models.base import bold_font

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AgendaRow:
    """One event line of the agenda, ready to show."""

    uid: str
    time_text: str
    title: str
    place: str
    status: str
    category: str
    colour: str
    tooltip: str = ""
    strike_out: bool = False
    italic: bool = False


@dataclass(frozen=True)
class AgendaGroup:
    """A day ('Thursday 27 June 2024') or a period ('Q4 2024 — date to be confirmed') with its events."""

    label: str
    rows: tuple[AgendaRow, ...] = field(default_factory=tuple)
    day: date | None = None
    is_today: bool = False

    @property
    def to_be_confirmed(self) -> bool:
        return self.day is None


class AgendaModel(QAbstractItemModel):
    """Groups at the top level, their events as children; built by ``set_rows``."""

    COL_TIME, COL_TITLE, COL_PLACE, COL_STATUS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Time"), QT_TRANSLATE_NOOP("TableHeader", "Event"), QT_TRANSLATE_NOOP("TableHeader", "Place"), QT_TRANSLATE_NOOP("TableHeader", "Status"))

    UidRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2  # "day", "tbc" or "event"
    DateRole = Qt.ItemDataRole.UserRole + 3
    ColourRole = Qt.ItemDataRole.UserRole + 4
    CategoryRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._groups: list[AgendaGroup] = []

    def set_rows(self, groups: list[AgendaGroup]) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[AgendaGroup]:
        return list(self._groups)

    # internalId 0 marks a group; n > 0 marks an event of group n - 1.

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: ModelIndex, /) -> QModelIndex: ...
    def parent(self, index: ModelIndex | None = None) -> QObject | QModelIndex | None:
        """The date row of an event row (Qt's model parent); without ``index``, the QObject's parent."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return len(self.HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("TableHeader", str(self.HEADERS[section]))
        return None

    def row_for(self, index: ModelIndex) -> AgendaRow | None:
        """Return the event row at ``index`` (None for a group)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[int(index.internalId()) - 1].rows[index.row()]

    def group_for(self, index: ModelIndex) -> AgendaGroup | None:
        """Return the group at ``index`` (None for an event row)."""
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._groups[index.row()]

    def index_of_uid(self, uid: str) -> QModelIndex:
        """Return the first event row of ``uid`` (column 0), or an invalid index."""
        for group_row, group in enumerate(self._groups):
            for row, entry in enumerate(group.rows):
                if entry.uid == uid:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.group_for(index)
        if group is not None:
            return self._group_data(group, index.column(), role)
        entry = self.row_for(index)
        assert entry is not None
        return self._row_data(entry, index.column(), role)

    def _group_data(self, group: AgendaGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return group.label if column == 0 else None
        if role == self.KindRole:
            return "tbc" if group.to_be_confirmed else "day"
        if role == self.DateRole:
            return group.day
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(style.TBC_BACKGROUND if group.to_be_confirmed else style.HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.ACCENT if group.is_today else style.TEXT)
        return None

    def _row_data(self, entry: AgendaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.time_text, entry.title, entry.place, entry.status)[column]
        if role == self.UidRole:
            return entry.uid
        if role == self.KindRole:
            return "event"
        if role == self.ColourRole:
            return QColor(entry.colour)
        if role == self.CategoryRole:
            return entry.category
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or None
        if role == Qt.ItemDataRole.FontRole and column == self.COL_TITLE and (entry.strike_out or entry.italic):
            font = QFont()
            font.setStrikeOut(entry.strike_out)
            font.setItalic(entry.italic)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ForegroundRole and column != self.COL_TITLE:
            return QColor(style.MUTED_TEXT)
        return None
