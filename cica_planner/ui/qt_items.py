"""The parts of Qt widgets that the code has made itself, without ``None``.

PySide6's stubs declare ``QTableWidget.item()``, ``horizontalHeaderItem()`` and
``QComboBox.lineEdit()`` as possibly ``None``, as Qt does for an empty cell, a missing header
or a combo box that cannot be typed into. Where the caller filled the cell, set the labels or
made the box editable, these give the part itself, and fail loudly if that ever stops being so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget, QTableWidgetItem


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item the caller put at ``row``, ``column``."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName() or 'the table'} has no item at row {row}, column {column}")
    return item


def header_item(table: QTableWidget, column: int) -> QTableWidgetItem:
    """The item of a column header the caller labelled."""
    item = table.horizontalHeaderItem(column)
    if item is None:
        raise LookupError(f"{table.objectName() or 'the table'} has no header for column {column}")
    return item


def combo_line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box."""
    edit = combo.lineEdit()
    if edit is None:
        raise LookupError(f"{combo.objectName() or 'the combo box'} is not editable")
    return edit
