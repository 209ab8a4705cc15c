"""Blackout periods: the days Find a Date and ``suggest`` avoid besides holidays and weekends.

A table of the list's entries. Fixed periods are edited in place (name, first and last day,
country, note, in use); a rule such as the UN General Assembly's high-level week shows the days it
gives this year and keeps its rule. ``value()`` returns the entries, checked; the caller saves them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.errors import ValidationError
from cica_planner.services.scheduling.blackouts import BlackoutEntry
from cica_planner.ui.dialogs.common import ValidatingDialog, run_for_value
from cica_planner.ui.qt_items import table_item

COLUMNS = (str(QT_TRANSLATE_NOOP("BlackoutDialog", "In use")), str(QT_TRANSLATE_NOOP("BlackoutDialog", "Name")),
           str(QT_TRANSLATE_NOOP("BlackoutDialog", "First day")), str(QT_TRANSLATE_NOOP("BlackoutDialog", "Last day")),
           str(QT_TRANSLATE_NOOP("BlackoutDialog", "Country")), str(QT_TRANSLATE_NOOP("BlackoutDialog", "Note")))
USE, NAME, FIRST, LAST, COUNTRY, NOTE = range(len(COLUMNS))
ERROR_STYLE = "color: #b3261e;"


class BlackoutDialog(ValidatingDialog):
    """Edit the blackout list; ``today`` decides which year a rule's days are shown for."""

    def __init__(self, entries: list[BlackoutEntry], *, today: date, path_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._rules: dict[int, BlackoutEntry] = {}
        self.setWindowTitle(self.tr("Blackout Periods"))
        self.setMinimumSize(820, 380)
        intro = QLabel(self.tr("Periods that Find a Date and <i>suggest</i> keep meetings away from. "
                               "Days are inclusive (YYYY-MM-DD); the country is an ISO code, or empty for all."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("blackout_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BlackoutDialog", text) for text in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((USE, 56), (FIRST, 96), (LAST, 96), (COUNTRY, 64)):
            # Russian headers are longer: a column is never narrower than its header.
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.add_button = QPushButton(self.tr("&Add Period"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(lambda: self.add_period())
        self.remove_button.clicked.connect(self.remove_selected)
        self.path_label = QLabel(path_text, self)
        self.path_label.setStyleSheet("color: #5f6b7a;")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.path_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for entry in entries:
            self._append(entry)

    # -- rows --

    def _append(self, entry: BlackoutEntry) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        use = QTableWidgetItem()
        use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        use.setCheckState(Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked)
        self.table.setItem(row, USE, use)
        self.table.setItem(row, NAME, QTableWidgetItem(entry.name))
        if entry.rule:
            self._rules[id(use)] = entry
            shown = entry.periods(self.today.year)
            first, last = (shown[0].first.isoformat(), shown[0].last.isoformat()) if shown else ("", "")
            for column, text in ((FIRST, first), (LAST, last)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(self.tr("Every year, by rule ({rule}); the days of {year} are shown").format(
                    rule=entry.rule, year=self.today.year))
                self.table.setItem(row, column, item)
        else:
            self.table.setItem(row, FIRST, QTableWidgetItem(entry.first.isoformat() if entry.first else ""))
            self.table.setItem(row, LAST, QTableWidgetItem(entry.last.isoformat() if entry.last else ""))
        self.table.setItem(row, COUNTRY, QTableWidgetItem(entry.country))
        note = QTableWidgetItem(entry.note)
        note.setToolTip(entry.note)
        self.table.setItem(row, NOTE, note)
        return row

    def add_period(self, name: str = "", first: date | None = None, last: date | None = None) -> int:
        """Add a fixed period (default: today only) and start editing its name."""
        day = first or self.today
        name = name or self.tr("New period")
        row = self._append(BlackoutEntry(name=name, first=day, last=last or day))
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(table_item(self.table, row, NAME))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self._rules.pop(id(self.table.item(row, USE)), None)
            self.table.removeRow(row)

    def set_cell(self, row: int, column: int, text: str) -> None:
        table_item(self.table, row, column).setText(text)

    # -- result --

    def value(self) -> list[BlackoutEntry]:
        entries = []
        for row in range(self.table.rowCount()):
            text = [table_item(self.table, row, column).text().strip() for column in range(len(COLUMNS))]
            enabled = table_item(self.table, row, USE).checkState() == Qt.CheckState.Checked
            name = text[NAME]
            if not name:
                raise ValidationError(self.tr("Row {row}: every period needs a name.").format(row=row + 1))
            country = text[COUNTRY].upper()
            if country and (len(country) != 2 or not country.isalpha()):
                raise ValidationError(self.tr("Row {row} ({name}): write the country as an ISO code such as KZ, or leave it empty.")
                                      .format(row=row + 1, name=name))
            rule = self._rules.get(id(self.table.item(row, USE)))
            if rule is not None:
                entries.append(BlackoutEntry(name, rule=rule.rule, days_before=rule.days_before,
                                             days_after=rule.days_after, country=country, note=text[NOTE],
                                             enabled=enabled))
                continue
            try:
                first = date.fromisoformat(text[FIRST])
                last = date.fromisoformat(text[LAST] or text[FIRST])
            except ValueError:
                raise ValidationError(self.tr("Row {row} ({name}): write the days as YYYY-MM-DD.").format(row=row + 1, name=name)) from None
            if last < first:
                raise ValidationError(self.tr("Row {row} ({name}): the last day comes before the first.").format(row=row + 1, name=name))
            entries.append(BlackoutEntry(name, first=first, last=last, country=country, note=text[NOTE], enabled=enabled))
        return entries

    @classmethod
    def get_entries(cls, parent: QWidget | None, entries: list[BlackoutEntry], **options: Any) -> list[BlackoutEntry] | None:
        return run_for_value(cls(entries, parent=parent, **options))
