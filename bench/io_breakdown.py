"""Where an import's time goes: each step of ``cica-planner import`` timed in one fresh process.

``python -m bench`` prints this under its table, so a ratio over its goal comes with its
reasons. Run alone: ``python bench/io_breakdown.py FILE.ics``. The steps are those of the
command line: start Python and load the modules (the database stack among them), read the
file, create the new calendar (from the prepared schema), plan, and write.
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
from cica_planner.services.ical_import import ImportService
from cica_planner.services.ical_plan import read_file
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
loaded = time.perf_counter()
calendars = read_file(Path(sys.argv[1]).read_bytes())
read = time.perf_counter()
engine = open_database(Path(tempfile.mkdtemp(prefix="cica-bench-")) / "new.sqlite3", seed=False)
opened = time.perf_counter()
imports = ImportService(PlannerService(engine))
plan = imports.plan(calendars)
planned = time.perf_counter()
imports.apply(plan)
written = time.perf_counter()
print(json.dumps({"modules (database stack)": loaded - started, "read the file": read - loaded,
                  "create the calendar (prepared schema)": opened - read, "plan": planned - opened,
                  "write (one transaction)": written - planned}))
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
