"""Stored values become enum members by a look-up that answers as calling the enum does."""

from __future__ import annotations

from enum import StrEnum

import pytest

from cica_planner.domain.model import Category, EventStatus, Mode, PeriodPart, Precision
from cica_planner.storage.row_reading import _member


@pytest.mark.parametrize("kind", [Category, Precision, PeriodPart, Mode, EventStatus])
def test_every_stored_value_reads_as_the_enum_reads_it(kind: type[StrEnum]) -> None:
    values = [member.value for member in kind.__members__.values()]
    assert values
    for value in values:
        assert _member(kind, value) is kind(value)
    with pytest.raises(ValueError, match="not a valid"):
        _member(kind, "no such value")
