"""Desktop user interface (PySide6): main window, calendar views, dialogs and widgets."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Give ``None`` a huge reference count on Python 3.11.

    Some PySide6 builds (6.12 on CPython 3.11) return ``None`` from void methods such as
    ``QPainter.setPen`` without adding a reference. On 3.11, where ``None`` is not yet
    immortal, every such call drops its count by one, and a painted calendar makes
    thousands of them: the interpreter then aborts with "deallocating None". From 3.12 on
    ``None`` is immortal and nothing needs doing.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
