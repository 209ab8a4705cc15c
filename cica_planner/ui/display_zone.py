"""The display zone: the one setting object the window, its calendar views and its status bar share.

Settings changes it once (``set_tzid``); everything that shows times observes ``changed``
instead of being handed the zone's name by hand. The zone must be a known IANA zone: an
unknown one is refused before anything changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import zone
from cica_planner.ui.settings import zone_place_name


class DisplayZone(QObject):
    """The IANA zone the calendar is shown in, and the place it is named after ('Astana').

    Args:
        tzid: the zone to start with.
        places: the zones of the Member States named by their capitals (see ``zone_place_name``).
        parent: the owning QObject (the main window).

    Signals:
        changed(str): the zone changed; carries the new IANA zone.
    """

    changed = Signal(str)

    def __init__(self, tzid: str = HOME_ZONE, places: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        zone(tzid)
        self._tzid = tzid
        self._places = dict(places or {})

    def tzid(self) -> str:
        """The IANA zone, e.g. 'Asia/Almaty'."""
        return self._tzid

    def place_name(self) -> str:
        """The place the zone is named after in tooltips and the status bar ('Astana')."""
        return zone_place_name(self._tzid, self._places)

    def set_places(self, places: Mapping[str, str]) -> None:
        """Name zones after these places from now on (the capitals of the Member States)."""
        self._places = dict(places)

    def set_tzid(self, tzid: str) -> None:
        """Show times in ``tzid`` from now on; emits ``changed`` once, and nothing when it is the same zone.

        Raises:
            ValidationError: ``tzid`` is not a known IANA zone (nothing changes).
        """
        zone(tzid)
        if tzid == self._tzid:
            return
        self._tzid = tzid
        self.changed.emit(tzid)
