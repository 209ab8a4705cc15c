"""The command line's argument parser class (argparse is imported only when a command is parsed).

A start of the window reads its two options by hand (``cli/window_start.py``), so neither argparse
nor the translations it looks its messages up in (gettext) are loaded before the window's first paint.
"""

from __future__ import annotations

import argparse
from typing import NoReturn


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like the rest of the command line."""

    def error(self, message: str) -> NoReturn:
        program = self.prog.split(" ", 1)[0]  # a sub-command's parser is named after the program, then the command
        self.exit(2, f"{self.prog}: {message} (see {program} --help)\n")
