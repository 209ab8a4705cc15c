"""Calendar files made once and copied per test: copying a finished file costs a fraction of building it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cica_planner.services.planner import PlannerService


def write_calendar(path: Path, *, start_from: Path | None = None, seed: bool = True,
                   fill: Callable[[PlannerService], object] | None = None) -> Path:
    """Make the calendar file ``path`` (a copy of ``start_from``, else a new one, seeded or not), filled by ``fill``.

    The write-ahead log is folded into the file before it is closed, so copying the one file
    copies the whole calendar.
    """
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    if start_from is not None:
        copy_calendar(start_from, path)
    engine = open_database(path, seed=seed)
    try:
        if fill is not None:
            fill(PlannerService(engine))
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


def copy_calendar(template: Path, target: Path) -> Path:
    """A copy of the calendar file ``template`` at ``target``."""
    target.write_bytes(template.read_bytes())
    return target
