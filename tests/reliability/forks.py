"""Real child processes without paying the interpreter's start and the package's imports each time.

The reliability tests kill children mid-write, race two of them on one file, or starve one of disk.
Each child must be a process of its own - the kernel, not Python, decides what a SIGKILL leaves on
disk - but starting ``python -c`` and importing SQLAlchemy, SQLModel and Alembic costs most of a
second, paid dozens of times. So one server process imports the package once, single-threaded and
before any file is opened, and forks a child per request. The child gets its own standard streams,
environment, working folder and ``sys.argv`` and runs the given source as ``__main__``, as ``python -c``
would; it exits through the interpreter's exit handlers, and a signal ends it like any process. The
test talks to the child through a ``subprocess.Popen``-like handle.
"""

from __future__ import annotations

import array
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]

#: ``python -m cica_planner`` as a child's source: the command line in a process of its own.
COMMAND_LINE = "import runpy; runpy.run_module('cica_planner', run_name='__main__', alter_sys=True)"

#: What children of the reliability tests import before their work: loaded once by the server.
PRELOAD = ("cica_planner.cli", "cica_planner.cli.parser", "cica_planner.services.seeding", "cica_planner.services.planner",
           "cica_planner.services.ical_export", "cica_planner.services.ical_import", "cica_planner.storage.backups",
           "cica_planner.storage.migrating", "cica_planner.domain.errors", "cica_planner.services.container",
           # The command line loads these standard modules on first use. A child switched to another user
           # may not be allowed to read the interpreter's files (an interpreter under root's home folder),
           # so it finds them loaded. A "No module named" error from such a child means one more belongs here.
           "encodings.utf_8_sig", "_strptime")

SERVER = r'''
import array, atexit, builtins, json, os, pwd, socket, sys, traceback, types

channel = socket.socket(fileno=int(sys.argv[1]))
for name in sys.argv[2:]:
    __import__(name)


def run_child(request, streams):
    """In the forked child: take the streams, environment and folder of the request, run its source, exit."""
    status = 1
    try:
        channel.close()
        for target, fd in enumerate(streams):
            os.dup2(fd, target)
            os.close(fd)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        if request["user"]:  # as setpriv --reuid --regid --clear-groups: from here the kernel checks as that user
            user = pwd.getpwnam(request["user"])
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
        sys.argv = ["-c", *request["args"]]
        main = types.ModuleType("__main__")
        main.__dict__["__builtins__"] = builtins
        sys.modules["__main__"] = main
        try:
            exec(compile(request["source"], "<string>", "exec"), main.__dict__)
            status = 0
        except SystemExit as exit_:  # what the interpreter does with sys.exit(code)
            if exit_.code is None or isinstance(exit_.code, int):
                status = exit_.code or 0
            else:
                print(exit_.code, file=sys.stderr)
                status = 1
        except BaseException as error:  # printed as the interpreter prints it: from the source's frame on
            traceback.print_exception(error.with_traceback(error.__traceback__.tb_next))
            status = 1
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


def receive():
    fds = array.array("i")
    message, ancillary, _flags, _address = channel.recvmsg(1 << 20, socket.CMSG_SPACE(3 * fds.itemsize))
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[:len(data) - len(data) % fds.itemsize])
    return (json.loads(message) if message else None), list(fds)


def reply(value):
    channel.send(json.dumps(value).encode())


reply("ready")
while True:
    request, streams = receive()
    if request is None:
        break
    if request["do"] == "start":
        pid = os.fork()
        if pid == 0:
            run_child(request, streams)
        for fd in streams:
            os.close(fd)
        reply(pid)
    elif request["do"] == "wait":
        flags = 0 if request["block"] else os.WNOHANG
        done, status = os.waitpid(request["pid"], flags)
        reply(os.waitstatus_to_exitcode(status) if done else None)
os._exit(0)  # nothing to flush or close: skip tearing down every module the server imported
'''


