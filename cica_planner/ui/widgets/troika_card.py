"""A card for one chair of the troika, and the one-line label that elides instead of clipping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.ui.models.base import short_date
from cica_planner.ui.models.chair_models import term_country
from cica_planner.ui.style import BACKGROUND, DIM_TEXT, GRID_LINE, GRID_LINE_STRONG, MUTED_TEXT, TEXT, country_colour
from cica_planner.ui.widgets.chair_timeline import term_tooltip


class ElidedLabel(QLabel):
    """A one-line label that may shrink below its text: it then ends in "…" and shows the whole text as a tooltip.

    It says so in the property ``elides_by_design``, so that layout checks accept its elision.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setProperty("elides_by_design", True)

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as painted: elided to the label's width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown_text(), QPalette.ColorRole.WindowText)
        painter.end()


_NAME_STYLE = "font-size: 15pt; font-weight: 600;"


class TroikaCard(QFrame):
    """One chair of the troika: role, country, term and one line of detail."""

    def __init__(self, role: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(104)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(2)
        self.role_label = QLabel(role.upper(), self)
        self.role_label.setObjectName(f"{key}_role")
        self.name_label = QLabel(self)
        self.name_label.setObjectName(f"{key}_name")
        self.term_label = QLabel(self)
        self.term_label.setObjectName(f"{key}_term")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName(f"{key}_detail")
        self.detail_label.setWordWrap(True)
        self.role_label.setStyleSheet(f"color: {MUTED_TEXT}; font-size: 8pt; font-weight: 600; letter-spacing: 1px;")
        self.detail_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.role_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.term_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)

    def set_term(self, term: ChairTerm | None, empty_name: str, empty_detail: str, detail: str = "") -> None:
        colour = country_colour(term.country) if term else QColor(GRID_LINE_STRONG)
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {BACKGROUND}; border: 1px solid {GRID_LINE};"
            f" border-left: 6px solid {colour.name()}; border-radius: 4px; }}"
        )
        if term is None:
            self.name_label.setText(empty_name)
            self.name_label.setStyleSheet(f"color: {DIM_TEXT}; {_NAME_STYLE}")
            self.term_label.setText("")
            self.detail_label.setText(empty_detail)
            self.setToolTip("")
            return
        self.name_label.setStyleSheet(f"color: {TEXT}; {_NAME_STYLE}")
        self.name_label.setText(term_country(term))
        until = short_date(term.ends) if term.ends else self.tr("open", "term end")
        self.term_label.setText(self.tr("{starts} – {until}").format(starts=short_date(term.starts), until=until))
        self.detail_label.setText(detail)
        self.setToolTip(term_tooltip(term))
