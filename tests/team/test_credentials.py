"""Credentials follow libpq: a service file, PGPASSWORD and .pgpass all open a team calendar."""

from __future__ import annotations

import os
from pathlib import Path

from pg_cluster import login_url
from sqlalchemy.engine import make_url

from cica_planner.services import team


def test_libpq_service_file_pgpassword_and_pgpass(team_url: str, pg_login, tmp_path: Path, monkeypatch) -> None:
    owner = team.open_team_calendar(team_url)
    user, password = pg_login("staff")
    team.grant(owner, user, "viewer")
    owner.dispose()
    server = make_url(team_url)

    # A service file names the server, the database and the user; PGPASSWORD gives the password.
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[cica]\nhost={server.host}\nport={server.port}\ndbname={server.database}\nuser={user}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSWORD", password)
    engine = team.open_team_calendar("postgresql:///?service=cica")
    assert team.permissions(engine).role == "viewer"
    engine.dispose()
    monkeypatch.delenv("PGPASSWORD")

    # ~/.pgpass, as psql reads it (only when no one else can read the file).
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    pgpass.write_text(f"{server.host}:{server.port}:{server.database}:{user}:{password}\n")
    pgpass.chmod(0o600)
    engine = team.open_team_calendar(login_url(team_url, user))
    assert team.permissions(engine).role == "viewer"
    assert password not in team.display_url(engine.url)
    engine.dispose()


def test_the_keyring_is_asked_when_pgpass_has_no_line_for_the_calendar(team_url: str, pg_login) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    owner = team.open_team_calendar(team_url)
    user, password = pg_login("guest")
    team.grant(owner, user, "viewer")
    owner.dispose()
    server = make_url(team_url)
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    pgpass.write_text(f"{server.host}:{server.port}:another_database:{user}:not-this-one\n")
    pgpass.chmod(0o600)
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert team.remember_password(login_url(team_url, user), password)
        engine = team.open_team_calendar(login_url(team_url, user))
        assert team.permissions(engine).role == "viewer"
        engine.dispose()
    finally:
        keyring.set_keyring(previous)
