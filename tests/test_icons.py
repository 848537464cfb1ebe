"""The app icon's files: each size a real PNG of that size, the .ico and .icns hold the same
images, and the Linux desktop entry and AppStream metadata name the icon and the program."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "resources" / "desktop"
sys.path.insert(0, str(ROOT / "build"))
import make_icons  # noqa: E402


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def ico_images(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    out = {}
    for i in range(count):
        w, h, _c, _r, _planes, _bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        image = data[offset: offset + size]
        assert len(image) == size, "an image runs past the end of the file"
        assert png_size(image) == (w or 256, h or 256)
        out[w or 256] = image
    return out


def icns_images(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    out, at = {}, 8
    while at < len(data):
        kind, length = data[at: at + 4], struct.unpack(">I", data[at + 4: at + 8])[0]
        assert length > 8 and at + length <= len(data), "a block runs past the end"
        out[kind] = data[at + 8: at + length]
        at += length
    return out


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_has_its_size(size):
    assert png_size((ICONS / f"opioidref-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_16_to_256():
    images = ico_images((ICONS / "opioidref.ico").read_bytes())
    assert sorted(images) == list(make_icons.ICO_SIZES)
    assert images[16] == (ICONS / "opioidref-16.png").read_bytes()


def test_icns_holds_16_to_512():
    images = icns_images((ICONS / "opioidref.icns").read_bytes())
    assert set(images) == set(make_icons.ICNS_TYPES.values())
    for size, kind in make_icons.ICNS_TYPES.items():
        assert png_size(images[kind]) == (size, size)


def test_containers_round_trip():
    pngs = {16: (ICONS / "opioidref-16.png").read_bytes(), 256: (ICONS / "opioidref-256.png").read_bytes()}
    assert ico_images(make_icons.ico(pngs)) == pngs
    assert icns_images(make_icons.icns(pngs)) == {b"icp4": pngs[16], b"ic08": pngs[256]}


def test_desktop_entry_names_the_program_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP / "org.opioidref.OpioidRef.desktop", encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application" and group["Name"] == "OpioidRef"
    assert group["Icon"] == "org.opioidref.OpioidRef"
    assert group["Exec"].split()[0] == "OpioidRef"  # the bundle's executable
    assert "MedicalSoftware" in group["Categories"].split(";")
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(DESKTOP / "org.opioidref.OpioidRef.desktop")],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout


def test_appstream_metadata_matches_the_desktop_entry():
    path = DESKTOP / "org.opioidref.OpioidRef.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.opioidref.OpioidRef"
    assert root.find("launchable").text == "org.opioidref.OpioidRef.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert "does not replace" in "".join(root.find("description").itertext())
    if shutil.which("appstreamcli"):
        proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr
