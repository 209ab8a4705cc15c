"""User preferences of the desktop app, kept with QSettings behind typed getters.

The app passes an ``AppSettings`` into the main window; tests build one on a temporary
INI file (``AppSettings.from_path``) so they never read or write the real user settings.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country, zone

DEFAULT_DISPLAY_TZ = HOME_ZONE
"""Astana's zone: the Secretariat's own clock is the default display zone."""

DEFAULT_VIEW = "month"


class AppSettings:
    """Typed access to the stored preferences: display zone, last view and date, layout, filters."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    @classmethod
    def from_path(cls, path: str | Path) -> AppSettings:
        """Return settings kept in the INI file at ``path`` (tests, screenshots, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- time zone -------------------------------------------------------------

    def display_tz(self) -> str:
        """The IANA zone the calendar is shown in; a broken stored value falls back to Astana."""
        value = str(self.store.value("display/timezone", DEFAULT_DISPLAY_TZ) or DEFAULT_DISPLAY_TZ)
        try:
            zone(value)
        except ValidationError:
            return DEFAULT_DISPLAY_TZ
        return value

    def set_display_tz(self, tzid: str) -> None:
        zone(tzid)  # refuse to store a zone that cannot be loaded again
        self.store.setValue("display/timezone", tzid)

    # -- language --------------------------------------------------------------

    def language(self) -> str:
        """The language chosen in Settings: "system" (the default), "en" or "ru"."""
        return str(self.store.value("display/language", "system") or "system")

    def set_language(self, choice: str) -> None:
        self.store.setValue("display/language", choice)

    # -- last position ---------------------------------------------------------

    def last_view(self) -> str:
        return str(self.store.value("window/view", DEFAULT_VIEW) or DEFAULT_VIEW)

    def set_last_view(self, key: str) -> None:
        self.store.setValue("window/view", key)

    def last_date(self) -> date | None:
        text = self.store.value("window/date", "")
        try:
            return date.fromisoformat(str(text)) if text else None
        except ValueError:
            return None

    def set_last_date(self, day: date) -> None:
        self.store.setValue("window/date", day.isoformat())

    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    def splitter_state(self) -> QByteArray | None:
        value = self.store.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, value: QByteArray) -> None:
        self.store.setValue("window/splitter", value)

    # -- sidebar filters -------------------------------------------------------

    def filter_values(self, name: str) -> list[str]:
        """The checked keys of the sidebar filter ``name`` ("categories", "countries", "statuses")."""
        value = self.store.value(f"filters/{name}", [])
        if value is None or value == "":
            return []
        if isinstance(value, str):  # QSettings returns a one-item list as a plain string
            return [value]
        if not isinstance(value, list | tuple):  # not written by set_filter_values: no filter kept
            return []
        return [str(item) for item in value]

    def set_filter_values(self, name: str, values: list[str]) -> None:
        # An empty list would read back as None from an INI file; store an empty string instead.
        self.store.setValue(f"filters/{name}", list(values) if values else "")

    # -- the desk: sidebar, first run -------------------------------------------

    def sidebar_visible(self) -> bool:
        """Whether the sidebar was shown when the window last closed (shown on a first start)."""
        return _flag(self.store.value("window/sidebar", True))

    def set_sidebar_visible(self, shown: bool) -> None:
        self.store.setValue("window/sidebar", bool(shown))

    def welcome_seen(self) -> bool:
        """Whether the first-run welcome was dismissed already."""
        return _flag(self.store.value("welcome/seen", False))

    def set_welcome_seen(self, seen: bool = True) -> None:
        self.store.setValue("welcome/seen", bool(seen))

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.store.sync()


def utc_offset_label(tzid: str, when: datetime | None = None) -> str:
    """Return 'UTC+05:00' for ``tzid`` at ``when`` (now by default)."""
    moment = (when or system_clock().now()).astimezone(zone(tzid))
    return _offset_text(moment.utcoffset() or timedelta(0))


def _offset_text(offset: timedelta) -> str:
    sign = "+" if offset >= timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_countries(countries: list[Country]) -> dict[str, str]:
    """Map each zone to the Member and observer States that use it ('Asia/Almaty' → 'Kazakhstan')."""
    from cica_planner.i18n.terms import country_name

    found: dict[str, list[str]] = {}
    named = sorted((country_name(c.code, c.name), c.tzid) for c in countries)  # in the user's language
    for name, tzid in named:
        found.setdefault(tzid, []).append(name)
    found.setdefault(DEFAULT_DISPLAY_TZ, [country_name("KZ", "Kazakhstan")])
    return {tzid: ", ".join(cities[:3]) for tzid, cities in found.items()}


def zone_place_name(tzid: str, capitals: dict[str, str] | None = None) -> str:
    """Return the place a zone is named after in the app: 'Astana' for 'Asia/Almaty', as the status bar says.

    ``capitals`` maps zones to the capitals that use them (the settings' list); without an entry the
    default zone is Astana's and any other zone is named by its IANA city ('America/New_York' -> 'New York').
    """
    city = (capitals or {}).get(tzid)
    if city:
        return city
    if tzid == DEFAULT_DISPLAY_TZ:
        return QCoreApplication.translate("AppSettings", "Astana")
    return tzid.rsplit("/", 1)[-1].replace("_", " ")


def describe_zone(tzid: str, capitals: dict[str, str] | None = None, when: datetime | None = None) -> str:
    """Return 'Asia/Almaty (Astana, UTC+05:00)'; ``capitals`` maps zones to the capitals that use them."""
    city = (capitals or {}).get(tzid)
    inside = f"{city}, {utc_offset_label(tzid, when)}" if city else utc_offset_label(tzid, when)
    return f"{tzid} ({inside})"


def offsets_in_range(tzid: str, first: date, end: date) -> list[str]:
    """Return the UTC offsets of ``tzid`` from ``first`` to ``end`` (exclusive), each change listed once in order.

    One label when the offset holds for the whole range; 'UTC+06:00', 'UTC+05:00' when it changes
    inside it (Astana on 1 March 2024, daylight saving elsewhere).
    """
    tz = zone(tzid)
    offsets: list[timedelta] = []
    day = first
    while True:
        # Noon is clear of the small-hours transitions, so each day reads the offset of most of its hours.
        offset = datetime.combine(day, time(12), tz).utcoffset() or timedelta(0)
        if not offsets or offsets[-1] != offset:
            offsets.append(offset)
        day += timedelta(days=1)
        if day >= end:
            break
    labels: list[str] = []
    for label in map(_offset_text, offsets):  # written once per change, not once a day
        if not labels or labels[-1] != label:  # offsets apart by seconds only (old local times) read the same
            labels.append(label)
    return labels


def describe_zone_range(tzid: str, first: date, end: date | None = None, capitals: dict[str, str] | None = None) -> str:
    """Return 'America/New_York (Washington, D.C., UTC-04:00)' for the days ``first`` to ``end`` (exclusive).

    Offsets are those valid on the days shown, not today's; a change inside the range shows as
    'UTC+06:00 → UTC+05:00'. Without ``end`` only ``first`` counts.
    """
    offsets = " → ".join(offsets_in_range(tzid, first, end or first + timedelta(days=1)))
    city = (capitals or {}).get(tzid)
    return f"{tzid} ({city}, {offsets})" if city else f"{tzid} ({offsets})"


def _flag(value: object) -> bool:
    """A stored boolean: INI files give back the strings "true" and "false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
