"""A change made on both sides, field by field: keep mine, take theirs, or merge per field.

The dialog is generic: it shows rows of (field, value here, value on the server, value
before both changes) and gives back which fields to take from the server. It knows
nothing of CalDAV, so a shared team calendar can show its conflicts with it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cica_planner.ui.dialogs.common import run_for_value

MINE, THEIRS = "mine", "theirs"
#: Longer values are cut in the grid (the tooltip shows them whole).
SHOWN_CHARACTERS = 240
#: Width of a value column; values wrap inside it.
VALUE_WIDTH = 300


@dataclass(frozen=True)
class ConflictField:
    """One field that differs: its key, its label and the values on each side."""

    name: str
    label: str
    mine: str
    theirs: str
    before: str | None = None  # the value both sides started from, when known


@dataclass(frozen=True)
class ConflictChoice:
    """What the user chose: the fields taken from the server (the rest stay as here)."""

    theirs: frozenset[str]
    all_fields: frozenset[str]

    @property
    def keeps_mine(self) -> bool:
        return not self.theirs

    @property
    def takes_theirs(self) -> bool:
        return self.theirs == self.all_fields


class _ValueLabel(QLabel):
    """A wrapped value next to its radio button; clicking the text chooses it, as clicking a radio's text does."""

    def __init__(self, text: str, button: QRadioButton, parent: QWidget) -> None:
        super().__init__(escape(_shown(text)), parent)
        self.button = button
        self.setWordWrap(True)
        self.setFixedWidth(VALUE_WIDTH)
        self.setToolTip(text if len(text) > SHOWN_CHARACTERS else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.button.setChecked(True)
        super().mouseReleaseEvent(event)


def _shown(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SHOWN_CHARACTERS else one_line[: SHOWN_CHARACTERS - 1] + "…"


class SyncConflictDialog(QDialog):
    """Settle one conflict; ``value()`` gives the :class:`ConflictChoice`.

    Args:
        title: what changed on both sides (an event's title).
        fields: the fields that differ.
        where: who holds the other version ("the server", "the team calendar").
        author: who made the other change, when known.
        parent: the parent widget.
    """

    def __init__(self, title: str, fields: list[ConflictField], *, where: str = "the server", author: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflict_dialog")
        self.setWindowTitle("Changed on Both Sides")
        self.fields = list(fields)
        self.groups: dict[str, QButtonGroup] = {}
        by = f" by {escape(author)}" if author else ""
        intro = QLabel(
            f"<b>{escape(title)}</b> was changed here and on {escape(where)}{by}. "
            "Choose, for each field, which version to keep. Nothing is saved until you press Save.", self)
        intro.setWordWrap(True)
        intro.setObjectName("conflict_intro")

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        has_before = any(f.before is not None for f in self.fields)
        headers = ["Field", "Here (mine)", f"On {where} (theirs)"] + (["Before both changes"] if has_before else [])
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{escape(text)}</b>", grid_host)
            grid.addWidget(header, 0, column)
        for row, item in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(escape(item.label), grid_host), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            for column, (choice, text) in enumerate(((MINE, item.mine), (THEIRS, item.theirs)), start=1):
                cell = QWidget(grid_host)
                button = QRadioButton(cell)
                button.setObjectName(f"{item.name}_{choice}")
                button.setAccessibleName(f"{item.label}: {'keep mine' if choice == MINE else 'take theirs'}")
                group.addButton(button, column)
                line = QHBoxLayout(cell)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(_ValueLabel(text, button, cell), 1)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            group.button(1).setChecked(True)  # the safe default: nothing taken until chosen
            self.groups[item.name] = group
            if has_before:
                before = QLabel(escape(_shown(item.before or "—")), grid_host)
                before.setObjectName(f"{item.name}_before")
                before.setStyleSheet("color: #5f6368;")
                before.setWordWrap(True)
                before.setFixedWidth(VALUE_WIDTH - 60)
                before.setToolTip(item.before or "")
                grid.addWidget(before, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(4, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.all_mine_button = QPushButton("Keep All &Mine", self)
        self.all_mine_button.setObjectName("all_mine_button")
        self.all_mine_button.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs_button = QPushButton("Take All &Theirs", self)
        self.all_theirs_button.setObjectName("all_theirs_button")
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.all_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.all_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(grid_host.sizeHint().width() + 40, min(600, 150 + grid_host.sizeHint().height()))

    def choose(self, name: str, choice: str) -> None:
        """Pick ``choice`` (MINE or THEIRS) for the field ``name``."""
        self.groups[name].button(1 if choice == MINE else 2).setChecked(True)

    def choose_all(self, choice: str) -> None:
        for name in self.groups:
            self.choose(name, choice)

    def choice_of(self, name: str) -> str:
        return THEIRS if self.groups[name].checkedId() == 2 else MINE

    def value(self) -> ConflictChoice:
        names = frozenset(self.groups)
        return ConflictChoice(frozenset(n for n in names if self.choice_of(n) == THEIRS), names)

    @classmethod
    def get_choice(cls, parent: QWidget | None, title: str, fields: list[ConflictField], *, where: str = "the server",
                   author: str = "") -> ConflictChoice | None:
        """Show the dialog; the choice, or None when cancelled (the conflict stays)."""
        return run_for_value(cls(title, fields, where=where, author=author, parent=parent))
