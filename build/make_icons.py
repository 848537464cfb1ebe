#!/usr/bin/env python3
"""Make the app icon's raster files from resources/icons/opioidref.svg (run after editing it):

    .venv/bin/python build/make_icons.py [--out FOLDER]

writes, beside the SVG (or into FOLDER):
    opioidref-<n>.png   n = 16 … 512: the window icon (Qt picks a size) and the Linux icon theme
    opioidref.ico       Windows (PyInstaller's EXE icon): PNG images of 16 … 256 px
    opioidref.icns      macOS (the .app's icon): PNG images of 16 … 512 px

Both containers are written by hand: each is a short header and a table of PNG images, which
every Windows since Vista and every macOS since 10.7 reads, so no imaging library is needed.
The files are committed; a build does not need to run this.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "opioidref.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_pngs(svg: Path, sizes=PNG_SIZES) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (Qt's SVG renderer, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data)
    return out


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG images: ICONDIR, one ICONDIRENTRY per image, then the images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG images: 'icns' + total length, then (type, length, PNG) blocks."""
    blocks = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for size in sorted(pngs) if size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def make(out: Path, svg: Path = SVG) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg)
    written = []
    for size, data in pngs.items():
        path = out / f"opioidref-{size}.png"
        path.write_bytes(data)
        written.append(path)
    (out / "opioidref.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "opioidref.icns").write_bytes(icns(pngs))
    return [*written, out / "opioidref.ico", out / "opioidref.icns"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args(argv)
    for path in make(args.out):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
