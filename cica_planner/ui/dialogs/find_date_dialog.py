"""Find a date: rank start dates for a meeting and take one — a new event, or the selected one moved.

``value()`` gives back a :class:`DateChoice` (the days, and the title or the reason for the move);
the main window turns it into an undoable create or move. Searching runs at once when the dialog
opens and whenever a field changes, so the ranking is always the one the fields describe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.domain.model import Category, Country, Event, Precision
from cica_planner.i18n.language import current_language
from cica_planner.i18n.terms import category_label
from cica_planner.i18n.terms import country_name as terms_country_name
from cica_planner.services.scheduling.conflicts import Assessment, Conflict
from cica_planner.services.scheduling.holiday_calendar import country_name
from cica_planner.services.scheduling.placing import event_days, meeting_length
from cica_planner.services.scheduling.service import DEFAULT_MIN_GAP, MAX_MIN_GAP, CountrySet, SchedulingService
from cica_planner.services.scheduling.warnings import ScheduleWarning, warning_lines
from cica_planner.ui.dialogs.common import ValidatingDialog, keep_contents_whole, run_for_value, show_beginning
from cica_planner.ui.dialogs.event_fields import local_date
from cica_planner.ui.dialogs.problems import translated_problem
from cica_planner.ui.dialogs.schedule_words import ScheduleWords
from cica_planner.ui.qt_dates import to_date

SHOWN = 40
COUNTRY_SETS = (("all", str(QT_TRANSLATE_NOOP("FindDateDialog", "All Member States"))),
                ("troika", str(QT_TRANSLATE_NOOP("FindDateDialog", "The troika"))),
                ("host", str(QT_TRANSLATE_NOOP("FindDateDialog", "Host country only"))),
                ("custom", str(QT_TRANSLATE_NOOP("FindDateDialog", "Custom set"))))
ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5f6b7a;"


@dataclass(frozen=True)
class DateChoice:
    first: date
    last: date
    title: str = ""  # a new event's title
    category: Category = Category.SOC
    host: str = ""
    reason: str = ""  # why an existing event moves


class FindDateDialog(ValidatingDialog):
    """Rank dates and choose one. ``event`` given: its move; otherwise a new meeting.

    ``for_editor``: the event editor asked; ``event`` (perhaps unsaved) only fills in the fields
    and the chosen days go back to the editor.
    """

    def __init__(self, service: SchedulingService, countries: list[Country], *, today: date,
                 event: Event | None = None, start: date | None = None, for_editor: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.for_editor = for_editor  # the editor takes the days; it creates or moves nothing itself
        self.moving = event if event is not None and (event.uid or not for_editor) else None
        self.today = today
        self._candidates: list[Assessment] = []
        self.words = ScheduleWords(self)
        self.setWindowTitle(self.tr("Find a Date — {title}").format(title=event.title) if event and event.title.strip()
                            else self.tr("Find a Date"))
        self.setMinimumSize(760, 520)
        members = sorted((c for c in countries if c.status == "member"), key=lambda c: c.name)

        self.category_combo = QComboBox(self)
        for category in Category:
            self.category_combo.addItem(category_label(category), category.value)
        self.host_combo = QComboBox(self)
        for country in members:
            self.host_combo.addItem(f"{terms_country_name(country.code, country.name)} ({country.code})", country.code)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 31)
        self.from_edit = _date_edit(self)
        self.to_edit = _date_edit(self)
        self.countries_combo = QComboBox(self)
        for key, label in COUNTRY_SETS:
            self.countries_combo.addItem(QCoreApplication.translate("FindDateDialog", label), key)
        self.custom_edit = QLineEdit(self)
        self.custom_edit.setPlaceholderText("KZ, AZ, CN …")
        self.gap_spin = QSpinBox(self)
        self.gap_spin.setRange(0, MAX_MIN_GAP)
        self.gap_spin.setValue(DEFAULT_MIN_GAP)
        self.title_edit = QLineEdit(self)
        self.reason_edit = QLineEdit(self)
        self.results = QTreeWidget(self)
        self.results.setObjectName("date_results")
        self.results.setHeaderLabels([self.tr("Dates"), self.tr("Score"), self.tr("What they hit")])
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        self.results.setColumnWidth(0, 220)
        self.results.setColumnWidth(1, 56)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use These Dates") if for_editor else
                               self.tr("Reschedule to These Dates") if event else self.tr("Create Event on These Dates"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.category_combo, 1)
        row.addWidget(QLabel(self.tr("in", "a meeting in a country"), self))
        row.addWidget(self.host_combo, 1)
        row.addWidget(self.days_spin)
        form.addRow(_buddy(self.tr("&Meeting:"), self.category_combo), row)
        span = QHBoxLayout()
        span.addWidget(self.from_edit)
        span.addWidget(QLabel(self.tr("to", "from one day to another"), self))
        span.addWidget(self.to_edit)
        span.addStretch(1)
        form.addRow(_buddy(self.tr("&Between:"), self.from_edit), span)
        who = QHBoxLayout()
        who.addWidget(self.countries_combo)
        who.addWidget(self.custom_edit, 1)
        form.addRow(_buddy(self.tr("&Holidays of:"), self.countries_combo), who)
        form.addRow(self.tr("Keep &away from other meetings by:"), self.gap_spin)
        if for_editor:  # the editor has its own title and reason fields
            self.title_edit.hide()
            self.reason_edit.hide()
        elif event is None:
            form.addRow(self.tr("&Title:"), self.title_edit)
            self.reason_edit.hide()
        else:
            form.addRow(self.tr("&Reason for the move:"), self.reason_edit)
            self.title_edit.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.days_spin.valueChanged.connect(self._update_suffixes)
        self.gap_spin.valueChanged.connect(self._update_suffixes)
        self._update_suffixes()
        self._load(event, start or today)
        for signal in (self.category_combo.currentIndexChanged, self.host_combo.currentIndexChanged,
                       self.days_spin.valueChanged, self.from_edit.dateChanged, self.to_edit.dateChanged,
                       self.countries_combo.currentIndexChanged, self.gap_spin.valueChanged,
                       self.custom_edit.editingFinished):
            signal.connect(self.search)
        self.countries_combo.currentIndexChanged.connect(self._show_custom)
        self.results.itemDoubleClicked.connect(lambda *_: self.accept())
        self._show_custom()
        self.search()
        keep_contents_whole(self)

    # -- fields --

    def _update_suffixes(self) -> None:
        """The units after the numbers, in the plural form each number needs."""
        self.days_spin.setSuffix(self.tr(" day(s)", "", self.days_spin.value()))
        self.gap_spin.setSuffix(self.tr(" day(s)", "", self.gap_spin.value()))

    def _load(self, event: Event | None, start: date) -> None:
        category = event.category if event else Category.SOC
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        host = (event.country if event else "") or "KZ"
        index = self.host_combo.findData(host)
        self.host_combo.setCurrentIndex(max(index, 0))
        self.days_spin.setValue(meeting_length(event) if event else 2)
        first = max(start, self.today)
        if event is not None and event.precision is Precision.DAY:
            first = max(event_days(event)[0] - timedelta(days=30), self.today)
        elif event is not None and event.precision is not Precision.UNDATED:
            first = max(event_days(event)[0], self.today)  # from the month or quarter it is known to
        _set(self.from_edit, first)
        _set(self.to_edit, first + timedelta(days=90))
        self.title_edit.setText(self.tr("{category} meeting").format(category=category_label(category)))
        self.reason_edit.setText(self.tr("Date chosen with Find a Date (fewer clashes with holidays and meetings)"))
        show_beginning(self.title_edit, self.reason_edit)

    def _show_custom(self) -> None:
        self.custom_edit.setVisible(self.countries_combo.currentData() == "custom")

    def country_set(self) -> CountrySet:
        key = self.countries_combo.currentData()
        return CountrySet.parse(self.custom_edit.text()) if key == "custom" else CountrySet(key)

    # -- searching --

    def search(self) -> None:
        """Rank the dates the fields describe; a bad field is said in one line, nothing is lost."""
        self.results.clear()
        self._candidates = []
        try:
            result = self.service.suggest(
                category=Category(self.category_combo.currentData()), host=self.host_combo.currentData() or "",
                days=self.days_spin.value(), first=to_date(self.from_edit.date()),
                last=to_date(self.to_edit.date()), countries=self.country_set(), min_gap=self.gap_spin.value(),
                today=self.today, exclude_uid=self.moving.uid if self.moving else None)
        except (PlannerError, ValueError) as error:
            text = translated_problem(str(error))
            self.show_error(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
            self.note_label.clear()
            return
        self.error_label.hide()
        self._candidates = result.candidates[:SHOWN]
        for candidate in self._candidates:
            lines = self.warning_lines(candidate)
            item = QTreeWidgetItem([_span(candidate.first, candidate.last), str(candidate.score),
                                    "; ".join(line.text for line in lines) or self.tr("nothing against these dates")])
            item.setToolTip(2, "\n".join(line.text for line in lines))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for conflict in candidate.conflicts:  # every conflict, as suggest --json lists them
                child = QTreeWidgetItem([local_date(conflict.day, "ddd dd MMM yyyy"), str(conflict.points) if conflict.points else "",
                                         self.conflict_text(conflict)])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
            self.results.addTopLevelItem(item)
        if self._candidates:  # the first row exists; PySide6's stubs declare topLevelItem() optional
            self.results.setCurrentItem(self.results.topLevelItem(0))  # pyright: ignore[reportArgumentType]
        notes = [note[:1].upper() + note[1:] for note in result.notes]
        if not result.candidates:
            notes.insert(0, self.tr("No possible date: every start falls on a holiday or a weekend of the host."))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))

    def warning_lines(self, candidate: Assessment) -> list[ScheduleWarning]:
        """What the dates hit: the service's lines in English (as ``suggest`` prints them), else worded here."""
        return warning_lines(candidate) if current_language() == "en" else self.words.lines(candidate)

    def conflict_text(self, conflict: Conflict) -> str:
        return _conflict_text(conflict) if current_language() == "en" else self.words.conflict_text(conflict)

    def candidates(self) -> list[Assessment]:
        return list(self._candidates)

    def select(self, row: int) -> None:
        # PySide6's stubs refuse None, which Qt takes as "no current item" (a row past the end).
        self.results.setCurrentItem(self.results.topLevelItem(row))  # pyright: ignore[reportArgumentType]

    # -- result --

    def value(self) -> DateChoice:
        item = self.results.currentItem()
        while item is not None and item.parent() is not None:  # a conflict line chooses its dates
            item = item.parent()
        row = self.results.indexOfTopLevelItem(item) if item is not None else -1
        if not 0 <= row < len(self._candidates):
            raise ValidationError(self.tr("Choose one of the dates in the list."))
        chosen = self._candidates[row]
        if self.for_editor:
            pass
        elif self.moving is None and not self.title_edit.text().strip():
            raise ValidationError(self.tr("Enter a title for the new event."))
        elif self.moving is not None and not self.reason_edit.text().strip():
            raise ValidationError(self.tr("Give a reason for the move; it is kept in the event's history."))
        return DateChoice(chosen.first, chosen.last, self.title_edit.text().strip(),
                          Category(self.category_combo.currentData()), self.host_combo.currentData() or "",
                          self.reason_edit.text().strip())

    @classmethod
    def get_choice(cls, parent: QWidget | None, service: SchedulingService, countries: list[Country],
                   **options: Any) -> DateChoice | None:
        return run_for_value(cls(service, countries, parent=parent, **options))


def _conflict_text(conflict: Conflict) -> str:
    """'Iran: Islamic Republic Day (holiday)', 'Qatar: weekend (Fri–Sat)', 'Ramadan 1448 AH'."""
    where = f"{country_name(conflict.country)}: " if conflict.country else ""
    kind = conflict.kind.value.replace("-", " ")
    return f"{where}{conflict.name}" + ("" if kind in conflict.name.lower() else f" ({kind})")


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    return label


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def _set(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _span(first: date, last: date) -> str:
    full = "ddd dd MMM yyyy"
    if first == last:
        return local_date(first, full)
    start = "ddd dd" if first.month == last.month else "ddd dd MMM"
    return f"{local_date(first, start)} – {local_date(last, full)}"
