"""Undoable changes of the chairmanship register: chairmanship terms and the chairs of bodies.

Rows are referred to by stable handles (``RowHandles``): an undo adds a deleted row back under
a new database id, and the commands further down the stack must still find it.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.ui.commands.base import UndoableCommand

if TYPE_CHECKING:
    from cica_planner.domain.chairmanship import BodyChair, ChairTerm
    from cica_planner.services.chairmanship import ChairmanshipService


class RowHandles:
    """Stable handles for register rows, whose database ids change when an undo adds a deleted row back.

    The service cannot re-insert a row under its old id, so every command refers to a row by
    a handle that stays the same while the row is deleted and added back under a new id; the
    commands further down the stack then still find it.
    """

    _counter = itertools.count(1)

    def __init__(self) -> None:
        self._ids: dict[int, int | None] = {}  # handle -> current id (None while deleted)
        self._handles: dict[int, int] = {}  # current id -> handle

    def handle(self, row_id: int) -> int:
        """Return the handle of the live row ``row_id`` (a new one for a row not seen yet)."""
        found = self._handles.get(row_id)
        if found is None:
            found = next(self._counter)
            self.added(found, row_id)
        return found

    def current(self, handle: int) -> int:
        """Return the id the row of ``handle`` has now; raise ValidationError when it is deleted."""
        row_id = self._ids.get(handle)
        if row_id is None:
            raise ValidationError("the record was deleted meanwhile")
        return row_id

    def added(self, handle: int, row_id: int) -> None:
        """Record that the row of ``handle`` now lives under ``row_id``."""
        self._ids[handle] = row_id
        self._handles[row_id] = handle

    def removed(self, handle: int) -> None:
        """Record that the row of ``handle`` was deleted (its id may be given to another row)."""
        row_id = self._ids.get(handle)
        if row_id is not None and self._handles.get(row_id) == handle:
            del self._handles[row_id]
        self._ids[handle] = None


#: Handles per service and kind of row: every command on one service shares them.
_HANDLES: weakref.WeakKeyDictionary[Any, dict[str, RowHandles]] = weakref.WeakKeyDictionary()


def row_handles(chairs: ChairmanshipService, kind: str) -> RowHandles:
    """Return the handles of ``kind`` ('term' or 'body chair') rows of ``chairs``."""
    return _HANDLES.setdefault(chairs, {}).setdefault(kind, RowHandles())


class RegisterCommand(UndoableCommand):
    """A change of one row of the chairmanship register (a term or a body chair)."""

    KIND = ""

    def __init__(self, chairs: ChairmanshipService, text: str) -> None:
        super().__init__(text)
        self.chairs = chairs
        self.handles = row_handles(chairs, self.KIND)

    def _add(self, row: Any) -> Any:  # a ChairTerm or a BodyChair
        raise NotImplementedError  # pragma: no cover - abstract

    def _update(self, row: Any) -> Any:
        raise NotImplementedError  # pragma: no cover - abstract

    def _delete(self, row_id: int) -> Any:
        raise NotImplementedError  # pragma: no cover - abstract

    def _add_back(self, handle: int, row: Any) -> Any:
        """Add ``row`` (again) and record its new id under ``handle``."""
        saved = self._add(replace(row, id=None))
        self.handles.added(handle, saved.id)
        return saved

    def _delete_handle(self, handle: int) -> Any:
        """Delete the row of ``handle`` and return it as it was."""
        deleted = self._delete(self.handles.current(handle))
        self.handles.removed(handle)
        return deleted


class AddRegisterRow(RegisterCommand):
    """Add a row; undo deletes it, redo adds it back (under a new id, followed by the handle)."""

    def __init__(self, chairs: ChairmanshipService, row: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.row = row
        self.handle: int | None = None
        self.saved: Any = None

    def _do(self) -> None:
        self.saved = self._add(self.row)
        self.handle = self.handles.handle(self.saved.id)

    def _redo(self) -> None:
        if self.handle is None:
            self._do()
        else:
            self.saved = self._add_back(self.handle, self.saved)

    def _undo(self) -> None:
        if self.handle is not None:
            self._delete_handle(self.handle)


class EditRegisterRow(RegisterCommand):
    """Save an edited row; undo writes back the row as it was."""

    def __init__(self, chairs: ChairmanshipService, before: Any, after: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.before = before
        self.after = after
        self.handle = self.handles.handle(before.id)
        self.done = False  # the first save checks the editor's version; later redos this program's own

    def _redo(self) -> None:
        row_id = self.handles.current(self.handle)
        after = replace(self.after, id=row_id)
        if self.done and hasattr(after, "version"):
            after = replace(after, version=self.chairs.undo_version("term", row_id))
        self.after = self._update(after)
        self.done = True

    def _undo(self) -> None:
        row_id = self.handles.current(self.handle)
        before = replace(self.before, id=row_id)
        if hasattr(before, "version"):
            # Undo overwrites only this program's own latest write: someone else's since is a conflict.
            before = replace(before, version=self.chairs.undo_version("term", row_id))
        self._update(before)


class DeleteRegisterRow(RegisterCommand):
    """Delete a row; undo adds it back (under a new id, followed by the handle)."""

    def __init__(self, chairs: ChairmanshipService, row: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.row = row
        self.handle = self.handles.handle(row.id)

    def _redo(self) -> None:
        self.row = self._delete_handle(self.handle)

    def _undo(self) -> None:
        self.row = self._add_back(self.handle, self.row)


class _TermRows:
    KIND = "term"
    chairs: ChairmanshipService

    def _add(self, row: ChairTerm) -> ChairTerm:
        return self.chairs.add_term(row)

    def _update(self, row: ChairTerm) -> ChairTerm:
        return self.chairs.update_term(row)

    def _delete(self, row_id: int) -> ChairTerm:
        return self.chairs.delete_term(row_id)


class _BodyChairRows:
    KIND = "body chair"
    chairs: ChairmanshipService

    def _add(self, row: BodyChair) -> BodyChair:
        return self.chairs.add_body_chair(row)

    def _update(self, row: BodyChair) -> BodyChair:
        return self.chairs.update_body_chair(row)

    def _delete(self, row_id: int) -> BodyChair:
        return self.chairs.delete_body_chair(row_id)


class AddChairTerm(_TermRows, AddRegisterRow):
    """Add a chairmanship term, closing the open term before it on its first day; undo reverts both.

    Args:
        chairs: the chairmanship service.
        term: the new term.
        closes: the open term the new one follows (as stored, still open), or None; it is
            given the new term's first day as its end, since that day is the handover.
    """

    def __init__(self, chairs: ChairmanshipService, term: ChairTerm, closes: ChairTerm | None = None) -> None:
        super().__init__(chairs, term, QCoreApplication.translate("RegisterCommands", "Add chairmanship term of {term}").format(
            term=term.label))
        self.closes = closes
        self.closes_handle = self.handles.handle(closes.id) if closes is not None and closes.id is not None else None

    def _close(self, ends: date | None) -> None:
        if self.closes is not None and self.closes_handle is not None:
            row_id = self.handles.current(self.closes_handle)
            # Over this program's own latest write of the term, else over the version it was read at.
            version = self.chairs.undo_version("term", row_id) or self.closes.version
            self._update(replace(self.closes, ends=ends, id=row_id, version=version))

    def _with_close(self, add: Callable[[], None]) -> None:
        self._close(self.row.starts)
        try:
            add()
        except PlannerError:
            self._close(None)  # all or nothing: the open term stays open when the new one is refused
            raise

    def _do(self) -> None:
        self._with_close(super()._do)

    def _redo(self) -> None:
        self._with_close(super()._redo)

    def _undo(self) -> None:
        super()._undo()
        self._close(None)


class EditChairTerm(_TermRows, EditRegisterRow):
    """Save an edited chairmanship term; undo writes the term back as it was."""

    def __init__(self, chairs: ChairmanshipService, before: ChairTerm, after: ChairTerm) -> None:
        super().__init__(chairs, before, after, QCoreApplication.translate("RegisterCommands", "Edit chairmanship term of {term}").format(
            term=before.label))


class DeleteChairTerm(_TermRows, DeleteRegisterRow):
    """Delete a chairmanship term; undo adds it back."""

    def __init__(self, chairs: ChairmanshipService, term: ChairTerm) -> None:
        super().__init__(chairs, term, QCoreApplication.translate("RegisterCommands", "Delete chairmanship term of {term}").format(
            term=term.label))


class AddBodyChair(_BodyChairRows, AddRegisterRow):
    """Add the chair of a body; undo deletes it."""

    def __init__(self, chairs: ChairmanshipService, chair: BodyChair) -> None:
        super().__init__(chairs, chair, QCoreApplication.translate("RegisterCommands", "Add chair of {body}").format(
            body=chair.body_name or chair.body_code))


class EditBodyChair(_BodyChairRows, EditRegisterRow):
    """Save an edited body chair; undo writes it back as it was."""

    def __init__(self, chairs: ChairmanshipService, before: BodyChair, after: BodyChair) -> None:
        super().__init__(chairs, before, after, QCoreApplication.translate("RegisterCommands", "Edit chair of {body}").format(
            body=before.body_name or before.body_code))


class DeleteBodyChair(_BodyChairRows, DeleteRegisterRow):
    """Delete the chair of a body; undo adds it back."""

    def __init__(self, chairs: ChairmanshipService, chair: BodyChair) -> None:
        super().__init__(chairs, chair, QCoreApplication.translate("RegisterCommands", "Delete chair of {body}").format(
            body=chair.body_name or chair.body_code))
