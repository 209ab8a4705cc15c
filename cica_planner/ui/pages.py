"""What the main window asks of its pages beyond being widgets.

The calendar views are ``CalendarView``s. The other pages (chairmanship, checklists,
dashboard) share no base class: each is a widget that refreshes itself and emits
``event_activated(uid)`` when an event is opened from it; some can also show an event in the
calendar or keep a clock. These protocols name those parts, and the window checks them with
``isinstance`` so that what it calls is known to the type checker, not guessed with ``hasattr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import Signal

if TYPE_CHECKING:
    from cica_planner.domain.clock import Clock


@runtime_checkable
class Page(Protocol):
    """A page of the window other than the calendar views."""

    #: The UID of an event the user opened on the page.
    event_activated: ClassVar[Signal]

    def refresh(self) -> None:
        """Read again what the page shows."""
        ...


@runtime_checkable
class ShowsEvents(Protocol):
    """A page that can ask the window to show an event in the calendar (a milestone's meeting)."""

    #: The UID of the event to show.
    event_shown: ClassVar[Signal]


@runtime_checkable
class KeepsClock(Protocol):
    """A page whose "today" comes from the window's clock."""

    def set_clock(self, clock: Clock) -> None: ...
