"""A real Radicale server for the CalDAV tests (helpers; the fixtures are in conftest.py): 127.0.0.1, a free port, a temporary folder, passwords.

Radicale is started once per session from the test environment (``python -m radicale``)
with htpasswd authentication (user ``alice`` owns her collections, ``bob`` may not write
them) and stopped at the end. These tests never skip: a Radicale that cannot start fails them.
"""

from __future__ import annotations

import base64
import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "alice", "s3cret-alice"
OTHER_USER, OTHER_PASSWORD = "bob", "s3cret-bob"
START_TIMEOUT = 30.0
#: How often a test's own HTTP server looks whether it should stop (seconds).
SHUTDOWN_POLL = 0.02
_names = itertools.count(1)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class RadicaleServer:
    base: str
    storage: Path
    log: Path

    def collection(self, user: str = USER, prefix: str = "cal") -> str:
        """A fresh collection address of ``user`` (not created: publishing creates it)."""
        return f"{self.base}/{user}/{prefix}-{next(_names)}/"

    def puts(self, collection: str) -> int:
        """How many PUT requests the server received for resources of ``collection`` (from its own log)."""
        path = "/" + collection.split("/", 3)[3]
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return sum(1 for line in text.splitlines() if f"PUT request for '{path}" in line)

    def folder(self, collection: str) -> Path:
        """Where Radicale keeps ``collection`` on disk."""
        return self.storage / "collection-root" / collection.split("/", 3)[3].strip("/")

    def resources(self, collection: str) -> list[Path]:
        """The resource files Radicale stores for ``collection``."""
        folder = self.folder(collection)
        return sorted(p for p in folder.glob("*.ics")) if folder.exists() else []

    def copy_collection(self, source: str, target: str) -> None:
        """Make ``target`` a copy of ``source``, resources, properties and ETags alike (ETags follow the content).

        The copy is assembled under a dot-name, which Radicale never lists, and renamed into place in
        one step, so the running server sees either no collection or the whole of it.
        """
        final = self.folder(target)
        staging = final.with_name("." + final.name)
        shutil.copytree(self.folder(source), staging)
        staging.rename(final)

    def request(self, url: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None,
                user: str | None = USER, password: str = PASSWORD) -> tuple[int, dict[str, str], bytes]:
        """A plain HTTP request (the standard library, not the code under test); Basic authentication unless ``user`` is None."""
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        if user is not None:
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # a local test server
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()


# Radicale syncs every write to the disk. Its folder here is thrown away after the session, so the
# tests run it as Radicale's own test suite does, without that wait (about half of a PUT's time);
# the switch is internal to Radicale and cannot be set in its config file.
_LAUNCH = """
import sys
from radicale import config
config.DEFAULT_CONFIG_SCHEMA.get("storage", {}).get("_filesystem_fsync", {})["value"] = "False"
from radicale.__main__ import run
sys.argv[0] = "radicale"
run()
"""


def start_radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    folder = tmp_path_factory.mktemp("radicale")
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n{OTHER_USER}:{OTHER_PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    # Owners read and write their own collections; anyone may GET alice's "public-…" calendars whole,
    # as an Outlook subscription does (the recipe of the README).
    rights = folder / "rights"
    rights.write_text(
        "[owner]\nuser: .+\ncollection: {user}(/.*)?\npermissions: RrWw\n\n"
        f"[subscription]\nuser: .*\ncollection: {USER}/public-[^/]+\npermissions: i\n\n"
        "[root]\nuser: .+\ncollection:\npermissions: R\n",
        encoding="utf-8",
    )
    config = folder / "config"
    config.write_text(
        "[server]\n"
        f"hosts = 127.0.0.1:{port}\n"
        "[auth]\n"
        "type = htpasswd\n"
        f"htpasswd_filename = {users}\n"
        "htpasswd_encryption = plain\n"
        "delay = 0\n"
        "[rights]\n"
        "type = from_file\n"
        f"file = {rights}\n"
        "[storage]\n"
        f"filesystem_folder = {folder / 'storage'}\n"
        "[logging]\n"
        "level = info\n",
        encoding="utf-8",
    )
    log = folder / "radicale.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-c", _LAUNCH, "--config", str(config)],
                                   stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    server = RadicaleServer(f"http://127.0.0.1:{port}", folder / "storage", log)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"Radicale did not start: {log.read_text(errors='replace')[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"Radicale did not answer on port {port} within {START_TIMEOUT:.0f} s")
            time.sleep(0.02)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_cli(db: Path, *args: str) -> tuple[int, str, str]:
    """Run the command line in this process; return (exit status, stdout, stderr)."""
    import contextlib
    import io

    from cica_planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--db", str(db), *args])
    return status, out.getvalue(), err.getvalue()


class StallingProxy:
    """A proxy in front of Radicale that forwards requests until a given number of PUTs, then holds the next one.

    It makes "killed in the middle of a publish" deterministic: the test kills the publishing
    process while its next PUT hangs, however busy the machine is.
    """

    def __init__(self, target: str, puts_allowed: int) -> None:
        import http.client
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import urlsplit

        self.target = urlsplit(target)
        self.puts_allowed = puts_allowed
        self.puts = 0
        self.stalled = threading.Event()
        self._release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.command == "PUT":
                    proxy.puts += 1
                    if proxy.puts > proxy.puts_allowed:
                        proxy.stalled.set()
                        proxy._release.wait(60)
                        self.close_connection = True
                        return
                connection = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                connection.request(self.command, self.path, body=body, headers=headers)
                answer = connection.getresponse()
                content = answer.read()
                self.send_response(answer.status, answer.reason)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                connection.close()

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_MKCALENDAR = do_OPTIONS = do_REPORT = _forward

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        # A short poll interval: shutdown() waits for the serving loop's next look (0.5 s by default).
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL},
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


def exported_uids(db: Path, *options: str) -> set[str]:
    """The UIDs ``cica-planner export`` writes for the same selection, read back with vobject."""
    import tempfile

    import vobject

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.ics"
        status, _, err = run_cli(db, "export", str(target), *options)
        assert status == 0, err
        return {v.uid.value for v in vobject.readOne(target.read_text(encoding="utf-8")).vevent_list}
