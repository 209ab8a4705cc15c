"""Pages that stay readable on a small screen (1024 × 700): they scroll instead of squeezing.

The chairmanship, checklists and dashboard pages are dense. On a small screen Qt would shrink
their tables to a few rows and their stretched columns to a few pixels. Framed here, a page
keeps a minimum height (the window scrolls it) and every table column a minimum width (the
table scrolls sideways), as Outlook's and Thunderbird's panes do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QScrollArea, QTableView, QTreeView, QWidget

#: The height below which each page scrolls (room for its tables' rows).
PAGE_MIN_HEIGHTS = {"chairmanship": 900, "checklists": 560, "dashboard": 980}
#: No column of a table on these pages gets narrower than this.
MIN_COLUMN_WIDTH = 84


def frame_page(key: str, page: QWidget) -> QWidget:
    """``page`` in a vertical scroll area when it has a minimum height, its tables' columns kept readable."""
    for view in page.findChildren(QAbstractItemView):
        header: QHeaderView | None = None
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
        elif isinstance(view, QTreeView):
            header = view.header()
        if header is not None:
            header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    height = PAGE_MIN_HEIGHTS.get(key)
    if height is None:
        return page
    page.setMinimumHeight(height)
    area = QScrollArea()
    area.setObjectName(f"{key}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
