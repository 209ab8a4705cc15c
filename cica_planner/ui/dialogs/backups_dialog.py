"""File > Backups…: the calendar's backups, a preview of the one selected, back up now, restore.

The dialog takes a :class:`~cica_planner.services.backups.BackupService` and gives back what
it restored (``restored``), so the window can reload; every step can be driven without exec().
Restoring asks first and always keeps the present calendar as a ``before-restore`` backup,
which appears at the top of the list: restoring that one undoes the restore.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
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
    "daily": "Daily, before the first change",
    "import": "Before an import",
    "migration": "Before an upgrade",
    "manual": "Made by hand",
    "before-restore": "Before a restore",
    "broken": "Half-upgraded copy",
}

Confirm = Callable[[str], bool]


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB"


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
        self.setWindowTitle("Backups")
        self.resize(720, 460)
        intro = QLabel(
            f"Copies of <b>{_escape(service.calendar.name)}</b>, kept beside it in {_escape(str(service.calendar.parent))}. "
            "A copy is taken before the first change of each day, before every import and every upgrade; "
            "the first copy of each of the last 14 days and of the last 8 weeks is kept.", self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(["Taken", "Reason", "Events", "Size"])
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
        self.backup_button = QPushButton("Back Up Now", self)
        self.restore_button = QPushButton("Restore…", self)
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
            self.backup_button.setToolTip("This calendar is read-only: no backup can be written beside it")
        self.reload()

    def reload(self) -> None:
        """Read the list of backups again (newest first) and select the newest."""
        self.entries = self.service.list()
        self.table.setRowCount(0)
        for entry in self.entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            events = "?" if entry.events is None else str(entry.events)
            cells = ((self.COL_TAKEN, self.when(entry)), (self.COL_KIND, KIND_NAMES.get(entry.kind, entry.kind)),
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

    def when(self, entry: BackupEntry) -> str:
        return entry.taken.astimezone(self.zone).strftime("%a %d %b %Y, %H:%M:%S")

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def update_preview(self) -> None:
        entry = self.selected()
        if entry is None:
            self.preview_label.setText("No backup yet. “Back Up Now” makes one." if not self.entries else "")
            self.restore_button.setEnabled(False)
            return
        try:
            checked = self.service.preview(entry.path)
        except PlannerError as exc:
            self.preview_label.setText(f"<span style='color:#a02020'>{_escape(str(exc))}</span>")
            self.restore_button.setEnabled(False)
            return
        self.preview_label.setText(
            f"<b>{self.when(checked)}</b> · {checked.events} events · schema {checked.revision}<br>"
            f"<span style='color:#555'>{_escape(checked.path.name)}</span>")
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
        question = (f"Replace the calendar by the backup of {self.when(entry)} ({entry.events} events)?\n\n"
                    "The calendar as it is now is backed up first: restoring that copy undoes this.")
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
        answer = QMessageBox.question(self, "Restore Backup", question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
