"""Where the password comes from: the OS keyring, then the environment, then a prompt; never the arguments."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from cica_planner.services.caldav_credentials import (
    KEYRING_SERVICE,
    PASSWORD_ENV,
    find_password,
    keyring_account,
    store_password,
)

URL = "https://cal.example.org:8443/team/cica/"


class MemoryKeyring(KeyringBackend):
    """A keyring held in a dict: stands in for the OS's (the code under test is the order of the sources)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("none")
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_keyring_first_then_environment_then_prompt(memory_keyring: MemoryKeyring) -> None:
    asked: list[str] = []

    def prompt(question: str) -> str:
        asked.append(question)
        return "typed"

    assert find_password(URL, "aigerim", prompt=prompt, environ={}) == "typed"
    assert asked == ["Password for aigerim at cal.example.org:8443: "]
    assert find_password(URL, "aigerim", prompt=prompt, environ={PASSWORD_ENV: "from-env"}) == "from-env"
    assert store_password(URL, "aigerim", "from-keyring")
    assert memory_keyring.items == {(KEYRING_SERVICE, "aigerim@https://cal.example.org:8443"): "from-keyring"}
    assert find_password(URL, "aigerim", prompt=prompt, environ={PASSWORD_ENV: "from-env"}) == "from-keyring"
    assert len(asked) == 1
    assert find_password(URL, "someone-else", environ={}) is None
    assert store_password(URL, "aigerim", "")  # an empty password forgets the stored one
    assert memory_keyring.items == {}
    assert store_password(URL, "aigerim", "")  # forgetting what is not there is fine


def test_no_keyring_on_the_machine_falls_through_to_the_environment() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert find_password(URL, "aigerim", environ={PASSWORD_ENV: "from-env"}) == "from-env"
        assert not store_password(URL, "aigerim", "secret")
    finally:
        keyring.set_keyring(previous)


def test_the_account_names_the_server_not_the_path() -> None:
    assert keyring_account(URL, "aigerim") == "aigerim@https://cal.example.org:8443"
    assert keyring_account("http://127.0.0.1:5232/a/b/", "alice") == "alice@http://127.0.0.1:5232"


def test_the_command_line_has_no_password_option() -> None:
    from cica_planner.cli import build_parser

    parser = build_parser()
    for command in ("publish", "sync"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, URL, "--password", "x"])
