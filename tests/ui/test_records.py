"""The window's records (ui/records.py): plain classes with slots that show themselves as dataclasses do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF

from cica_planner.ui.models.filter_model import FilterItem
from cica_planner.ui.views.month_parts import MoreLink, WeekRow


def test_a_record_shows_its_fields_by_name() -> None:
    link = MoreLink(QRectF(0, 0, 10, 4), date(2024, 6, 3), 2)
    assert repr(link) == f"MoreLink(rect={link.rect!r}, day=datetime.date(2024, 6, 3), count=2)"
    assert repr(FilterItem("SOC", "SOC")) == "FilterItem(key='SOC', label='SOC', colour=None, checked=True, tooltip='')"


def test_a_record_takes_no_field_it_does_not_declare() -> None:
    row = WeekRow()
    assert row.used_lanes == [0] * 7
    assert WeekRow().segments is not row.segments  # each row its own lists
    with pytest.raises(AttributeError):
        row.lanes = [1]  # type: ignore[attr-defined] - a misspelt field fails instead of adding one
