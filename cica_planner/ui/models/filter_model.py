"""A checkable list of filter choices (categories, countries, statuses) with optional colour chips."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon

from cica_planner.ui.models.base import CHECK_STATE_ROLE, DECORATION_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE
from cica_planner.ui.records import Record
from cica_planner.ui.style import colour_swatch

AnyIndex = QModelIndex | QPersistentModelIndex
#: Made once: a paint of the list asks for each row's check state and flags.
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable


class FilterItem(Record):
    """One choice: the key the filter uses, the label users see, an optional colour chip."""

    __slots__ = ("key", "label", "colour", "checked", "tooltip")

    def __init__(self, key: str, label: str, colour: QColor | None = None, checked: bool = True,
                 tooltip: str = "") -> None:
        self.key = key
        self.label = label
        self.colour = colour
        self.checked = checked
        self.tooltip = tooltip


class FilterListModel(QAbstractListModel):
    """Checkable choices; "all checked" and "none checked" both mean "no filter".

    Signals:
        selection_changed(): a check box was ticked or cleared by the user.
    """

    COL_LABEL = 0
    KeyRole = Qt.ItemDataRole.UserRole + 1

    selection_changed = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._rows: list[FilterItem] = []
        self._chips: dict[str, QIcon] = {}

    def set_rows(self, rows: list[FilterItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._chips = {item.key: colour_chip(item.colour) for item in self._rows if item.colour is not None}
        self.endResetModel()

    def rows(self) -> list[FilterItem]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return item.label
        if role == CHECK_STATE_ROLE:
            return _CHECKED if item.checked else _UNCHECKED
        if role == DECORATION_ROLE:
            return self._chips.get(item.key)
        if role == TOOLTIP_ROLE:
            return item.tooltip or item.label
        if role == self.KeyRole:
            return item.key
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECKABLE

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        checked = _is_checked(value)
        item = self._rows[index.row()]
        if item.checked == checked:
            return True
        item.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True

    def checked_keys(self) -> list[str]:
        return [item.key for item in self._rows if item.checked]

    def active_keys(self) -> frozenset[str]:
        """The keys to filter on: empty when everything (or nothing) is checked, i.e. no filter."""
        checked = self.checked_keys()
        if len(checked) in (0, len(self._rows)):
            return frozenset()
        return frozenset(checked)

    def set_checked_keys(self, keys: list[str] | None) -> None:
        """Check exactly ``keys`` (None checks everything); emits no ``selection_changed``."""
        wanted = None if keys is None else set(keys)
        for item in self._rows:
            item.checked = wanted is None or item.key in wanted
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole])

    def set_all_checked(self, checked: bool) -> None:
        for item in self._rows:
            item.checked = checked
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()


def colour_chip(colour: QColor, size: int = 12) -> QIcon:
    """A small round chip of ``colour`` (the category's colour, as in the calendar)."""
    return colour_swatch(colour, size, inset=1)


def _is_checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, Qt.CheckState.Checked.value, True)
