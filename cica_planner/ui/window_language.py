"""Switching the main window's language while it is open, without losing any work.

The window stays the same object: its services, undo stack, clock, current page, date,
selection and filters are untouched. Its actions, menus and toolbars are renamed in place
(``window_actions.translate_window_chrome``), Undo and Redo are made again with the new
prefix (their history stays), and the pages, which name things as they are built, are
dropped and built again from the services the next time they are shown. Parts added to the
window from outside (backups, publishing, the team calendar, the scheduling assistant)
register a hook with ``add_retranslation`` that renames what they added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cica_planner.i18n.language import LanguageChoice, install_language, locale_for, parse_choice
from cica_planner.ui.window_actions import retranslate_history, translate_window_chrome


class LanguageSwitching:
    """The language methods of ``MainWindow`` (see the module docstring)."""

    def add_retranslation(self: Any, hook: Callable[[], None]) -> None:
        """Call ``hook`` after every language switch, to rename what a feature added to the window."""
        if not hasattr(self, "_retranslations"):
            self._retranslations = []
        self._retranslations.append(hook)

    def language_choice(self: Any) -> LanguageChoice:
        return parse_choice(self.settings.language())

    def apply_language(self: Any, choice: LanguageChoice | str) -> str:
        """Remember ``choice``, install it and show the whole window in it; return the language code in effect."""
        chosen = parse_choice(choice)
        self.settings.set_language(chosen.value)
        code = install_language(chosen)
        # Widgets that format dates themselves (the mini month) follow their window's locale.
        self.setLocale(locale_for(code))
        self.retranslate_ui()
        return code

    def retranslate_ui(self: Any) -> None:
        """Show everything in the language installed now (after ``install_language``)."""
        translate_window_chrome(self)
        retranslate_history(self)
        self.read_only_bar.setText(self.tr("This calendar is read-only: changes cannot be saved."))
        self.rebuild_sidebar()
        self.rebuild_pages()
        for hook in getattr(self, "_retranslations", []):  # after the pages: a hook may work on them (roles)
            hook()
        self.refresh()

    def rebuild_sidebar(self: Any) -> None:
        """Put a new sidebar (named in the new language) where the old one was, with its filters, day and search."""
        from cica_planner.ui.widgets.sidebar import Sidebar

        old = self.sidebar
        filters, search = old.filter_state(), old.search_edit.text()
        self.sidebar = Sidebar(self)
        self.sidebar.setMinimumWidth(old.minimumWidth())
        if self.services_ready():  # as the window's first sidebar was completed (MainWindow._complete_window)
            self.sidebar.complete()
        self._update_country_filter()
        self.sidebar.set_filter_state(filters)
        self.sidebar.set_date(self._anchor)
        self.splitter.replaceWidget(self.splitter.indexOf(old), self.sidebar)
        self._connect_sidebar()
        if search:
            self.sidebar.search_edit.setText(search)
            self.search(search)
        old.hide()
        old.deleteLater()

    def rebuild_pages(self: Any) -> None:
        """Drop every page built so far; each is built again (in the new language) when next shown."""
        for key in [key for key in self.page_specs_keys() if self.pages.is_built(key)]:
            frame = self.page_frames.pop(key, None)
            page = self.pages.forget(key)
            self.views.forget(key)
            for widget in (frame, page):
                if widget is not None:
                    self.stack.removeWidget(widget)
                    widget.deleteLater()
        self.stack.setCurrentWidget(self.page_frame(self._view_key))
        self.refresh()

    def page_specs_keys(self: Any) -> list[str]:
        return [spec.key for spec in self.page_specs]
