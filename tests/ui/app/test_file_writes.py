"""A refused write of a file the user chose becomes one line for the window, and nothing else."""

from __future__ import annotations

from pathlib import Path

from cica_planner.domain.errors import ValidationError
from cica_planner.ui.file_writes import written_or_reported


def test_a_write_that_works_gives_its_result(tmp_path: Path) -> None:
    shown: list[str] = []
    target = tmp_path / "calendar.ics"
    assert written_or_reported(shown.append, target, lambda: target.write_text("BEGIN:VCALENDAR")) == 15
    assert shown == []


def test_a_refused_write_names_the_file_and_the_reason(tmp_path: Path) -> None:
    shown: list[str] = []
    target = tmp_path / "missing-folder" / "report.pdf"
    assert written_or_reported(shown.append, target, lambda: target.write_bytes(b"%PDF")) is None
    assert shown == ["report.pdf: No such file or directory"]


def test_the_planners_own_refusal_is_shown_as_it_is(tmp_path: Path) -> None:
    shown: list[str] = []

    def refuse() -> None:
        raise ValidationError("the export needs at least one event")

    assert written_or_reported(shown.append, tmp_path / "x.ics", refuse) is None
    assert shown == ["the export needs at least one event"]
