"""The domain's validation messages in the user's language.

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


def translated_problem(message: str) -> str:
    """``message`` in the user's language when it is one of the domain's; otherwise unchanged."""
    text = message.strip()
    core = text.rstrip(".")
    lowered = core[:1].lower() + core[1:]
    if lowered in FIXED:
        return _like(text, QCoreApplication.translate(CONTEXT, lowered))
    for pattern, template in PATTERNS:
        found = pattern.fullmatch(lowered)
        if found:
            return _like(text, QCoreApplication.translate(CONTEXT, template).format(**found.groupdict()))
    return text


def _like(original: str, translated: str) -> str:
    """``translated`` with the capital and the full stop ``original`` had."""
    if original[:1].isupper():
        translated = translated[:1].upper() + translated[1:]
    return translated + "." if original.endswith(".") and not translated.endswith(".") else translated
