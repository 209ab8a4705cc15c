"""Writing a file the user chose: a refused write is one line in the window, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cica_planner.domain.errors import PlannerError

T = TypeVar("T")


def written_or_reported(show_error: Callable[[str], object], target: Path, write: Callable[[], T]) -> T | None:
    """What ``write()`` returns, or None after showing why ``target`` could not be written."""
    try:
        return write()
    except PlannerError as exc:
        show_error(str(exc))
    except OSError as exc:
        show_error(f"{target.name}: {exc.strerror or exc}")
    return None