class ForkedChild:
    """One forked child, used like ``subprocess.Popen``: ``stdout`` is a text pipe when asked for."""

    def __init__(self, server: ForkServer, pid: int, stdout: IO[str] | None, outputs: tuple[IO[bytes], IO[bytes]],
                 args: Sequence[str]) -> None:
        self._server = server
        self.pid = pid
        self.stdout = stdout
        self._outputs = outputs
        self.args = list(args)
        self.returncode: int | None = None

    def send_signal(self, number: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, number)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._server.wait(self.pid, block=False)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is not None:
            return self.returncode
        try:
            ended = self._server.wait(self.pid, block=True, timeout=timeout)
        except TimeoutError:
            self.kill()  # the server is waiting for it: end it so the server answers again
            self.returncode = self._server.finish_wait()
            raise subprocess.TimeoutExpired(self.args, timeout or 0) from None
        assert ended is not None  # a blocking wait always ends with a status
        self.returncode = ended
        return ended

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Wait for the end, then return what the child wrote to the captured streams."""
        self.wait(timeout)
        out, err = (self._read(handle) for handle in self._outputs)
        if self.stdout is not None:
            out = self.stdout.read()
            self.stdout.close()
        return out, err

    def close(self) -> None:
        """Let go of the streams of a child whose output nobody reads (communicate does this itself)."""
        for handle in (self.stdout, *self._outputs):
            if handle is not None:
                handle.close()

    @staticmethod
    def _read(handle: IO[bytes]) -> str:
        handle.seek(0)
        text = handle.read().decode("utf-8", errors="replace")
        handle.close()
        return text


class ForkServer:
    """A process with the package imported that forks a child per :meth:`start`; :meth:`run` waits for it."""

    def __init__(self, preload: Sequence[str] = PRELOAD) -> None:
        # Packets keep each request whole, with the child's streams riding along as descriptors.
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self._process = subprocess.Popen([sys.executable, "-c", SERVER, str(theirs.fileno()), *preload],
                                         pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self._channel = ours
        if self._answer() != "ready":
            raise RuntimeError("the fork server did not start")

    def start(self, source: str, *args: str, env: Mapping[str, str], cwd: Path | None = None,
              pipe_stdout: bool = False, user: str | None = None) -> ForkedChild:
        """Fork a child that runs ``source`` like ``python -c source ARGS`` in ``env`` (the whole environment).

        With ``user`` (this process must be root) the child drops to that user, its primary group and
        no other groups before it runs the source.
        """
        devnull = os.open(os.devnull, os.O_RDONLY)
        out_file, err_file = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 - the child handle closes them
        read_end = write_end = None
        if pipe_stdout:
            read_end, write_end = os.pipe()
        streams = [devnull, write_end if write_end is not None else out_file.fileno(), err_file.fileno()]
        request = {"do": "start", "source": source, "args": list(args), "env": dict(env),
                   "cwd": str(cwd or Path.cwd()), "user": user}
        try:
            self._channel.sendmsg([json.dumps(request).encode()],
                                  [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", streams))])
            pid = self._answer()
        finally:
            os.close(devnull)
            if write_end is not None:
                os.close(write_end)
        stdout = open(read_end, encoding="utf-8") if read_end is not None else None  # noqa: SIM115 - as above
        return ForkedChild(self, pid, stdout, (out_file, err_file), ["-c", *args])

    def run(self, source: str, *args: str, env: Mapping[str, str], cwd: Path | None = None,
            timeout: float = 120, user: str | None = None) -> subprocess.CompletedProcess[str]:
        """Like ``subprocess.run([python, "-c", source, *args], capture_output=True, text=True)``."""
        child = self.start(source, *args, env=env, cwd=cwd, user=user)
        out, err = child.communicate(timeout=timeout)
        return subprocess.CompletedProcess(child.args, child.returncode or 0, out, err)

    def wait(self, pid: int, *, block: bool, timeout: float | None = None) -> int | None:
        self._channel.sendmsg([json.dumps({"do": "wait", "pid": pid, "block": block}).encode()])
        self._channel.settimeout(timeout)
        try:
            return self._answer()
        finally:
            self._channel.settimeout(None)

    def finish_wait(self) -> int:
        """The answer to a wait that timed out, once its child has been ended."""
        return self._answer()

    def close(self) -> None:
        self._channel.sendmsg([b""])
        self._channel.close()
        self._process.wait(timeout=60)

    def _answer(self):  # one JSON value per packet
        packet = self._channel.recv(1 << 16)
        if not packet:
            raise RuntimeError("the fork server ended")
        return json.loads(packet)
