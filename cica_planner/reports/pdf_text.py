"""Text as the PDF report draws it: isolated, breakable and bounded.

* **Bidirectional isolation.** Each field is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
  ISOLATE (Unicode Bidirectional Algorithm, UAX #9): it takes its own direction from its first
  strong letter, and an override inside it (a stray RIGHT-TO-LEFT OVERRIDE in an imported title)
  ends at the field's edge instead of reversing the text around it.
* **Breakable.** Qt wraps only at word boundaries: a run of thousands of characters without a
  space would run off the page. Runs longer than :data:`LONGEST_RUN` get a zero-width space
  every :data:`BREAK_EVERY` characters, which lets the line break there (even in a narrow
  column) and prints nothing.
* **Bounded.** A field longer than :data:`MAX_FIELD_CHARS` is cut with an ellipsis, so one
  hostile title cannot fill pages.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"
ZERO_WIDTH_SPACE = "\u200b"
LONGEST_RUN = 24
BREAK_EVERY = 4
MAX_FIELD_CHARS = 300
#: Bidirectional embedding, override and isolate controls: a field's own are dropped, the
#: field is isolated as a whole instead (an unmatched one could otherwise reach past it).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


def elide_chars(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def breakable(text: str) -> str:
    """``text`` with a zero-width space every :data:`BREAK_EVERY` characters of a run longer than :data:`LONGEST_RUN`."""

    def split(found: re.Match[str]) -> str:
        run = found[0]
        return ZERO_WIDTH_SPACE.join(run[i:i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return _LONG_RUN.sub(split, text)


def isolated(text: str) -> str:
    """``text`` as one directional isolate, its own embedding and override controls removed."""
    return f"{FSI}{_BIDI_CONTROLS.sub('', text)}{PDI}"


def printable(text: str) -> str:
    """A field of the report as it is drawn: bounded, breakable and isolated."""
    return isolated(breakable(elide_chars(text)))
