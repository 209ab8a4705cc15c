"""One app id for the desktop entry, the AppStream metainfo, the icons, the installer scripts and
the running app; the desktop files pass the freedesktop validators; the icons are complete."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from cica_planner.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons" / "hicolor"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- one id ---------------------------------------------------------------------------------------


def test_the_app_id_is_reverse_dns_and_a_valid_dbus_name() -> None:
    # Desktop-entry spec: the file name is a D-Bus well-known name (no hyphen) plus ".desktop".
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){2,}", APP_ID)
    assert APP_ID == "org.s_cica.Planner"


def test_the_desktop_files_are_named_by_the_app_id() -> None:
    assert sorted(p.name for p in (PACKAGING / "linux").glob("*.desktop")) == [f"{APP_ID}.desktop"]
    assert sorted(p.name for p in (PACKAGING / "linux").glob("*.xml")) == [f"{APP_ID}.metainfo.xml"]
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "cica-planner"  # install.sh replaces it with the installed program's path
    assert entry["Type"] == "Application"


def test_the_metainfo_names_the_same_app() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert component.findtext("icon[@type='stock']") == APP_ID
    assert component.findtext("provides/binary") == "cica-planner"
    assert component.findtext("name") == _desktop_entry()["Name"]


def test_the_scripts_install_the_same_id() -> None:
    for script in (PACKAGING / "build.sh", PACKAGING / "linux" / "install.sh"):
        assert f"app_id={APP_ID}\n" in script.read_text(encoding="utf-8"), script
    assert f'#define AppId "{APP_ID}"' in (PACKAGING / "windows" / "cica-planner.iss").read_text(encoding="utf-8")


def test_the_running_app_uses_the_same_id(qapp, seeded_db, monkeypatch, tmp_path) -> None:
    """run_desktop sets QGuiApplication.desktopFileName to the id (the packaged entry's name)."""
    import threading

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from cica_planner import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(app_module, "configure_logging", lambda path, **_options: None)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    previous = QGuiApplication.desktopFileName()
    try:
        assert app_module.run_desktop(seeded_db, log_dir=tmp_path) == 0
        assert QGuiApplication.desktopFileName() == APP_ID
        assert (PACKAGING / "linux" / f"{QGuiApplication.desktopFileName()}.desktop").is_file()
    finally:
        QGuiApplication.setDesktopFileName(previous)


# -- validators -------------------------------------------------------------------------------------


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_file_validate_passes() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the pedantic note that ids usually have no capitals is accepted (org.gnome.Calendar has them too).
    issues = [line for line in result.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    assert all("cid-contains-uppercase-letter" in line for line in issues), result.stdout


def test_the_metainfo_lists_the_screenshots_that_exist() -> None:
    component = ET.parse(METAINFO).getroot()
    screenshots = component.findall("screenshots/screenshot")
    assert len(screenshots) >= 3
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        image = screenshot.find("image")
        assert image is not None
        assert image.text
        assert screenshot.findtext("caption")
        name = image.text.rsplit("/", 1)[1]
        file = PACKAGING / "screenshots" / name
        assert file.is_file(), name
        picture = QImage(str(file))
        assert (picture.width(), picture.height()) == (int(image.get("width")), int(image.get("height"))), name


# -- icons ----------------------------------------------------------------------------------------


def test_the_theme_icons_come_in_every_size(qapp) -> None:
    make_icons = _make_icons()
    assert set(make_icons.PNG_SIZES) >= {16, 24, 32, 48, 64, 128, 256, 512}
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "cica-planner.svg").read_bytes()
    for size in make_icons.PNG_SIZES:
        path = make_icons.png_path(size, ICONS)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path
        assert image.pixelColor(0, 0).alpha() == 0, path  # transparent corner: the rounded square's outside
        assert image.pixelColor(size // 2, size * 3 // 4).alpha() == 255, path
    assert sorted(p.parent.parent.name for p in ICONS.glob(f"*/apps/{APP_ID}.png")) == sorted(
        f"{s}x{s}" for s in make_icons.PNG_SIZES)


def test_the_committed_icons_match_the_svg(qapp) -> None:
    """Regenerate them with packaging/make_icons.py when this fails after an SVG change."""
    make_icons = _make_icons()
    for size in make_icons.PNG_SIZES:
        fresh = make_icons.render(make_icons.SOURCE, size)
        committed = QImage(str(make_icons.png_path(size, ICONS))).convertToFormat(QImage.Format.Format_ARGB32)
        assert _mean_difference(fresh, committed) < 2.0, size


def _mean_difference(first: QImage, second: QImage) -> float:
    assert first.size() == second.size()
    total = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            total += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) + abs(a.alpha() - b.alpha())
    return total / (first.width() * first.height() * 4)


def test_the_windows_icon_holds_every_size(qapp) -> None:
    make_icons = _make_icons()
    data = (PACKAGING / "windows" / "cica-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _colors, _zero, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        side = width or 256
        assert (width or 256) == (height or 256)
        assert (planes, bits) == (1, 32)
        payload = data[offset:offset + length]
        assert len(payload) == length
        if side == 256:
            assert payload.startswith(b"\x89PNG\r\n\x1a\n")  # Windows wants the large size as PNG
        else:
            header_size, dib_width, dib_height = struct.unpack_from("<Iii", payload)
            assert (header_size, dib_width, dib_height) == (40, side, 2 * side)  # colour + mask
        sizes.append(side)
    assert sizes == list(make_icons.ICO_SIZES)
    assert {16, 32, 48, 256} <= set(sizes)
    # Qt's own ICO reader agrees, image by image.
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"ico")
    assert reader.imageCount() == count
    read = []
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        read.append(image.width())
        assert _mean_difference(image.convertToFormat(QImage.Format.Format_ARGB32),
                                make_icons.render(make_icons.SOURCE, image.width())) < 2.0
    assert read == sizes
