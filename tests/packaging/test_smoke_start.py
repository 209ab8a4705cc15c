"""CICA_PLANNER_SMOKE_START: the real start of the desktop app, which quits by itself once the
window is shown (what the bundle test and build.ps1 use on an installed copy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, smoke: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "CICA_PLANNER_LOG_DIR": str(tmp_path / "logs"),
           "CICA_PLANNER_NOW": "2026-11-30T06:00:00+00:00", "CICA_PLANNER_SMOKE_START": smoke}
    return subprocess.run([sys.executable, "-m", "cica_planner", "--db", str(tmp_path / "calendar.sqlite3")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180, check=False)


def test_the_window_shows_and_the_app_quits_by_itself(tmp_path) -> None:
    result = _start(tmp_path, "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown: calendar.sqlite3 — CICA Planner (1400x900)", "icon: drawn"]
    assert (tmp_path / "calendar.sqlite3").is_file()  # a normal start: the calendar was created and seeded
    assert (tmp_path / "logs" / "cica-planner.log").is_file()


def test_a_png_path_receives_a_screenshot(tmp_path, seeded_db: Path) -> None:
    # A calendar that exists (the seeded copy at tmp_path/calendar.sqlite3): the start above creates one.
    assert seeded_db == tmp_path / "calendar.sqlite3"
    shot = tmp_path / "window.png"
    result = _start(tmp_path, str(shot))
    assert result.returncode == 0, result.stderr
    picture = QImage(str(shot))
    assert (picture.width(), picture.height()) == (1400, 900)
