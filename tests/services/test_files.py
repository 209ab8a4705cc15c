"""The one atomic writer: it writes through links and never replaces what is not a plain file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.services.files import write_atomically


def test_writes_through_a_link_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "cica.ics"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "cica.ics"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert not [p for p in real.parent.iterdir() if p.name.startswith(".")]


def test_refuses_a_special_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.ics"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError, match="is not a regular file"):
        write_atomically(pipe, b"data")
    assert not pipe.is_file()


def test_new_file_is_readable_by_all(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "report.csv", b"a,b\r\n")
    assert target.stat().st_mode & 0o777 == 0o644
