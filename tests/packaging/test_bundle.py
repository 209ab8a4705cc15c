"""The Linux bundle, built by packaging/build.sh and run away from the source tree.

Built once for the module (about two minutes): the archive is unpacked into an empty folder, and
every program run gets a bare environment (no PYTHONPATH, a temporary HOME, no system time-zone
folder), so nothing of the checkout or of this Python can help the bundle.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cica_planner import __version__
from cica_planner.paths import APP_ID

pytestmark = [pytest.mark.bundle, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-30T06:00:00+00:00"

# A timed event before and one after Kazakhstan's move to UTC+5, and one in Baku (UTC+4).
TIMED_EVENTS = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CICA Planner tests//EN",
    "BEGIN:VEVENT", "UID:bundle-tz-1@tests", "DTSTAMP:20240101T000000Z",
    "DTSTART;TZID=Asia/Almaty:20240215T100000", "DTEND;TZID=Asia/Almaty:20240215T110000",
    "SUMMARY:Astana before the move", "END:VEVENT",
    "BEGIN:VEVENT", "UID:bundle-tz-2@tests", "DTSTAMP:20240101T000000Z",
    "DTSTART;TZID=Asia/Almaty:20240627T100000", "DTEND;TZID=Asia/Almaty:20240627T110000",
    "SUMMARY:Astana after the move", "END:VEVENT",
    "BEGIN:VEVENT", "UID:bundle-tz-3@tests", "DTSTAMP:20240101T000000Z",
    "DTSTART;TZID=Asia/Baku:20240615T100000", "DTEND;TZID=Asia/Baku:20240615T110000",
    "SUMMARY:Baku", "END:VEVENT",
    "END:VCALENDAR", "",
])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run packaging/build.sh into a temporary dist folder; return that folder."""
    if shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump (apt-get install binutils)")
    out = tmp_path_factory.mktemp("build")
    env = {**os.environ, "HOME": str(out / "home")}  # PyInstaller's cache, away from the user's
    env.pop("PYTHONPATH", None)
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(out / "dist"),
                             "--work", str(out / "work"), "--python", sys.executable],
                            env=env, capture_output=True, text=True, timeout=1200, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "dist"


@pytest.fixture(scope="module")
def unpacked(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive unpacked into an empty folder far from the checkout; returns the bundle folder."""
    (archive,) = built.glob(f"cica-planner-{__version__}-linux-*.tar.gz")
    target = tmp_path_factory.mktemp("elsewhere")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    bundle = target / "cica-planner"
    assert not bundle.resolve().is_relative_to(ROOT)
    return bundle


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           # No system zoneinfo folder: the bundle must bring its own time-zone data, as on Windows.
           "PYTHONTZPATH": ""}
    env.update(extra)
    return env


def _run(program: Path, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


def test_the_bundle_is_laid_out_as_promised(built: Path) -> None:
    bundle = built / "cica-planner"
    program = bundle / "cica-planner"
    assert program.is_file()
    assert os.access(program, os.X_OK)
    assert (bundle / "install.sh").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)
    assert (bundle / "VERSION").read_text(encoding="utf-8").strip() == __version__
    assert (bundle / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert (bundle / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (built / f"cica-planner-{__version__}-linux-{os.uname().machine}.tar.gz").is_file()


def test_the_bundle_carries_resources_migrations_tzdata_and_qt(built: Path) -> None:
    internal = built / "cica-planner" / "_internal"
    # resources/ as a whole, whatever is added to it later.
    shipped = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file()}
    bundled = {p.relative_to(internal / "resources") for p in (internal / "resources").rglob("*") if p.is_file()}
    assert shipped <= bundled
    migrations = ROOT / "cica_planner" / "storage" / "migrations"
    for source in migrations.rglob("*.py"):
        copy = internal / "cica_planner" / "storage" / "migrations" / source.relative_to(migrations)
        assert copy.read_bytes() == source.read_bytes(), source.name
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Almaty").is_file()
    qt = internal / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    for needed in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so",
                   "imageformats/libqico.so", "iconengines/libqsvgicon.so"):
        assert needed in plugins, needed
    source_plugins = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins"
    if (source_plugins / "platforms" / "libqwayland.so").exists():
        assert "platforms/libqwayland.so" in plugins
    if (source_plugins / "printsupport").is_dir():
        assert any(p.startswith("printsupport/") for p in plugins)
    assert (internal / "PySide6" / "QtPrintSupport.abi3.so").is_file()
    assert list((qt / "translations").glob("qtbase_*.qm"))
    # Lean: none of the big Qt modules the app does not use.
    libraries = {p.name for p in (qt / "lib").iterdir()}
    for unused in ("libQt6WebEngineCore.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Multimedia.so.6",
                   "libQt63DCore.so.6", "libQt6Pdf.so.6"):
        assert unused not in libraries, unused


def test_every_qt_library_a_bundled_library_needs_is_inside(built: Path) -> None:
    """Dropping unused plugins must not orphan a library: check each one's DT_NEEDED Qt entries."""
    internal = built / "cica-planner" / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    missing = []
    for library in internal.rglob("*.so*"):
        if not library.is_file():
            continue
        dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True, timeout=60, check=False)
        for needed in re.findall(r"^\s*NEEDED\s+(libQt6\S+)$", dump.stdout, flags=re.M):
            if not (qt_lib / needed).exists():
                missing.append(f"{library.relative_to(internal)} needs {needed}")
    assert missing == []


