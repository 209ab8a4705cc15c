"""Conflicts turned into the short lines planners read: 'Nowruz Holiday — Kazakhstan (host)',
'Eid al-Fitr — 19 Member States', 'weekend in BH, QA, JO…', 'SWG three days earlier',
'T−10 weeks: … already late'. Each line keeps the day it is about, so a click can show it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from cica_planner.services.scheduling.conflicts import Assessment, Conflict, ConflictKind
from cica_planner.services.scheduling.holiday_calendar import country_name
from cica_planner.services.scheduling.holiday_calendar import (
    holiday_base_name as holiday_base_name,  # its home was here
)

#: Above this many countries a line counts them instead of naming them.
NAMED_COUNTRIES = 3
LISTED_CODES = 6
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SEVERITY = {
    ConflictKind.HOST_HOLIDAY: 0, ConflictKind.HOST_WEEKEND: 0, ConflictKind.BLACKOUT: 1, ConflictKind.HOLIDAY: 2,
    ConflictKind.RAMADAN: 3, ConflictKind.WEEKEND: 4, ConflictKind.MEETING: 5, ConflictKind.LATE: 6,
}


@dataclass(frozen=True)
class ScheduleWarning:
    text: str
    day: date
    kind: ConflictKind
    tooltip: str = ""

    @property
    def serious(self) -> bool:
        return SEVERITY[self.kind] <= SEVERITY[ConflictKind.HOLIDAY]


def _countries_text(codes: list[str]) -> str:
    if len(codes) > NAMED_COUNTRIES:
        return f"{len(codes)} Member States"
    return ", ".join(country_name(code) for code in codes)


def _days_text(days: int) -> str:
    return NUMBER_WORDS[days] if days < len(NUMBER_WORDS) else str(days)


def warning_lines(assessment: Assessment) -> list[ScheduleWarning]:
    """One line per thing the dates hit, the most serious first."""
    lines: list[ScheduleWarning] = []
    by_kind: dict[ConflictKind, list[Conflict]] = defaultdict(list)
    for conflict in assessment.conflicts:
        by_kind[conflict.kind].append(conflict)
    for conflict in _first_per_name(by_kind[ConflictKind.HOST_HOLIDAY]):
        local = f" ({conflict.detail})" if conflict.detail else ""
        lines.append(ScheduleWarning(f"{conflict.name} — {country_name(conflict.country)} (host)", conflict.day,
                             conflict.kind, f"{conflict.name}{local}, {conflict.day:%a %d %b %Y}"))
    host_weekend = by_kind[ConflictKind.HOST_WEEKEND]
    if host_weekend:
        first = host_weekend[0]
        lines.append(ScheduleWarning(f"weekend in {country_name(first.country)} (host)", first.day, first.kind, first.name))
    for conflict in _first_per_name(by_kind[ConflictKind.BLACKOUT]):
        lines.append(ScheduleWarning(conflict.name, conflict.day, conflict.kind, conflict.detail))
    holidays: dict[str, list[Conflict]] = defaultdict(list)
    for conflict in by_kind[ConflictKind.HOLIDAY]:
        holidays[holiday_base_name(conflict.name)].append(conflict)
    for name, conflicts in sorted(holidays.items(), key=lambda item: (-len({c.country for c in item[1]}), item[0])):
        codes = list(dict.fromkeys(c.country for c in conflicts))
        tooltip = "\n".join(f"{country_name(c.country)}: {c.name}, {c.day:%a %d %b}" for c in conflicts)
        lines.append(ScheduleWarning(f"{name} — {_countries_text(codes)}", conflicts[0].day, ConflictKind.HOLIDAY, tooltip))
    for conflict in by_kind[ConflictKind.RAMADAN]:
        lines.append(ScheduleWarning(f"{conflict.name} ({conflict.detail})", conflict.day, conflict.kind,
                             "Ramadan by the Umm al-Qura calendar; some Member States begin a day earlier or later"))
    weekend = by_kind[ConflictKind.WEEKEND]
    if weekend:
        codes = list(dict.fromkeys(c.country for c in weekend))
        shown = ", ".join(codes[:LISTED_CODES]) + ("…" if len(codes) > LISTED_CODES else "")
        tooltip = "\n".join(f"{country_name(c.country)}: {c.name}, {c.day:%a %d %b}" for c in weekend)
        lines.append(ScheduleWarning(f"weekend in {shown}", weekend[0].day, ConflictKind.WEEKEND, tooltip))
    for conflict in by_kind[ConflictKind.MEETING]:
        lines.append(ScheduleWarning(_meeting_text(conflict, assessment), conflict.day, conflict.kind))
    late = sorted(by_kind[ConflictKind.LATE], key=lambda c: c.day)
    if late:
        # One line: the earliest step past due names the problem; the tooltip lists them all.
        offset, _, title = late[0].name.partition(": ")
        more = f" (+{len(late) - 1} more step{'s' if len(late) > 2 else ''})" if len(late) > 1 else ""
        tooltip = "\n".join(f"{c.name} — was due {c.day:%d %b %Y}" for c in late)
        lines.append(ScheduleWarning(f"{offset} {_short(title)} already late{more}", late[0].day, ConflictKind.LATE, tooltip))
    return lines


def _meeting_text(conflict: Conflict, assessment: Assessment) -> str:
    if conflict.day < assessment.first:
        gap = (assessment.first - conflict.day).days
        return f"{conflict.name} {_days_text(gap)} day{'s' if gap != 1 else ''} earlier"
    if conflict.day > assessment.last:
        gap = (conflict.day - assessment.last).days
        return f"{conflict.name} {_days_text(gap)} day{'s' if gap != 1 else ''} later"
    return f"{conflict.name} on the same days"


def _first_per_name(conflicts: list[Conflict]) -> list[Conflict]:
    seen: dict[str, Conflict] = {}
    for conflict in conflicts:
        seen.setdefault(holiday_base_name(conflict.name), conflict)
    return list(seen.values())


def _short(title: str, limit: int = 48) -> str:
    """The first words of a checklist step: 'Send invitations to Member States…'."""
    words = title.split()
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > limit:
            return text + "…"
        text = f"{text} {word}".strip()
    return text
