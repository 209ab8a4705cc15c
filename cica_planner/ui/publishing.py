"""Publishing from the desktop app: settings, background publish and sync, conflicts, status.

Work on the network runs in a QThreadPool, never in the window's thread; its result comes
back through a queued signal. "Publish after every change" waits a moment after a change
(several quick edits make one publish) and never runs two publishes at once. Sync runs at
start and every N minutes when set; conflicts and deletions on the server are never
settled without the user: the status bar offers "Resolve…", and Sync now asks at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import PlannerError
from cica_planner.services.caldav_credentials import find_password, store_password
from cica_planner.services.caldav_preferences import PublishingPreferences
from cica_planner.services.planner import PlannerService
from cica_planner.ui.widgets.publish_status import PublishStatus

if TYPE_CHECKING:  # the dialogs are imported when first opened: the window is ready for work without them
    from cica_planner.services.caldav_client import Remote
    from cica_planner.services.caldav_publish import CalDavPublisher, PublishReport
    from cica_planner.services.caldav_sync import CalDavSync, SyncConflict, SyncReport
    from cica_planner.services.container import Services
    from cica_planner.ui.dialogs.field_conflict_dialog import ConflictField

log = logging.getLogger(__name__)

#: A change is published this long after the last of a burst of edits.
PUBLISH_DELAY_MS = 1500


_KEYS = {
    "server": ("publishing/server", str),
    "calendar": ("publishing/calendar", str),
    "user": ("publishing/user", str),
    "public_address": ("publishing/public_address", str),
    "publish_on_change": ("publishing/publish_on_change", bool),
    "sync_minutes": ("publishing/sync_minutes", int),
    "include_tasks": ("publishing/include_tasks", bool),
}


def load_preferences(store: QSettings) -> PublishingPreferences:
    values: dict[str, Any] = {}
    for name, (key, kind) in _KEYS.items():
        raw = store.value(key)
        if raw is None or raw == "":
            continue
        if kind is bool:
            values[name] = str(raw).lower() in ("true", "1", "yes")
        elif kind is int:
            try:
                values[name] = max(0, int(raw))
            except (TypeError, ValueError):
                continue
        else:
            values[name] = str(raw)
    return PublishingPreferences(**values)


def save_preferences(store: QSettings, preferences: PublishingPreferences) -> None:
    for name, (key, _kind) in _KEYS.items():
        store.setValue(key, getattr(preferences, name))
    store.sync()


class _Signals(QObject):
    finished = Signal(object, object, object)  # (job, kind, result or PlannerError)


class _Job(QRunnable):
    def __init__(self, kind: str, work: Callable[[], object]) -> None:
        super().__init__()
        self.kind = kind
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result: object = self.work()
        except PlannerError as exc:
            result = exc
        except Exception as exc:  # a background failure is shown, never raised into Qt
            from cica_planner.services.caldav_client import CalDavError

            log.exception("publishing failed")
            result = CalDavError(f"unexpected error: {exc.__class__.__name__}: {exc}")
        self.signals.finished.emit(self, self.kind, result)


class PublishingController(QObject):
    """Runs publish and sync for the window in the background and keeps the status indicator current.

    Signals:
        calendar_updated(): events were changed from the server (the window refreshes).
        busy_changed(bool): a publish or sync started or ended.
    """

    calendar_updated = Signal()
    busy_changed = Signal(bool)

    def __init__(self, planner: PlannerService, store: QSettings, *, services: Callable[[], Services],
                 clock: Clock | None = None, password: Callable[[str, str], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        #: The window's services when publishing runs (they may come after the window, see app.py).
        self.services = services
        self.store = store
        self.clock = clock or system_clock()
        self._password = password or (lambda url, user: find_password(url, user))
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one conversation with the server at a time
        self.status = PublishStatus(self.clock, parent)
        self.status.retry_requested.connect(self.retry)
        self.status.resolve_requested.connect(self.resolve_pending)
        self.status.sync_requested.connect(lambda: self.sync_now(ask=True))
        self.preferences = load_preferences(store)
        self.conflicts: list[SyncConflict] = []
        self.deleted_on_server: list[str] = []
        self._busy = False
        self._pending: str | None = None
        self._last_kind = "publish"
        self._ask_now = False
        self._jobs: set[_Job] = set()
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(PUBLISH_DELAY_MS)
        self._publish_timer.timeout.connect(self.publish_now)
        #: The questions asked of the user (message boxes; tests give their answers instead).
        self.confirm_create: Callable[[str], bool] = self._ask_create
        self.confirm_deletions: Callable[[list[str]], bool] = self._ask_deletions
        self._sync_timer = QTimer(self)
        self._sync_timer.timeout.connect(lambda: self.sync_now(ask=False))
        self.apply_preferences(self.preferences)

    # -- configuration ------------------------------------------------------------

    def apply_preferences(self, preferences: PublishingPreferences, password: str | None = None) -> bool:
        """Use (and keep) ``preferences``; a given password goes to the keyring. False if the keyring refused it."""
        self.preferences = preferences
        save_preferences(self.store, preferences)
        stored = True
        if password is not None and preferences.configured and preferences.user:
            stored = store_password(preferences.collection_url(), preferences.user, password)
        self._sync_timer.stop()
        if preferences.configured and preferences.sync_minutes > 0:
            self._sync_timer.start(preferences.sync_minutes * 60_000)
        if not preferences.configured:
            self.status.show_unconfigured()
        else:
            try:
                when = self._publisher().last_published(preferences.collection_url())
            except PlannerError:
                when = None
            self.status.show_published(when)
        return stored

    # The CalDAV services (and icalendar under them) are imported when publishing is first used, not at start.

    def _publisher(self) -> CalDavPublisher:
        return self.services().publisher(self.clock)

    def _sync(self) -> CalDavSync:
        return self.services().caldav_sync(self.clock)

    def remote(self) -> Remote:
        from cica_planner.services.caldav_client import CalDavError, Remote

        url = self.preferences.collection_url()
        user = self.preferences.user.strip()
        password = self._password(url, user) if user else None
        if user and not password:
            raise CalDavError("no password: enter it in Publishing settings")
        return Remote(url, user, password or "")

    def start(self) -> None:
        """At start-up: sync once when a server is set up and a sync interval is chosen."""
        if self.preferences.configured and self.preferences.sync_minutes > 0:
            self.sync_now(ask=False)

    # -- running ----------------------------------------------------------------------

    def calendar_changed(self) -> None:
        """A change in the window: publish shortly, when "Publish after every change" is on."""
        if self.preferences.configured and self.preferences.publish_on_change:
            self._publish_timer.start()

    def is_busy(self) -> bool:
        return self._busy

    def publish_now(self) -> None:
        self._run("publish")

    def sync_now(self, *, ask: bool = True) -> None:
        self._ask_now = ask
        self._run("sync")

    def retry(self) -> None:
        self._run(self._last_kind)

    def _run(self, kind: str) -> None:
        if not self.preferences.configured:
            self.status.show_unconfigured()
            return
        if self._busy:
            self._pending = "sync" if "sync" in (kind, self._pending) else kind
            return
        try:
            remote = self.remote()
        except PlannerError as exc:
            self._last_kind = kind
            self.status.show_failed(str(exc))
            return
        options = replace(self._publisher().stored_options(remote.url), include_tasks=self.preferences.include_tasks)
        if kind == "sync":
            def work() -> object:
                return self._sync().sync(remote, options)
        else:
            def work() -> object:
                return self._publisher().publish(remote, options)
        self._start(kind, work)

    def _start(self, kind: str, work: Callable[[], object]) -> None:
        self._busy = True
        self._last_kind = kind
        self.status.show_busy(self.tr("Syncing…") if kind == "sync" else self.tr("Publishing…"))
        self.busy_changed.emit(True)
        job = _Job(kind, work)
        job.setAutoDelete(False)
        self._jobs.add(job)
        # A bound method of this (main-thread) object: Qt queues the call into the window's thread.
        job.signals.finished.connect(self._finished)
        self.pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background work is done (tests and closing the window)."""
        return self.pool.waitForDone(msecs)

    def _finished(self, job: _Job, kind: str, result: object) -> None:
        from cica_planner.services.caldav_client import CollectionMissingError
        from cica_planner.services.caldav_publish import PublishReport
        from cica_planner.services.caldav_sync import SyncReport

        self._jobs.discard(job)
        self._busy = False
        self.busy_changed.emit(False)
        if isinstance(result, CollectionMissingError) and kind == "publish":
            self._offer_to_create(str(result))
        elif isinstance(result, PlannerError):
            verb = self.tr("Sync") if kind == "sync" else self.tr("Publishing")
            self.status.show_failed(str(result), verb=verb)
        elif isinstance(result, SyncReport):
            self._synced(result)
        elif isinstance(result, PublishReport):
            self._published(result)
        pending, self._pending = self._pending, None
        if pending:
            self._run(pending)

    def _ask_create(self, url: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("No Calendar There"),
                                      self.tr("There is no calendar at {url}. Create it?").format(url=url),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_deletions(self, titles: list[str]) -> bool:
        names = "\n".join(f"• {title}" for title in titles[:15])
        more = "\n" + self.tr("… and {count} more").format(count=len(titles) - 15) if len(titles) > 15 else ""
        answer = QMessageBox.question(
            self.window, self.tr("Deleted on the Server"),
            self.tr("These events were deleted on the server:\n{names}\n\nDelete them here too?").format(
                names=names + more),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _offer_to_create(self, message: str) -> None:
        self.status.show_failed(message)
        if not self.confirm_create(self.preferences.collection_url()):
            return
        try:
            remote = self.remote()
        except PlannerError as exc:
            self.status.show_failed(str(exc))
            return
        options = replace(self._publisher().stored_options(remote.url), include_tasks=self.preferences.include_tasks)
        self._start("publish", lambda: self._publisher().publish(remote, options, create=True))

    def _published(self, report: PublishReport) -> None:
        if report.held_back:
            count = len(report.held_back)
            self.status.show_attention(self.tr("%n event(s) changed on the server", "", count), action="sync")
        else:
            self.status.show_published(self.clock.now())

    def _synced(self, report: SyncReport) -> None:
        if report.taken or report.added or report.deleted or report.tasks_updated:
            self.calendar_updated.emit()
        self.conflicts = list(report.conflicts)
        self.deleted_on_server = [d.title for d in report.deletions]
        if self.conflicts or report.deletions:
            count = len(self.conflicts) + len(report.deletions)
            self.status.show_attention(self.tr("Sync: {count} to resolve").format(count=count), action="resolve")
            if self._ask_now:
                self.resolve_pending()
        else:
            self.status.show_published(self.clock.now())

    # -- decisions ----------------------------------------------------------------------

    def resolve_pending(self) -> None:
        """Ask about each conflict (field by field) and each deletion on the server, then sync again."""
        from cica_planner.ui.dialogs.field_conflict_dialog import FieldConflictDialog

        accept_deletions = bool(self.deleted_on_server) and self.confirm_deletions(self.deleted_on_server)
        choices = []
        for conflict in self.conflicts:
            choice = FieldConflictDialog.get_choice(self.window, conflict.title, conflict_fields(conflict),
                                                    author=conflict.author)
            if choice is not None:
                choices.append((conflict, choice))
        if not choices and not accept_deletions:
            return
        try:
            remote = self.remote()
        except PlannerError as exc:
            self.status.show_failed(str(exc), verb=self.tr("Sync"))
            return

        def work() -> object:
            sync = self._sync()
            for conflict, choice in choices:
                sync.apply_resolution(remote, conflict, set(choice.theirs), keep=choice.keeps_mine)
            return sync.sync(remote, accept_deletions=accept_deletions)

        self._ask_now = False
        self._start("sync", work)


def conflict_fields(conflict: SyncConflict) -> list[ConflictField]:
    """The rows the conflict dialog shows; a deletion on one side is one row, "Event"."""
    from cica_planner.ui.dialogs.field_conflict_dialog import ConflictField

    if conflict.server is None:
        return [ConflictField("event", QCoreApplication.translate("Publishing", "Event"), QCoreApplication.translate("Publishing", "changed here: keep it"), QCoreApplication.translate("Publishing", "deleted on the server"))]
    if conflict.local is None:
        return [ConflictField("event", QCoreApplication.translate("Publishing", "Event"), QCoreApplication.translate("Publishing", "deleted here"), QCoreApplication.translate("Publishing", "changed on the server: bring it back"))]
    return [ConflictField(f.name, f.label, f.local, f.server, f.base) for f in conflict.fields]


def attach_publishing(window: Any, store: QSettings, *, clock: Clock | None = None) -> PublishingController:  # MainWindow
    """Add publishing to ``window``: File menu actions, the status indicator, publish on change, periodic sync."""
    controller = PublishingController(window.planner, store, services=lambda: window.services, clock=clock,
                                      parent=window)
    window.statusBar().insertPermanentWidget(0, controller.status)
    settings_action = QAction(window)
    settings_action.setObjectName("publishing_settings_action")
    publish_action = QAction(window)
    publish_action.setObjectName("publish_now_action")
    sync_action = QAction(window)
    sync_action.setObjectName("sync_now_action")
    sync_action.setShortcut("F5")

    def name_actions() -> None:
        settings_action.setText(QCoreApplication.translate("Publishing", "&Publishing Settings…"))
        settings_action.setStatusTip(QCoreApplication.translate("Publishing", "Calendar server, user and what to publish"))
        publish_action.setText(QCoreApplication.translate("Publishing", "P&ublish Now"))
        sync_action.setText(QCoreApplication.translate("Publishing", "S&ync Now"))

    name_actions()
    if hasattr(window, "add_retranslation"):
        window.add_retranslation(name_actions)

    def edit_settings() -> None:
        from cica_planner.ui.dialogs.publishing_dialog import PublishingDialog

        edited = PublishingDialog.get_preferences(window, controller.preferences)
        if edited is not None:
            preferences, password = edited
            if not controller.apply_preferences(preferences, password):
                window.show_error(QCoreApplication.translate("Publishing", "The password could not be kept in the system keyring; "
                                      "set CICA_PLANNER_CALDAV_PASSWORD instead"))

    settings_action.triggered.connect(edit_settings)
    publish_action.triggered.connect(controller.publish_now)
    sync_action.triggered.connect(lambda: controller.sync_now(ask=True))
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        anchor = window.settings_action
        menu.insertActions(anchor, [settings_action, publish_action, sync_action])
        menu.insertSeparator(anchor)
    window.addActions([settings_action, publish_action, sync_action])
    window.publishing = controller
    window.calendar_changed.connect(controller.calendar_changed)
    controller.calendar_updated.connect(window.refresh)
    controller.start()
    return controller
