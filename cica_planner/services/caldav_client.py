"""The CalDAV collection the calendar is published to, over the ``caldav`` library.

Only what publishing and syncing need: list the resources with their ETags, read one,
write one conditionally (``If-Match`` on the ETag last seen, ``If-None-Match: *`` to
create), delete one conditionally, and create the collection. Every failure becomes a
:class:`CalDavError` whose message is one line a user can act on; the password never
appears in one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit
from xml.sax.saxutils import escape

from cica_planner.domain.errors import PlannerError

# The caldav library (and its HTTP client) is imported on first use, not with this module: the
# desktop window imports publishing at start and should not wait for a library it may never use.

DEFAULT_TIMEOUT = 20.0
_LISTING = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)


class CalDavError(PlannerError):
    """A request to the calendar server failed; the message says why in one line."""


class AuthenticationError(CalDavError):
    """401: the user name or password was refused."""


class CollectionMissingError(CalDavError):
    """404 on the collection: there is no calendar at that address (it can be created)."""


class ChangedOnServerError(CalDavError):
    """409/412: the resource changed on the server since it was last read."""


@dataclass(frozen=True)
class Remote:
    """Where to publish and as whom. The password is kept out of ``repr`` (and so out of logs)."""

    url: str
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", collection_url(self.url))

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.rsplit("@", 1)[-1]


def collection_url(url: str) -> str:
    """``url`` checked and ending in "/" (a collection), without user name or password in it."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CalDavError(f"{text or 'the address'} is not a calendar address; give one like https://cal.example.org/team/cica/")
    if parts.username or parts.password:
        raise CalDavError("put the user name in --user (or the settings), not in the address")
    return text if text.endswith("/") else text + "/"


def resource_name(uid: str) -> str:
    """The resource name of a UID: ``UID.ics``, escaped as it appears in the address."""
    return _escaped(uid + ".ics")


def _escaped(segment: str) -> str:
    """One path segment in a single canonical escaped form ('@' kept, as servers show it)."""
    return quote(unquote(segment), safe="@")


@dataclass(frozen=True)
class Fetched:
    body: str
    etag: str


