"""When publishing goes wrong: one clear line, nothing changed here, and the next run finishes the job."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import icalendar
import pytest
from caldav_helpers import (
    OTHER_PASSWORD,
    OTHER_USER,
    SHUTDOWN_POLL,
    USER,
    RadicaleServer,
    StallingProxy,
    exported_uids,
    run_cli,
)

from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database


def _events(db: Path) -> list:
    engine = open_database(db)
    try:
        return PlannerService(engine).all_events()
    finally:
        engine.dispose()


def _one_line_error(status: int, out: str, err: str) -> str:
    assert status == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_wrong_password_is_one_line_and_changes_nothing(
    radicale: RadicaleServer, seeded_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _events(seeded_db)
    monkeypatch.setenv("CICA_PLANNER_CALDAV_PASSWORD", "not-the-password")
    url = radicale.collection()
    line = _one_line_error(*run_cli(seeded_db, "publish", url, "--user", USER, "--create"))
    assert "refused the user name or password for 'alice' (401 Unauthorized)" in line
    assert "not-the-password" not in line
    assert _events(seeded_db) == before
    assert radicale.resources(url) == []


def test_another_users_calendar_is_forbidden(radicale: RadicaleServer, seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CICA_PLANNER_CALDAV_PASSWORD", OTHER_PASSWORD)
    line = _one_line_error(*run_cli(seeded_db, "publish", radicale.collection(USER), "--user", OTHER_USER, "--create"))
    assert "does not let user 'bob' write to" in line
    assert "403 Forbidden" in line


def test_a_missing_calendar_is_named_with_the_way_to_create_it(
    radicale: RadicaleServer, seeded_db: Path, password_env: None
) -> None:
    url = radicale.collection()
    line = _one_line_error(*run_cli(seeded_db, "publish", url, "--user", USER))
    assert line.endswith(f"there is no calendar at {url} (404 Not Found); add --create to create it")
    assert radicale.resources(url) == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server(seeded_db: Path, password_env: None) -> None:
    port = _closed_port()
    line = _one_line_error(*run_cli(seeded_db, "publish", f"http://127.0.0.1:{port}/alice/cica/", "--user", USER))
    assert f"cannot reach 127.0.0.1:{port}" in line


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    yield listener.getsockname()[1]
    listener.close()


def test_a_silent_server_times_out(seeded_db: Path, password_env: None, silent_server: int) -> None:
    url = f"http://127.0.0.1:{silent_server}/alice/cica/"
    line = _one_line_error(*run_cli(seeded_db, "publish", url, "--user", USER, "--timeout", "0.5"))
    assert f"127.0.0.1:{silent_server} did not answer within 0.5 s" in line


def test_tls_to_a_plain_server_is_a_tls_error(radicale: RadicaleServer, seeded_db: Path, password_env: None) -> None:
    url = radicale.collection().replace("http://", "https://")
    line = _one_line_error(*run_cli(seeded_db, "publish", url, "--user", USER, "--timeout", "5"))
    assert "(TLS)" in line


class _Answering(BaseHTTPRequestHandler):
    """A calendar that lists nothing and answers every PUT with the status the test chose."""

    put_status = 507

    def do_PROPFIND(self) -> None:  # http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'<?xml version="1.0"?><multistatus xmlns="DAV:"></multistatus>'
        self.send_response(207)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.put_status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def answering_server() -> Iterator[tuple[str, type[_Answering]]]:
    handler = type("Handler", (_Answering,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/alice/cica/", handler
    server.shutdown()
    server.server_close()


def test_a_full_server_is_one_line(seeded_db: Path, password_env: None, answering_server) -> None:
    url, handler = answering_server
    handler.put_status = 507
    line = _one_line_error(*run_cli(seeded_db, "publish", url, "--user", USER))
    assert "is full (507 Insufficient Storage)" in line


@pytest.mark.parametrize("code", [409, 412])
def test_a_concurrent_change_holds_the_resource_back(seeded_db: Path, password_env: None, answering_server, code: int) -> None:
    url, handler = answering_server
    handler.put_status = code
    status, out, err = run_cli(seeded_db, "publish", url, "--user", USER)
    assert status == 3
    assert "changed on the server during the publish" in err
    assert "held back" in out


def test_a_killed_publish_leaves_whole_resources_and_the_next_one_finishes(
    radicale: RadicaleServer, seeded_db: Path, password_env: None
) -> None:
    url = radicale.collection()
    proxy = StallingProxy(radicale.base, puts_allowed=5)
    try:
        through_proxy = url.replace(radicale.base, proxy.base)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        process = subprocess.Popen([sys.executable, "-m", "cica_planner", "--db", str(seeded_db), "publish",
                                    through_proxy, "--user", USER, "--create"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        # The sixth PUT hangs: kill the process there, halfway through its publish.
        assert proxy.stalled.wait(60), "the publish never reached its sixth resource"
        process.send_signal(signal.SIGKILL)
        assert process.wait(30) == -signal.SIGKILL
        present = radicale.resources(url)
        assert len(present) == 5
        for resource in present:  # each resource on the server is whole
            calendar = icalendar.Calendar.from_ical(resource.read_text(encoding="utf-8"))
            assert len(list(calendar.walk("VEVENT"))) == 1
        puts_before = radicale.puts(url)

        proxy.puts_allowed = 10**6  # the network is back
        status, out, err = run_cli(seeded_db, "publish", through_proxy)
        assert status == 0, out + err
        total = len(radicale.resources(url))
        assert total == len(exported_uids(seeded_db))
        assert radicale.puts(url) - puts_before == total - len(present)  # only the missing ones were sent
        assert f"created {total - len(present)}," in out
        status, out, _ = run_cli(seeded_db, "publish", through_proxy)
        assert "created 0, updated 0, deleted 0" in out
    finally:
        proxy.close()
