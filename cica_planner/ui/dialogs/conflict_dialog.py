"""Both versions of a record that two people changed at once, field by field.

The user keeps their own version, takes the other person's, or merges: for each field that
differs they choose whose value wins. The result is the stored version with the chosen fields
of their own, so saving it overwrites nothing they did not see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cica_planner.services.concurrency import changed_by_text

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Field:
    """One thing the user can take from either side: one or more attributes shown as one value."""

    label: str
    attributes: tuple[str, ...]
    show: Callable[[Any], str]


def _when(record: Any) -> str:  # an Event
    start, end = record.start, record.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        same_day = start.date() == end.date()
        tail = f"{end:%H:%M}" if same_day else f"{end.day} {end:%b %Y %H:%M}"
        return f"{start.day} {start:%b %Y %H:%M} – {tail} ({record.tzid})"
    last = end - timedelta(days=1) if isinstance(end, date) else end
    if record.precision.value != "day":
        return f"{record.precision.value} of {start.day} {start:%b %Y} (not fixed)"
    return f"{start.day} {start:%b %Y}" if last == start else f"{start.day} {start:%b %Y} – {last.day} {last:%b %Y}"


def _text(attribute: str) -> Callable[[Any], str]:
    def show(record: Any) -> str:
        value = getattr(record, attribute)
        if value is None or value == "":
            return "—"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "—"
        return str(getattr(value, "value", value))

    return show


def _field(label: str, attribute: str) -> Field:
    return Field(label, (attribute,), _text(attribute))


EVENT_FIELDS = (
    _field("Title", "title"),
    _field("Category", "category"),
    Field("When", ("start", "end", "tzid", "precision", "period_part", "exdates"), _when),
    _field("City", "city"),
    _field("Country", "country"),
    _field("Venue", "venue"),
    _field("Format", "mode"),
    _field("Status", "status"),
    _field("Organiser", "organiser"),
    _field("Description", "description"),
    _field("Repeats", "rrule"),
)
TASK_FIELDS = (
    _field("Title", "title"),
    _field("Owner", "owner"),
    _field("Fixed deadline", "due_fixed"),
    Field("Relative deadline", ("relative",), lambda t: t.relative.label() if t.relative else "—"),
    _field("Status", "status"),
    _field("Completed on", "completed_on"),
    _field("Priority", "priority"),
    _field("Notes", "notes"),
    _field("Tags", "tags"),
)


def fields_for(record: Any) -> tuple[Field, ...]:
    return EVENT_FIELDS if hasattr(record, "category") else TASK_FIELDS


def differences(mine: Any, theirs: Any) -> list[Field]:
    """The fields whose values differ between the two versions."""
    return [f for f in fields_for(mine) if any(getattr(mine, a) != getattr(theirs, a) for a in f.attributes)]


def merge(mine: Any, theirs: Any, choices: dict[str, str]) -> Any:
    """``theirs`` with the fields chosen as MINE taken from ``mine`` (keyed by field label)."""
    taken = {a: getattr(mine, a) for f in fields_for(mine) if choices.get(f.label) == MINE for a in f.attributes}
    return replace(theirs, **taken)


class ConflictDialog(QDialog):
    """Show both versions of a record; ``value()`` gives the record to save, or None to keep theirs.

    Args:
        mine: what the user tried to save.
        theirs: what is stored now (someone else's change).
        parent: the parent widget.
        base: the version the user started from, when known: a field only the other person
            changed then starts on their value, so a merge keeps both people's work.
    """

    def __init__(self, mine: Any, theirs: Any, parent: QWidget | None = None, base: Any = None) -> None:
        super().__init__(parent)
        self.mine, self.theirs = mine, theirs
        self.fields = differences(mine, theirs)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons_by_field: dict[str, dict[str, QRadioButton]] = {}
        self.setObjectName("conflict_dialog")
        self.setWindowTitle("Changed by Someone Else")
        self.setMinimumWidth(720)
        who = changed_by_text(getattr(theirs, "changed_by", ""), getattr(theirs, "changed_at", None))
        title = getattr(theirs, "title", "")
        intro = QLabel(f"<b>“{title}” was changed by {who}</b> while you were editing it. "
                       "Choose, for each field, which value to keep.", self)
        intro.setObjectName("conflict_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for column, heading in enumerate(("Field", "Yours", "Theirs (stored now)")):
            label = QLabel(f"<b>{heading}</b>", grid_host)
            grid.addWidget(label, 0, column)
        for row, field in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(field.label, grid_host), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            sides = {}
            for column, (side, record) in enumerate(((MINE, mine), (THEIRS, theirs)), start=1):
                button = QRadioButton(_clip(field.show(record)), grid_host)
                button.setObjectName(f"{side}_{field.label.lower().replace(' ', '_')}")
                button.setToolTip(field.show(record))
                group.addButton(button)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
                sides[side] = button
            untouched = base is not None and all(getattr(mine, a) == getattr(base, a) for a in field.attributes)
            sides[THEIRS if untouched else MINE].setChecked(True)
            self.groups[field.label] = group
            self.buttons_by_field[field.label] = sides
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        # Every differing field in view when they fit; a long list scrolls.
        scroll.setMinimumHeight(min(420, grid_host.sizeHint().height() + 4))

        box = QDialogButtonBox(self)
        self.keep_mine_button = QPushButton("Keep &Mine", self)
        self.take_theirs_button = QPushButton("Take &Theirs", self)
        self.merge_button = QPushButton("Save &Merged", self)
        self.merge_button.setDefault(True)
        for button in (self.merge_button, self.keep_mine_button, self.take_theirs_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine_button.clicked.connect(lambda: self._finish(MINE))
        self.take_theirs_button.clicked.connect(lambda: self._finish(THEIRS))
        self.merge_button.clicked.connect(lambda: self._finish(None))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(box)

    def choose(self, label: str, side: str) -> None:
        """Take the value of ``side`` (MINE or THEIRS) for the field ``label``."""
        self.buttons_by_field[label][side].setChecked(True)

    def choose_all(self, side: str) -> None:
        for label in self.buttons_by_field:
            self.choose(label, side)

    def choices(self) -> dict[str, str]:
        return {label: MINE if sides[MINE].isChecked() else THEIRS for label, sides in self.buttons_by_field.items()}

    def value(self) -> Any:
        """The record to save (theirs with the fields chosen from mine), or None when nothing of mine is kept."""
        choices = self.choices()
        if all(side == THEIRS for side in choices.values()):
            return None
        return merge(self.mine, self.theirs, choices)

    def _finish(self, side: str | None) -> None:
        if side is not None:
            self.choose_all(side)
        self.accept()

    @classmethod
    def resolve(cls, parent: QWidget | None, mine: Any, theirs: Any, base: Any = None) -> tuple[bool, Any]:
        """Ask; return (decided, record to save or None to keep theirs). Cancel gives (False, None)."""
        dialog = cls(mine, theirs, parent, base)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False, None
            return True, dialog.value()
        finally:
            dialog.deleteLater()


def _clip(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
