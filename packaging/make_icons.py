"""Render the app icon from its SVG into the PNG sizes of the icon theme and the Windows .ico.

    python packaging/make_icons.py

Run it after changing resources/icons/cica-planner.svg and commit what it writes:

- packaging/icons/hicolor/scalable/apps/APP_ID.svg (a copy of the SVG),
- packaging/icons/hicolor/NxN/apps/APP_ID.png for N in PNG_SIZES,
- packaging/windows/cica-planner.ico with ICO_SIZES (32-bit bitmaps, 256 px as PNG, as Windows expects).

The renderer is Qt's own SVG renderer, so no other tool is needed. A test renders the icons
again and compares them with the committed files.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from cica_planner.paths import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "cica-planner.svg"
ICON_ROOT = ROOT / "packaging" / "icons" / "hicolor"
ICO_PATH = ROOT / "packaging" / "windows" / "cica-planner.ico"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon bitmap: BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask (bottom-up)."""
    width, height = image.width(), image.height()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = [bytes(argb.constScanLine(y))[: width * 4] for y in range(height)]  # B, G, R, A on little-endian
    mask_stride = (width + 31) // 32 * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """A .ico file with one entry per image: bitmaps below 256 px, PNG at 256 px."""
    payloads = [png_bytes(image) if image.width() >= 256 else dib_bytes(image) for image in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for image, payload in zip(images, payloads, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 stands for 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return directory + b"".join(payloads)


def png_path(size: int, root: Path = ICON_ROOT) -> Path:
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main(icon_root: Path = ICON_ROOT, ico_path: Path = ICO_PATH) -> list[Path]:
    """Write every icon file and return their paths."""
    written = []
    scalable = icon_root / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    for size in PNG_SIZES:
        target = png_path(size, icon_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png_bytes(render(SOURCE, size)))
        written.append(target)
    ico_path.parent.mkdir(parents=True, exist_ok=True)
    ico_path.write_bytes(ico_bytes([render(SOURCE, size) for size in ICO_SIZES]))
    written.append(ico_path)
    return written


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    for path in main():
        print(path.relative_to(ROOT))
