"""Whose holidays count: a set of countries ("host", "troika", "all" or chosen codes) and the codes it stands for.

Apart from the scheduling service, so that the window can mark holidays at its first paint
without importing the conflict checks (services/scheduling/service.py re-exports both names).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cica_planner.domain.errors import ValidationError
from cica_planner.services.scheduling.holiday_calendar import country_names, member_states


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class CountrySet(NamedTuple):
    """Whose holidays and weekends count: 'host', 'troika', 'all' or an explicit list."""

    kind: str = "all"
    codes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> CountrySet:
        wanted = text.strip()
        if wanted.lower() in ("all", "host", "troika"):
            return cls(wanted.lower())
        codes = tuple(dict.fromkeys(code.strip().upper() for code in wanted.split(",") if code.strip()))
        if not codes:
            raise ValidationError("--countries needs all, troika, host or ISO codes such as KZ,AZ")
        unknown = [code for code in codes if code not in country_names()]
        if unknown:
            raise ValidationError(f"unknown country code {unknown[0]!r}; use the ISO codes of CICA Member States (KZ, AZ, …)")
        return cls("custom", codes)


def chosen_countries(chosen: CountrySet, host: str, troika: Sequence[str] = ()) -> tuple[str, ...]:
    """The ISO codes ``chosen`` stands for, the host first; ``troika``: the codes of the troika, when chosen.

    Needs no database (the window marks holidays with it before its services are loaded).
    """
    if chosen.kind == "all":
        codes = list(member_states())
    elif chosen.kind == "host":
        codes = [host] if host else []
    elif chosen.kind == "troika":
        codes = list(troika)
    else:
        codes = list(chosen.codes)
    if host and host not in codes:
        codes.insert(0, host)
    return tuple(dict.fromkeys(codes))
