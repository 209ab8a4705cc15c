"""What Find a Date says about the days a date hits, in the user's language.

``services.scheduling.warnings.warning_lines`` words the conflicts in English for the command
line. This module words the same conflicts, grouped and ordered the same way, with the
glossary's country names and Qt's plural forms. Holiday and meeting names are data and stay as
the sources give them. The dialog uses it when the language is not English; English keeps the
service's own lines, so the window and ``cica-planner suggest`` read alike.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress

from PySide6.QtCore import QObject

from cica_planner.domain.errors import ValidationError
from cica_planner.i18n.terms import country_name
from cica_planner.services.scheduling.conflicts import Assessment, Conflict, ConflictKind
from cica_planner.services.scheduling.warnings import LISTED_CODES, NAMED_COUNTRIES, ScheduleWarning, holiday_base_name
from cica_planner.ui.dialogs.deadline_text import read_deadline, show_deadline
from cica_planner.ui.dialogs.event_fields import local_date

SHORT_TITLE = 48


class ScheduleWords(QObject):
    """Words the conflicts of a proposed date (a QObject for its translation context)."""

    def lines(self, assessment: Assessment) -> list[ScheduleWarning]:
        """One line per thing the dates hit, the most serious first (as ``warning_lines``)."""
        by_kind: dict[ConflictKind, list[Conflict]] = defaultdict(list)
        for conflict in assessment.conflicts:
            by_kind[conflict.kind].append(conflict)
        lines: list[ScheduleWarning] = []
        for conflict in _first_per_name(by_kind[ConflictKind.HOST_HOLIDAY]):
            lines.append(ScheduleWarning(self.tr("{holiday} — {country} (host)").format(
                holiday=conflict.name, country=country_name(conflict.country)), conflict.day, conflict.kind,
                f"{conflict.name}, {_day(conflict)}"))
        if by_kind[ConflictKind.HOST_WEEKEND]:
            first = by_kind[ConflictKind.HOST_WEEKEND][0]
            lines.append(ScheduleWarning(self.tr("weekend in {country} (host)").format(country=country_name(first.country)),
                                 first.day, first.kind, first.name))
        for conflict in _first_per_name(by_kind[ConflictKind.BLACKOUT]):
            lines.append(ScheduleWarning(conflict.name, conflict.day, conflict.kind, conflict.detail))
        lines += self._holidays(by_kind[ConflictKind.HOLIDAY])
        for conflict in by_kind[ConflictKind.RAMADAN]:
            lines.append(ScheduleWarning(f"{conflict.name} ({conflict.detail})", conflict.day, conflict.kind,
                                 self.tr("Ramadan by the Umm al-Qura calendar; some Member States begin a day "
                                         "earlier or later")))
        weekend = by_kind[ConflictKind.WEEKEND]
        if weekend:
            codes = list(dict.fromkeys(c.country for c in weekend))
            shown = ", ".join(codes[:LISTED_CODES]) + ("…" if len(codes) > LISTED_CODES else "")
            lines.append(ScheduleWarning(self.tr("weekend in {countries}").format(countries=shown), weekend[0].day,
                                 ConflictKind.WEEKEND, _per_country(weekend)))
        for conflict in by_kind[ConflictKind.MEETING]:
            lines.append(ScheduleWarning(self._meeting(conflict, assessment), conflict.day, conflict.kind))
        late = sorted(by_kind[ConflictKind.LATE], key=lambda c: c.day)
        if late:
            lines.append(self._late(late))
        return lines

    def conflict_text(self, conflict: Conflict) -> str:
        """One conflict of a day: 'Iran: Islamic Republic Day (holiday)', 'Qatar: weekend'."""
        kinds = {ConflictKind.HOST_HOLIDAY: self.tr("holiday of the host"), ConflictKind.HOST_WEEKEND: self.tr("weekend of the host"),
                 ConflictKind.BLACKOUT: self.tr("blackout period"), ConflictKind.HOLIDAY: self.tr("holiday"),
                 ConflictKind.RAMADAN: self.tr("Ramadan"), ConflictKind.WEEKEND: self.tr("weekend"),
                 ConflictKind.MEETING: self.tr("meeting"), ConflictKind.LATE: self.tr("late preparation")}
        text = f"{conflict.name} ({kinds[conflict.kind]})"
        return self.tr("{country}: {conflict}").format(country=country_name(conflict.country), conflict=text) \
            if conflict.country else text

    def _holidays(self, conflicts: list[Conflict]) -> list[ScheduleWarning]:
        holidays: dict[str, list[Conflict]] = defaultdict(list)
        for conflict in conflicts:
            holidays[holiday_base_name(conflict.name)].append(conflict)
        lines = []
        for name, found in sorted(holidays.items(), key=lambda item: (-len({c.country for c in item[1]}), item[0])):
            codes = list(dict.fromkeys(c.country for c in found))
            countries = (self.tr("%n Member State(s)", "", len(codes)) if len(codes) > NAMED_COUNTRIES
                         else ", ".join(country_name(code) for code in codes))
            lines.append(ScheduleWarning(self.tr("{holiday} — {countries}").format(holiday=name, countries=countries),
                                 found[0].day, ConflictKind.HOLIDAY, _per_country(found)))
        return lines

    def _meeting(self, conflict: Conflict, assessment: Assessment) -> str:
        if conflict.day < assessment.first:
            return self.tr("{meeting} %n day(s) earlier", "", (assessment.first - conflict.day).days).format(
                meeting=conflict.name)
        if conflict.day > assessment.last:
            return self.tr("{meeting} %n day(s) later", "", (conflict.day - assessment.last).days).format(
                meeting=conflict.name)
        return self.tr("{meeting} on the same days").format(meeting=conflict.name)

    def _late(self, late: list[Conflict]) -> ScheduleWarning:
        """One line for the steps already past due: the earliest names the problem, the tooltip lists them all."""
        offset, _, title = late[0].name.partition(": ")
        with suppress(ValidationError):  # an offset written by hand that cannot be read is shown as it is
            offset = show_deadline(read_deadline(offset))
        text = self.tr("{deadline} {step} already late").format(deadline=offset, step=_short(title))
        if len(late) > 1:
            text = self.tr("{line} (+%n more step(s))", "", len(late) - 1).format(line=text)
        tooltip = "\n".join(self.tr("{step} — was due {day}").format(step=c.name, day=local_date(c.day, "dd MMM yyyy"))
                            for c in late)
        return ScheduleWarning(text, late[0].day, ConflictKind.LATE, tooltip)


def _day(conflict: Conflict) -> str:
    return local_date(conflict.day, "ddd dd MMM yyyy")


def _per_country(conflicts: list[Conflict]) -> str:
    return "\n".join(f"{country_name(c.country)}: {c.name}, {local_date(c.day, 'ddd dd MMM')}" for c in conflicts)


def _first_per_name(conflicts: list[Conflict]) -> list[Conflict]:
    seen: dict[str, Conflict] = {}
    for conflict in conflicts:
        seen.setdefault(holiday_base_name(conflict.name), conflict)
    return list(seen.values())


def _short(title: str) -> str:
    """The first words of a checklist step, cut at a word: 'Send invitations to Member States…'."""
    text = ""
    for word in title.split():
        if len(text) + len(word) + 1 > SHORT_TITLE:
            return text + "…"
        text = f"{text} {word}".strip()
    return text
