"""The domain's validation messages, and the import's reasons for skipping, in the user's language.

``domain/`` cannot use Qt, so it explains a refused value in English. The dialogs show such a
message through :func:`translated_problem`, which knows the domain's fixed messages and the
patterns of the ones that name a value, and leaves any other message as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainProblems"

#: The domain's messages without a value in them (domain/model.py, chairmanship.py, tasks.py).
FIXED = frozenset({
    str(QT_TRANSLATE_NOOP("DomainProblems", "an event needs a title")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "start and end must both be dates or both be times")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a timed event needs times with a time zone")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "the end must come after the start")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "the last day cannot come before the first day")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "an event without a fixed day cannot have a time of day")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "an undated event cannot carry a date; choose another precision to give it one")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a reason is needed to reschedule an event")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a chairmanship term needs a country")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a body chair needs the body it chairs")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a body chair needs a holder")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a task needs a title")),
    str(QT_TRANSLATE_NOOP("DomainProblems", "a task has either a fixed or a relative deadline, not both")),
})

#: Messages that name a value: (pattern of the English message, translatable text with {named} fields).
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # The import's reasons for skipping an item (services/ical_normalise.py, ical_plan.py) come first:
    # "unknown time zone … and no VTIMEZONE …" must not be read as the domain's "unknown time zone …".
    (re.compile(r"no DTSTART"), str(QT_TRANSLATE_NOOP("DomainProblems", "no DTSTART"))),
    (re.compile(r"DTSTART is a time but DTEND is a date"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "DTSTART is a time but DTEND is a date"))),
    (re.compile(r"DTSTART is a date but DTEND is a time"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "DTSTART is a date but DTEND is a time"))),
    (re.compile(r"DTEND comes before DTSTART"), str(QT_TRANSLATE_NOOP("DomainProblems", "DTEND comes before DTSTART"))),
    (re.compile(r"unknown time zone (?P<zone>.+) and no VTIMEZONE for it in the file"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "unknown time zone {zone} and no VTIMEZONE for it in the file"))),
    (re.compile(r"the file holds UID (?P<uid>.+) twice"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the file holds UID {uid} twice"))),
    # The parser's own detail after the property's name stays as the parser wrote it.
    (re.compile(r"bad (?P<name>[A-Z][A-Z-]*): (?P<detail>.+)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "bad {name}: {detail}"))),
    (re.compile(r"unknown time zone (?P<zone>.+)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "unknown time zone {zone}"))),
    (re.compile(r"(?P<time>\d\d:\d\d) does not exist on (?P<day>.+?) in (?P<zone>\S+) \(the clocks go forward\); "
                r"choose (?P<later>\d\d:\d\d) or later"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "{time} does not exist on {day} in {zone} (the clocks go forward); "
                                         "choose {later} or later"))),
    (re.compile(r"the term of (?P<chair>.+) must end after it starts \((?P<day>[\d-]+)\)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the term of {chair} must end after it starts ({day})"))),
    (re.compile(r"the chairmanship of (?P<chair>.+) cannot be decided after its term ended"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the chairmanship of {chair} cannot be decided after its term ended"))),
    (re.compile(r"the chair of (?P<body>.+) must end after it starts"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the chair of {body} must end after it starts"))),
    (re.compile(r"the term of (?P<chair>.+) from (?P<day>[\d-]+) overlaps the term of (?P<other>.+) \((?P<years>.+)\)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the term of {chair} from {day} overlaps the term of {other} ({years})"))),
    (re.compile(r"cannot read the deadline (?P<text>.+); write it like 'T-30 days' or 'end\+2 weeks'"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "cannot read the deadline {text}; write it like 'T-30 days' or 'end+2 weeks'"))),
    (re.compile(r"cannot read the recurrence rule (?P<rule>'[^']*')(?P<rest>.*)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "cannot read the recurrence rule {rule}{rest}"))),
    (re.compile(r"the recurrence rule (?P<rule>'[^']*') never occurs \(not within (?P<years>\d+) years\)"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the recurrence rule {rule} never occurs (not within {years} years)"))),
    (re.compile(r"the recurrence rule (?P<rule>'[^']*') needs an INTERVAL of 1 or more"),
     str(QT_TRANSLATE_NOOP("DomainProblems", "the recurrence rule {rule} needs an INTERVAL of 1 or more"))),
)


# The import wraps any of the messages above: "cannot read it: DTEND comes before DTSTART".
_CANNOT_READ = re.compile(r"cannot read it: (?P<reason>.+)", re.DOTALL)
# The wrapper's words ("не удаётся прочитать: …").
_CANNOT_READ_TEXT = str(QT_TRANSLATE_NOOP("DomainProblems", "cannot read it: {reason}"))


def translated_problem(message: str) -> str:
    """``message`` in the user's language when it is one of the domain's; otherwise unchanged."""
    text = message.strip()
    core = text.rstrip(".")
    lowered = core[:1].lower() + core[1:]
    wrapped = _CANNOT_READ.fullmatch(lowered)
    if wrapped:
        inner = translated_problem(wrapped["reason"])
        return _like(text, QCoreApplication.translate(CONTEXT, _CANNOT_READ_TEXT).format(reason=inner))
    if lowered in FIXED:
        return _like(text, QCoreApplication.translate(CONTEXT, lowered))
    for pattern, template in PATTERNS:
        found = pattern.fullmatch(lowered) or pattern.fullmatch(core)  # "DTEND …" starts with a capital of its own
        if found:
            return _like(text, QCoreApplication.translate(CONTEXT, template).format(**found.groupdict()))
    return text


def _like(original: str, translated: str) -> str:
    """``translated`` with the capital and the full stop ``original`` had."""
    if original[:1].isupper():
        translated = translated[:1].upper() + translated[1:]
    return translated + "." if original.endswith(".") and not translated.endswith(".") else translated
