"""The shared base of the thin table models: a list of plain rows, replaced whole by ``set_rows()``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cica_planner.i18n.dates import date_text

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

# Qt's roles as the plain integers it passes to data(): a list or tree asks several times per visible cell on
# every paint, and comparing with Qt.ItemDataRole members goes through Python's enum machinery each time.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
CHECK_STATE_ROLE = int(Qt.ItemDataRole.CheckStateRole)
USER_ROLE = int(Qt.ItemDataRole.UserRole)


def short_date(day: date | None) -> str:
    """Return '27 Jun 2024' / '27 июн. 2024' (no leading zero), or '—' for no date."""
    return "—" if day is None else date_text(day)


def bold_font() -> QFont:
    """Return the default font in bold, for emphasised cells."""
    font = QFont()
    font.setBold(True)
    return font


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """One plain object per row, one column per entry of ``HEADERS``.

    Subclasses declare ``HEADERS`` (and their ``COL_*`` constants and roles) and implement
    ``cell()``; ``data()`` checks the index before handing the row over.
    """

    #: English column titles, marked with QT_TRANSLATE_NOOP("TableHeader", …) and translated when shown.
    HEADERS: ClassVar[tuple[object, ...]] = ()  # QT_TRANSLATE_NOOP's stubs type its text as object

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Iterable[RowT], /) -> None:
        """Replace every row (subclasses may take what decides their look after the rows)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        """Return a copy of the rows, in model order."""
        return list(self._rows)

    def row_at(self, where: int | Index) -> RowT | None:
        """Return the row at a row number or a (valid) index, or None when there is none."""
        if isinstance(where, int):
            row = where
        elif where.isValid():
            row = where.row()
        else:
            return None
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # Qt's variant
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("TableHeader", str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt's variant
        row = self.row_at(index)
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def cell(self, row: RowT, column: int, role: int, /) -> Any:  # Qt's variant; positional, so subclasses name the row
        """Return what ``row`` shows in ``column`` for ``role`` (None for nothing)."""
        raise NotImplementedError

