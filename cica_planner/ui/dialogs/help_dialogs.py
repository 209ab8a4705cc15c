"""First-run welcome, keyboard sheet, Getting started and About: what a newcomer needs inside the app.

The dialogs take their text in and give a choice back (``WelcomeDialog.value``); the window
decides what to do with it. The keyboard sheet is the README's table (a test keeps them equal).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

APP_TITLE = "CICA Planner"

#: The keyboard sheet: keys and what they do (the README's "Keyboard" table, row for row).
KEYBOARD_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", str(QT_TRANSLATE_NOOP("KeyboardDialog", "new event"))),
    ("Ctrl+E / Enter", str(QT_TRANSLATE_NOOP("KeyboardDialog", "open the selected event"))),
    ("Ctrl+R", str(QT_TRANSLATE_NOOP("KeyboardDialog", "reschedule the selected event (asks for the reason)"))),
    ("Delete", str(QT_TRANSLATE_NOOP("KeyboardDialog", "delete (a recurring event asks: this occurrence, this and following, or all)"))),
    ("Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)", str(QT_TRANSLATE_NOOP("KeyboardDialog", "undo / redo every change"))),
    ("Ctrl+F", str(QT_TRANSLATE_NOOP("KeyboardDialog", "search titles, places, countries and bodies (Esc clears)"))),
    ("T", str(QT_TRANSLATE_NOOP("KeyboardDialog", "today"))),
    ("PageUp / PageDown, Alt+← / Alt+→", str(QT_TRANSLATE_NOOP("KeyboardDialog", "previous / next month, week, day or year"))),
    ("arrows", str(QT_TRANSLATE_NOOP("KeyboardDialog", "move the selected day"))),
    ("Ctrl+G", str(QT_TRANSLATE_NOOP("KeyboardDialog", "go to a date"))),
    ("Ctrl+1 … Ctrl+8", str(QT_TRANSLATE_NOOP("KeyboardDialog", "month, week, day, agenda, year, chairmanship, checklists, dashboard"))),
    ("Ctrl+I / Ctrl+Shift+E", str(QT_TRANSLATE_NOOP("KeyboardDialog", "import / export iCalendar"))),
    ("Ctrl+P", str(QT_TRANSLATE_NOOP("KeyboardDialog", "print the current month, week, day or agenda"))),
    ("F9", str(QT_TRANSLATE_NOOP("KeyboardDialog", "show or hide the sidebar"))),
    ("Ctrl+Shift+D", str(QT_TRANSLATE_NOOP("KeyboardDialog", "find a date for a meeting (moves the selected event)"))),
    ("F5", str(QT_TRANSLATE_NOOP("KeyboardDialog", "sync now with the calendar server (see Publishing and sync)"))),
    ("F1", str(QT_TRANSLATE_NOOP("KeyboardDialog", "this keyboard sheet"))),
)

#: What the shipped calendar holds, said the same way in the welcome, Getting started and About.
SHIPPED_CALENDAR = str(QT_TRANSLATE_NOOP(
    "HelpTexts",
    "The calendar ships with the events of the CICA digest <i>Voice of Asia</i> 2024/2 (April–June 2024) "
    "and the verified events around it, 1999–2026: Summits, Ministerial Councils, SOC and SWG meetings, "
    "advisory bodies, chairmanships and handovers. Where a source is unsure of a date, the event says so "
    "(\u201cQ4 2024 \u2014 date to be confirmed\u201d)."
))
DATA_SOURCES = str(QT_TRANSLATE_NOOP(
    "HelpTexts",
    "Events: the CICA digest <i>Voice of Asia</i> 2024/2 and the public statements of CICA and its Member "
    "States that confirm or complete it. Time zones: the IANA time-zone database (tzdata)."
))
LICENCE = str(QT_TRANSLATE_NOOP("HelpTexts", "Proprietary — for the CICA Secretariat."))


@dataclass(frozen=True)
class WelcomeChoice:
    """What the newcomer chose: go to June 2024, and whether to see the welcome again."""

    go_to_june_2024: bool
    show_again: bool


class WelcomeDialog(QDialog):
    """A short, dismissible welcome shown on the first start.

    Args:
        data_location: where the calendar file lives (shown so it can be backed up or shared).
        parent: the parent widget.
    """

    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_TITLE))
        self.setMinimumWidth(520)
        self._go_to_june = False
        text = QLabel(self)
        text.setObjectName("welcome_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(self.tr(
            "<h3>Welcome to {app}</h3>"
            "<p>{shipped}</p>"
            "<p><b>Your data</b> lives in one file:<br><code>{file}</code><br>"
            "Every change is saved at once; copy the file to back it up.</p>"
            "<p><b>Outlook, Thunderbird, Google:</b> File → Import iCalendar… (Ctrl+I) brings their .ics files in, "
            "with a preview; File → Export iCalendar… (Ctrl+Shift+E) writes one they open at the right hour.</p>"
            "<p>The calendar opens on the current month. The digest's busiest month is June 2024: the SOC "
            "of 27 June, the troika consultations the day before.</p>"
        ).format(app=APP_TITLE, shipped=_help_text(SHIPPED_CALENDAR), file=html.escape(data_location)))
        self.again_box = QCheckBox(self.tr("Show this welcome at every start"), self)
        self.again_box.setObjectName("welcome_again_box")
        buttons = QDialogButtonBox(self)
        self.june_button = QPushButton(self.tr("Show June 2024"), self)
        self.june_button.setObjectName("welcome_june_button")
        self.june_button.setDefault(True)
        buttons.addButton(self.june_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Start with this month"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("welcome_close_button")
        self.june_button.clicked.connect(self._choose_june)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.again_box)
        layout.addWidget(buttons)

    def _choose_june(self) -> None:
        self._go_to_june = True
        self.accept()

    def value(self) -> WelcomeChoice:
        return WelcomeChoice(self._go_to_june, self.again_box.isChecked())


class KeyboardDialog(QDialog):
    """The keyboard sheet: every shortcut of the window in one table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(KEYBOARD_SHORTCUTS), 2, self)
        self.table.setObjectName("keyboard_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        for row, (keys, action) in enumerate(KEYBOARD_SHORTCUTS):
            key_item = QTableWidgetItem(self.tr("arrows", "the arrow keys") if keys == "arrows" else keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("KeyboardDialog", action)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Tall enough for every row: the sheet is read at a glance, not scrolled.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.resizeColumnsToContents()
        width = self.table.columnWidth(0) + self.table.columnWidth(1) + 64
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.resize(max(640, width), rows + header.sizeHint().height() + buttons.sizeHint().height() + 48)


def getting_started_html(data_location: str) -> str:
    """The Getting started page: a walk through the first things a planner does."""
    return QCoreApplication.translate(
        "HelpTexts",
        "<h2>Getting started with {app}</h2>"
        "<p>{shipped}</p>"
        "<h3>Find your way</h3><ul>"
        "<li><b>Views:</b> Month, Week, Day, Agenda and Year (Ctrl+1 … Ctrl+5); Chairmanship, Checklists and "
        "the managers' Dashboard (Ctrl+6 … Ctrl+8).</li>"
        "<li><b>Today</b> (T) is the day in the display time zone, shown in the status bar; change the zone in "
        "File → Settings.</li>"
        "<li><b>Search</b> (Ctrl+F) finds titles, places, countries (\u201cTürkiye\u201d, \u201cTR\u201d) and bodies "
        "(\u201cSOC\u201d, \u201cSenior Officials Committee\u201d), whatever the case and accents. Esc clears it.</li>"
        "<li><b>Go to Date</b> (Ctrl+G) takes \u201c27 June 2024\u201d, \u201c27.06.2024\u201d or "
        "\u201c2024-06-27\u201d.</li></ul>"
        "<h3>Plan</h3><ul>"
        "<li><b>New event</b> (Ctrl+N): an event whose day is not fixed yet can be entered for a month, a "
        "quarter or a year, and shows under \u201cto be confirmed\u201d.</li>"
        "<li><b>Move</b> a published event with Ctrl+R or by dragging it in the month or week view: the reason "
        "is kept in the event's history. Every change can be undone (Ctrl+Z).</li>"
        "<li><b>Checklists:</b> preparation tasks with deadlines relative to the event (T−30 days) follow the "
        "event when it moves.</li></ul>"
        "<h3>Share</h3><ul>"
        "<li><b>Print</b> (Ctrl+P) the month, week, day or agenda shown, with a preview.</li>"
        "<li><b>Report</b> (File → Report…): the preparation status as PDF or CSV for Excel.</li>"
        "<li><b>Export</b> an .ics file for Outlook; <b>import</b> theirs, with a preview of each event.</li></ul>"
        "<p>Your calendar file: <code>{file}</code></p>"
    ).format(app=APP_TITLE, shipped=_help_text(SHIPPED_CALENDAR), file=html.escape(data_location))


class GettingStartedDialog(QDialog):
    """The Getting started page in a scrolling browser."""

    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getting_started_dialog")
        self.setWindowTitle(self.tr("Getting started"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("getting_started_text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(getting_started_html(data_location))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 560)


def about_html(version: str, data_location: str) -> str:
    """The About box: version, licence, data sources and the database path."""
    return QCoreApplication.translate(
        "HelpTexts",
        "<h3>{app} {version}</h3>"
        "<p>Events, chairmanships and preparation checklists of the Secretariat of the Conference on "
        "Interaction and Confidence Building Measures in Asia (CICA).</p>"
        "<p><b>Licence:</b> {licence}</p>"
        "<p><b>Data sources:</b> {sources}</p>"
        "<p><b>Database:</b> <code>{file}</code></p>"
    ).format(app=APP_TITLE, version=html.escape(version), licence=_help_text(LICENCE),
             sources=_help_text(DATA_SOURCES), file=html.escape(data_location))


def _help_text(text: str) -> str:
    """One of the shared passages above, in the user's language."""
    return QCoreApplication.translate("HelpTexts", text)
