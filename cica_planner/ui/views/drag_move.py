"""Moving an event by dragging it in the month and week views.

The views track a press on an event and its release elsewhere themselves (no QDrag: nothing
leaves the view, and a drag within it is a plain press, move and release). When the release
lands on another day or slot, the view emits ``event_dropped(uid, origin, target)``: two dates
in the month view, two naive display-zone datetimes (half-hour slots) in the week and day
views. The window turns that into a move by ``target - origin``, asks the reason as Ctrl+R
does, and pushes it on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cica_planner.ui.records import Record


class _Press(Record):
    """A press on an event, until its release."""

    __slots__ = ("uid", "pos", "origin", "dragging")

    def __init__(self, uid: str, pos: QPointF, origin: object) -> None:
        self.uid = uid
        self.pos = pos
        self.origin = origin
        self.dragging = False


class DragTracker:
    """Follows one press-move-release on an event inside ``widget`` (which shows the cursor)."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._press: _Press | None = None

    def press(self, uid: str, pos: QPointF, origin: object) -> None:
        """A press on the event ``uid`` at ``pos``, over the day or slot ``origin``."""
        self._press = _Press(uid, QPointF(pos), origin)

    def is_dragging(self) -> bool:
        return self._press is not None and self._press.dragging

    def dragged_uid(self) -> str | None:
        return self._press.uid if self._press is not None and self._press.dragging else None

    def move(self, pos: QPointF) -> bool:
        """The pointer moved (button held); return whether this is a drag now."""
        press = self._press
        if press is None:
            return False
        if not press.dragging and (pos - press.pos).manhattanLength() >= QApplication.startDragDistance():
            press.dragging = True
            self.widget.setCursor(Qt.CursorShape.ClosedHandCursor)
        return press.dragging

    def release(self, pos: QPointF, target: object) -> tuple[str, object, object] | None:
        """The button was released over ``target``: (uid, origin, target) of a move, or None."""
        press, self._press = self._press, None
        self.widget.unsetCursor()
        if press is None or target is None:
            return None
        moved_far = press.dragging or (pos - press.pos).manhattanLength() >= QApplication.startDragDistance()
        if not moved_far or target == press.origin:
            return None
        return press.uid, press.origin, target

    def cancel(self) -> None:
        self._press = None
        self.widget.unsetCursor()
