"""Credentials follow libpq: a service file, PGPASSWORD and .pgpass all open a team calendar."""

from __future__ import annotations

import os
from pathlib import Path

from pg_cluster import login_url
from sqlalchemy.engine import make_url

from cica_planner.services import team


def test_libpq_service_file_pgpassword_and_pgpass(pg_url: str, pg_login, tmp_path: Path, monkeypatch) -> None:
    team.init(pg_url, seed=False).dispose()
    owner = team.open_team_calendar(pg_url)
    user, password = pg_login("staff")
    team.grant(owner, user, "viewer")
    owner.dispose()
    server = make_url(pg_url)

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
    engine = team.open_team_calendar(login_url(pg_url, user))
    assert team.permissions(engine).role == "viewer"
    assert password not in team.display_url(engine.url)
    engine.dispose()
