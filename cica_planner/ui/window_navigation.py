"""Moving about the main window: which page is shown, which day, which event is selected.

A mixin of ``MainWindow``: every move is remembered in the settings (the next start reopens
there) and ends in one ``refresh``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from cica_planner.ui.views.base import CalendarView
from cica_planner.ui.window_editing import display_date


class Navigation:
    """The navigation methods of ``MainWindow`` (see the module docstring)."""


    def today(self: Any) -> date:
        """Today: the display zone's day by the window's clock (the day every page calls today)."""
        return self.clock.today()

    def current_view_key(self: Any) -> str:
        return self._view_key

    def current_view(self: Any) -> CalendarView | None:
        """The calendar view shown, or None when another page (chairmanship, ...) is shown."""
        return self.views.get(self._view_key)

    def anchor_date(self: Any) -> date:
        return self._anchor

    def selected_uid(self: Any) -> str | None:
        return self._selected_uid

    def set_view(self: Any, key: str) -> None:
        """Show the view or page ``key`` ("month", "week", "day", "agenda", "year", "chairmanship", ...)."""
        if key not in self.pages:
            raise ValueError(f"no page {key!r}")
        self._view_key = key
        self.view_actions[key].setChecked(True)
        self.stack.setCurrentWidget(self.page_frame(key))
        self.settings.set_last_view(key)
        self.refresh()
        self.pages[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_date(self: Any, day: date) -> None:
        """Show the page of the current view that contains ``day``."""
        self._anchor = day
        self.settings.set_last_date(day)
        self.sidebar.set_date(day)
        self.refresh()

    def go_today(self: Any) -> None:
        self.go_to_date(self.today())

    def page(self: Any, steps: int) -> None:
        """Move ``steps`` pages (months, weeks, days or years) forward or back."""
        view = self.current_view()
        if view is None:
            return
        view.set_anchor_date(self._anchor)
        self.go_to_date(view.shifted(steps))

    def ask_goto_date(self: Any) -> None:
        from cica_planner.ui.dialogs.goto_dialog import GotoDialog  # imported when first asked for

        day = GotoDialog.get_date(self, self._anchor, today=self.today())
        if day is not None:
            self.go_to_date(day)

    def show_event(self: Any, uid: str) -> None:
        """Jump to an event (search result, page link): its first day in the display zone, selected."""
        event = self._fetch(uid)
        if event is None:
            return
        if self.current_view() is None:
            self.set_view("month")
        self._selected_uid = uid
        self.go_to_date(display_date(event, self._display_tz))
        if self._selected_uid != uid:  # the refresh dropped it: not shown with the current filters
            self.statusBar().showMessage(self.tr("{title} is hidden by the sidebar filters.").format(title=event.title), 6000)
            return
        view = self.current_view()
        if view is not None:
            view.select_uid(uid)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_event_selected(uid)
