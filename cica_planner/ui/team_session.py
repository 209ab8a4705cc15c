"""The window's side of a shared calendar: live updates, conflicts, roles and server trouble.

Attached to every main window (``attach(window)``); for a SQLite file it only brings
changes made by another program within a second or so. For a PostgreSQL team calendar it also
shows what the user's role may not do, and an info bar with Retry while the server is away.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cica_planner.domain.errors import ConflictError, PlannerError, ServerUnavailableError
from cica_planner.domain.model import Event
from cica_planner.services import team
from cica_planner.ui.commands import CreateEvent, EditEvent, push_command

if TYPE_CHECKING:
    from cica_planner.ui.dialogs.event_dialog import EventEdit
    from cica_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often the window asks whether someone else committed a change (ms); well inside 2 s.
POLL_INTERVAL_MS = 500
INFO_BAR_STYLE = ("QFrame#server_bar { background: #fde7e9; border-bottom: 1px solid #f1b8be; }"
                  "QFrame#server_bar QLabel { color: #8c1d18; }")
ROLE_NOTES = {
    "viewer": QT_TRANSLATE_NOOP("TeamSession", "You are a viewer of this team calendar: you can read everything but "
                                               "not change it."),
    "planner": QT_TRANSLATE_NOOP("TeamSession", "You are a planner of this team calendar: {refusals} are read-only "
                                                "for you."),
    "admin": "",
    "owner": "",
}


class ServerBar(QFrame):
    """A red strip with a one-line reason and a Retry button (hidden while all is well)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("server_bar")
        self.setStyleSheet(INFO_BAR_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("server_bar_text")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setObjectName("retry_button")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        self.hide()

    def say(self, message: str) -> None:
        self.label.setText(message[:1].upper() + message[1:])
        self.show()


REGISTER_BUTTONS = ("add_term_button", "edit_term_button", "delete_term_button", "add_body_button",
                    "edit_body_button", "delete_body_button", "plan_next_button")


class StayDisabled(QObject):
    """Keeps a button disabled, with the reason as its tooltip, whatever its page sets later."""

    def __init__(self, widget: QWidget, reason: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.reason = reason
        widget.setEnabled(False)
        widget.setToolTip(reason)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.EnabledChange and self.widget.isEnabled():
            self.widget.setEnabled(False)
        elif event.type() == QEvent.Type.ToolTipChange and self.widget.toolTip() != self.reason:
            self.widget.setToolTip(self.reason)
        return False


class TeamSession(QObject):
    """Live updates, role notices and server trouble for one window over its calendar's team access."""

    def __init__(self, window: MainWindow, access: team.TeamAccess, *, poll: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.access = access
        self.is_server = access.is_server
        self.bar = ServerBar(window)
        self.bar.retry_button.clicked.connect(self.retry)
        central = window.centralWidget()
        column = central.layout() if central is not None else None
        assert isinstance(column, QVBoxLayout)  # the window's central column (read-only bar, then the splitter)
        column.insertWidget(0, self.bar)
        self.permissions = team.Permissions(role="")
        self.watcher = access.watcher()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.refreshes = 0
        self._guards: list[StayDisabled] = []
        if self.is_server:
            self._read_permissions()
        if poll:
            self.watcher.start()
            self.timer.start()
        window.destroyed.connect(self.watcher.stop)

    # -- roles ---------------------------------------------------------------------------

    def _read_permissions(self) -> None:
        try:
            self.permissions = self.access.permissions()
        except PlannerError as exc:
            self.server_trouble(str(exc))
            return
        self._show_role_note()
        self.window.add_retranslation(self._after_language_switch)
        self._lock_pages()
        if not self.permissions.edit_events:
            self.window._read_only = True  # the window's own flag, set by its session
            for action in (self.window.new_action, self.window.import_action):
                action.setEnabled(False)
            self.window._update_selection_actions()

    def _show_role_note(self) -> None:
        note = str(ROLE_NOTES.get(self.permissions.role, ""))
        if note:
            note = QCoreApplication.translate("TeamSession", note).format(refusals=_join(self.permissions.refusals()))
            self.window.read_only_bar.setText(note)
            self.window.read_only_bar.show()

    def _after_language_switch(self) -> None:
        """The window rebuilt its pages in the new language: say the role again and grey out its buttons again."""
        self.bar.retry_button.setText(QCoreApplication.translate("ServerBar", "&Retry"))
        self._guards.clear()
        self._show_role_note()
        self._lock_pages()

    def _lock_pages(self) -> None:
        """Grey out the buttons of the pages whose changes the role may not make, saying why."""
        may = self.permissions
        rules = (
            ("chairmanship", REGISTER_BUTTONS, may.edit_register,
             self.tr("Your role ({role}) may not change the chairmanship register or handover plans")),
            ("checklists", ("templates_button",), may.edit_templates,
             self.tr("Your role ({role}) may not change checklist templates")),
            ("checklists", ("done_button", "apply_button"), may.edit_tasks, self.tr("Your role ({role}) may not change tasks")),
        )
        for key, names, allowed, what in rules:
            page = self.window.pages.get(key)
            if allowed or page is None:
                continue
            for name in names:
                button = page.findChild(QWidget, name)
                if button is not None:
                    self._guards.append(StayDisabled(button, what.format(role=may.role)))

    # -- live updates --------------------------------------------------------------------

    def poll(self) -> None:
        """Show what others committed since the last look; say so while the server is away."""
        if self.watcher.problem is not None:
            self.server_trouble(self.tr("the connection to the calendar server was lost ({problem}); changes by others "
                                        "are not shown until it is back").format(problem=self.watcher.problem))
            return
        if self.watcher.changed():
            self.bring_up_to_date()

    def bring_up_to_date(self) -> None:
        """Refresh the pages (open dialogs keep what they show) and tell open editors of a change."""
        self.refreshes += 1
        try:
            self.window.planner.count()  # one cheap question first: a server that is away gets the bar
        except ServerUnavailableError as exc:
            self.server_trouble(str(exc))
            return
        except PlannerError:
            pass
        self.bar.hide()
        self.window.refresh()
        text = self.window.sidebar.search_edit.text().strip()
        if text:
            self.window.search(text)
        self.notify_editors()

    def notify_editors(self) -> None:
        from cica_planner.ui.dialogs.event_dialog import EventDialog
        from cica_planner.ui.editor_notices import show_changed_underneath

        for dialog in self.window.findChildren(EventDialog):
            initial = dialog.initial
            if initial is None or initial.id is None or not dialog.isVisible():
                continue
            try:
                stored = self.window.planner.find(initial.uid)
            except PlannerError:
                continue
            if stored is None or stored.version != initial.version:
                show_changed_underneath(dialog, stored)

    # -- server trouble ------------------------------------------------------------------

    def server_trouble(self, message: str) -> None:
        log.info("server trouble: %s", message)
        self.bar.say(message)

    def retry(self) -> bool:
        """Ask the server again; on success hide the bar and show what changed meanwhile."""
        try:
            self.window.planner.count()
        except PlannerError as exc:
            self.server_trouble(str(exc))
            return False
        if self.is_server and self.permissions.role == "":
            self._read_permissions()
        self.bar.hide()
        self.window.refresh()
        return True

    # -- saving from the editor ----------------------------------------------------------

    def save_from_editor(self, before: Event | None, edit: EventEdit) -> str | None:
        """Save what the editor holds; None when done, else why not (the editor stays open).

        A conflicting save opens the conflict dialog; a server that is away shows the info bar.
        """
        from cica_planner.ui.dialogs import record_conflict

        if before is None:
            command: Any = CreateEvent(self.window.planner, edit.event)
        else:
            command = EditEvent(self.window.planner, before, edit.event, edit.reschedule_reason,
                                fresh=self.window.is_fresh(before.uid))
        try:
            push_command(self.window.undo_stack, command)
        except ConflictError as conflict:
            theirs = conflict.theirs
            if not isinstance(theirs, Event):  # gone from the calendar: nothing to compare with
                return str(conflict)
            decided, merged = record_conflict.resolve_record_conflict(self.window, conflict.mine, theirs, before)
            if not decided:
                return self.tr("Not saved: someone else changed this event. Save again to compare, or Cancel to drop "
                               "your changes.")
            if merged is None:  # theirs taken: nothing to write
                self.window.refresh()
                return None
            moved = (merged.start, merged.end) != (theirs.start, theirs.end)
            return self.save_from_editor(theirs, type(edit)(merged, edit.reschedule_reason if moved else None))
        except ServerUnavailableError as exc:
            self.server_trouble(str(exc))
            return self.tr("{reason}. Your changes are still here: press Save to try again.").format(reason=exc)
        except PlannerError as exc:
            return str(exc)
        self.bar.hide()
        self.window._reveal(edit.event.uid)  # the window's own helper
        self.window.statusBar().showMessage(command.text(), 4000)
        return None


def attach(window: MainWindow, *, poll: bool = True) -> TeamSession:
    """Give ``window`` its team session (the window keeps it as ``window.team``)."""
    from cica_planner.ui.team_settings import display_name

    access = window.services.team
    access.sign_with(display_name(window.settings))
    session = TeamSession(window, access, poll=poll)
    window.team = session
    return session


def _join(phrases: list[str]) -> str:
    if len(phrases) <= 1:
        return "".join(phrases)
    return QCoreApplication.translate("TeamSession", "{first} and {last}").format(first=", ".join(phrases[:-1]),
                                                                                 last=phrases[-1])

