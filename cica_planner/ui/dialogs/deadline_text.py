"""Relative deadlines in the task and template editors, written and read in the user's language.

The fields show a deadline as the views do ('T−30 days' / 'T−30 дней', 'end+2 weeks' /
'оконч.+2 недели', from ``i18n.dates``) and read back what the user types in either
language: Russian words are brought to the domain's English form before it parses them.
"""

from __future__ import annotations

import re

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.tasks import Anchor, RelativeDeadline
from cica_planner.i18n.dates import deadline_text

#: Russian unit words by their stems, and the domain's unit each stands for.
_RUSSIAN_UNITS = ((re.compile(r"(дн|ден)[а-яё]*\.?", re.IGNORECASE), "days"),
                  (re.compile(r"нед[а-яё]*\.?", re.IGNORECASE), "weeks"),
                  (re.compile(r"мес[а-яё]*\.?", re.IGNORECASE), "months"))


def show_deadline(offset: RelativeDeadline) -> str:
    """The deadline as the user's language writes it."""
    return deadline_text(offset)


def read_deadline(text: str) -> RelativeDeadline:
    """The deadline typed as 'T-30 days', 'T−30 дней', 'оконч.+2 недели' … (ValidationError if unreadable)."""
    normal = text.strip()
    end_word = deadline_text(RelativeDeadline(1, anchor=Anchor.END)).split("+", 1)[0]  # 'end' / 'оконч.'
    if end_word != "end" and normal.lower().startswith(end_word.lower()):
        normal = "end" + normal[len(end_word):]
    for pattern, unit in _RUSSIAN_UNITS:
        normal = pattern.sub(unit, normal)
    try:
        return RelativeDeadline.parse(normal)
    except ValidationError:  # name what the user typed, not the form it was brought to
        raise ValidationError(f"cannot read the deadline {text!r}; write it like 'T-30 days' or 'end+2 weeks'") from None
