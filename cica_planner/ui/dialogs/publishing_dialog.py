"""Settings → Publishing: the calendar server, the calendar, the user, what to publish and when.

The password typed here goes to the OS keyring (never to the settings file); the
"Outlook subscription address" is shown with a Copy button for staff to paste into
Outlook's "Add calendar → From Internet".
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.services.caldav_client import CalDavError, collection_url
from cica_planner.services.caldav_preferences import PublishingPreferences
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, run_for_value

#: The longest automatic sync interval offered (a day).
MAX_SYNC_MINUTES = 24 * 60


class PublishingDialog(ValidatingDialog):
    """Edit the publishing preferences; ``value()`` gives (preferences, new password or None to keep it)."""

    def __init__(self, initial: PublishingPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishing_dialog")
        self.setWindowTitle(self.tr("Publishing"))
        self.server_edit = QLineEdit(initial.server, self)
        self.server_edit.setObjectName("server_edit")
        self.server_edit.setPlaceholderText("https://cal.example.org/")
        self.calendar_edit = QLineEdit(initial.calendar, self)
        self.calendar_edit.setObjectName("calendar_edit")
        self.calendar_edit.setPlaceholderText("secretariat/cica-planner/")
        self.user_edit = QLineEdit(initial.user, self)
        self.user_edit.setObjectName("user_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("unchanged (kept in the system keyring)"))
        self.public_edit = QLineEdit(initial.public_address, self)
        self.public_edit.setObjectName("public_address_edit")
        self.public_edit.setPlaceholderText(self.tr("only if the server gives a separate read-only link"))
        self.on_change_box = QCheckBox(self.tr("Publish after every change (in the background)"), self)
        self.on_change_box.setObjectName("publish_on_change_box")
        self.on_change_box.setChecked(initial.publish_on_change)
        self.tasks_box = QCheckBox(self.tr("Include checklist tasks (deadlines for Outlook, tasks for Thunderbird)"), self)
        self.tasks_box.setObjectName("include_tasks_box")
        self.tasks_box.setChecked(initial.include_tasks)
        self.sync_spin = QSpinBox(self)
        self.sync_spin.setObjectName("sync_minutes_spin")
        self.sync_spin.setRange(0, MAX_SYNC_MINUTES)
        self.sync_spin.setSuffix(self.tr(" min", "minutes"))
        self.sync_spin.setSpecialValueText(self.tr("only when asked"))
        self.sync_spin.setValue(initial.sync_minutes)
        self.subscription_edit = QLineEdit(self)
        self.subscription_edit.setObjectName("subscription_edit")
        self.subscription_edit.setReadOnly(True)
        self.subscription_edit.setMinimumWidth(420)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copy_subscription_button")
        self.copy_button.clicked.connect(self.copy_subscription)
        subscription = QHBoxLayout()
        subscription.addWidget(self.subscription_edit, 1)
        subscription.addWidget(self.copy_button)
        hint = QLabel(self.tr("Outlook: Add calendar → From Internet, paste this address. Outlook refreshes a subscription "
                              "every few hours and shows it read-only; Thunderbird and phones sync both ways over CalDAV."),
                      self)
        hint.setWordWrap(True)
        hint.setObjectName("hint_label")
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QFormLayout(self)
        layout.addRow(self.tr("&Server:"), self.server_edit)
        layout.addRow(self.tr("&Calendar:"), self.calendar_edit)
        layout.addRow(self.tr("&User:"), self.user_edit)
        layout.addRow(self.tr("&Password:"), self.password_edit)
        layout.addRow("", self.on_change_box)
        layout.addRow("", self.tasks_box)
        layout.addRow(self.tr("Sync &automatically every:"), self.sync_spin)
        layout.addRow(self.tr("Public &address:"), self.public_edit)
        layout.addRow(self.tr("Outlook subscription address:"), subscription)
        layout.addRow(hint)
        layout.addRow(self.error_label)
        layout.addRow(buttons)
        for edit in (self.server_edit, self.calendar_edit, self.public_edit):
            edit.textChanged.connect(self._update_subscription)
        self._update_subscription()

    def _preferences(self) -> PublishingPreferences:
        return PublishingPreferences(
            server=self.server_edit.text().strip(),
            calendar=self.calendar_edit.text().strip(),
            user=self.user_edit.text().strip(),
            public_address=self.public_edit.text().strip(),
            publish_on_change=self.on_change_box.isChecked(),
            sync_minutes=self.sync_spin.value(),
            include_tasks=self.tasks_box.isChecked(),
        )

    def _update_subscription(self) -> None:
        preferences = self._preferences()
        try:
            address = collection_url(preferences.subscription_address()) if preferences.configured else ""
        except CalDavError:
            address = ""
        self.subscription_edit.setText(address)
        self.subscription_edit.setCursorPosition(0)
        self.copy_button.setEnabled(bool(address))

    def copy_subscription(self) -> None:
        QGuiApplication.clipboard().setText(self.subscription_edit.text())

    def value(self) -> tuple[PublishingPreferences, str | None]:
        preferences = self._preferences()
        if preferences.configured:
            try:
                collection_url(preferences.collection_url())
                if preferences.public_address:
                    collection_url(preferences.public_address)
            except CalDavError as exc:
                raise ValidationError(str(exc)) from None
        elif preferences.publish_on_change or preferences.sync_minutes:
            raise ValidationError(self.tr("give the server's address to publish or sync"))
        password = self.password_edit.text()
        return preferences, (password or None)

    @classmethod
    def get_preferences(cls, parent: QWidget | None, initial: PublishingPreferences) -> tuple[PublishingPreferences, str | None] | None:
        """Show the dialog; (preferences, new password or None), or None when cancelled."""
        return run_for_value(cls(initial, parent))
