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
from cica_planner.ui.models.base import (
    ALIGNMENT_ROLE,
    BACKGROUND_ROLE,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
    bold_font,
)

ModelIndex = QModelIndex | QPersistentModelIndex

_LEFT_CENTRED = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_EVENT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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

    UidRole = USER_ROLE + 1
    KindRole = USER_ROLE + 2  # "day", "tbc" or "event"
    DateRole = USER_ROLE + 3
    ColourRole = USER_ROLE + 4
    CategoryRole = USER_ROLE + 5

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._groups: list[AgendaGroup] = []
        # Made once and handed out again (Qt copies what data() returns): colours by name, title fonts by decoration.
        self._colours: dict[str, QColor] = {}
        self._title_fonts: dict[tuple[bool, bool], QFont] = {}

    def set_rows(self, groups: list[AgendaGroup]) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[AgendaGroup]:
        return list(self._groups)

    # internalId 0 marks a group; n > 0 marks an event of group n - 1.

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # As hasIndex() tells, without the two calls back into Python it makes.
        if not 0 <= column < len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.column() != 0 or parent.internalId() != 0 or row >= len(self._groups[parent.row()].rows):
            return QModelIndex()
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
        return _EVENT_FLAGS

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

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        group = int(index.internalId())
        if group == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._row_data(self._groups[group - 1].rows[index.row()], index.column(), role)

    def _colour(self, name: str) -> QColor:
        found = self._colours.get(name)
        if found is None:
            found = self._colours[name] = QColor(name)
        return found

    def _group_data(self, group: AgendaGroup, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return group.label if column == 0 else None
        if role == self.KindRole:
            return "tbc" if group.to_be_confirmed else "day"
        if role == self.DateRole:
            return group.day
        if role == FONT_ROLE:
            return bold_font()
        if role == BACKGROUND_ROLE:
            return self._colour(style.TBC_BACKGROUND if group.to_be_confirmed else style.HEADER_BACKGROUND)
        if role == FOREGROUND_ROLE:
            return self._colour(style.ACCENT if group.is_today else style.TEXT)
        return None

    def _row_data(self, entry: AgendaRow, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return (entry.time_text, entry.title, entry.place, entry.status)[column]
        if role == self.KindRole:
            return "event"
        if role == ALIGNMENT_ROLE:
            return _LEFT_CENTRED
        if role == FOREGROUND_ROLE:
            return self._colour(style.MUTED_TEXT) if column != self.COL_TITLE else None
        if role == FONT_ROLE:
            if column == self.COL_TITLE and (entry.strike_out or entry.italic):
                return self._title_font(entry.strike_out, entry.italic)
            return None
        if role == self.UidRole:
            return entry.uid
        if role == self.ColourRole:
            return self._colour(entry.colour)
        if role == self.CategoryRole:
            return entry.category
        if role == TOOLTIP_ROLE:
            return entry.tooltip or None
        return None

    def _title_font(self, strike_out: bool, italic: bool) -> QFont:
        found = self._title_fonts.get((strike_out, italic))
        if found is None:
            found = self._title_fonts[(strike_out, italic)] = QFont()
            found.setStrikeOut(strike_out)
            found.setItalic(italic)
        return found
