"""The window's pages, each built the first time it is asked for.

The checklists and dashboard pages read every task of the calendar when they are made; with
years of events that costs more than the whole first paint. The window therefore registers
a factory per page and builds a page only when something asks for it (the user switches to
it, a test or a command reads ``window.pages[key]``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

#: The kind of page held: any widget, or the calendar views only.
PageT = TypeVar("PageT", bound=QWidget)


class LazyPages(dict[str, PageT]):
    """A dict of pages by key whose entries are built on first access.

    ``key in pages`` is true for a page that can be built; ``pages[key]`` and ``pages.get(key)``
    build it (once) and hand it to ``on_built``. Iterating, ``values()`` and ``len()`` see only
    the pages built so far, so nothing is built behind the caller's back.
    """

    def __init__(self, built: dict[str, PageT], on_built: Callable[[str, PageT], None]) -> None:
        super().__init__(built)
        self._factories: dict[str, Callable[[], PageT]] = {}
        self._on_built = on_built

    def register(self, key: str, factory: Callable[[], PageT]) -> None:
        """Make ``key`` a page that ``factory`` builds on first use."""
        self._factories[key] = factory

    def is_built(self, key: str) -> bool:
        return dict.__contains__(self, key)

    def forget(self, key: str) -> PageT | None:
        """Drop the built page ``key`` (returned, for the caller to delete); the next access builds it again."""
        if not dict.__contains__(self, key):
            return None
        return dict.pop(self, key)

    def __missing__(self, key: str) -> PageT:
        factory = self._factories[key]  # a KeyError here: there is no such page
        widget = factory()
        dict.__setitem__(self, key, widget)
        self._on_built(key, widget)
        return widget

    def __contains__(self, key: object) -> bool:
        return key in self._factories or dict.__contains__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self:
            return default
        return self[key]  # builds the page on first use
