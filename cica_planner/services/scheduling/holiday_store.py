"""What the ``holidays`` package said, kept in a small JSON file per version of the package.

The views mark the host's holidays on the first page they paint. Asking the package costs
about a third of a second and 25 MB at every start: looking up one country imports the
modules of all 200 countries it knows. The answers only change with the package, so
:class:`HolidayStore` keeps them in the user's cache folder under the package's version
(``holidays-<version>.json``); a start reads that file and imports the package only when it
meets a country or a year it has not seen. The file is a cache: when it is missing, damaged
or cannot be written, the package is asked as before. Only this module writes the file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from importlib import util
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

#: Raised by ``json`` and by a file whose content is not the shape written here.
_UNREADABLE = (OSError, ValueError, TypeError, KeyError, AttributeError)


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class CountryFacts(NamedTuple):
    """The years the package covers for one country, and its weekend (Monday = 0)."""

    first_year: int
    last_year: int
    weekend: frozenset[int]


class YearFacts(NamedTuple):
    """One country's holidays in one year: (English name, own-language name) per day, and weekend days made working days."""

    by_day: dict[date, tuple[tuple[str, str], ...]]
    working_weekend_days: frozenset[date]


class HolidayStore:
    """The package's answers by country and (country, year), read from and written to ``path``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._data: dict[str, Any] = {"supported": None, "countries": {}, "years": {}}
        self._batches = 0  # open batch() blocks: answers kept inside one are written once, when it ends
        self._unsaved = False
        if path is not None and path.is_file():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict) and isinstance(loaded.get("countries"), dict) \
                        and isinstance(loaded.get("years"), dict):
                    self._data = loaded
            except _UNREADABLE as exc:
                log.info("the holiday cache %s is not used: %s", path, exc)

    @classmethod
    def in_folder(cls, folder: Path) -> HolidayStore:
        """The store of the installed package version in ``folder`` (none kept when the version is unknown)."""
        version = _package_version()
        return cls(folder / f"holidays-{version}.json" if version else None)

    def supported(self) -> set[str] | None:
        codes = self._data.get("supported")
        return set(codes) if isinstance(codes, list) else None

    def keep_supported(self, codes: set[str]) -> None:
        self._data["supported"] = sorted(codes)
        self._save()

    def country(self, code: str) -> CountryFacts | None:
        try:
            first, last, weekend = self._data["countries"][code]
            return CountryFacts(int(first), int(last), frozenset(int(day) for day in weekend))
        except _UNREADABLE:
            return None

    def keep_country(self, code: str, facts: CountryFacts) -> None:
        self._data["countries"][code] = [facts.first_year, facts.last_year, sorted(facts.weekend)]
        self._save()

    def year(self, code: str, year: int) -> YearFacts | None:
        try:
            stored = self._data["years"][f"{code}:{year}"]
            by_day = {date.fromisoformat(day): tuple((str(name), str(own)) for name, own in names)
                      for day, names in stored["days"]}
            return YearFacts(by_day, frozenset(date.fromisoformat(day) for day in stored["working"]))
        except _UNREADABLE:
            return None

    def keep_year(self, code: str, year: int, facts: YearFacts) -> None:
        self._data["years"][f"{code}:{year}"] = {
            "days": [[day.isoformat(), [list(pair) for pair in names]] for day, names in sorted(facts.by_day.items())],
            "working": sorted(day.isoformat() for day in facts.working_weekend_days),
        }
        self._save()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Write what is kept inside the block once, at its end, not once per country and year.

        The file holds every answer so far and is written whole: a lookup over all Member States
        and several years, answered one year at a time, rewrote a growing file a hundred times.
        """
        self._batches += 1
        try:
            yield
        finally:
            self._batches -= 1
            if not self._batches and self._unsaved:
                self._save()

    def _save(self) -> None:
        """Write the whole file anew (atomically); a cache that cannot be written is simply not kept."""
        if self._batches:
            self._unsaved = True
            return
        self._unsaved = False
        if self.path is None:
            return
        import tempfile  # here: it imports shutil and more, which a start that only reads never needs

        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
            text = json.dumps(self._data, ensure_ascii=False, separators=(",", ":"))  # one pass, not many small writes
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.info("the holiday cache %s cannot be written: %s", self.path, exc)
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def _package_version() -> str | None:
    """The installed holidays package's version, read from its dist-info folder's name without importing it.

    importlib.metadata would do, but importing it costs more than reading the whole cache.
    """
    spec = util.find_spec("holidays")
    if spec is not None and spec.origin:
        for found in Path(spec.origin).parent.parent.glob("holidays-*.dist-info"):
            return found.name.removeprefix("holidays-").removesuffix(".dist-info")
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return None
