"""What Settings → Publishing holds: the CalDAV server, the calendar on it and when to publish.

Plain data, so the publishing dialog and the window's publishing share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PublishingPreferences:
    """What Settings → Publishing holds (the password is in the OS keyring, never here)."""

    server: str = ""
    calendar: str = ""
    user: str = ""
    public_address: str = ""
    publish_on_change: bool = False
    sync_minutes: int = 0  # 0: only when asked
    include_tasks: bool = False

    @property
    def configured(self) -> bool:
        return bool(self.server.strip())

    def collection_url(self) -> str:
        """The collection's address: the server with the calendar's path, ending in "/"."""
        base = self.server.strip()
        path = self.calendar.strip().strip("/")
        url = base if not path else base.rstrip("/") + "/" + path
        return url if url.endswith("/") else url + "/"

    def subscription_address(self) -> str:
        """The address Outlook subscribes to: the public one if the server gives one, else the collection's."""
        return self.public_address.strip() or (self.collection_url() if self.configured else "")
