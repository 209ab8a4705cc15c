"""The sidebar's "Holidays" page: whose holidays the calendar marks, and which host's weekend it shades."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from cica_planner.domain.errors import ValidationError
from cica_planner.i18n.language import ui_locale
from cica_planner.i18n.terms import country_name
from cica_planner.services.scheduling.country_sets import CountrySet

if TYPE_CHECKING:  # the fields' classes are used when the page is first shown, after the first paint
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

MODES = (
    ("host", QT_TRANSLATE_NOOP("HolidayPanel", "Host country")),
    ("troika", QT_TRANSLATE_NOOP("HolidayPanel", "The troika")),
    ("all", QT_TRANSLATE_NOOP("HolidayPanel", "All Member States")),
    ("custom", QT_TRANSLATE_NOOP("HolidayPanel", "Custom set")),
    ("off", QT_TRANSLATE_NOOP("HolidayPanel", "No holidays")),
)
DEFAULT_HOST = "KZ"  # the Secretariat's seat


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class MarkChoice(NamedTuple):
    """What the views mark: ``kind`` is one of MODES' keys; ``codes`` for a custom set."""

    kind: str = "host"
    host: str = DEFAULT_HOST
    codes: tuple[str, ...] = ()

    def country_set(self) -> CountrySet:
        return CountrySet("custom", self.codes) if self.kind == "custom" else CountrySet(self.kind)

    def to_values(self) -> list[str]:
        return [self.kind, self.host, *self.codes]

    @classmethod
    def from_values(cls, values: list[str]) -> MarkChoice:
        if not values or values[0] not in dict(MODES):
            return cls()
        return cls(values[0], values[1] if len(values) > 1 and values[1] else DEFAULT_HOST, tuple(values[2:]))


class HolidayPanel(QWidget):
    """Choose the marked countries (host, troika, all, a custom set or none) and the host.

    Its page of the sidebar is hidden at the start, so its fields are made when it is first
    shown (or first looked at: ``mode_combo``, ``host_combo``, ``custom_edit``, ``note_label``);
    until then it keeps the choice and the note it is given and answers ``choice()`` with them.

    Signals:
        changed(): the choice changed (a custom set only once its codes are valid).
    """

    changed = Signal()

    def __init__(self, members: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holiday_panel")
        self._members = members
        self._fields: _Fields | None = None
        self._pending_choice = MarkChoice()
        self._pending_note: str | None = None  # None: no note given yet (the label shows, empty)

    @property
    def mode_combo(self) -> QComboBox:
        return self._built().mode_combo

    @property
    def host_combo(self) -> QComboBox:
        return self._built().host_combo

    @property
    def custom_edit(self) -> QLineEdit:
        return self._built().custom_edit

    @property
    def note_label(self) -> QLabel:
        return self._built().note_label

    def is_built(self) -> bool:
        """Whether its fields have been made (the page was shown or its fields looked at)."""
        return self._fields is not None

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self._built()
        super().showEvent(event)

    def _built(self) -> _Fields:
        if self._fields is None:
            self._fields = self._make_fields()
        return self._fields

    def _make_fields(self) -> _Fields:
        # Imported here: PySide builds a Qt class's enumerations when Python first touches it.
        from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

        mode_combo = QComboBox(self)
        mode_combo.setObjectName("holiday_mode_combo")
        for key, label in MODES:
            mode_combo.addItem(self.tr(str(label)), key)
        host_combo = QComboBox(self)
        host_combo.setObjectName("holiday_host_combo")
        names = {code: country_name(code, name) for code, name in self._members.items()}
        collator = QCollator(ui_locale())
        for code, name in sorted(names.items(), key=lambda item: collator.sortKey(item[1])):
            host_combo.addItem(f"{name} ({code})", code)
        for combo in (mode_combo, host_combo):
            # The sidebar is narrow: long country names must not widen it (they show in the popup).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        custom_edit = QLineEdit(self)
        custom_edit.setObjectName("holiday_custom_edit")
        custom_edit.setPlaceholderText("KZ, AZ, CN …")
        custom_edit.setToolTip(self.tr("ISO codes of the countries whose holidays to mark, separated by commas"))
        note_label = QLabel(self)
        note_label.setObjectName("holiday_note")
        note_label.setWordWrap(True)
        note_label.setProperty("muted", True)
        note_label.setStyleSheet("color: #5f6b7a;")
        form = QFormLayout(self)
        form.setContentsMargins(4, 4, 4, 4)
        form.addRow(self.tr("Mark:", "whose holidays to mark"), mode_combo)
        form.addRow(self.tr("Host:"), host_combo)
        form.addRow(self.tr("Countries:"), custom_edit)
        form.addRow(note_label)
        fields = _Fields(mode_combo, host_combo, custom_edit, note_label, form)
        self._fields = fields
        if self.isVisible():  # children made after their parent was shown stay hidden unless told
            for made in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                made.show()
        self.set_choice(self._pending_choice)
        if self._pending_note is not None:
            self.set_note(self._pending_note)
        mode_combo.currentIndexChanged.connect(self._on_changed)
        host_combo.currentIndexChanged.connect(self._on_changed)
        custom_edit.editingFinished.connect(self._on_changed)
        return fields

    def choice(self) -> MarkChoice:
        if self._fields is None:
            return self._pending_choice
        kind = self.mode_combo.currentData()
        codes: tuple[str, ...] = ()
        if kind == "custom":
            try:
                codes = CountrySet.parse(self.custom_edit.text()).codes
            except ValidationError:
                codes = ()
        return MarkChoice(kind, self.host_combo.currentData() or DEFAULT_HOST, codes)

    def set_choice(self, choice: MarkChoice) -> None:
        if self._fields is None:
            self._pending_choice = choice
            return
        for combo, value in ((self.mode_combo, choice.kind), (self.host_combo, choice.host)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.custom_edit.setText(", ".join(choice.codes))
        self._show_custom()

    def set_note(self, text: str) -> None:
        """Say what the holiday data cannot tell (a country or year missing), or nothing."""
        text = "\n".join(line[:1].upper() + line[1:] for line in text.splitlines())
        if self._fields is None:
            self._pending_note = text
            return
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def _show_custom(self) -> None:
        custom = self.mode_combo.currentData() == "custom"
        self._built().form.setRowVisible(self.custom_edit, custom)

    def _on_changed(self) -> None:
        self._show_custom()
        if self.mode_combo.currentData() == "custom" and self.custom_edit.text().strip():
            try:
                CountrySet.parse(self.custom_edit.text())
            except ValidationError as error:
                self.set_note(str(error))
                return
        self.changed.emit()


class _Fields:
    """The panel's fields, made when it is first shown (a plain class: a dataclass costs the start)."""

    __slots__ = ("mode_combo", "host_combo", "custom_edit", "note_label", "form")

    def __init__(self, mode_combo: QComboBox, host_combo: QComboBox, custom_edit: QLineEdit, note_label: QLabel,
                 form: QFormLayout) -> None:
        self.mode_combo = mode_combo
        self.host_combo = host_combo
        self.custom_edit = custom_edit
        self.note_label = note_label
        self.form = form
