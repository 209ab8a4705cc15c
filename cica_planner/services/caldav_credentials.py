"""The password of a calendar server: OS keyring, then the environment, then a prompt.

It is never taken from the command line (other users see a process's arguments) and
never written to a log or to the settings file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from urllib.parse import urlsplit

PASSWORD_ENV = "CICA_PLANNER_CALDAV_PASSWORD"
KEYRING_SERVICE = "CICA Planner CalDAV"

log = logging.getLogger(__name__)


def keyring_account(url: str, user: str) -> str:
    """The keyring's name for a login: the user at the server (scheme, host and port)."""
    parts = urlsplit(url)
    return f"{user}@{parts.scheme}://{parts.netloc}"


def password_from_keyring(url: str, user: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(url, user))
    except (KeyringError, RuntimeError, OSError) as exc:
        # No keyring on this machine (a server, a CI runner): the next source is tried.
        log.debug("no keyring: %s", exc.__class__.__name__)
        return None


def store_password(url: str, user: str, password: str) -> bool:
    """Keep ``password`` in the OS keyring; False when there is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, keyring_account(url, user), password)
        else:
            keyring.delete_password(KEYRING_SERVICE, keyring_account(url, user))
    except PasswordDeleteError:
        return True  # there was none to forget
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("cannot use the keyring: %s", exc.__class__.__name__)
        return False
    return True


def find_password(
    url: str,
    user: str,
    *,
    prompt: Callable[[str], str] | None = None,
    environ: dict[str, str] | None = None,
) -> str | None:
    """The password of ``user`` at ``url``: keyring, then $CICA_PLANNER_CALDAV_PASSWORD, then ``prompt``.

    ``prompt`` (given only when a person is at a terminal) is asked last; None when every
    source is empty.
    """
    found = password_from_keyring(url, user)
    if found:
        return found
    env = os.environ if environ is None else environ
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    if prompt is not None:
        answer = prompt(f"Password for {user} at {urlsplit(url).netloc}: ")
        return answer or None
    return None