class CalDavCollection:
    """One calendar collection on a CalDAV server."""

    def __init__(self, remote: Remote) -> None:
        from caldav.davclient import DAVClient

        self.remote = remote
        self.url = remote.url
        self._client = DAVClient(
            url=remote.url,
            username=remote.user or None,
            password=remote.password or None,
            # caldav annotates an int, but hands the value to niquests, which takes seconds as a float.
            timeout=remote.timeout,  # pyright: ignore[reportArgumentType]
            enable_rfc6764=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> CalDavCollection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- requests ---------------------------------------------------------------

    def _request(self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None):  # noqa: ANN202
        import niquests.exceptions as http_errors
        from caldav.lib import error as dav_errors

        try:
            return self._client.request(url, method, body, headers or {})
        except dav_errors.AuthorizationError as exc:
            raise self._refused(exc.status or 401) from None
        except http_errors.SSLError as exc:
            raise CalDavError(f"secure connection to {self.remote.host} failed (TLS): {_reason(exc)}") from None
        except http_errors.Timeout:
            raise CalDavError(f"{self.remote.host} did not answer within {self.remote.timeout:g} s; try again later") from None
        except http_errors.ConnectionError as exc:
            reason = _reason(exc)
            if re.search(r"ssl|tls|certificate", reason, re.IGNORECASE):
                raise CalDavError(f"secure connection to {self.remote.host} failed (TLS): {reason}") from None
            raise CalDavError(f"cannot reach {self.remote.host}: {reason}") from None
        except http_errors.RequestException as exc:
            raise CalDavError(f"cannot talk to {self.remote.host}: {_reason(exc)}") from None
        except dav_errors.DAVError as exc:
            raise CalDavError(f"{self.remote.host} sent an answer that is not CalDAV ({exc.reason})") from None

    def _refused(self, status: int) -> CalDavError:
        if status == 403:
            who = f"user {self.remote.user!r}" if self.remote.user else "this user"
            return CalDavError(f"{self.remote.host} does not let {who} write to {self.url} (403 Forbidden)")
        who = f" for {self.remote.user!r}" if self.remote.user else ""
        return AuthenticationError(f"{self.remote.host} refused the user name or password{who} (401 Unauthorized)")

    def _check(self, response, what: str) -> None:  # noqa: ANN001 - caldav's DAVResponse
        status = int(response.status)
        if status < 300:
            return
        if status in (401, 403):
            raise self._refused(status)
        if status == 404:
            raise CollectionMissingError(f"there is no calendar at {self.url} (404 Not Found)")
        if status in (409, 412):
            raise ChangedOnServerError(f"{what} changed on the server meanwhile ({status}); run sync to see the change")
        if status == 507:
            raise CalDavError(f"{self.remote.host} is full (507 Insufficient Storage); {what} was not written")
        if status == 413:
            raise CalDavError(f"{self.remote.host} refused {what} as too large (413)")
        raise CalDavError(f"{self.remote.host} refused {what} ({status} {_status_text(response)})")

    # -- the collection -----------------------------------------------------------

    def listing(self) -> dict[str, str]:
        """Every resource of the collection: its name (as :func:`resource_name` gives it) and its ETag."""
        from caldav.elements import dav

        response = self._request(self.url, "PROPFIND", _LISTING, {"Depth": "1", "Content-Type": "application/xml"})
        self._check(response, "the calendar")
        if int(response.status) != 207:
            raise CalDavError(f"{self.url} is not a calendar collection (the server answered {response.status})")
        own_path = unquote(urlsplit(self.url).path).rstrip("/")
        found: dict[str, str] = {}
        for href, props in response.expand_simple_props([dav.GetEtag()]).items():
            path = urlsplit(href).path
            if unquote(path).rstrip("/") == own_path or path.endswith("/"):
                continue  # the collection itself, or a sub-collection
            found[_escaped(path.rsplit("/", 1)[-1])] = props.get(dav.GetEtag.tag) or ""
        return found

    def exists(self) -> bool:
        """Whether the collection is there (False on 404; other failures raise)."""
        try:
            self.listing()
        except CollectionMissingError:
            return False
        return True

    def create(self, display_name: str, *, tasks: bool = False) -> None:
        """Create the collection (MKCALENDAR) for events, or for tasks."""
        component = "VTODO" if tasks else "VEVENT"
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>'
            f"<d:displayname>{escape(display_name)}</d:displayname>"
            f'<c:supported-calendar-component-set><c:comp name="{component}"/></c:supported-calendar-component-set>'
            "</d:prop></d:set></c:mkcalendar>"
        )
        response = self._request(self.url, "MKCALENDAR", body, {"Content-Type": "application/xml"})
        if int(response.status) == 405:
            raise CalDavError(f"{self.url} already exists and is not a calendar the server lets us create")
        if int(response.status) == 409:
            raise CalDavError(f"cannot create {self.url}: its parent folder does not exist on the server (409)")
        self._check(response, "the new calendar")

    # -- resources ------------------------------------------------------------------

    def fetch(self, name: str) -> Fetched | None:
        """The body and ETag of resource ``name`` (as :func:`resource_name` gives it); None when it is gone."""
        response = self._request(self.url + name, "GET")
        if int(response.status) == 404:
            return None
        self._check(response, name)
        raw = response.raw
        body = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
        return Fetched(body, response.headers.get("ETag") or "")

    def put(self, name: str, body: str, *, etag: str | None) -> str:
        """Write resource ``name``: over the version with ``etag``, or as a new one when ``etag`` is None.

        Returns the new ETag. The server refuses the write (ChangedOnServerError) when the
        resource changed (or appeared) meanwhile, so nothing is overwritten blindly.
        """
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        else:
            headers["If-None-Match"] = "*"
        url = self.url + name
        response = self._request(url, "PUT", body, headers)
        self._check(response, name)
        new_tag = response.headers.get("ETag") or ""
        if not new_tag or new_tag.startswith("W/"):
            # A server that changed what it stored sends no (strong) ETag: ask for the one it keeps.
            fetched = self.fetch(name)
            new_tag = fetched.etag if fetched else ""
        return new_tag

    def delete(self, name: str, *, etag: str) -> None:
        """Delete resource ``name`` if it is still the version ``etag``; gone already is fine."""
        response = self._request(self.url + name, "DELETE", "", {"If-Match": etag} if etag else {})
        if int(response.status) == 404:
            return
        self._check(response, name)


def _reason(exc: BaseException) -> str:
    """The innermost message of a connection error, on one line and without the address repeated."""
    text = " ".join(str(exc).split())
    match = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", text)
    if match:
        return match.group(1).strip().rstrip(".")
    for known in ("Connection refused", "Name or service not known", "certificate verify failed", "timed out"):
        if known.lower() in text.lower():
            return known
    return text[:160] or exc.__class__.__name__


def _status_text(response) -> str:  # noqa: ANN001 - caldav's DAVResponse
    return str(getattr(response, "reason", "") or "").strip() or "error"
