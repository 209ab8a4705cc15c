"""A change made on both sides, field by field: keep mine, take theirs, or merge per field.

The one conflict dialog of the app. It shows rows of (field, value here, value on the other
side, value before both changes) and gives back which fields to take from the other side.
It knows nothing of CalDAV or of the team calendar: CalDAV publishing feeds it the fields of
a sync conflict (``ui/publishing.py``), the team calendar those of two versions of a record
(``record_conflict``).
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
MAX_WIDTH = 1000


@dataclass(frozen=True)
class ConflictField:
    """One field that differs: its key, its label and the values on each side."""

    name: str
    label: str
    mine: str
    theirs: str
    before: str | None = None  # the value both sides started from, when known
    preferred: str = MINE  # the side chosen when the dialog opens


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


class FieldConflictDialog(QDialog):
    """Settle one conflict; ``value()`` gives the :class:`ConflictChoice`.

    Args:
        title: what changed on both sides (an event's title).
        fields: the fields that differ.
        where: who holds the other version ("the server", "the team calendar").
        author: who made the other change, when known.
        intro: the sentence above the fields (rich text), when the caller words it; by default
            it names ``title``, ``where`` and ``author``.
        parent: the parent widget.
    """

    def __init__(self, title: str, fields: list[ConflictField], *, where: str = "", author: str = "",
                 intro: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflict_dialog")
        self.setWindowTitle(self.tr("Changed on Both Sides"))
        where = where or self.tr("the server")
        self.fields = list(fields)
        self.groups: dict[str, QButtonGroup] = {}
        if intro is None and author:
            intro = self.tr("<b>{title}</b> was changed here and on {where} by {author}. Choose, for each field, "
                            "which version to keep. Nothing is saved until you press Save.").format(
                title=escape(title), where=escape(where), author=escape(author))
        elif intro is None:
            intro = self.tr("<b>{title}</b> was changed here and on {where}. Choose, for each field, which version "
                            "to keep. Nothing is saved until you press Save.").format(
                title=escape(title), where=escape(where))
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        intro_label.setTextFormat(Qt.TextFormat.RichText)
        intro_label.setObjectName("conflict_intro")

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        has_before = any(f.before is not None for f in self.fields)
        headers = [self.tr("Field"), self.tr("Here (mine)"), self.tr("On {where} (theirs)").format(where=where)]
        if has_before:
            headers.append(self.tr("Before both changes"))
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
                button.setAccessibleName(self.tr("{field}: keep mine").format(field=item.label) if choice == MINE
                                         else self.tr("{field}: take theirs").format(field=item.label))
                group.addButton(button, column)
                line = QHBoxLayout(cell)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(_ValueLabel(text, button, cell), 1)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            # The safe default is mine (nothing taken until chosen), unless the caller knows better.
            group.button(2 if item.preferred == THEIRS else 1).setChecked(True)
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

        self.all_mine_button = QPushButton(self.tr("Keep All &Mine"), self)
        self.all_mine_button.setObjectName("all_mine_button")
        self.all_mine_button.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs_button = QPushButton(self.tr("Take All &Theirs"), self)
        self.all_theirs_button.setObjectName("all_theirs_button")
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.all_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.all_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        # The grid scrolls: never wider than a 1024-pixel screen, where Russian field names would push it.
        self.resize(min(MAX_WIDTH, grid_host.sizeHint().width() + 40), min(600, 150 + grid_host.sizeHint().height()))

    def choose(self, name: str, choice: str) -> None:
        """Pick ``choice`` (MINE or THEIRS) for the field ``name``."""
        self.groups[name].button(1 if choice == MINE else 2).setChecked(True)

    def choose_all(self, choice: str) -> None:
        for name in self.groups:
            self.choose(name, choice)

    def choice_of(self, name: str) -> str:
        return THEIRS if self.groups[name].checkedId() == 2 else MINE

    def choices(self) -> dict[str, str]:
        """The side chosen for each field, by field name."""
        return {name: self.choice_of(name) for name in self.groups}

    def value(self) -> ConflictChoice:
        names = frozenset(self.groups)
        return ConflictChoice(frozenset(n for n in names if self.choice_of(n) == THEIRS), names)

    @classmethod
    def get_choice(cls, parent: QWidget | None, title: str, fields: list[ConflictField], *, where: str = "",
                   author: str = "", intro: str | None = None) -> ConflictChoice | None:
        """Show the dialog; the choice, or None when cancelled (the conflict stays)."""
        return run_for_value(cls(title, fields, where=where, author=author, intro=intro, parent=parent))
