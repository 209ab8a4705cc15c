"""Settings of team work: the name that signs your changes, and the calendars opened lately.

Kept with the other preferences (QSettings). Passwords are never stored here: a password the
user chose to keep goes to the OS keyring (see storage.server).
"""

from __future__ import annotations

from typing import Any

DISPLAY_NAME_KEY = "team/display_name"
RECENT_KEY = "team/recent_calendars"
MAX_RECENT = 8


def display_name(settings: Any) -> str:  # an AppSettings
    return str(settings.store.value(DISPLAY_NAME_KEY, "") or "")


def set_display_name(settings: Any, name: str) -> None:
    settings.store.setValue(DISPLAY_NAME_KEY, name.strip())


def recent_calendars(settings: Any) -> list[str]:
    """Calendar files and team calendar URLs (without passwords), the latest first."""
    value = settings.store.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
        value = [value]
    return [str(item) for item in value or [] if str(item).strip()]


def remember_calendar(settings: Any, location: str) -> None:
    """Put ``location`` first in the recent calendars (a URL is stored without its password)."""
    from cica_planner.services.team import display_url, is_server_url

    shown = display_url(location) if is_server_url(location) else location
    items = [shown, *(item for item in recent_calendars(settings) if item != shown)]
    settings.store.setValue(RECENT_KEY, items[:MAX_RECENT])


def apply_display_name(window: Any, name: str) -> None:  # a MainWindow
    """Keep ``name`` in the settings and sign the window's next changes with it."""
    set_display_name(window.settings, name)
    window.services.team.sign_with(name)
