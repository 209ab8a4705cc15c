"""Guesses the importer makes where a file is silent: the country a LOCATION names, and the category.

Files from Outlook or Google carry a free-text LOCATION and, at best, their own category
names. The country (and so the zone of an all-day event) comes from a country's name, its
zone city or its usual meeting city in LOCATION; the category from CATEGORIES when it names
one of CICA's, else from words of the title ("Senior Officials" → SOC).
"""

from __future__ import annotations

import re

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Country

#: Meeting cities whose country's zone is named after another city (Astana keeps Asia/Almaty's time).
VENUE_CITIES = {
    "KZ": ("Astana",), "CN": ("Beijing",), "TR": ("Ankara",), "IN": ("New Delhi",), "PK": ("Islamabad",),
    "VN": ("Hanoi",), "AE": ("Abu Dhabi",), "US": ("Washington",),
}


def country_of(location: str, countries: list[Country]) -> tuple[str | None, str | None]:
    """The zone and code of the country whose name, zone city or usual meeting city the LOCATION mentions."""
    text = location.casefold()
    if not text:
        return None, None
    for country in countries:
        zone_city = country.tzid.rsplit("/", 1)[-1].replace("_", " ")
        for name in (*VENUE_CITIES.get(country.code, ()), zone_city, country.name):
            if name and re.search(rf"\b{re.escape(name.casefold())}\b", text):
                return country.tzid, country.code
    return None, None


_HEURISTICS = (
    ("senior officials", Category.SOC),
    ("soc ", Category.SOC),
    ("ministerial council", Category.MINISTERIAL_COUNCIL),
    ("ministerial conference", Category.MINISTERIAL_CONFERENCE),
    ("summit", Category.SUMMIT),
    ("special working group", Category.SWG),
    ("business forum", Category.BUSINESS_FORUM),
    ("business council", Category.BUSINESS_COUNCIL),
    ("youth council", Category.YOUTH_COUNCIL),
    ("think tank", Category.THINK_TANK_FORUM),
    ("eminent persons", Category.EMINENT_PERSONS),
    ("expert meeting", Category.EXPERT_MEETING),
    ("troika", Category.TROIKA),
    ("bilateral", Category.BILATERAL),
    ("visit", Category.VISIT),
    ("ceremony", Category.CEREMONY),
    ("training", Category.TRAINING),
    ("deadline", Category.MILESTONE),
)


def category_of(categories: list[list[str]], title: str) -> Category:
    """The first CATEGORIES value that names a category, else a guess from the title, else External."""
    for values in categories:
        for value in values:
            try:
                return Category.parse(value)
            except ValidationError:
                continue
    text = f" {title.casefold()} "
    for needle, category in _HEURISTICS:
        if needle in text:
            return category
    return Category.EXTERNAL
