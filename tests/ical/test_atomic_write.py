"""The shared atomic writer behind ``export`` and the CSV report: clear messages, no temporary files left."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.services.files import write_atomically

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def test_writes_a_new_file_readable_by_all(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "cica.ics", b"BEGIN:VCALENDAR\r\n")
    assert target == tmp_path / "cica.ics"
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["cica.ics"]


def test_replacing_keeps_the_mode_of_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "cica.ics"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_missing_folder_is_named_in_the_users_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError) as caught:
        write_atomically(Path("missing/sub/e.ics"), b"data")
    assert str(caught.value) == "the folder 'missing/sub' does not exist"
    assert ".tmp" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "qa"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        write_atomically(folder, b"data")
    assert str(caught.value) == f"'{folder}' is a folder; give a file name"
    assert [p.name for p in tmp_path.iterdir()] == ["qa"]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("step", ["fsync", "fchmod", "replace"])
def test_a_failure_leaves_the_previous_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "status.csv"
    target.write_bytes(b"previous")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / ".status.csv.abc123.tmp"))

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(OSError, match="No space left") as caught:
        write_atomically(target, b"new content")
    assert caught.value.filename == str(target)  # the user's file, not the hidden temporary one
    monkeypatch.undo()
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["status.csv"]


def test_cli_export_to_a_missing_folder_is_one_clear_line(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(seeded_db), "export", "missing/sub/e.ics", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "cica-planner: the folder 'missing/sub' does not exist\n"
    assert result.stdout == ""
    assert not (tmp_path / "missing").exists()


def test_cli_export_to_a_folder_is_one_clear_line(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "qa"
    folder.mkdir()
    result = run_cli("--db", str(seeded_db), "export", str(folder))
    assert result.returncode == 2
    assert result.stderr == f"cica-planner: '{folder}' is a folder; give a file name\n"
    assert ".tmp" not in result.stderr
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.glob(".*.tmp"))
