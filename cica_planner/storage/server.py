"""PostgreSQL team calendars: URLs, engines, credentials and the server's errors in one line.

Credentials follow libpq: a URL may name a service (``postgresql:///?service=cica``), and a
missing password comes from ``PGPASSWORD`` or ``~/.pgpass`` as psql would find it. A password
the user typed into the app and chose to keep lives in the OS keyring, never in settings.
"""

from __future__ import annotations

import logging
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from cica_planner.domain.errors import PermissionRefusedError, ServerUnavailableError, StorageError
from cica_planner.storage.locations import SERVER_SCHEMES as SERVER_SCHEMES  # their home was here
from cica_planner.storage.locations import is_server_url as is_server_url

log = logging.getLogger(__name__)

KEYRING_SERVICE = "CICA Planner"
#: Seconds to wait for a server before telling the user it cannot be reached.
CONNECT_TIMEOUT = 5


def server_url(text: str) -> URL:
    """The SQLAlchemy URL of ``text`` with the psycopg 3 driver, or a one-line ValidationError."""
    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise StorageError(f"{text!r} is not a PostgreSQL URL (postgresql://user@host/database)") from exc
    return url.set(drivername="postgresql+psycopg")


def display_url(url: URL | str) -> str:
    """The URL as users see it: no driver name, never a password."""
    parsed = make_url(str(url)) if isinstance(url, str) else url
    shown = parsed.set(drivername="postgresql", password=None)
    return shown.render_as_string(hide_password=True)


def keyring_key(url: URL) -> str:
    """The keyring entry of a calendar: user, host, port and database, as libpq would name them."""
    user = url.username or os.environ.get("PGUSER") or _os_user()
    host = url.host or os.environ.get("PGHOST") or "localhost"
    port = url.port or os.environ.get("PGPORT") or 5432
    return f"{user}@{host}:{port}/{url.database or ''}"


def remembered_password(url: URL) -> str | None:
    """The password kept in the OS keyring for ``url``, if any (a missing keyring is no error)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception as exc:  # no keyring backend on this desktop: libpq's own ways remain
        log.info("no password from the keyring: %s", exc)
        return None


def remember_password(url: URL | str, password: str) -> bool:
    """Keep ``password`` in the OS keyring for ``url``; False when there is no usable keyring."""
    parsed = server_url(str(url)) if isinstance(url, str) else url
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_key(parsed), password)
    except Exception as exc:  # the caller tells the user it could not be kept
        log.warning("could not keep the password in the keyring: %s", exc)
        return False
    return True


def make_server_engine(text: str, password: str | None = None) -> Engine:
    """An engine over a PostgreSQL calendar; the password comes from the URL, ``password``,
    libpq (PGPASSWORD, .pgpass, service file) or, when libpq has none, the OS keyring."""
    url = server_url(text)
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "CICA Planner"}
    if password:
        url = url.set(password=password)
    elif url.password is None and not os.environ.get("PGPASSWORD") and not _in_pgpass(url):
        kept = remembered_password(url)
        if kept:
            url = url.set(password=kept)
    # pre_ping replaces a connection the server dropped (restart, network) before it is used.
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _in_pgpass(url: URL) -> bool:
    """Whether the libpq password file has a line for this server, database and user (then libpq uses it)."""
    path = os.environ.get("PGPASSFILE") or os.path.expanduser("~/.pgpass")
    try:
        with open(path, encoding="utf-8") as lines:
            entries = [_pgpass_fields(line) for line in lines if line.strip() and not line.startswith("#")]
    except (OSError, UnicodeDecodeError):
        return False
    wanted = (url.host or os.environ.get("PGHOST") or "localhost", str(url.port or os.environ.get("PGPORT") or 5432),
              url.database or os.environ.get("PGDATABASE") or "", url.username or os.environ.get("PGUSER") or _os_user())
    return any(len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields, wanted, strict=False))
               for fields in entries)


def _pgpass_fields(line: str) -> list[str]:
    """The colon-separated fields of a .pgpass line (``\\:`` and ``\\\\`` are escapes)."""
    fields, current, escaped = [], "", False
    for char in line.rstrip("\n"):
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def server_error(exc: DBAPIError, engine: Engine) -> StorageError:
    """Turn a PostgreSQL error into one line a user can act on."""
    where = display_url(engine.url)
    original = exc.orig
    reason = (str(original) if original is not None else str(exc)).strip().splitlines()[0]
    state = getattr(original, "sqlstate", None) or ""
    lowered = reason.lower()
    if state == "42501" or "permission denied" in lowered or "row-level security" in lowered:
        return PermissionRefusedError(f"your role on the team calendar does not allow this change; nothing was saved "
                                      f"({reason})")
    if state.startswith("28") or "password authentication failed" in lowered or "no password supplied" in lowered:
        return StorageError(f"login to the team calendar {where} failed: check the user name and password")
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return StorageError(f"there is no team calendar {where} on the server (the database does not exist)")
    if state == "23505":
        return StorageError(f"the change conflicts with what is stored ({reason})")
    if state.startswith("08") or state.startswith("57P") or exc.connection_invalidated or _is_network(lowered):
        return ServerUnavailableError(f"cannot reach the calendar server {where}: {_network_reason(lowered, reason)}")
    return StorageError(f"the team calendar {where} refused the request: {reason}")


def _is_network(lowered: str) -> bool:
    return any(text in lowered for text in (
        "connection refused", "could not connect", "connection failed", "timeout expired", "could not translate",
        "server closed the connection", "terminating connection", "connection is closed", "connection to server",
        "ssl syscall", "no route to host", "network is unreachable", "the connection is lost", "consuming input failed",
        "not currently accepting connections", "the database system is shutting down", "the database system is starting",
    ))


def _network_reason(lowered: str, reason: str) -> str:
    if "connection refused" in lowered:
        return "the server refused the connection (is it running?)"
    if "could not translate" in lowered or "name or service not known" in lowered:
        return "the server name is unknown"
    if "timeout" in lowered:
        return "the server did not answer in time"
    if "not currently accepting connections" in lowered:
        return "the server accepts no connections to this calendar at the moment (maintenance?)"
    if "shutting down" in lowered or "starting up" in lowered or "is starting" in lowered:
        return "the server is restarting; try again in a moment"
    if "closed" in lowered or "terminating" in lowered or "lost" in lowered or "consuming input" in lowered:
        return "the connection was lost; try again"
    return reason.rsplit("FATAL:", 1)[-1].strip()
