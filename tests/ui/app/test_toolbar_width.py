"""The page switcher's needed width, read from the tool bar's own size hint, is its buttons' widths added up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolBar

from cica_planner.i18n.language import LanguageChoice
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.settings import AppSettings
from cica_planner.ui.window_actions import TOOLBAR_SLACK, content_width, fit_toolbars
from cica_planner.ui.window_assembly import feature_services
from tests.ui.app.conftest import TODAY


def _added_up(toolbar: QToolBar) -> int:
    """Every shown item's width (buttons, separators; the spacer has none), the spacing between, the margins."""
    layout = toolbar.layout()
    assert layout is not None
    items = [layout.itemAt(index) for index in range(layout.count())]
    widths = [item.sizeHint().width() for item in items if item is not None and not item.isEmpty()]
    margins = layout.contentsMargins()
    return sum(widths) + layout.spacing() * (len(widths) - 1) + margins.left() + margins.right()


@pytest.mark.parametrize("language", [LanguageChoice.ENGLISH, LanguageChoice.RUSSIAN])
def test_the_switcher_needs_its_buttons_widths_and_wraps_by_them(qtbot, planner, seeded_engine, tmp_path,
                                                                language) -> None:
    window = MainWindow(planner, AppSettings.from_path(tmp_path / "width.ini"), db_name="calendar.sqlite3", today=TODAY,
                        **feature_services(seeded_engine))
    qtbot.addWidget(window)
    window.show()
    window.apply_language(language)
    try:
        QApplication.processEvents()
        toolbar = window.view_toolbar
        needed = content_width(toolbar)
        assert needed == _added_up(toolbar) + TOOLBAR_SLACK
        assert needed > 9 * 40  # nine buttons of text
        beside = window.toolbar.sizeHint().width() + needed
        for width, wraps in ((beside - 1, True), (beside, False)):
            window.resize(width, 700)
            QApplication.processEvents()
            fit_toolbars(window)
            assert window.width() == width
            assert window.toolBarBreak(toolbar) == wraps, width
    finally:
        window.apply_language(LanguageChoice.ENGLISH)
