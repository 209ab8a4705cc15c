"""Search in the user's language: a planner working in Russian finds bodies and countries by their Russian names."""

from __future__ import annotations

from cica_planner.domain.model import Category
from cica_planner.domain.search_text import LocalNames
from cica_planner.i18n.language import install_language
from cica_planner.services.planner import PlannerService


def _found(window, text: str) -> list:
    window.sidebar.search_edit.setText(text)
    window.search(text)
    return window.sidebar.results_model.rows()


def test_russian_body_and_country_names_find_their_events(window) -> None:
    install_language("ru")  # after the window: its fixture starts it in English
    soc = _found(window, "КСДЛ")
    assert soc
    assert all(event.category is Category.SOC for event in soc)
    assert _found(window, "Комитет старших должностных лиц") == soc
    azerbaijan = _found(window, "Азербайджан")
    assert azerbaijan
    assert all(event.country == "AZ" for event in azerbaijan)
    # Words narrow together, in either language: the SOC's meetings in Kazakhstan.
    both = _found(window, "КСДЛ Казахстан")
    assert both
    assert all(event.category is Category.SOC and event.country == "KZ" for event in both)
    assert _found(window, "КСДЛ Kazakhstan") == both


def test_english_search_is_unchanged_by_the_russian_names(window) -> None:
    assert _found(window, "КСДЛ") == []
    assert [event.uid for event in _found(window, "SOC")] == [event.uid for event in
                                                               window.planner.search("SOC")]


def test_the_planner_searches_the_names_it_is_given(seeded_engine) -> None:
    planner = PlannerService(seeded_engine)
    assert planner.search("Lorem") == []
    named = LocalNames(categories={Category.SOC.value: "Lorem"}, countries={})
    found = planner.search("Lorem", local_names=named)
    assert found
    assert all(event.category is Category.SOC for event in found)
    assert {event.uid for event in found} <= {event.uid for event in planner.search("SOC")}
