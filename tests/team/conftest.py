"""A real PostgreSQL server for the team-calendar tests.

$CICA_TEST_PG_URL names a server whose user may create databases and roles; without it a
temporary cluster is started from this machine's server binaries. Without either, the tests
skip with the reason shown, except under CI (the CI variable is set), where that is a failure.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).parent))
from pg_cluster import server_binaries, temporary_cluster

URL_ENV = "CICA_TEST_PG_URL"
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The superuser URL of a PostgreSQL server for this test session."""
    configured = os.environ.get(URL_ENV)
    if configured:
        yield configured
        return
    binaries = server_binaries()
    if binaries is None:
        reason = f"no PostgreSQL server: set {URL_ENV} or install the server (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; under CI the server-backed tests must run")
        pytest.skip(reason)
    with temporary_cluster(binaries) as url:
        yield url


def _admin_engine(server: str):
    return create_engine(make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


def _database_url(server: str, name: str) -> str:
    return make_url(server).set(database=name).render_as_string(hide_password=False)


@contextlib.contextmanager
def _new_database(server: str, template: str | None = None) -> Iterator[str]:
    """A new database (a copy of ``template``, if given) for one test: its superuser URL; dropped afterwards."""
    name = f"cica_test_{os.getpid()}_{next(_names)}"
    admin = _admin_engine(server)
    copied = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copied}'))
    try:
        yield _database_url(server, name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """The URL (superuser) of a new, empty database, dropped after the test."""
    with _new_database(pg_server) as url:
        yield url


def _calendar_template(server: str, *, seed: bool) -> Iterator[str]:
    """A database made once as ``team init`` makes a calendar, kept as a template nobody connects to."""
    from cica_planner.services import team

    name = f"cica_template_{os.getpid()}_{'seeded' if seed else 'empty'}"
    admin = _admin_engine(server)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    team.init(_database_url(server, name), seed=seed).dispose()
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false'))
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false'))
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def _empty_calendar_template(pg_server: str) -> Iterator[str]:
    yield from _calendar_template(pg_server, seed=False)


@pytest.fixture(scope="session")
def _seeded_calendar_template(pg_server: str) -> Iterator[str]:
    yield from _calendar_template(pg_server, seed=True)


def _team_calendar(server: str, template: str, *, seed: bool) -> Iterator[str]:
    from cica_planner.services import team

    with _new_database(server, template) as url:
        # A copy leaves out the database's own grants (CONNECT, TEMPORARY): init gives them again. With the
        # schema at its head and the roles there, that is all it does, in a few milliseconds.
        team.init(url, seed=seed).dispose()
        yield url


@pytest.fixture
def team_url(pg_server: str, _empty_calendar_template: str) -> Iterator[str]:
    """The URL (superuser) of a new team calendar as ``team init --no-seed`` leaves it: schema and roles, no data.

    Running the migrations for every test costs far more than ``CREATE DATABASE … TEMPLATE``, so
    the calendar is made once per session and copied.
    """
    yield from _team_calendar(pg_server, _empty_calendar_template, seed=False)


@pytest.fixture
def seeded_team_url(pg_server: str, _seeded_calendar_template: str) -> Iterator[str]:
    """The URL (superuser) of a new team calendar as ``team init`` leaves it: the seeded CICA calendar (a copy, see ``team_url``)."""
    yield from _team_calendar(pg_server, _seeded_calendar_template, seed=True)


@pytest.fixture
def pg_login(pg_server: str) -> Iterator:
    """A factory of login roles with passwords: ``pg_login("alice")`` -> ("alice_<pid>", password)."""
    admin = _admin_engine(pg_server)
    made: list[str] = []

    def create(name: str) -> tuple[str, str]:
        user = f"{name}_{os.getpid()}_{next(_names)}"
        password = f"secret-{user}"
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'"))
        made.append(user)
        return user, password

    yield create
    with admin.connect() as connection:
        databases = [row[0] for row in connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE 'cica_test_%'"))]
        for user in made:
            for database in databases:
                # Privileges granted in a test database that still exists must go before the role can.
                engine = create_engine(make_url(pg_server).set(drivername="postgresql+psycopg", database=database),
                                       isolation_level="AUTOCOMMIT")
                with engine.connect() as inside:
                    inside.execute(text(f'DROP OWNED BY "{user}"'))
                engine.dispose()
            connection.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, tmp_path) -> str:
    """A calendar on each engine: a new SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "calendar.sqlite3")
    return request.getfixturevalue("pg_url")
