"""The "Plan next handover" dialog: the next chair (or undecided) and the meeting that transfers the chair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cica_planner.domain.chairmanship import UNDECIDED_SUCCESSOR
from cica_planner.domain.model import Country
from cica_planner.i18n.terms import country_name
from cica_planner.services.chairmanship import AnchorChoice
from cica_planner.ui.dialogs.common import run_for_value
from cica_planner.ui.style import MUTED_TEXT


@dataclass(frozen=True)
class NextHandoverChoice:
    """What the planner chose: the successor ('' while undecided) and the anchor meeting."""

    to_country: str
    anchor_event_uid: str


class PlanHandoverDialog(QDialog):
    """Choose the next chair (or leave it undecided) and the meeting that will transfer the chair."""

    def __init__(
        self,
        countries: Sequence[Country],
        anchors: Sequence[AnchorChoice],
        from_country: str,
        from_name: str = "",
        default_anchor_uid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan next handover"))
        self.setObjectName("plan_handover_dialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Plan the handover from <b>{country}</b> with the milestones of the handover template. "
                    "Deadlines follow the meeting when it moves.").format(country=country_name(from_country, from_name or from_country))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.successor_combo = QComboBox(self)
        self.successor_combo.setObjectName("successor_combo")
        self.successor_combo.addItem(self.tr("Not decided yet — {placeholder}").format(placeholder=UNDECIDED_SUCCESSOR), "")
        for country in countries:
            if country.code != from_country:
                self.successor_combo.addItem(self.tr("{name} ({code})").format(name=country_name(country.code, country.name), code=country.code), country.code)
        form.addRow(self.tr("Next chair:"), self.successor_combo)
        self.anchor_combo = QComboBox(self)
        self.anchor_combo.setObjectName("anchor_combo")
        for anchor in anchors:
            self.anchor_combo.addItem(anchor.label, anchor.uid)
        if default_anchor_uid:
            found = self.anchor_combo.findData(default_anchor_uid)
            if found >= 0:
                self.anchor_combo.setCurrentIndex(found)
        form.addRow(self.tr("Handover at:"), self.anchor_combo)
        layout.addLayout(form)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.note_label)
        self._anchors = {a.uid: a for a in anchors}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.anchor_combo.currentIndexChanged.connect(self._update_note)
        self._update_note()

    def _update_note(self) -> None:
        anchor = self._anchors.get(self.anchor_combo.currentData())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(anchor is not None)
        if anchor is None:
            self.note_label.setText(self.tr("No Summit or Ministerial Council is planned yet: add the meeting first."))
        elif anchor.provisional:
            self.note_label.setText(
                self.tr("The meeting's date is not fixed yet, so the milestones' deadlines are provisional."))
        else:
            self.note_label.setText("")

    def value(self) -> NextHandoverChoice | None:
        """The choice made, or None when no meeting can anchor the handover."""
        uid = self.anchor_combo.currentData()
        if not uid:
            return None
        return NextHandoverChoice(to_country=self.successor_combo.currentData() or "", anchor_event_uid=uid)

    @classmethod
    def get_choice(
        cls,
        parent: QWidget | None,
        countries: Sequence[Country],
        anchors: Sequence[AnchorChoice],
        from_country: str,
        from_name: str = "",
        default_anchor_uid: str | None = None,
    ) -> NextHandoverChoice | None:
        """Show the dialog; return the choice, or None when cancelled."""
        dialog = cls(countries, anchors, from_country, from_name, default_anchor_uid, parent)
        return run_for_value(dialog)