def test_the_x11_and_offscreen_plugins_find_every_library(built: Path) -> None:
    """The xcb libraries Qt's X11 plugin needs travel in the bundle (not every desktop has libxcb-cursor0)."""
    internal = built / "cica-planner" / "_internal"
    qt = internal / "PySide6" / "Qt"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{qt / 'lib'}"}
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        linked = subprocess.run(["ldd", str(qt / "plugins" / "platforms" / plugin)], env=env, capture_output=True,
                                text=True, timeout=60, check=False)
        assert "not found" not in linked.stdout, linked.stdout
    assert (internal / "libxcb-cursor.so.0").exists()


def test_version_away_from_the_source_tree(unpacked: Path, tmp_path: Path) -> None:
    result = _run(unpacked / "cica-planner", "--version", cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"cica-planner {__version__}"


def test_list_json_on_a_fresh_calendar_with_the_bundled_time_zones(unpacked: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    program = unpacked / "cica-planner"
    db = tmp_path / "fresh.sqlite3"
    listed = _run(program, "--db", str(db), "list", "--all", "--json", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr.strip() == f"cica-planner: created a new calendar {db} (with the shipped CICA calendar)"
    events = json.loads(listed.stdout)
    assert len(events) > 100
    soc = next(e for e in events if e["uid"] == "e082@seed.cica-planner")
    assert soc["start"] == "2024-06-27"
    assert {"uid", "title", "start", "end", "tzid", "precision"} <= set(soc)
    # Timed events need the time-zone rules: the bundle's tzdata gives Astana's move to UTC+5.
    (tmp_path / "timed.ics").write_text(TIMED_EVENTS, encoding="utf-8", newline="")
    imported = _run(program, "--db", str(db), "import", str(tmp_path / "timed.ics"), cwd=tmp_path, env=env)
    assert imported.returncode == 0, imported.stderr
    listed = _run(program, "--db", str(db), "list", "--json", "--from", "2024-02-15", "--to", "2024-06-30",
                  cwd=tmp_path, env=env)
    starts = {e["uid"]: e["start"] for e in json.loads(listed.stdout) if e["uid"].startswith("bundle-tz")}
    assert starts == {"bundle-tz-1@tests": "2024-02-15T10:00:00+06:00",
                      "bundle-tz-2@tests": "2024-06-27T10:00:00+05:00",
                      "bundle-tz-3@tests": "2024-06-15T10:00:00+04:00"}


def test_the_libraries_loaded_on_first_use_are_inside(unpacked: Path, tmp_path: Path) -> None:
    """holidays (country modules imported by name, names in .mo files) and the CalDAV client."""
    env = _env(tmp_path, CICA_PLANNER_CALDAV_PASSWORD="not-used")
    program = unpacked / "cica-planner"
    holidays = _run(program, "--db", str(tmp_path / "never.sqlite3"), "holidays", "--countries", "KZ,AZ",
                    "--from", "2025-03-20", "--to", "2025-03-25", "--json", cwd=tmp_path, env=env)
    assert holidays.returncode == 0, holidays.stderr
    names = {(h["date"], h["local_name"]) for h in json.loads(holidays.stdout)["holidays"] if h["country"] == "KZ"}
    assert ("2025-03-21", "Наурыз мейрамы") in names
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    published = _run(program, "--db", str(tmp_path / "dav.sqlite3"), "publish", f"http://127.0.0.1:{port}/alice/cica/",
                     "--user", "alice", cwd=tmp_path, env=env)
    assert published.returncode != 0
    assert f"cannot reach 127.0.0.1:{port}" in published.stderr.splitlines()[-1], published.stderr
    assert "No module named" not in published.stderr


def test_the_window_starts_offscreen_and_quits_by_itself(unpacked: Path, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen", CICA_PLANNER_NOW=NOW, CICA_PLANNER_SMOKE_START=str(shot),
               CICA_PLANNER_LOG_DIR=str(tmp_path / "logs"))
    result = _run(unpacked / "cica-planner", "--db", str(tmp_path / "window.sqlite3"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown: window.sqlite3 — CICA Planner (1400x900)", "icon: drawn"]
    picture = QImage(str(shot))
    assert (picture.width(), picture.height()) == (1400, 900)
    # Painted, not blank: the views drew many different colours.
    colours = {picture.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert len(colours) > 20
    assert (tmp_path / "logs" / "cica-planner.log").is_file()


@pytest.fixture
def x_server():
    """A virtual X server (Xvfb) of this test alone; yields its display name."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        number = os.read(read_end, 16).decode().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=30)


def test_the_window_starts_on_a_real_x_server(unpacked: Path, tmp_path: Path, x_server: str) -> None:
    env = _env(tmp_path, DISPLAY=x_server, CICA_PLANNER_NOW=NOW, CICA_PLANNER_SMOKE_START="1")
    result = _run(unpacked / "cica-planner", "--db", str(tmp_path / "x11.sqlite3"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown: x11.sqlite3 — CICA Planner (1400x900)", "icon: drawn"]


def test_no_display_is_one_line_from_the_bundle_too(unpacked: Path, tmp_path: Path) -> None:
    result = _run(unpacked / "cica-planner", "--db", str(tmp_path / "x.sqlite3"), cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 3
    assert len(result.stderr.splitlines()) == 1
    assert "cica-planner --help" in result.stderr


def test_install_sh_installs_into_local_and_uninstalls(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _env(home)
    installed = subprocess.run(["sh", str(unpacked / "install.sh")], cwd=tmp_path, env=env, capture_output=True,
                               text=True, timeout=300, check=False)
    assert installed.returncode == 0, installed.stderr
    local = home / ".local"
    lib = local / "lib" / "cica-planner"
    assert f"CICA Planner {__version__} is installed in {lib}." in installed.stdout
    link = local / "bin" / "cica-planner"
    assert link.is_symlink()
    assert link.resolve() == (lib / "cica-planner").resolve()
    run = _run(link, "--version", cwd=tmp_path, env=env)  # through the link, as from PATH
    assert run.stdout.strip() == f"cica-planner {__version__}", run.stderr
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{lib}/cica-planner"' in text
    assert f"Icon={APP_ID}" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=60,
                               check=False)
        assert check.returncode == 0, check.stdout
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 48, 256, 512):
        assert (local / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (local / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    again = subprocess.run(["sh", str(unpacked / "install.sh")], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=300, check=False)  # a second install replaces the first
    assert again.returncode == 0, again.stderr
    assert not (local / "lib" / "cica-planner.old").exists()

    removed = subprocess.run(["sh", str(lib / "install.sh"), "--uninstall"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=300, check=False)
    assert removed.returncode == 0, removed.stderr
    assert not lib.exists()
    assert not link.exists()
    assert not link.is_symlink()
    assert not desktop.exists()
    assert not list((local / "share" / "icons").rglob(f"{APP_ID}.*"))
