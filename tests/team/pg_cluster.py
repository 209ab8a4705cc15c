"""A throw-away PostgreSQL cluster for the team-calendar tests and the load benchmark.

It runs the server binaries of this machine in a temporary folder on a free local port. The
server refuses to run as root, so as root it runs as the ``postgres`` user. Logins over TCP need
a password (SCRAM), except the superuser's, so failed logins can be tested as users meet them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

ADMIN_USER = "postgres"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first, or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]),
                        reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", ADMIN_USER, "--", *command]
    return ["su", ADMIN_USER, "-s", "/bin/sh", "-c", " ".join(f"'{part}'" for part in command)]


@contextlib.contextmanager
def temporary_cluster(binaries: Path) -> Iterator[str]:
    """Start a cluster; yield its superuser URL; stop and remove it afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="cica-pg-"))
    data = folder / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, ADMIN_USER)
    folder.chmod(0o700)
    run = {"check": True, "capture_output": True, "text": True}
    try:
        subprocess.run(_as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", ADMIN_USER, "-E", "UTF8",
                                        "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"]), **run)
        hba = data / "pg_hba.conf"
        # The superuser logs in without a password (it only creates and drops test databases).
        text = hba.read_text()
        hba.write_text(f"host all {ADMIN_USER} 127.0.0.1/32 trust\n" + text)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                        "-l", str(folder / "server.log"), "-w", "start"]), **run)
        try:
            yield f"postgresql://{ADMIN_USER}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                           check=False, capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def login_url(url: str, user: str, password: str | None = None) -> str:
    """``url`` with another user (and password), for a second client."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=user, password=password).render_as_string(hide_password=False)
