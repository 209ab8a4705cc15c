"""Blackout periods: the UN General Assembly's high-level week and any days planners add.

The list is a JSON file the user may edit. The app ships one (``resources/scheduling``); a copy
in the user's configuration folder, once made, takes its place. A bad file is a one-line
:class:`ValidationError` naming the entry, never a traceback.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from platformdirs import PlatformDirs

from cica_planner.domain.errors import ValidationError
from cica_planner.paths import APP_AUTHOR, APP_NAME
from cica_planner.resources import resource_path

BLACKOUTS_ENV_VAR = "CICA_PLANNER_BLACKOUTS"
UNGA_RULE = "unga-high-level-week"
RULES = (UNGA_RULE,)


@dataclass(frozen=True)
class BlackoutPeriod:
    """Days to avoid in one year: ``first``..``last`` inclusive."""

    name: str
    first: date
    last: date
    country: str = ""
    note: str = ""


@dataclass(frozen=True)
class BlackoutEntry:
    """One entry of the list: a rule that yields a period each year, or fixed days."""

    name: str
    rule: str = ""
    first: date | None = None
    last: date | None = None
    days_before: int = 0
    days_after: int = 0
    country: str = ""
    note: str = ""
    enabled: bool = True

    def periods(self, year: int) -> list[BlackoutPeriod]:
        """The period(s) of this entry that touch ``year``."""
        if not self.enabled:
            return []
        if self.rule == UNGA_RULE:
            opening = unga_general_debate_opening(year)
            first, last = opening - timedelta(days=self.days_before), opening + timedelta(days=self.days_after)
        elif self.first is not None and self.last is not None:
            first, last = self.first, self.last
        else:
            return []
        if first.year <= year <= last.year:
            return [BlackoutPeriod(self.name, first, last, self.country, self.note)]
        return []


def unga_general_debate_opening(year: int) -> date:
    """The Tuesday the UN General Assembly's general debate opens.

    It is the Tuesday of the fourth week of September, counting weeks (Monday to Sunday) from the
    first one with a September working day: 21 Sep 2021, 20 Sep 2022, 19 Sep 2023, 24 Sep 2024,
    23 Sep 2025.
    """
    first_of_september = date(year, 9, 1)
    first_working = first_of_september
    while first_working.weekday() >= 5:
        first_working += timedelta(days=1)
    week_one_monday = first_working - timedelta(days=first_working.weekday())
    return week_one_monday + timedelta(weeks=3, days=1)


def shipped_blackouts_path() -> Path:
    return resource_path("scheduling", "blackouts.json")


def user_blackouts_path() -> Path:
    """Where the user's own list lives ($CICA_PLANNER_BLACKOUTS, else the configuration folder)."""
    override = os.environ.get(BLACKOUTS_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_config_dir) / "blackouts.json"


def load_blackouts(path: Path | None = None) -> list[BlackoutEntry]:
    """The entries of ``path``; by default the user's list, else the shipped one."""
    if path is None:
        user = user_blackouts_path()
        path = user if user.exists() else shipped_blackouts_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValidationError(f"blackout list {path.name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    periods = data.get("periods") if isinstance(data, dict) else None
    if not isinstance(periods, list):
        raise ValidationError(f'blackout list {path.name}: expected an object with a "periods" list')
    return [_entry(item, index, path.name) for index, item in enumerate(periods, start=1)]


def _entry(item: object, index: int, file_name: str) -> BlackoutEntry:
    where = f"blackout list {file_name}, entry {index}"
    if not isinstance(item, dict) or not str(item.get("name", "")).strip():
        raise ValidationError(f"{where}: every entry needs a name")
    name = str(item["name"]).strip()
    rule = str(item.get("rule", "")).strip()
    common = {
        "name": name,
        "country": str(item.get("country", "")).strip().upper(),
        "note": str(item.get("note", "")),
        "enabled": bool(item.get("enabled", True)),
    }
    if rule:
        if rule not in RULES:
            raise ValidationError(f"{where} ({name}): unknown rule {rule!r}; known rules: {', '.join(RULES)}")
        try:
            before, after = int(item.get("days_before", 0)), int(item.get("days_after", 0))
        except (TypeError, ValueError):
            raise ValidationError(f"{where} ({name}): days_before and days_after must be whole numbers") from None
        return BlackoutEntry(rule=rule, days_before=before, days_after=after, **common)
    try:
        first = date.fromisoformat(str(item["first"]))
        last = date.fromisoformat(str(item.get("last", item["first"])))
    except (KeyError, ValueError):
        raise ValidationError(f'{where} ({name}): needs a "rule" or a "first" day written YYYY-MM-DD') from None
    if last < first:
        raise ValidationError(f"{where} ({name}): the last day comes before the first")
    return BlackoutEntry(first=first, last=last, **common)


def entry_json(entry: BlackoutEntry) -> dict:
    """The JSON object of ``entry``, as the list file writes it."""
    item: dict = {"name": entry.name}
    if entry.rule:
        item.update(rule=entry.rule, days_before=entry.days_before, days_after=entry.days_after)
    elif entry.first is not None and entry.last is not None:
        item.update(first=entry.first.isoformat(), last=entry.last.isoformat())
    if entry.country:
        item["country"] = entry.country
    if entry.note:
        item["note"] = entry.note
    if not entry.enabled:
        item["enabled"] = False
    return item


def save_blackouts(entries: list[BlackoutEntry], path: Path | None = None) -> Path:
    """Write ``entries`` to the user's list (or ``path``) completely or not at all; return the file."""
    target = path or user_blackouts_path()
    for index, entry in enumerate(entries, start=1):  # what is written must read back
        _entry(entry_json(entry), index, target.name)
    about = json.loads(shipped_blackouts_path().read_text(encoding="utf-8")).get("about", "")
    text = json.dumps({"about": about, "periods": [entry_json(e) for e in entries]}, ensure_ascii=False, indent=2)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text + "\n", encoding="utf-8")
    os.replace(partial, target)
    return target


def blackout_periods(entries: list[BlackoutEntry], first: date, last: date) -> list[BlackoutPeriod]:
    """The periods of ``entries`` that overlap ``first``..``last``."""
    found = {
        period
        for entry in entries
        for year in range(first.year - 1, last.year + 2)
        for period in entry.periods(year)
        if period.first <= last and period.last >= first
    }
    return sorted(found, key=lambda p: (p.first, p.name))
