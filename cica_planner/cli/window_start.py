"""The window's own options, read by hand: ``cica-planner [--db PATH] [--no-seed]`` with no command.

A start of the window is told from its command line without building the full parser: an
argparse parser looks up its messages' translations as it is built (gettext, which imports
``locale`` and searches the disk for catalogues), time the first paint waits for. Only the plain
spellings are read here: ``--db PATH``, ``--db=PATH`` and ``--no-seed``, each any number of
times (the last ``--db`` counts, as with argparse). Anything else, ``--help``, a command, an
abbreviated option or a ``--db`` without its value, is left to the full parser, so that its
answers and messages stay the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

DB_OPTION = "--db"
NO_SEED_OPTION = "--no-seed"


class WindowOptions(NamedTuple):
    """The options of a start of the window: the calendar named by ``--db`` (None: the default one), ``--no-seed``."""

    db: str | None = None
    no_seed: bool = False


def window_start_options(argv: Sequence[str]) -> WindowOptions | None:
    """The options of ``argv`` when it only starts the window; None: the full parser must read it."""
    db: str | None = None
    no_seed = False
    words = iter(argv)
    for word in words:
        if word == NO_SEED_OPTION:
            no_seed = True
        elif word == DB_OPTION:
            value = next(words, None)
            if value is None or value.startswith("-"):  # argparse takes such a word for an option, not a path
                return None
            db = value
        elif word.startswith(DB_OPTION + "="):
            db = word.removeprefix(DB_OPTION + "=")
        else:
            return None
    return WindowOptions(db, no_seed)
