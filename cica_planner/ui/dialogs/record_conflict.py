"""Both versions of a record that two people changed at once, field by field, in the one conflict dialog.

The user keeps their own version, takes the other person's, or merges: for each field that
differs they choose whose value wins. The result is the stored version with the chosen fields
of their own, so saving it overwrites nothing they did not see. The team calendar asks this
way; the dialog itself is ``FieldConflictDialog``, shared with CalDAV publishing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from cica_planner.services.concurrency import changed_by_text
from cica_planner.ui.dialogs.common import run_for_value
from cica_planner.ui.dialogs.field_conflict_dialog import (
    MINE,
    THEIRS,
    ConflictChoice,
    ConflictField,
    FieldConflictDialog,
)


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
        return QCoreApplication.translate("RecordConflict", "{precision} of {day} (not fixed)").format(
            precision=record.precision.value, day=f"{start.day} {start:%b %Y}")
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


def _field(label: object, attribute: str) -> Field:  # label: a QT_TRANSLATE_NOOP (typed object by the stubs)
    return Field(str(label), (attribute,), _text(attribute))


EVENT_FIELDS = (
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Title"), "title"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Category"), "category"),
    Field(str(QT_TRANSLATE_NOOP("RecordConflict", "When")),
          ("start", "end", "tzid", "precision", "period_part", "exdates"), _when),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "City"), "city"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Country"), "country"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Venue"), "venue"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Format"), "mode"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Status"), "status"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Organiser"), "organiser"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Description"), "description"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Repeats"), "rrule"),
)
TASK_FIELDS = (
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Title"), "title"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Owner"), "owner"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Fixed deadline"), "due_fixed"),
    Field(str(QT_TRANSLATE_NOOP("RecordConflict", "Relative deadline")), ("relative",),
          lambda t: t.relative.label() if t.relative else "—"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Status"), "status"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Completed on"), "completed_on"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Priority"), "priority"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Notes"), "notes"),
    _field(QT_TRANSLATE_NOOP("RecordConflict", "Tags"), "tags"),
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


def record_conflict_fields(mine: Any, theirs: Any, base: Any = None) -> list[ConflictField]:
    """The rows of the conflict dialog for two versions of a record, keyed by the field's English label.

    With ``base`` (the version the user started from), a field only the other person changed
    starts on their value, so a merge keeps both people's work; every other field starts on mine.
    """
    rows = []
    for field in differences(mine, theirs):
        untouched = base is not None and all(getattr(mine, a) == getattr(base, a) for a in field.attributes)
        rows.append(ConflictField(field.label, QCoreApplication.translate("RecordConflict", field.label),
                                  field.show(mine), field.show(theirs), preferred=THEIRS if untouched else MINE))
    return rows


def merged_record(mine: Any, theirs: Any, choice: ConflictChoice) -> Any:
    """The record to save (theirs with the fields not taken from theirs kept from mine), or None to keep theirs."""
    if choice.takes_theirs:
        return None
    return merge(mine, theirs, {label: THEIRS if label in choice.theirs else MINE for label in choice.all_fields})


def record_conflict_dialog(mine: Any, theirs: Any, parent: QWidget | None = None, base: Any = None) -> FieldConflictDialog:
    """The conflict dialog for a record someone else changed while the user edited it (not shown)."""
    who = changed_by_text(getattr(theirs, "changed_by", ""), getattr(theirs, "changed_at", None))
    title = getattr(theirs, "title", "")
    intro = QCoreApplication.translate(
        "RecordConflict", "<b>“{title}” was changed by {who}</b> while you were editing it. "
        "Choose, for each field, which value to keep.").format(title=title, who=who)
    where = QCoreApplication.translate("RecordConflict", "the team calendar")
    return FieldConflictDialog(title, record_conflict_fields(mine, theirs, base), where=where, author=who,
                               intro=intro, parent=parent)


def resolve_record_conflict(parent: QWidget | None, mine: Any, theirs: Any, base: Any = None) -> tuple[bool, Any]:
    """Ask; return (decided, record to save or None to keep theirs). Cancel gives (False, None)."""
    choice = run_for_value(record_conflict_dialog(mine, theirs, parent, base))
    if choice is None:
        return False, None
    return True, merged_record(mine, theirs, choice)
