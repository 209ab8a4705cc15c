"""Count the classes a process builds at run time, through Python, up to a moment: ``count_classes()``.

A start of a PySide window builds, in Python, classes that a compiled toolkit has ready-made:

* PySide's enumerations: each C++ enum becomes a class of Python's ``enum`` module, made with
  its functional API when its owner is first used (all 93 of the Qt namespace at the first use
  of ``Qt``, about 1,300 members);
* the program's own enumerations (``class Category(StrEnum)``), made by the same module;
* dataclasses, whose methods are written and compiled as the class is made.

``count_classes`` wraps the three ways in, from the moment it is called; ``ClassesMade`` holds
the count, the members (enumerations) and the time of each kind.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import time
from typing import Any


class ClassesMade:
    """What was made, by kind: classes, enumeration members, seconds."""

    KINDS = ("toolkit enumerations", "own enumerations", "dataclasses")

    def __init__(self) -> None:
        self.totals = {kind: [0, 0, 0.0] for kind in self.KINDS}

    def add(self, kind: str, members: int, seconds: float) -> None:
        total = self.totals[kind]
        total[0] += 1
        total[1] += members
        total[2] += seconds

    def as_json(self) -> str:
        return json.dumps(self.totals)


def count_classes() -> ClassesMade:
    """Count from now on every enumeration and dataclass the process makes (see the module's docstring)."""
    made = ClassesMade()
    functional_call = enum.EnumType.__call__
    class_statement = enum.EnumType.__new__
    process_class: Any = dataclasses._process_class  # pyright: ignore[reportAttributeAccessIssue] - where every dataclass passes
    inside_call = [0]

    def call(cls: Any, value: Any, names: Any = None, *args: Any, **kwargs: Any) -> Any:
        if names is None:  # a lookup by value (Category("SOC")), not a new class
            return functional_call(cls, value, *args, **kwargs)
        started = time.perf_counter()
        inside_call[0] += 1
        try:
            new = functional_call(cls, value, names, *args, **kwargs)
        finally:
            inside_call[0] -= 1
        made.add("toolkit enumerations", len(new.__members__), time.perf_counter() - started)
        return new

    def new(metacls: Any, name: str, bases: Any, classdict: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        created = class_statement(metacls, name, bases, classdict, **kwargs)
        if not inside_call[0]:
            made.add("own enumerations", len(created.__members__), time.perf_counter() - started)
        return created

    def dataclass_made(cls: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        done = process_class(cls, *args, **kwargs)
        made.add("dataclasses", 0, time.perf_counter() - started)
        return done

    enum.EnumType.__call__ = call
    enum.EnumType.__new__ = new  # pyright: ignore[reportAttributeAccessIssue]
    dataclasses._process_class = dataclass_made  # pyright: ignore[reportAttributeAccessIssue]
    return made
