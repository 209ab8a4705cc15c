"""Where an import's time goes: each step of ``cica-planner import`` timed in one fresh process.

``python -m bench`` prints this under its table, so a ratio over its goal comes with its
reasons. Run alone: ``python bench/io_breakdown.py FILE.ics``. The steps are those of the
command line adding events to a new calendar file (``services/file_import.py``, no database
stack): start Python and load the modules, read the file, create the new calendar (from the
prepared schema), plan, and write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STEPS = """
import json, sys, tempfile, time
from pathlib import Path
started = time.perf_counter()
from cica_planner.domain.clock import system_clock
from cica_planner.services.file_import import StoredFile, write_new_events
from cica_planner.services.ical_plan import plan_import, prune_known_exdates, read_file
from cica_planner.storage import quick_writes
from cica_planner.storage.opening import ready_calendar_file
loaded = time.perf_counter()
calendars = read_file(Path(sys.argv[1]).read_bytes())
read = time.perf_counter()
path = Path(tempfile.mkdtemp(prefix="cica-bench-")) / "new.sqlite3"
ready_calendar_file(path)
connection = quick_writes.connect(path)
opened = time.perf_counter()
plan = prune_known_exdates(plan_import(StoredFile(connection), calendars))
planned = time.perf_counter()
write_new_events(connection, path, plan, system_clock())
written = time.perf_counter()
print(json.dumps({"modules": loaded - started, "read the file": read - loaded,
                  "create the calendar (prepared schema)": opened - read, "plan": planned - opened,
                  "write (one transaction, a backup first)": written - planned}))
"""

BARE = "import time; started = time.perf_counter(); import icalendar; print(time.perf_counter() - started)"


def import_steps(path: Path) -> dict[str, float]:
    """Seconds per step of importing ``path`` into a new calendar, plus Python's own start-up."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CICA_PLANNER_LOG_DIR": tempfile.mkdtemp(prefix="cica-bench-log-")}
    done = subprocess.run([sys.executable, "-c", STEPS, str(path)], env=env, capture_output=True, text=True, check=True)
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    bare = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True)
    steps["(for comparison: loading icalendar)"] = float(bare.stdout.strip())
    return steps


def describe(steps: dict[str, float]) -> str:
    total = sum(value for name, value in steps.items() if not name.startswith("("))
    return "\n".join(f"- {name}: {value:.2f} s" + (f" ({value / total:.0%})" if not name.startswith("(") else "")
                     for name, value in steps.items())


if __name__ == "__main__":
    print(describe(import_steps(Path(sys.argv[1]))))
