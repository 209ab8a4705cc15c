"""The troika on and around handover days and decision dates, from the shipped register and by hand."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.chairmanship import ChairTerm, Troika, register_problems, troika_at
from cica_planner.services.chairmanship import ChairmanshipService


@pytest.fixture
def chairs(seeded_engine) -> ChairmanshipService:
    return ChairmanshipService(seeded_engine)


def codes(troika: Troika) -> tuple[str | None, str | None, str | None]:
    """(previous, current, incoming) as country codes."""
    return tuple(t.country if t else None for t in (troika.previous, troika.current, troika.incoming))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 6, 27), ("TJ", "KZ", "AZ")),
        (date(2024, 1, 15), ("TJ", "KZ", None)),  # Azerbaijan not decided yet
        (date(2024, 3, 18), ("TJ", "KZ", None)),  # the day before the MC decision
        (date(2024, 3, 19), ("TJ", "KZ", "AZ")),  # decided by silence procedure that day
        (date(2024, 12, 16), ("TJ", "KZ", "AZ")),  # eve of the handover
        (date(2024, 12, 17), ("KZ", "AZ", None)),  # the 7th MC: Azerbaijan presides from the opening
        (date(2025, 6, 1), ("KZ", "AZ", None)),
        (date(1999, 9, 13), (None, None, None)),  # before CICA had a chair
        (date(1999, 9, 14), (None, "KZ", None)),  # founding chair, no predecessor
        (date(2010, 6, 7), (None, "KZ", None)),  # Türkiye decided only at the Istanbul Summit itself
        (date(2010, 6, 8), ("KZ", "TR", None)),
        (date(2014, 5, 21), ("TR", "CN", None)),
        (date(2020, 9, 23), ("CN", "TJ", None)),
        (date(2020, 9, 24), ("TJ", "KZ", None)),
    ],
)
def test_troika_of_the_shipped_register(chairs: ChairmanshipService, day: date, expected: tuple) -> None:
    troika = chairs.troika(day)
    assert troika.at == day
    assert codes(troika) == expected


def test_troika_carries_names_and_dates(chairs: ChairmanshipService) -> None:
    troika = chairs.troika(date(2024, 6, 27))
    assert troika.current is not None
    assert troika.current.name == "Kazakhstan"
    assert (troika.current.starts, troika.current.ends) == (date(2020, 9, 24), date(2024, 12, 17))
    assert troika.incoming is not None
    assert troika.incoming.ends is None
    assert troika.incoming.decided_on == date(2024, 3, 19)
    assert "silence procedure" in troika.incoming.decided_how


def test_register_history_is_six_terms_without_gaps(chairs: ChairmanshipService) -> None:
    terms = chairs.terms()
    assert [t.country for t in terms] == ["KZ", "TR", "CN", "TJ", "KZ", "AZ"]
    assert [t.starts.year for t in terms] == [1999, 2010, 2014, 2018, 2020, 2024]
    for before, after in zip(terms, terms[1:], strict=False):
        assert before.ends == after.starts  # no gap, no overlap
    assert terms[-1].ends is None
    assert chairs.register_problems() == []
    azerbaijan = terms[-1]
    assert azerbaijan.theme.startswith("Stronger CICA")
    assert len(azerbaijan.priorities) == 3


def test_pure_troika_with_an_undecided_successor_and_a_gap() -> None:
    terms = [
        ChairTerm("AA", date(2000, 1, 1), date(2002, 1, 1)),
        ChairTerm("BB", date(2003, 1, 1), date(2005, 1, 1), decided_on=date(2002, 6, 1)),
        ChairTerm("CC", date(2005, 1, 1), None, decided_on=None),
    ]
    assert codes(troika_at(terms, date(2002, 3, 1))) == ("AA", None, None)  # interregnum
    assert codes(troika_at(terms, date(2002, 6, 1))) == ("AA", None, "BB")
    # A successor without a recorded decision is not shown as incoming before it takes over.
    assert codes(troika_at(terms, date(2004, 12, 31))) == ("AA", "BB", None)
    assert codes(troika_at(terms, date(2005, 1, 1))) == ("BB", "CC", None)
    assert register_problems(terms) == ["no chair between 2002-01-01 and 2003-01-01"]
    overlapping = [*terms, ChairTerm("DD", date(2004, 1, 1), date(2004, 6, 1))]
    assert any("overlap" in p for p in register_problems(overlapping))
