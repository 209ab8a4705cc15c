"""Undo for edits of a repeating event (this occurrence, this and following, all): a thin adapter.

``SeriesEditor`` owns the change and its transaction; the command only remembers what
the editor returned so that undo and redo give back exactly the states it wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cica_planner.domain.model import Event, Moment
from cica_planner.services.planner import PlannerService
from cica_planner.services.series_edits import Scope, SeriesChange, SeriesEditor
from cica_planner.ui.commands.base import short_title
from cica_planner.ui.commands.events import PlannerCommand

# Each undo text is one translatable sentence (the title goes inside it, not after a verb).
_EDIT_TEXTS = {
    Scope.OCCURRENCE: QT_TRANSLATE_NOOP("SeriesCommands", "Edit one occurrence of {title}"),
    Scope.FOLLOWING: QT_TRANSLATE_NOOP("SeriesCommands", "Edit this and following of {title}"),
    Scope.ALL: QT_TRANSLATE_NOOP("SeriesCommands", "Edit all of {title}"),
}


class SeriesCommand(PlannerCommand):
    """Redo writes back the states the first run wrote; undo gives back those before it."""

    editor: SeriesEditor
    change: SeriesChange | None

    def _redo(self) -> None:
        if self.change is None:
            self._do()
        else:
            self.editor.redo(self.change)

    def _undo(self) -> None:
        if self.change is not None:
            self.editor.undo(self.change)


class EditSeries(SeriesCommand):
    """Edit a repeating event with the scope the user chose."""

    def __init__(self, planner: PlannerService, scope: Scope, uid: str, recurrence_id: Moment | None,
                 edited: Event) -> None:
        text = QCoreApplication.translate("SeriesCommands", str(_EDIT_TEXTS[scope]))
        super().__init__(planner, text.format(title=short_title(edited.title)))
        self.editor = SeriesEditor(planner)
        self.scope, self.uid, self.recurrence_id, self.edited = scope, uid, recurrence_id, edited
        self.change: SeriesChange | None = None

    def _do(self) -> None:
        self.change = self.editor.edit(self.scope, self.uid, self.recurrence_id, self.edited)


class DeleteFollowing(SeriesCommand):
    """End a repeating event before one occurrence (this and the following are deleted); undo restores it."""

    def __init__(self, planner: PlannerService, uid: str, title: str, recurrence_id: Moment) -> None:
        super().__init__(planner, QCoreApplication.translate(
            "SeriesCommands", "Delete this and following of {title}").format(title=short_title(title)))
        self.editor = SeriesEditor(planner)
        self.uid, self.recurrence_id = uid, recurrence_id
        self.change: SeriesChange | None = None

    def _do(self) -> None:
        self.change = self.editor.delete_following(self.uid, self.recurrence_id)

