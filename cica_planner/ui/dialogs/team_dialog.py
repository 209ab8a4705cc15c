"""File → Open Team Calendar…: the server URL, and a password only when libpq has none.

The dialog does not connect by itself: it is given ``connect(choice)``, which returns None when
the calendar opened, or the one-line reason it did not; the dialog then stays open with the
reason, so a mistyped password can be corrected without typing the URL again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.services.team import is_server_url
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label
from cica_planner.ui.qt_items import combo_line_edit

HINT = str(QT_TRANSLATE_NOOP(
    "OpenTeamCalendarDialog",
    "A PostgreSQL URL such as postgresql://you@db.example/cica, or a service name: postgresql:///?service=cica. "
    "Leave the password empty to use PGPASSWORD, your .pgpass file or the password kept in the system keyring."))


@dataclass(frozen=True)
class TeamCalendarChoice:
    url: str
    password: str = ""
    remember: bool = False


class OpenTeamCalendarDialog(ValidatingDialog):
    """Ask for a team calendar's URL (recent ones offered) and, optionally, a password."""

    def __init__(self, recent: list[str], parent: QWidget | None = None,
                 connect: Callable[[TeamCalendarChoice], str | None] | None = None) -> None:
        super().__init__(parent)
        self._connect = connect
        self.setObjectName("open_team_calendar_dialog")
        self.setWindowTitle(self.tr("Open Team Calendar"))
        self.setMinimumWidth(560)
        self.url_combo = QComboBox(self)
        self.url_combo.setObjectName("team_url_combo")
        self.url_combo.setEditable(True)
        self.url_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.url_combo.addItems([item for item in recent if is_server_url(item)])
        combo_line_edit(self.url_combo).setPlaceholderText("postgresql://you@db.example/cica")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("team_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("(from PGPASSWORD, .pgpass or the keyring)"))
        self.remember_box = QCheckBox(self.tr("&Keep the password in the system keyring"), self)
        self.remember_box.setObjectName("team_remember_box")
        hint = QLabel(QCoreApplication.translate("OpenTeamCalendarDialog", HINT), self)
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Calendar:"), self.url_combo)
        layout.addRow(self.tr("&Password:"), self.password_edit)
        layout.addRow("", self.remember_box)
        layout.addRow(hint)
        layout.addRow(self.error_label)
        layout.addRow(buttons)

    def value(self) -> TeamCalendarChoice:
        url = self.url_combo.currentText().strip()
        if not url:
            raise ValidationError(self.tr("Enter the URL of the team calendar."))
        if not is_server_url(url):
            raise ValidationError(self.tr("{url} is not a PostgreSQL URL (postgresql://user@host/database).").format(url=repr(url)))
        return TeamCalendarChoice(url, self.password_edit.text(), self.remember_box.isChecked())

    def accept(self) -> None:
        try:
            choice = self.value()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        problem = self._connect(choice) if self._connect is not None else None
        if problem:
            self.show_error(problem[:1].upper() + problem[1:])
            return
        super().accept()
