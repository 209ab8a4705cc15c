"""Where an import's time goes: each step of ``cica-planner import`` timed in one fresh process.

``python -m bench`` prints this under its table, so a ratio over its goal comes with its
reasons. Run alone: ``python bench/io_breakdown.py FILE.ics``. The steps are those of the
command line importing into a new calendar (``--no-seed``), which holds no events yet and so
takes ``services/ical_import_file.py``: start Python and load the modules, read the file,
create the new calendar (its prepared schema), plan, and write (the import backup, then one
transaction). The script calls the same functions that service calls, in its order; a
calendar that holds events goes through the database stack instead (``ImportService``).
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
from contextlib import closing
from datetime import UTC
from cica_planner.domain.clock import system_clock
from cica_planner.services import ical_import_file
from cica_planner.services.ical_plan import plan_import, read_file
from cica_planner.storage import quick_reads
from cica_planner.storage.backups import BackupKind, make_backup
from cica_planner.storage.event_rows import insert_into_empty_calendar
from cica_planner.storage.machine_user import os_user
from cica_planner.storage.opening import ready_calendar_file
loaded = time.perf_counter()
calendars = read_file(Path(sys.argv[1]).read_bytes())
read = time.perf_counter()
path = Path(tempfile.mkdtemp(prefix="cica-bench-")) / "new.sqlite3"
assert ready_calendar_file(path)
opened = time.perf_counter()
with closing(quick_reads.connect(path)) as connection:
    countries = quick_reads.countries(connection)
plan = plan_import(None, calendars, stored={}, countries=countries)
planned = time.perf_counter()
make_backup(path, BackupKind.IMPORT)
when = system_clock().now().astimezone(UTC).replace(microsecond=0)
assert insert_into_empty_calendar(path, ical_import_file._fresh(plan), os_user(), when)
written = time.perf_counter()
print(json.dumps({"modules": loaded - started, "read the file": read - loaded,
                  "create the calendar (prepared schema)": opened - read, "plan": planned - opened,
                  "write (import backup, one transaction)": written - planned}))
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
