"""The desk of the main window: one clock and its midnight, help and welcome, printing, reports, undo feedback.

``MainWindow`` inherits these methods; they live here so the window's own module keeps to
building and wiring. They use the window's services, settings, views and status bar.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from cica_planner.domain.clock import Clock
from cica_planner.domain.errors import PlannerError
from cica_planner.i18n.dates import long_date_text, weekday_name
from cica_planner.ui.display_zone import DisplayZone
from cica_planner.ui.pages import KeepsClock, Page
from cica_planner.ui.settings import zone_place_name

if TYPE_CHECKING:  # dialogs are imported when first opened: the first paint needs none
    from PySide6.QtWidgets import QDialog, QMessageBox

    from cica_planner.domain.model import Event
    from cica_planner.ui.clock_support import DayWatcher
    from cica_planner.ui.dialogs.event_dialog import EventEdit
    from cica_planner.ui.dialogs.help_dialogs import WelcomeChoice, WelcomeDialog
    from cica_planner.ui.lazy_pages import LazyPages
    from cica_planner.ui.views.base import CalendarView
    from cica_planner.ui.widgets.sidebar import Sidebar

    # For the type checker the mixin is the window it is mixed into; at run time it adds no base.
    _WindowBase = QMainWindow
else:
    _WindowBase = object


# Its texts use QCoreApplication.translate("DeskMixin", …): lupdate cannot name the context of a
# class whose base is chosen under TYPE_CHECKING, and self.tr() would then look in an unnamed one.
class DeskMixin(_WindowBase):
    """Methods of ``MainWindow`` for the newcomer's desk (see the module docstring)."""

    # Provided by MainWindow.
    clock: Clock
    planner: Any
    settings: Any
    checklists: Any
    views: LazyPages[CalendarView]
    pages: LazyPages[QWidget]
    page_specs: list[Any]
    display_zone: DisplayZone
    _view_key: str
    _anchor: date
    _occurrences: list[Any]
    status: Any
    _zone_places: dict[str, str]
    zone_label: QLabel
    today_label: QLabel
    sidebar: Sidebar
    day_watcher: DayWatcher

    if TYPE_CHECKING:  # MainWindow's own methods, which these call

        def today(self) -> date: ...
        def current_view(self) -> CalendarView | None: ...
        def set_view(self, key: str) -> None: ...
        def go_to_date(self, day: date) -> None: ...
        def refresh(self) -> None: ...
        def show_error(self, message: str) -> QMessageBox: ...
        def _reveal(self, uid: str) -> None: ...
        def _guard(self, work: Any) -> None: ...
        def _fetch(self, uid: str) -> Event | None: ...
        def apply_edit(self, before: Event, edit: EventEdit) -> bool: ...

    @property
    def _display_tz(self) -> str:
        """The display zone's IANA name (the setting object is the one source)."""
        return self.display_zone.tzid()

    def data_location(self) -> str:
        """Where the calendar lives: the database file's path (or the server, without password)."""
        return self.planner.location()

    def help_dialog(self, name: str) -> QDialog:
        """Build the Help dialog ``name`` ("keyboard" or "getting_started"), not shown."""
        from cica_planner.ui.dialogs.help_dialogs import GettingStartedDialog, KeyboardDialog

        dialog = KeyboardDialog(self) if name == "keyboard" else GettingStartedDialog(self.data_location(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def welcome_dialog(self) -> WelcomeDialog:
        from cica_planner.ui.dialogs.help_dialogs import WelcomeDialog

        return WelcomeDialog(self.data_location(), self)

    def show_welcome(self) -> None:
        """Show the welcome and act on the choice (June 2024, or stay on this month)."""
        dialog = self.welcome_dialog()
        dialog.finished.connect(lambda _result: self.apply_welcome_choice(dialog.value()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def apply_welcome_choice(self, choice: WelcomeChoice) -> None:
        self.settings.set_welcome_seen(not choice.show_again)
        if choice.go_to_june_2024:
            if self.current_view() is None:
                self.set_view("month")
            self.go_to_date(date(2024, 6, 27))  # the SOC of 27 June: the digest's busiest week

    def maybe_show_welcome(self) -> bool:
        """Show the welcome on the first start (until dismissed); return whether it was shown."""
        if self.settings.welcome_seen():
            return False
        self.show_welcome()
        return True

    def print_page(self) -> Any:
        """What printing now would put on paper: the view shown, its period, zone and events."""
        from cica_planner.ui.printing import PrintPage

        view = self.current_view()
        if view is None:
            raise ValueError("only the calendar views print")
        first, end = view.visible_range()
        spec = next(s for s in self.page_specs if s.key == self._view_key)
        zone_text = self.status.zone_description
        as_drawn = self._view_key in ("month", "year")
        return PrintPage(view.title(), spec.title(), first, end, zone_text, list(self._occurrences), self._display_tz,
                         widget=view if as_drawn else None)

    def print_calendar(self, printer: Any = None) -> None:
        """Print the view shown: with a print preview, or straight to ``printer`` (e.g. a PDF file)."""
        from cica_planner.ui.printing import CalendarPrinter

        if self.current_view() is None:
            return
        job = CalendarPrinter(self.print_page())
        try:
            if printer is not None:
                job.print_to(printer)
                return
            from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

            # The dialog does not own its printer: the window keeps it (and its settings) alive.
            if not hasattr(self, "_paper"):
                self._paper = QPrinter(QPrinter.PrinterMode.HighResolution)
            preview = QPrintPreviewDialog(self._paper, self)
            preview.setObjectName("print_preview")
            preview.setWindowTitle(QCoreApplication.translate("DeskMixin", "Print — {title}").format(title=job.page.title))
            preview.paintRequested.connect(job.print_to)
            preview.resize(1000, 760)
            preview.exec()
            preview.deleteLater()
        except OSError as exc:
            self.show_error(QCoreApplication.translate("DeskMixin", "Cannot print: {reason}").format(reason=exc.strerror or exc))

    def write_report(self, path: str | Path | None = None, request: Any = None, open_after: bool = True) -> Path | None:
        """Write the status report (asking format, period and file unless given) and open it; return its path."""
        from PySide6.QtWidgets import QFileDialog

        from cica_planner.ui.dialogs.report_dialog import ReportDialog
        from cica_planner.ui.file_writes import written_or_reported
        from cica_planner.ui.report_actions import open_file
        from cica_planner.ui.report_actions import write_report as write

        if self.checklists is None:
            return None
        if request is None:
            request = ReportDialog.get_request(self, self.today())
            if request is None:
                return None
        if path is None:
            kind = QCoreApplication.translate("DeskMixin", "PDF files (*.pdf)") if request.suffix == ".pdf" else QCoreApplication.translate("DeskMixin", "CSV files (*.csv)")
            suggested = Path.home() / f"cica-status-{request.start:%Y-%m-%d}{request.suffix}"
            chosen, _filter = QFileDialog.getSaveFileName(self, QCoreApplication.translate("DeskMixin", "Save report"), str(suggested), kind)
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(request.suffix) else f"{chosen}{request.suffix}"
        target = Path(path)
        checklists = self.checklists
        counts = written_or_reported(self.show_error, target, lambda: write(checklists, request, target, self.today()))
        if counts is None:
            return None
        self.statusBar().showMessage(QCoreApplication.translate("DeskMixin", "Wrote {file} ({counts})").format(file=target.name, counts=counts), 8000)
        if open_after and not open_file(target):
            self.statusBar().showMessage(QCoreApplication.translate("DeskMixin", "Wrote {file} ({counts}); no program opens {suffix} files").format(
                file=target, counts=counts, suffix=request.suffix), 8000)
        return target

    def _after_history_step(self, verb: str, command: Any) -> None:
        from cica_planner.ui.undo_feedback import changed_event_uid

        uid = changed_event_uid(command)
        if uid is not None and self.current_view() is not None and self.planner.find(uid) is not None:
            self._reveal(uid)
        self.statusBar().showMessage(QCoreApplication.translate("DeskMixin", "{verb}: {change}").format(verb=verb, change=command.text()), 8000)

    def set_clock(self, clock: Clock) -> None:
        """Take "now" and "today" from ``clock`` on every page; its day is the display zone's."""
        self.clock = clock.in_zone(self._display_tz)
        for view in self.views.values():
            view.set_clock(self.clock)
        for key, page in self.pages.items():
            if key not in self.views and isinstance(page, KeepsClock):
                page.set_clock(self.clock)
        if hasattr(self, "day_watcher"):
            self.day_watcher.reset()
        self.refresh()

    def _on_day_changed(self, day: date) -> None:
        """Midnight passed while the app was open: every page moves on to the new day.

        A page showing the old today follows to the new one, as Outlook's calendar does.
        """
        yesterday = day - timedelta(days=1)
        if self._anchor == yesterday:
            self._anchor = day
            self.sidebar.set_date(day)
        for view in self.views.values():
            view.set_clock(self.clock)  # repaints the today marker
        self.refresh()
        for key, page in self.pages.items():  # pages not shown are refreshed too: they are stale otherwise
            if key not in self.views and key != self._view_key and isinstance(page, Page):
                self._guard(page.refresh)
        self.statusBar().showMessage(QCoreApplication.translate("DeskMixin", "A new day: {weekday} {date}").format(
            weekday=weekday_name(day.isoweekday()), date=long_date_text(day)), 6000)

    def _update_today_label(self) -> None:
        today = self.today()
        place = zone_place_name(self._display_tz, self._zone_places)
        self.status.show_today(today, place, self._display_tz)

    def open_day(self, day: date) -> None:
        """Show ``day`` in the day view (a double-click on a day of the year view)."""
        self.set_view("day")
        self.go_to_date(day)

    # -- moving by drag, and which events are fresh --------------------------------------

    def fresh_uids(self) -> set[str]:
        """Events created in this session of the app: adjusting them needs no reason."""
        if not hasattr(self, "_fresh_uids"):
            self._fresh_uids: set[str] = set()
        return self._fresh_uids

    def is_fresh(self, uid: str) -> bool:
        return uid in self.fresh_uids()

    def needs_move_reason(self, event: Any) -> bool:
        """The rule of the editor (``EventDialog.needs_reason``): a published event's move is explained.

        Published means planned, confirmed, held or postponed, and not created in this session.
        """
        from cica_planner.domain.edits import RESCHEDULE_STATUSES

        return event.status in RESCHEDULE_STATUSES and not self.is_fresh(event.uid)

    def move_by_drag(self, uid: str, origin: Any, target: Any) -> bool:
        """Move the event ``uid`` dragged from ``origin`` to ``target``; return whether it moved (undoable).

        The move keeps the venue's wall-clock time and the duration; a published event asks for
        the reason, as Ctrl+R does. A repeating or undated event is not dragged (one-line message).
        """
        from cica_planner.domain.moving import move_delta, moved_by
        from cica_planner.ui.dialogs.event_dialog import EventEdit
        from cica_planner.ui.dialogs.move_reason_dialog import MoveReasonDialog

        event = self._fetch(uid)
        if event is None:
            return False
        try:
            after = moved_by(event, move_delta(origin, target))
        except PlannerError as exc:
            self.show_error(str(exc))
            return False
        reason = None
        if self.needs_move_reason(event):
            reason = MoveReasonDialog.get_reason(self, event.title, _when(event, self._display_tz),
                                                 _when(after, self._display_tz))
            if reason is None:
                return False
        return self.apply_edit(event, EventEdit(after, reason))


def _when(event: Any, display_tz: str) -> str:
    from cica_planner.services.import_review import when_text

    return when_text(event, display_tz)
