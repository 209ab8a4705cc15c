"""How search text matches an event: case and accents ignored in every script, bodies and countries by name and code.

A query is split into words and every word must match (as in Outlook's search box):

* Words are compared *folded*: case-folded, decomposed (NFKD) and stripped of combining marks,
  so "turkiye" finds "Türkiye", "ŞUŞA" finds "Şuşa" and "қазақстан" finds "Қазақстан". A few
  letters that are not "letter + accent" in Unicode are folded explicitly, because a user
  without the keyboard types the plain letter: Azerbaijani/Turkish dotless ı and schwa ə
  ("baki" finds "Bakı", "gence" finds "Gəncə"), ł, đ, ø, æ, œ.
* A short Latin word (up to three letters: SOC, MC, KZ, UN) must be a whole word; it also
  matches a category's abbreviation (SOC, SWG, MC, TTF, BC, BF, CEP) and a country's ISO code.
  Longer words match anywhere inside the searched text, which also holds each category's full
  name ("Senior Officials Committee") and each country's name ("Azerbaijan").
* The caller may add the names in the user's language (:class:`LocalNames`), so that a planner
  working in Russian finds the SOC's meetings by "КСДЛ" and Azerbaijan's by "Азербайджан".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cica_planner.domain.model import Category

#: Abbreviations and full names of the CICA bodies, beyond the category's own label.
CATEGORY_TERMS: dict[Category, tuple[str, ...]] = {
    Category.SOC: ("SOC", "Senior Officials Committee"),
    Category.SWG: ("SWG", "Special Working Group"),
    Category.MINISTERIAL_COUNCIL: ("MC", "Ministerial Council", "Ministers of Foreign Affairs"),
    Category.THINK_TANK_FORUM: ("TTF",),
    Category.BUSINESS_COUNCIL: ("BC",),
    Category.BUSINESS_FORUM: ("BF",),
    Category.EMINENT_PERSONS: ("CEP",),
}

#: Letters NFKD leaves alone but a user types as their plain Latin neighbour.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ə": "e", "ł": "l", "đ": "d", "ø": "o", "ħ": "h", "æ": "ae", "œ": "oe"})
_SHORT_WORD = re.compile(r"[a-z0-9]{1,3}")


def fold(text: str) -> str:
    """``text`` without case or accents: "Bakı" and "BAKI" both become "baki"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_PLAIN_LETTERS).casefold()


@dataclass(frozen=True)
class LocalNames:
    """Names of categories and countries in the user's language, searched besides the stored ones.

    The stored register is English; the app fills this from its translation of the glossary.
    """

    #: Category value ("SOC") → its names in the user's language ("Комитет старших должностных лиц КСДЛ").
    categories: Mapping[str, str] = field(default_factory=dict)
    #: ISO code ("AZ") → the country's name in the user's language ("Азербайджан").
    countries: Mapping[str, str] = field(default_factory=dict)


def category_text(category: Category) -> str:
    """The label, abbreviation and full name of ``category``, for matching."""
    return " ".join((category.value, *CATEGORY_TERMS.get(category, ())))


@dataclass(frozen=True)
class SearchQuery:
    """The folded words of a search; ``matches`` tells whether an event's texts contain them all."""

    words: tuple[str, ...]
    #: Whole-word patterns of the short words (abbreviations and codes), compiled once per search.
    whole_words: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        words = tuple(fold(text).split())
        patterns = {w: re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in words if _SHORT_WORD.fullmatch(w)}
        return cls(words, patterns)

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches(self, texts: Iterable[str | None], codes: Iterable[str | None] = ()) -> bool:
        """Whether every word is in ``texts`` (titles, places, names) or is one of ``codes`` (ISO codes).

        A query without words matches nothing (an empty search box lists no results).
        """
        if not self.words:
            return False
        joined = " \n ".join(t for t in texts if t)
        # Most texts are plain ASCII: case-folding them is enough, and much faster than NFKD.
        haystack = joined.casefold() if joined.isascii() else fold(joined)
        folded_codes: set[str] | None = None
        for word in self.words:
            pattern = self.whole_words.get(word)
            if pattern is None:
                if word not in haystack:
                    return False
                continue
            if pattern.search(haystack):
                continue
            if folded_codes is None:
                folded_codes = {c.casefold() for c in codes if c}
            if word not in folded_codes:
                return False
        return True
