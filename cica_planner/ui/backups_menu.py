"""The File > Backups… entry of the main window, added by the composition root.

A calendar file gets the Backups dialog; a team calendar on a server gets an entry that says
its backups are the server's job (pg_dump), so no menu promises copies the app cannot make.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.services.backups import BackupService, is_server_location

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow


def install_backups_action(window: MainWindow, location: str | Path, *, read_only: bool = False) -> QAction:
    """Add File > Backups… to ``window`` for the calendar at ``location``."""
    server = is_server_location(str(location))
    action = QAction(window)
    action.setObjectName("backups_action")

    def name_it() -> None:
        if server:
            action.setText(QCoreApplication.translate("BackupsMenu", "Backups on the Server…"))
            action.setStatusTip(QCoreApplication.translate("BackupsMenu", "How this team calendar is backed up"))
        else:
            action.setText(QCoreApplication.translate("BackupsMenu", "&Backups…"))
            action.setStatusTip(QCoreApplication.translate("BackupsMenu", "List, make and restore backups"))

    name_it()
    window.add_retranslation(name_it)  # renamed on a language switch
    file_menu = window.file_menu
    file_menu.insertAction(window.settings_action, action)
    file_menu.insertSeparator(window.settings_action)
    if server:
        action.triggered.connect(lambda: QMessageBox.information(
            window, QCoreApplication.translate("BackupsMenu", "Backups"),
            # The service's sentence (SERVER_BACKUPS), as one translatable message.
            QCoreApplication.translate("BackupsMenu", "This is a team calendar on a server: its backups are the "
                                                      "server's job (for PostgreSQL, pg_dump run by the server's "
                                                      "administrator), not CICA Planner's.")))
    else:
        action.triggered.connect(lambda: open_backups_dialog(window, BackupService(location), read_only=read_only))
    window.addAction(action)
    return action


def open_backups_dialog(window: MainWindow, service: BackupService, *, read_only: bool = False) -> None:
    from cica_planner.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(service, zone=getattr(window, "_display_tz", None) or HOME_ZONE,
                           read_only=read_only, parent=window)
    try:
        dialog.exec()
        if dialog.restored is not None:
            after_restore(window)
    finally:
        dialog.deleteLater()


def after_restore(window: MainWindow) -> None:
    """Show the restored calendar; the undo history described the calendar that was replaced."""
    window.undo_stack.clear()
    window.refresh()
    message = QCoreApplication.translate("BackupsMenu", "Backup restored; the calendar as it was is kept as a backup")
    window.statusBar().showMessage(message, 8000)
