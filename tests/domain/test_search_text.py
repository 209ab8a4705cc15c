"""Search matching without Qt: case and accents in every script, bodies and countries by name and code."""

from __future__ import annotations

import pytest

from cica_planner.domain.model import Category
from cica_planner.domain.search_text import SearchQuery, category_text, fold


@pytest.mark.parametrize(("typed", "stored"), [
    ("turkiye", "Türkiye"), ("baki", "Bakı"), ("BAKI", "Bakı"), ("susa", "Şuşa"), ("gence", "Gəncə"),
    ("istanbul", "İstanbul"), ("қазақстан", "ҚАЗАҚСТАН"), ("ελλαδα", "Ελλάδα"), ("ёлка", "Ёлка"),
    ("cafe", "CAFÉ"), ("strasse", "Straße"),
])
def test_fold_ignores_case_and_accents_in_every_script(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)
    assert SearchQuery.parse(typed).matches([f"Meeting in {stored}"])


def test_abbreviations_and_codes_match_whole_words_only() -> None:
    soc = SearchQuery.parse("SOC")
    assert soc.matches(["Annual meeting", category_text(Category.SOC)])
    assert not soc.matches(["Association of universities"])
    assert SearchQuery.parse("kz").matches(["Meeting"], codes=["KZ"])
    assert not SearchQuery.parse("kz").matches(["Meeting"], codes=["AZ"])
    assert SearchQuery.parse("senior officials").matches([category_text(Category.SOC)])
    assert SearchQuery.parse("cep").matches([category_text(Category.EMINENT_PERSONS)])


def test_every_word_must_match_and_empty_matches_nothing() -> None:
    assert SearchQuery.parse("SOC astana").matches(["Senior Officials Committee meeting", "Astana", "SOC"])
    assert not SearchQuery.parse("SOC baku").matches(["Senior Officials Committee meeting", "Astana", "SOC"])
    assert not SearchQuery.parse("   ").matches(["anything"])
    assert SearchQuery.parse("%").matches(["100% sure"])  # taken literally, not as a wildcard
    assert not SearchQuery.parse("%").matches(["no sign here"])
