"""The event editor's Repeat section: a preset or a custom RRULE, how it ends, and a preview of it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.recurrence import describe_rule
from cica_planner.i18n.language import current_language
from cica_planner.ui.dialogs.event_fields import EditorSection, buddy, date_edit, day_of, set_date
from cica_planner.ui.dialogs.rule_words import RuleWords

#: The presets offered, as (label, rule); the labels are translated where the combo is filled.
REPEAT_PRESETS: tuple[tuple[str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Does not repeat")), ""),
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Daily")), "FREQ=DAILY"),
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Weekly")), "FREQ=WEEKLY"),
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Monthly")), "FREQ=MONTHLY"),
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Yearly")), "FREQ=YEARLY"),
    (str(QT_TRANSLATE_NOOP("EventRepeatSection", "Custom rule")), "custom"),
)
REPEAT_NONE, REPEAT_CUSTOM = 0, len(REPEAT_PRESETS) - 1
END_NEVER, END_AFTER, END_UNTIL = 0, 1, 2


class EventRepeatSection(EditorSection):
    """The Repeat group of :class:`~cica_planner.ui.dialogs.event_dialog.EventDialog` (a mixin of it)."""

    all_day_check: QCheckBox

    def _build_repeat(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Repeat"), page)
        form = QFormLayout(box)
        self.repeat_combo = QComboBox(box)
        self.repeat_combo.setObjectName("repeat_combo")
        for label, rule in REPEAT_PRESETS:
            self.repeat_combo.addItem(QCoreApplication.translate("EventRepeatSection", label), rule)
        self.rrule_edit = QLineEdit(box)
        self.rrule_edit.setObjectName("rrule_edit")
        self.rrule_edit.setPlaceholderText(self.tr("RRULE, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3"))
        row = QHBoxLayout()
        row.addWidget(self.repeat_combo)
        row.addWidget(self.rrule_edit, 1)
        form.addRow(buddy(self.tr("Re&peat:"), self.repeat_combo), row)
        self.repeat_end_combo = QComboBox(box)
        self.repeat_end_combo.setObjectName("repeat_end_combo")
        self.repeat_end_combo.addItems([self.tr("never", "a series ends"), self.tr("after", "a series ends after N times"),
                                        self.tr("until", "a series ends on a day")])
        self.count_spin = QSpinBox(box)
        self.count_spin.setObjectName("count_spin")
        self.count_spin.setRange(1, 999)
        self.until_date_edit: QDateEdit = date_edit(box, "until_date_edit")
        row = QHBoxLayout()
        row.addWidget(self.repeat_end_combo)
        row.addWidget(self.count_spin)
        row.addWidget(self.until_date_edit)
        row.addStretch(1)
        self.repeat_end_label = QLabel(self.tr("Ends:", "a series"), box)
        form.addRow(self.repeat_end_label, row)
        self.rule_preview_label = QLabel(box)
        self.rule_preview_label.setObjectName("rule_preview_label")
        self.rule_preview_label.setWordWrap(True)
        form.addRow(self.rule_preview_label)
        self.rule_words = RuleWords(box)
        self.count_spin.valueChanged.connect(self._update_count_suffix)
        self._update_count_suffix()
        return box

    def _update_count_suffix(self) -> None:
        """' times' after the count, in the plural form the number needs."""
        self.count_spin.setSuffix(self.tr(" time(s)", "", self.count_spin.value()))

    def _load_rule(self, rule: str, anchor: date) -> None:
        parts = rule_parts(rule)
        count = parts.pop("COUNT", None)
        until = parts.pop("UNTIL", None)
        base = ";".join(f"{key}={value}" for key, value in parts.items())
        preset = next((i for i, (_label, text) in enumerate(REPEAT_PRESETS) if text == base), REPEAT_CUSTOM)
        self.repeat_combo.setCurrentIndex(REPEAT_NONE if not base else preset)
        self.rrule_edit.setText(base)
        self.count_spin.setValue(int(count) if count and count.isdigit() else 3)
        until_day = parse_until(until) if until else None
        set_date(self.until_date_edit, until_day or date(anchor.year + 1, anchor.month, min(anchor.day, 28)))
        self.repeat_end_combo.setCurrentIndex(END_AFTER if count else END_UNTIL if until else END_NEVER)

    def _on_repeat_preset(self) -> None:
        index = self.repeat_combo.currentIndex()
        if index != REPEAT_CUSTOM:
            self.rrule_edit.setText(REPEAT_PRESETS[index][1])
        elif not self.rrule_edit.text().strip():
            self.rrule_edit.setText("FREQ=WEEKLY;INTERVAL=2")
        self._refresh_dependent()

    def _refresh_repeat(self) -> None:
        """Show the rule, its end and its preview only for a repeating event."""
        index = self.repeat_combo.currentIndex()
        repeats = index != REPEAT_NONE
        self.rrule_edit.setVisible(repeats)
        self.rrule_edit.setReadOnly(index != REPEAT_CUSTOM)
        self.repeat_end_label.setVisible(repeats)
        self.repeat_end_combo.setVisible(repeats)
        self.count_spin.setVisible(repeats and self.repeat_end_combo.currentIndex() == END_AFTER)
        self.until_date_edit.setVisible(repeats and self.repeat_end_combo.currentIndex() == END_UNTIL)
        self.rule_preview_label.setVisible(repeats)
        self.rule_preview_label.setText(self.rule_preview())

    def rule_text(self) -> str:
        """The RRULE the fields describe ('' when the event does not repeat)."""
        if self.repeat_combo.currentIndex() == REPEAT_NONE:
            return ""
        parts = rule_parts(self.rrule_edit.text())
        if not parts:
            return ""
        if "COUNT" not in parts and "UNTIL" not in parts:
            if self.repeat_end_combo.currentIndex() == END_AFTER:
                parts["COUNT"] = str(self.count_spin.value())
            elif self.repeat_end_combo.currentIndex() == END_UNTIL:
                until = day_of(self.until_date_edit)
                # RFC 5545: UNTIL is a date for all-day events and a UTC time otherwise.
                parts["UNTIL"] = f"{until:%Y%m%d}" if self.all_day_check.isChecked() else f"{until:%Y%m%d}T235959Z"
        return ";".join(f"{key}={value}" for key, value in parts.items())

    def rule_preview(self) -> str:
        rule = self.rule_text()
        if not rule:
            return ""
        try:
            start, _end = self._moments()
            text = describe_rule(rule, start)  # also checks the rule
            if current_language() != "en":  # English keeps the domain's own words, exact for every rule
                text = self.rule_words.describe(rule, start) or text
        except ValidationError as exc:
            return self.tr("Cannot read this rule: {problem}").format(problem=exc)
        return text[:1].upper() + text[1:]


def rule_parts(rule: str) -> dict[str, str]:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if "=" in piece:
            key, value = piece.split("=", 1)
            parts[key.strip().upper()] = value.strip()
        elif piece.strip():
            parts[piece.strip().upper()] = ""  # kept, so that parsing reports it
    return parts


def parse_until(text: str) -> date | None:
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except (ValueError, IndexError):
        return None
