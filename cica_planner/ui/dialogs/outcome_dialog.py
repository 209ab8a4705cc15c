"""Record what happened to an event that needs confirming: held, postponed or cancelled, with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import EventStatus
from cica_planner.domain.outcome import OUTCOME_TO_CONFIRM, OUTCOMES
from cica_planner.i18n.terms import status_label
from cica_planner.services.confirming import OutcomeChoice, ToConfirm
from cica_planner.ui.dialogs.common import ValidatingDialog, run_for_value
from cica_planner.ui.widgets.confirming_card import confirm_when


class OutcomeDialog(ValidatingDialog):
    """Choose held, postponed or cancelled and give the reason; ``value()`` returns an OutcomeChoice."""

    def __init__(self, entry: ToConfirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Record the outcome — {title}").format(title=entry.title))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{entry.title}</b><br>{confirm_when(entry)} · {self.status_text(entry.status)}", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[EventStatus, QRadioButton] = {}
        labels = {EventStatus.HELD: self.tr("&Held"), EventStatus.POSTPONED: self.tr("&Postponed"),
                  EventStatus.CANCELLED: self.tr("&Cancelled")}
        for number, outcome in enumerate(OUTCOMES):
            button = QRadioButton(labels.get(outcome, f"&{outcome.value.capitalize()}"), self)
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcome_group.addButton(button, number)
            self.outcome_buttons[outcome] = button
            row.addWidget(button)
        row.addStretch(1)
        self.outcome_buttons[EventStatus.HELD].setChecked(True)
        layout.addLayout(row)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Required: the source or reason (kept in the event's History)"))
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        self.close_steps_check = QCheckBox(self.tr("Close its open preparation steps (done, date not recorded)"), self)
        self.close_steps_check.setObjectName("close_steps_check")
        self.close_steps_check.setChecked(True)
        layout.addWidget(self.close_steps_check)
        self.outcome_group.idToggled.connect(self._refresh)
        self.error_label = QLabel("", self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refresh()

    def status_text(self, status: str) -> str:
        """The status the list shows ('outcome to confirm', 'planned'), in the user's language."""
        if status == OUTCOME_TO_CONFIRM:
            return self.tr("outcome to confirm")
        try:
            label = status_label(EventStatus(status))
        except ValueError:
            return status
        return label[:1].lower() + label[1:]

    def outcome(self) -> EventStatus:
        return next(o for o, button in self.outcome_buttons.items() if button.isChecked())

    def set_outcome(self, outcome: EventStatus) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def _refresh(self, *_args: object) -> None:
        # Only a held meeting's steps were done (or skipped); a postponed one still needs them.
        self.close_steps_check.setVisible(self.outcome() is EventStatus.HELD)

    def value(self) -> OutcomeChoice:
        reason = self.reason_edit.text().strip()
        if not reason:
            raise ValidationError(self.tr("Say why: the source or reason is kept in the event's History."))
        outcome = self.outcome()
        close = outcome is EventStatus.HELD and self.close_steps_check.isChecked()
        return OutcomeChoice(self.entry.uid, outcome, reason, close)

    @classmethod
    def ask(cls, parent: QWidget | None, entry: ToConfirm) -> OutcomeChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        return run_for_value(cls(entry, parent))
