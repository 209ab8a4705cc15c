"""Kill a child process at a named point of its work, not after a guessed sleep.

The child runs the real code under ``sys.setprofile``: when it is about to call the named
function for the n-th time (``call:NAME:N`` for a Python function, ``c_call:NAME:N`` for a
built-in such as ``os.link`` or ``sqlite3.Connection.backup``), it writes ``at POINT`` to its
standard output and waits. The parent reads that line and sends SIGKILL, so the kill lands at
the same instant of the work however loaded the machine is. Nothing in the code under test
is replaced: the profiler only watches. The child is forked from a server that has the package
imported (see forks.py), so a kill costs no interpreter start.
"""

from __future__ import annotations

import signal

from .forks import ROOT, ForkServer

STOP_AT = '''
import sys
import time


def stop_at(point):
    kind, name, nth = point.split(":")
    seen = [0]

    def watch(frame, event, arg):
        called = frame.f_code.co_name if event == "call" else getattr(arg, "__name__", "")
        if event == kind and called == name:
            seen[0] += 1
            if seen[0] == int(nth):
                print("at " + point, flush=True)
                time.sleep(3600)

    sys.setprofile(watch)
'''


def kill_at(forks: ForkServer, point: str, script: str, *arguments: str) -> None:
    """Run ``script`` (which calls ``stop_at(sys.argv[1])`` before its work) in a child and kill it at ``point``."""
    child = forks.start(STOP_AT + script, point, *arguments, env={"PYTHONPATH": str(ROOT)}, pipe_stdout=True)
    assert child.stdout is not None
    try:
        reached = child.stdout.readline().strip()
        assert reached == f"at {point}", f"the child ended without reaching {point}: {child.communicate()[1][-800:]}"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.close()
