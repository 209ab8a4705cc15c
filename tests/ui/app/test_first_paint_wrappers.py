"""What the first paint asks of PySide: no wrapper class built only because of how our code is written.

PySide makes a Python class for a Qt class, and all its enum classes, the first time Python
touches it; handed an object whose type it does not know (one of Qt's private classes, or a
plain widget Qt made), it builds the classes of dozens of related types to find it. These
tests start a window in a fresh process, as at a real start, and list which classes exist at
its first paint: none of the ones below is needed to paint, each comes when first used.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cica_planner.ui.settings import AppSettings
from tests.ui.app.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]

#: Built only by PySide looking for the type of an object Qt made (a tool bar's private layout
#: and separators, an item view's viewport): no page of the app uses them.
HUNTED = ("QWizard", "QMdiArea", "QLCDNumber", "QColumnView", "QFontDialog", "QDial", "QCommandLinkButton")
#: QGradient: QPainter.fillRect's overloads; QPalette: a background fill the month view paints over;
#: QListWidget(Item): the "+N more" popup, made on first click.
MONTH_LATER = ("QGradient", "QPalette", "QListWidget", "QListWidgetItem")

_FIRST_PAINT_THEN_USE = """
import sys
from pathlib import Path
import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.quick_window import wait_for_first_paint
from cica_planner.ui.settings import AppSettings

def built(names):
    return ",".join(name for name in names.split(",") if any(name in vars(m) for m in (core, gui, widgets)))

window = MainWindow(QuickCalendar.open(sys.argv[1]), AppSettings.from_path(Path(sys.argv[2])),
                    chairs=PendingService("chairmanship"), checklists=PendingService("checklists"))
window.show()
print(wait_for_first_paint(window, timeout=60.0))
print(built(sys.argv[3]))
view = window.current_view()
if type(view).__name__ == "MonthView":  # the popup, once asked for, has its list and shows the day's events
    day = max((item.first_day for item in view.items()), key=lambda day: len(view.items_on(day)))
    view.popup.set_items("day", view.items_on(day), window.display_tz())
    print(view.popup.list_widget.count(), len(view.items_on(day)), built("QListWidget,QListWidgetItem"))
"""


def _first_paint(seeded_db: Path, tmp_path: Path, page: str, names: tuple[str, ...]) -> list[str]:
    settings = tmp_path / f"{page}.ini"
    stored = AppSettings.from_path(settings)
    stored.set_last_view(page)
    stored.set_last_date(TODAY.replace(year=2024, month=6))
    stored.sync()
    done = subprocess.run([sys.executable, "-c", _FIRST_PAINT_THEN_USE, str(seeded_db), str(settings), ",".join(names)],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
                               "CICA_PLANNER_NOW": "2026-11-30T23:30:00+00:00"})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_month_s_first_paint_builds_no_class_it_does_not_need(seeded_db, tmp_path) -> None:
    painted, built, popup = _first_paint(seeded_db, tmp_path, "month", HUNTED + MONTH_LATER)
    assert painted == "True"
    assert built == ""
    shown, expected, built_for_popup = popup.split()
    assert int(shown) == int(expected) > 0  # made on demand, the popup lists the day's events
    assert built_for_popup == "QListWidget,QListWidgetItem"


@pytest.mark.parametrize("page", ["week", "agenda"])
def test_the_other_quick_pages_first_paint_hunts_for_no_type(seeded_db, tmp_path, page) -> None:
    """The week and agenda pages fill their background from the palette: QPalette is theirs to build."""
    painted, built = _first_paint(seeded_db, tmp_path, page, (*HUNTED, "QGradient", "QListWidget", "QListWidgetItem"))
    assert painted == "True"
    assert built == ""
