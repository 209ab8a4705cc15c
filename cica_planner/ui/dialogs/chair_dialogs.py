"""Add or edit an entry of the chairmanship register: a CICA chairmanship term, or the chair of a body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cica_planner.domain.chairmanship import BodyChair, ChairTerm, check_no_overlap
from cica_planner.domain.clock import system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country
from cica_planner.i18n.terms import country_name
from cica_planner.ui.dialogs.common import ValidatingDialog, run_for_value, show_beginning
from cica_planner.ui.dialogs.event_fields import local_date
from cica_planner.ui.qt_dates import to_date
from cica_planner.ui.style import MUTED_TEXT

DATE_FORMAT = "d MMM yyyy"
ERROR_STYLE = "color: #c62828;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setMinimumWidth(130)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a date box with a check box that blanks it ("open", "not recorded")."""

    def __init__(self, name: str, day: date | None, default: date, blank_text: str, *, blank_when_checked: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blank_when_checked = blank_when_checked
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = _date_edit(self, f"{name}_edit", day or default)
        self.check = QCheckBox(blank_text, self)
        self.check.setObjectName(f"{name}_check")
        self.check.setChecked((day is None) == blank_when_checked)
        row.addWidget(self.date_edit)
        row.addWidget(self.check)
        row.addStretch(1)
        self.check.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.date_edit.setEnabled(not self.is_blank())

    def is_blank(self) -> bool:
        """Whether no date is given."""
        return self.check.isChecked() == self.blank_when_checked

    def set_value(self, day: date | None) -> None:
        """Show ``day``, or no date for None."""
        if day is not None:
            self.date_edit.setDate(_qdate(day))
        self.check.setChecked((day is None) == self.blank_when_checked)

    def value(self) -> date | None:
        """The date given, or None."""
        return None if self.is_blank() else to_date(self.date_edit.date())


def _country_combo(parent: QWidget, countries: Sequence[Country], current: str, *, allow_none: bool) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("country_combo")
    if allow_none:
        combo.addItem(QCoreApplication.translate("ChairTermDialog", "— none —"), "")
    for country in countries:
        combo.addItem(f"{country_name(country.code, country.name)} ({country.code})", country.code)
    if current and combo.findData(current.upper()) < 0:
        combo.addItem(current.upper(), current.upper())  # a code no longer listed stays as it was
    combo.setCurrentIndex(max(0, combo.findData(current.upper())) if current else 0)
    return combo


def _text_box(parent: QWidget, name: str, text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def open_term_before(others: Sequence[ChairTerm], term: ChairTerm) -> ChairTerm | None:
    """The open term that ``term`` follows (started earlier, no end yet), which the new term closes; else None."""
    earlier = [t for t in others if t.ends is None and t.starts < term.starts and t.id != term.id]
    return max(earlier, key=lambda t: t.starts) if earlier else None


def with_open_term_closed(others: Sequence[ChairTerm], term: ChairTerm) -> list[ChairTerm]:
    """``others`` with the open term before ``term`` ending on ``term``'s first day (the handover)."""
    closing = open_term_before(others, term)
    return [replace(t, ends=term.starts) if t is closing else t for t in others]


class _RegisterDialog(ValidatingDialog):
    """The parts both register dialogs share: a form, an inline error line and OK/Cancel."""

    def _finish(self, form: QFormLayout) -> None:
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class ChairTermDialog(_RegisterDialog):
    """Add or edit a chairmanship term; ``value()`` returns the term or raises ValidationError.

    Args:
        initial: the term to edit, or None for a new one.
        countries: the Member States that can chair CICA.
        parent: the parent widget.
        others: the other terms of the register; a term overlapping one of them is refused here
            with the service's own message, before anything is written.
        default_start: the first day proposed for a new term.
    """

    def __init__(self, initial: ChairTerm | None, countries: Sequence[Country], parent: QWidget | None = None, *,
                 others: Sequence[ChairTerm] = (), default_start: date | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.initial = initial or ChairTerm(country="", starts=default_start or today or system_clock().today())
        self.others = [t for t in others if initial is None or t.id != initial.id]
        self._names = {c.code: c.name for c in countries}
        term = self.initial
        self.setWindowTitle(self.tr("Edit chairmanship term") if initial is not None else self.tr("Add chairmanship term"))
        self.setObjectName("chair_term_dialog")
        self.setMinimumWidth(640)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.country_combo = _country_combo(self, countries, term.country, allow_none=initial is None)
        if initial is None:
            self.country_combo.setItemText(0, self.tr("— choose a Member State —"))
        form.addRow(self.tr("&Chair:"), self.country_combo)

        self.starts_edit = _date_edit(self, "starts_edit", term.starts)
        self.starts_edit.setToolTip(self.tr("The handover day: the new chair presides from this day"))
        form.addRow(self.tr("&From:"), self.starts_edit)
        self.ends = OptionalDate("ends", term.ends, term.starts + timedelta(days=730), self.tr("open (not handed on yet)"),
                                 blank_when_checked=True, parent=self)
        self.ends.setToolTip(self.tr("The day the chair is handed on (the next chair presides from it)"))
        form.addRow(self.tr("&To:"), self.ends)
        self.decided = OptionalDate("decided", term.decided_on, term.starts, self.tr("recorded", "a date is recorded"),
                                    blank_when_checked=False,
                                    parent=self)
        self.decided.setToolTip(self.tr("Without a date, the chairmanship counts as decided from its first day"))
        form.addRow(self.tr("&Decided on:"), self.decided)

        self.decided_how_edit = _text_box(self, "decided_how_edit", term.decided_how, 2)
        self.decided_how_edit.setPlaceholderText(self.tr("e.g. Ministerial Council by silence procedure on the SOC's recommendation"))
        form.addRow(self.tr("Decided &how:"), self.decided_how_edit)
        self.opened_by_edit = QLineEdit(term.opened_by, self)
        self.opened_by_edit.setObjectName("opened_by_edit")
        self.opened_by_edit.setPlaceholderText(self.tr("the meeting that handed over the chair"))
        form.addRow(self.tr("&Opened by:"), self.opened_by_edit)
        self.closed_by_edit = QLineEdit(term.closed_by, self)
        self.closed_by_edit.setObjectName("closed_by_edit")
        self.closed_by_edit.setPlaceholderText(self.tr("the meeting that hands the chair on"))
        form.addRow(self.tr("C&losed by:"), self.closed_by_edit)
        self.theme_edit = QLineEdit(term.theme, self)
        self.theme_edit.setObjectName("theme_edit")
        form.addRow(self.tr("T&heme:"), self.theme_edit)
        self.priorities_edit = _text_box(self, "priorities_edit", "\n".join(term.priorities), 4)
        self.priorities_edit.setPlaceholderText(self.tr("one priority per line"))
        form.addRow(self.tr("&Priorities:"), self.priorities_edit)
        show_beginning(self.opened_by_edit, self.closed_by_edit, self.theme_edit)
        self.closing_label = QLabel("", self)
        self.closing_label.setObjectName("closing_label")
        self.closing_label.setWordWrap(True)
        self.closing_label.setStyleSheet(f"color: {MUTED_TEXT};")
        form.addRow(self.closing_label)
        self._finish(form)
        self.starts_edit.dateChanged.connect(self._update_closing)
        self._update_closing()

    def closes(self) -> ChairTerm | None:
        """The open term a new term follows, which saving it closes on its first day (None when editing)."""
        if self.initial.id is not None:
            return None
        return open_term_before(self.others, replace(self.initial, starts=to_date(self.starts_edit.date())))

    def _update_closing(self) -> None:
        closing = self.closes()
        starts = to_date(self.starts_edit.date())
        self.closing_label.setText(
            self.tr("The open term of {chair} (since {since}) will end on {day}, the handover day.").format(
                chair=closing.label, since=local_date(closing.starts, DATE_FORMAT), day=local_date(starts, DATE_FORMAT))
            if closing else ""
        )
        self.closing_label.setVisible(closing is not None)

    def value(self) -> ChairTerm:
        """The term as entered; raises ValidationError when it is inconsistent or overlaps another term."""
        code = self.country_combo.currentData() or ""
        priorities = tuple(line.strip() for line in self.priorities_edit.toPlainText().splitlines() if line.strip())
        term = replace(
            self.initial,
            country=code,
            name=self._names.get(code, code),
            starts=to_date(self.starts_edit.date()),
            ends=self.ends.value(),
            decided_on=self.decided.value(),
            decided_how=" ".join(self.decided_how_edit.toPlainText().split()),
            opened_by=self.opened_by_edit.text().strip(),
            closed_by=self.closed_by_edit.text().strip(),
            theme=self.theme_edit.text().strip(),
            priorities=priorities,
        )
        if not code:
            raise ValidationError(self.tr("choose the Member State that chairs"))
        others = self.others
        closing = self.closes()
        if closing is not None:
            replace(closing, ends=term.starts).validate()
            others = with_open_term_closed(others, term)
        check_no_overlap(others, term)  # validates the term on its own first
        return term

    @classmethod
    def get_term(cls, parent: QWidget | None, initial: ChairTerm | None, countries: Sequence[Country], *,
                 others: Sequence[ChairTerm] = (), default_start: date | None = None) -> ChairTerm | None:
        """Show the dialog; return the term entered, or None when cancelled."""
        return run_for_value(cls(initial, countries, parent, others=others, default_start=default_start))


class BodyChairDialog(_RegisterDialog):
    """Add or edit who chairs an advisory or working body; ``value()`` returns it or raises ValidationError.

    Args:
        initial: the record to edit, or None for a new one.
        bodies: the bodies that can be chosen, as (code, name).
        countries: the countries a holder can belong to (a holder may belong to none).
        parent: the parent widget.
    """

    def __init__(self, initial: BodyChair | None, bodies: Sequence[tuple[str, str]], countries: Sequence[Country],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.initial = initial or BodyChair(body_code="", holder="")
        chair = self.initial
        self._body_names = dict(bodies)
        self.setWindowTitle(self.tr("Edit body chair") if initial is not None else self.tr("Add body chair"))
        self.setObjectName("body_chair_dialog")
        self.setMinimumWidth(600)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.body_combo = QComboBox(self)
        self.body_combo.setObjectName("body_combo")
        if initial is None:
            self.body_combo.addItem(self.tr("— choose a body —"), "")
        for code, name in bodies:
            self.body_combo.addItem(name, code)
        if chair.body_code and self.body_combo.findData(chair.body_code) < 0:
            self.body_combo.addItem(chair.body_name or chair.body_code, chair.body_code)
        self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(chair.body_code)))
        form.addRow(self.tr("&Body:"), self.body_combo)
        self.holder_edit = QLineEdit(chair.holder, self)
        self.holder_edit.setObjectName("holder_edit")
        self.holder_edit.setPlaceholderText(self.tr("a person, a ministry or an institute"))
        show_beginning(self.holder_edit)
        form.addRow(self.tr("C&haired by:"), self.holder_edit)
        self.country_combo = _country_combo(self, countries, chair.country, allow_none=True)
        form.addRow(self.tr("&Country:"), self.country_combo)
        today = today or system_clock().today()
        self.starts = OptionalDate("starts", chair.starts, chair.ends or today, self.tr("recorded", "a date is recorded"),
                                   blank_when_checked=False, parent=self)
        form.addRow(self.tr("&From:"), self.starts)
        self.ends = OptionalDate("ends", chair.ends, chair.starts or today, self.tr("open", "no end yet"),
                                 blank_when_checked=True, parent=self)
        form.addRow(self.tr("&To:"), self.ends)
        self.note_edit = _text_box(self, "note_edit", chair.note, 4)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self._finish(form)

    def value(self) -> BodyChair:
        """The record as entered; raises ValidationError when it is inconsistent."""
        code = self.body_combo.currentData() or ""
        chair = replace(
            self.initial,
            body_code=code,
            body_name=self._body_names.get(code, self.initial.body_name or code),
            holder=self.holder_edit.text().strip(),
            country=self.country_combo.currentData() or "",
            starts=self.starts.value(),
            ends=self.ends.value(),
            note=self.note_edit.toPlainText().strip(),
        )
        chair.validate()
        return chair

    @classmethod
    def get_chair(cls, parent: QWidget | None, initial: BodyChair | None, bodies: Sequence[tuple[str, str]],
                  countries: Sequence[Country]) -> BodyChair | None:
        """Show the dialog; return the record entered, or None when cancelled."""
        return run_for_value(cls(initial, bodies, countries, parent))
