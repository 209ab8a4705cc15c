"""File > Backups…: the calendar's backups, a preview of the one selected, back up now, restore.

The dialog takes a :class:`~cica_planner.services.backups.BackupService` and gives back what
it restored (``restored``), so the window can reload; every step can be driven without exec().
Restoring asks first and always keeps the present calendar as a ``before-restore`` backup,
which appears at the top of the list: restoring that one undoes the restore.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import PlannerError
from cica_planner.services.backups import BackupEntry, BackupService, Restored

KIND_NAMES = {
    "daily": str(QT_TRANSLATE_NOOP("BackupsDialog", "Daily, before the first change")),
    "import": str(QT_TRANSLATE_NOOP("BackupsDialog", "Before an import")),
    "migration": str(QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade")),
    "manual": str(QT_TRANSLATE_NOOP("BackupsDialog", "Made by hand")),
    "before-restore": str(QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore")),
    "broken": str(QT_TRANSLATE_NOOP("BackupsDialog", "Half-upgraded copy")),
}

Confirm = Callable[[str], bool]


def size_text(size: int) -> str:
    """A file size as the user's language writes it: '12 kB', '1.5 MB' ('12 КБ', '1,5 МБ')."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupsDialog", "{size} kB").format(size=max(1, round(size / 1024)))
    return QCoreApplication.translate("BackupsDialog", "{size} MB").format(size=QLocale().toString(size / (1024 * 1024), "f", 1))


class BackupsDialog(QDialog):
    """List, preview, make and restore backups of one calendar file.

    Args:
        service: the backups of the open calendar.
        zone: whose clock the times are shown in (the display zone).
        read_only: the calendar cannot be written: backups are listed, nothing is made or restored.
        parent: the parent widget.
    """

    COL_TAKEN, COL_KIND, COL_EVENTS, COL_SIZE = range(4)

    def __init__(self, service: BackupService, *, zone: str = HOME_ZONE, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.zone = ZoneInfo(zone)
        self.read_only = read_only
        self.restored: Restored | None = None
        self.entries: list[BackupEntry] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 460)
        intro = QLabel(self.tr(
            "Copies of <b>{file}</b>, kept beside it in {folder}. "
            "A copy is taken before the first change of each day, before every import and every upgrade; "
            "the first copy of each of the last 14 days and of the last 8 weeks is kept.").format(
                file=_escape(service.calendar.name), folder=_escape(str(service.calendar.parent))), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Events"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_TAKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_EVENTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setWordWrap(True)
        self.preview_label.setMinimumHeight(44)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("Back Up Now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.table.itemSelectionChanged.connect(self.update_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(buttons)
        self.backup_button.setEnabled(not read_only)
        if read_only:
            self.backup_button.setToolTip(self.tr("This calendar is read-only: no backup can be written beside it"))
        self.reload()

    def reload(self) -> None:
        """Read the list of backups again (newest first) and select the newest."""
        self.entries = self.service.list()
        self.table.setRowCount(0)
        for entry in self.entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            events = "?" if entry.events is None else str(entry.events)
            cells = ((self.COL_TAKEN, self.when(entry)), (self.COL_KIND, self.kind_name(entry.kind)),
                     (self.COL_EVENTS, events), (self.COL_SIZE, size_text(entry.size)))
            for column, text in cells:
                cell = QTableWidgetItem(text)
                cell.setToolTip(entry.path.name)
                if column in (self.COL_EVENTS, self.COL_SIZE):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if self.entries:
            self.table.selectRow(0)
        self.update_preview()

    def kind_name(self, kind: str) -> str:
        """Why a backup was taken, in the user's language (an unknown kind as it is named)."""
        return QCoreApplication.translate("BackupsDialog", KIND_NAMES[kind]) if kind in KIND_NAMES else kind

    def when(self, entry: BackupEntry) -> str:
        taken = entry.taken.astimezone(self.zone).replace(tzinfo=None)
        shown = QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute, taken.second))
        return QLocale().toString(shown, "ddd dd MMM yyyy, HH:mm:ss")

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def update_preview(self) -> None:
        entry = self.selected()
        if entry is None:
            self.preview_label.setText(self.tr("No backup yet. “Back Up Now” makes one.") if not self.entries else "")
            self.restore_button.setEnabled(False)
            return
        try:
            checked = self.service.preview(entry.path)
        except PlannerError as exc:
            self.preview_label.setText(f"<span style='color:#a02020'>{_escape(str(exc))}</span>")
            self.restore_button.setEnabled(False)
            return
        self.preview_label.setText(
            self.tr("<b>{taken}</b> · %n event(s) · schema {revision}", "", checked.events or 0).format(
                taken=self.when(checked), revision=checked.revision)
            + f"<br><span style='color:#555'>{_escape(checked.path.name)}</span>")
        self.restore_button.setEnabled(not self.read_only)

    def back_up_now(self) -> BackupEntry | None:
        try:
            made = self.service.back_up_now()
        except PlannerError as exc:
            self.preview_label.setText(f"<span style='color:#a02020'>{_escape(str(exc))}</span>")
            return None
        self.reload()
        return next((entry for entry in self.entries if entry.path == made), None)

    def restore_selected(self, confirm: Confirm | None = None) -> Restored | None:
        """Ask, then restore the selected backup; the present calendar is backed up first."""
        entry = self.selected()
        if entry is None or self.read_only:
            return None
        question = self.tr("Replace the calendar by the backup of {taken} (%n event(s))?\n\n"
                           "The calendar as it is now is backed up first: restoring that copy undoes this.", "",
                           entry.events or 0).format(taken=self.when(entry))
        if not (confirm or self._ask)(question):
            return None
        try:
            self.restored = self.service.restore(entry.path)
        except PlannerError as exc:
            self.preview_label.setText(f"<span style='color:#a02020'>{_escape(str(exc))}</span>")
            return None
        self.reload()
        return self.restored

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore Backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
