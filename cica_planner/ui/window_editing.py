"""Changing the calendar from the main window: create, edit, move, delete, undo and redo, and the editors.

A mixin of ``MainWindow``. Every change is an undoable command (``ui/commands.py``) pushed on
the window's undo stack and saved at once; a refused change is shown in one message and the
stack stays in step with the file. The dialogs only collect input: these methods carry it out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Country, Event, Moment, Occurrence, zone
from cica_planner.i18n.dates import long_date_text

if TYPE_CHECKING:  # the commands and dialogs are imported on first use: the first paint needs none of them
    from cica_planner.ui.commands import PlannerCommand
    from cica_planner.ui.dialogs.delete_dialog import DeleteChoice
    from cica_planner.ui.dialogs.event_dialog import EventEdit


class EventEditing:
    """The changing methods of ``MainWindow`` (see the module docstring)."""


    def create_event(self: Any, event: Event) -> bool:
        """Add ``event``; return whether it was saved (it is then fresh: see ``is_fresh``)."""
        from cica_planner.ui.commands import CreateEvent

        saved = self._push(CreateEvent(self.planner, event), select=event.uid)
        if saved:
            self.fresh_uids().add(event.uid)
        return saved

    def apply_edit(self: Any, before: Event, edit: EventEdit) -> bool:
        """Save what the editor returned for ``before`` (a move when it carries a reason)."""
        from cica_planner.services.series_edits import edited_series
        from cica_planner.ui.commands import EditEvent

        # Editing a whole series: its changed and left-out occurrences follow a moved start.
        after = edited_series(before, edit.event) if before.is_series else edit.event
        return self._push(EditEvent(self.planner, before, after, edit.reschedule_reason, fresh=self.is_fresh(before.uid)),
                          select=before.uid)

    def apply_series_edit(self: Any, scope: Any, series: Event, recurrence_id: Moment | None, edited: Event) -> bool:
        """Save an edit of one occurrence, or of this and the following ones, of ``series`` (undoable)."""
        from cica_planner.ui.commands.series import EditSeries

        return self._push(EditSeries(self.planner, scope, series.uid, recurrence_id, edited), select=series.uid)

    def countries(self: Any) -> list[Country]:
        return self._countries

    def delete_event(self: Any, uid: str, choice: DeleteChoice, occurrence_start: Moment | None = None) -> bool:
        """Carry out a delete the user chose in the delete dialog."""
        from cica_planner.ui.commands import DeleteEvent, DeleteOccurrence
        from cica_planner.ui.dialogs.delete_dialog import DeleteChoice

        event = self._fetch(uid)
        if event is None or choice is DeleteChoice.CANCEL:
            return False
        if choice in (DeleteChoice.OCCURRENCE, DeleteChoice.FOLLOWING):
            if occurrence_start is None:
                raise ValueError("deleting one occurrence needs its start")
            command: PlannerCommand = DeleteOccurrence(self.planner, uid, event.title, occurrence_start)
            if choice is DeleteChoice.FOLLOWING:
                from cica_planner.ui.commands.series import DeleteFollowing

                command = DeleteFollowing(self.planner, uid, event.title, occurrence_start)
        else:
            command = DeleteEvent(self.planner, uid, event.title)
            if self._selected_uid == uid:
                self._selected_uid = None
        return self._push(command)

    def _push(self: Any, command: PlannerCommand, select: str | None = None) -> bool:
        from cica_planner.ui.commands import push_command

        previous = self._selected_uid
        if select:
            self._selected_uid = select  # the refresh that follows the push shows it selected
        try:
            push_command(self.undo_stack, command)
        except PlannerError as exc:
            self._selected_uid = previous
            self.show_error(str(exc))
            return False
        if select:
            self._reveal(select)
        self.statusBar().showMessage(command.text(), 4000)
        return True

    def _reveal(self: Any, uid: str) -> None:
        """Keep ``uid`` selected in the calendar view, going to its (new) date when it left the page shown."""
        view = self.current_view()
        if view is None:
            return
        if uid not in self.shown_uids():
            event = self.planner.find(uid)
            if event is None:
                return
            self._selected_uid = uid
            self.go_to_date(display_date(event, self._display_tz))
        if uid in self.shown_uids():
            self._selected_uid = uid
            view.select_uid(uid)
            self._on_event_selected(uid)

    def undo(self: Any) -> bool:
        """Undo the last change; return whether it was undone (a failed write is shown, not raised).

        The status bar says what was undone and the calendar goes to the event it changed.
        """
        from cica_planner.ui.commands import undo_step

        command = self.undo_stack.command(self.undo_stack.index() - 1) if self.undo_stack.canUndo() else None
        failure = undo_step(self.undo_stack)
        if failure is not None:
            self.show_error(str(failure))
        elif command is not None:
            self._after_history_step(self.tr("Undone"), command)
        return failure is None

    def redo(self: Any) -> bool:
        """Redo the change undone last; return whether it was redone (said and shown as for undo)."""
        from cica_planner.ui.commands import redo_step

        command = self.undo_stack.command(self.undo_stack.index()) if self.undo_stack.canRedo() else None
        failure = redo_step(self.undo_stack)
        if failure is not None:
            self.show_error(str(failure))
        elif command is not None:
            self._after_history_step(self.tr("Redone"), command)
        return failure is None

    def is_read_only(self: Any) -> bool:
        return self._read_only

    # -- dialogs (thin: they collect input and call the methods above) --------------------

    def new_event(self: Any, default_start: date | datetime | None = None) -> None:
        """Open the editor for a new event on ``default_start`` (the shown day by default)."""
        from cica_planner.ui.dialogs.event_dialog import EventDialog

        start = default_start if isinstance(default_start, date) else self._anchor
        save = self._editor_save(None)
        edit = EventDialog.get_event(self, None, self._countries, display_tz=self._display_tz, default_start=start,
                                     conflicts=self.planner.conflicts, save=save,
                                     **self.scheduling.editor_options())
        if edit is not None and save is None:
            self.create_event(edit.event)

    def open_event(self: Any, uid: str | None) -> None:
        """Open the editor for the event ``uid`` and save what the user changed."""
        from cica_planner.ui.dialogs.event_dialog import EventDialog

        event = self._fetch(uid) if uid else None
        if event is None:
            return
        occurrence = self.occurrence_for(event.uid) if event.is_series else None
        if occurrence is not None and occurrence.recurrence_id is not None:
            from cica_planner.ui.series_editing import edit_occurrence

            if edit_occurrence(self, event, occurrence):  # this occurrence, this and following, or cancelled
                return
        # The Checklist tab saves each change at once, as an undoable command (kept on Cancel too).
        save = self._editor_save(event)
        edit = EventDialog.get_event(self, event, self._countries, checklists=self.checklists,
                                     display_tz=self._display_tz, conflicts=self.planner.conflicts,
                                     today=self.today(), undo_stack=self.undo_stack, save=save,
                                     fresh=self.is_fresh(event.uid), **self.scheduling.editor_options())
        if edit is not None and save is None:
            self.apply_edit(event, edit)
        elif edit is None and self.checklists is not None:
            self.refresh()

    def _editor_save(self: Any, before: Event | None) -> Any:
        """The editor's save hook of the window's team session (conflicts, server trouble), if it has one."""
        session = getattr(self, "team", None)
        return None if session is None else (lambda edit: session.save_from_editor(before, edit))

    def reschedule_event(self: Any, uid: str | None) -> None:
        from cica_planner.ui.dialogs.reschedule_dialog import RescheduleDialog

        event = self._fetch(uid) if uid else None
        if event is None:
            return
        edit = RescheduleDialog.get_edit(self, event)
        if edit is not None:
            self.apply_edit(event, edit)

    def request_delete(self: Any, uid: str | None) -> None:
        """Ask before deleting the event ``uid`` (this occurrence or all, for a repeating one)."""
        from cica_planner.ui.dialogs.delete_dialog import DeleteDialog

        event = self._fetch(uid) if uid else None
        if event is None:
            return
        occurrence = self.occurrence_for(event.uid)
        label = _moment_label(occurrence.start) if occurrence is not None else ""
        choice = DeleteDialog.ask(self, event.title, event.is_series and occurrence is not None, label)
        # An occurrence is named by its original start: a moved one is no longer at it.
        original = occurrence.recurrence_id or occurrence.start if occurrence is not None else None
        self.delete_event(event.uid, choice, original)

    def occurrence_for(self: Any, uid: str) -> Occurrence | None:
        """The shown occurrence of ``uid`` the user most likely means: on the anchor day, else the first."""
        found = [o for o in self._occurrences if o.uid == uid]
        for occurrence in found:
            if display_date_of(occurrence.start, self._display_tz) == self._anchor:
                return occurrence
        return found[0] if found else None


def display_date(event: Event, display_tz: str) -> date:
    """The first day of ``event`` as the display zone sees it."""
    return display_date_of(event.start, display_tz)


def display_date_of(moment: Moment, display_tz: str) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone(zone(display_tz)).date()
    return moment


def _moment_label(moment: Moment) -> str:
    return long_date_text(moment.date() if isinstance(moment, datetime) else moment)
