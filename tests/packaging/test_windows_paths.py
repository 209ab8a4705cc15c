"""Every path the app uses, on a simulated Windows, and the time-zone data Windows lacks.

The simulation is platformdirs' own Windows class, resolving the known folders from the
environment variables Windows sets (LOCALAPPDATA, APPDATA) and joining them with Windows path
rules (ntpath), as it does on Windows when it cannot call the shell. QSettings (the registry on
Windows) is Qt's business and not simulated here.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
import tomllib
import zoneinfo
from datetime import datetime, timedelta
from pathlib import Path, PureWindowsPath
from types import ModuleType

import platformdirs
import platformdirs.windows
import pytest

from cica_planner import paths

ROOT = Path(__file__).resolve().parents[2]
PROFILE = r"C:\Users\Айгерим Сейткали"
LOCAL = PROFILE + r"\AppData\Local"
APP_FOLDER = LOCAL + r"\CICA Secretariat\CICA Planner"


class _WindowsOs(ModuleType):
    """The os module as platformdirs sees it on Windows: Windows path rules, the real environment."""

    path = ntpath

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(platformdirs.windows, "os", _WindowsOs("os"))
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    # paths imports PlatformDirs from the package when a folder is first asked for.
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("USERPROFILE", PROFILE)
    monkeypatch.setenv("LOCALAPPDATA", LOCAL)
    monkeypatch.setenv("APPDATA", PROFILE + r"\AppData\Roaming")
    for name in (paths.DB_ENV_VAR, paths.LOG_DIR_ENV):
        monkeypatch.delenv(name, raising=False)


def test_the_calendar_lives_in_the_local_app_data_folder(windows) -> None:
    assert PureWindowsPath(paths.default_database_path()) == PureWindowsPath(APP_FOLDER, "cica-planner.sqlite3")
    assert PureWindowsPath(paths.database_path()) == PureWindowsPath(APP_FOLDER, "cica-planner.sqlite3")


def test_the_log_lives_in_the_logs_folder_beside_it(windows) -> None:
    from cica_planner.app import log_file

    assert PureWindowsPath(paths.log_directory()) == PureWindowsPath(APP_FOLDER, "Logs")
    assert PureWindowsPath(log_file()) == PureWindowsPath(APP_FOLDER, "Logs", "cica-planner.log")


def test_overrides_win_on_windows_too(windows, monkeypatch) -> None:
    monkeypatch.setenv(paths.DB_ENV_VAR, r"\\fileserver\secretariat\calendar.sqlite3")
    monkeypatch.setenv(paths.LOG_DIR_ENV, r"D:\logs")
    assert PureWindowsPath(paths.database_path()) == PureWindowsPath(r"\\fileserver\secretariat\calendar.sqlite3")
    assert PureWindowsPath(paths.log_directory()) == PureWindowsPath(r"D:\logs")
    assert PureWindowsPath(paths.database_path(r"E:\team.sqlite3")) == PureWindowsPath(r"E:\team.sqlite3")


def test_the_bundle_finds_its_resources_through_meipass(tmp_path, monkeypatch) -> None:
    """The frozen app (any system) finds resources/ in PyInstaller's folder before anything else."""
    from cica_planner import resources

    (tmp_path / "resources" / "seed").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.resources_dir.cache_clear()


@pytest.fixture
def tzdata_only():
    """Zones from the tzdata package alone, as on Windows, which has no system zoneinfo folder."""
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    yield
    zoneinfo.reset_tzpath()
    zoneinfo.ZoneInfo.clear_cache()


def test_time_zones_come_from_the_tzdata_package(tzdata_only) -> None:
    assert zoneinfo.TZPATH == ()
    astana = zoneinfo.ZoneInfo("Asia/Almaty")
    # Kazakhstan moved from UTC+6 to UTC+5 on 2024-03-01; Azerbaijan is UTC+4.
    assert datetime(2024, 2, 15, 10, tzinfo=astana).utcoffset() == timedelta(hours=6)
    assert datetime(2024, 6, 27, 10, tzinfo=astana).utcoffset() == timedelta(hours=5)
    assert datetime(2024, 6, 27, 10, tzinfo=zoneinfo.ZoneInfo("Asia/Baku")).utcoffset() == timedelta(hours=4)


def test_the_seeded_calendar_opens_with_tzdata_alone(tzdata_only, tmp_path) -> None:
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    engine = open_database(tmp_path / "calendar.sqlite3")
    try:
        assert PlannerService(engine).count() > 100
    finally:
        engine.dispose()


def test_tzdata_is_a_runtime_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(re.match(r"tzdata\b", requirement) for requirement in project["dependencies"])


# -- the installer ------------------------------------------------------------------------------


def _iss() -> str:
    return (ROOT / "packaging" / "windows" / "cica-planner.iss").read_text(encoding="utf-8")


def test_the_installer_script_names_what_the_spec_builds() -> None:
    spec = (ROOT / "packaging" / "cica_planner.spec").read_text(encoding="utf-8")
    iss = _iss()
    assert 'app_name = "cica-planner"' in spec
    assert 'name=f"{app_name}-cli"' in spec
    assert '#define ExeName "cica-planner.exe"' in iss
    assert '#define CliName "cica-planner-cli.exe"' in iss
    assert r'Source: "..\..\dist\cica-planner\*"' in iss
    assert f'#define AppId "{paths.APP_ID}"' in iss


def test_the_installer_has_a_start_menu_entry_an_uninstaller_and_the_icon() -> None:
    iss = _iss()
    sections = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", iss, flags=re.M | re.S))
    icons = sections["Icons"]
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#ExeName\}"', icons, re.M)
    assert re.search(r'^Name: "\{group\}\\\{cm:UninstallProgram,\{#AppName\}\}"; Filename: "\{uninstallexe\}"', icons, re.M)
    setup = sections["Setup"]
    assert "SetupIconFile=cica-planner.ico" in setup
    assert "UninstallDisplayIcon={app}\\{#ExeName}" in setup
    assert "Uninstallable=no" not in setup
    assert "OutputDir=..\\..\\dist" in setup
    assert (ROOT / "packaging" / "windows" / "cica-planner.ico").is_file()


def test_the_windows_build_steps_are_written_down() -> None:
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for needed in ("Python 3.12", "python -m pip install -e", "packaging\\windows\\build.ps1", "ISCC.exe",
                   "dist\\cica-planner-", "-windows-setup.exe", "Inno Setup 6"):
        assert needed in readme, needed
