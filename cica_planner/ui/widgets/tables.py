"""Layout helpers for the pages' tables: two panels side by side and read-only row tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTableView, QWidget


def side_by_side(
    parent: QWidget, left: QWidget, right: QWidget, stretch: tuple[int, int], sizes: list[int]
) -> QSplitter:
    """Return a horizontal splitter of two panes that cannot be collapsed, with their stretch and first sizes."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(sizes)
    return splitter


def set_up_row_table(view: QTableView, row_height: int | None = None) -> None:
    """Make ``view`` a read-only table of whole rows: no row numbers, no wrapping, rows selected whole."""
    view.verticalHeader().setVisible(False)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
