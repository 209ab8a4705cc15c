"""What the small record classes of the window's first paint share: they are plain classes with slots.

A dataclass writes and compiles its methods (``__init__``, ``__repr__``, ``__eq__`` …) when its
module is imported: 0.3 to 0.6 ms a class, and the modules imported before the window's first
paint held a dozen of them. The records of the window's modules (the month's bars, chips and
lanes, the views' items, the filters' rows, a press on an event) are plain classes with
``__slots__`` and a written ``__init__`` instead, over :class:`Record` for their ``__repr__``:
as quick to make, and none of them is compared by value. The domain's records stay dataclasses.
"""

from __future__ import annotations


class Record:
    """A record with ``__slots__``: shown as ``Name(field=value, …)``, as a dataclass shows itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(type(self), "__slots__", ()))
        return f"{type(self).__name__}({fields})"
