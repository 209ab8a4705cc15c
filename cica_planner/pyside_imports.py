"""PySide reads the whole source of every module imported after it: this answers for most modules without reading.

PySide lets a module opt into ``from __feature__ import snake_case, true_property``. It replaces
``__import__``, and once a new module is imported it reads the module's source
(``inspect.getsource``) to note whether it names "PySide6" (``shibokensupport.feature``):
about a tenth of a millisecond a module. The start imports what needs no Qt before Qt for that
reason (``app.prepare_without_qt``), but the UI's modules import Qt, and some 70 of them come
before the window's first paint. :func:`skip_source_reading`, called by the UI package
(``cica_planner/ui/__init__.py``) before its first module is imported, has PySide given the
answer without reading for the app's own modules, for the standard library's and for those of
the app's dependencies that use no Qt (``PACKAGES_WITHOUT_QT``: the database stack alone, some
170 modules imported once the window has painted, took PySide about 55 ms of reading before the
window answered its first click); any other module is read as before.

The answers change nothing PySide does. Neither the standard library nor the packages of
``PACKAGES_WITHOUT_QT`` name PySide6 (a test reads every source file of each): their answer
is the one the reading gives. The app's modules are answered "uses PySide", which gives each
PySide's default selection (no feature), the selection every module of the app has: none of
them selects a feature, and one that did would still have it, as ``from __feature__ import``
sets the importing module's selection itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: The top-level package whose modules are answered without reading them.
OWN_PACKAGE = __name__.partition(".")[0]
#: The app's dependencies (and theirs) that never name PySide6, by top-level package: answered
#: "no PySide" without reading. Only packages installed with the app belong here; a test reads
#: every source file of each.
PACKAGES_WITHOUT_QT = frozenset({
    "alembic", "annotated_types", "caldav", "dateutil", "hijridate", "holidays", "icalendar", "jaraco",
    "keyring", "lxml", "mako", "markupsafe", "platformdirs", "psycopg", "psycopg_binary", "pydantic",
    "pydantic_core", "six", "sqlalchemy", "sqlmodel", "typing_extensions", "typing_inspection", "tzdata",
})


def skip_source_reading() -> bool:
    """From now on, answer PySide's check of each new module without reading its source when the answer is known.

    Returns whether PySide's check was there to answer: nothing is done before PySide is
    imported, nor with a PySide release that no longer reads sources this way. Calling it again
    changes nothing.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if not callable(check):
        return False
    if not isinstance(check, AnswerWithoutReading):
        setattr(feature, "_mod_uses_pyside", AnswerWithoutReading(check))  # noqa: B010 - a module of PySide's, untyped
    return True


class AnswerWithoutReading:
    """PySide's "does this module use PySide?" check, answered by the module's package when that tells.

    ``reading_check`` is PySide's own, which reads the module's source: it still answers for
    every module that is neither the app's nor the standard library's.
    """

    def __init__(self, reading_check: Callable[[ModuleType], object]) -> None:
        self.reading_check = reading_check
        self._standard = sys.stdlib_module_names

    def __call__(self, module: ModuleType) -> bool:
        package = getattr(module, "__name__", "").partition(".")[0]
        if package == OWN_PACKAGE:
            return True
        if package in self._standard or package in PACKAGES_WITHOUT_QT:
            return False
        return bool(self.reading_check(module))
