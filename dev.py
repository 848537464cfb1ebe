#!/usr/bin/env python3
"""Set up and run OpioidRef from a clone with one command (stdlib only, any OS).

    python3 dev.py app      create .venv, install the app, open it on the bundled content
    python3 dev.py test     also install the test tools (and, as root on Debian/Ubuntu, the
                            system libraries Qt needs), then run the whole test suite
    python3 dev.py system-deps   only the Debian/Ubuntu libraries (root)

Extra arguments after `test` go to pytest; after `app`, to the app.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# What Qt needs on a Debian/Ubuntu machine without a desktop (plus the xcb set for Xvfb).
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libxkbcommon0", "fonts-dejavu-core",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0",
    # the end-to-end screen tests: a real X server, keys, screenshots and OCR
    "xvfb", "xdotool", "imagemagick", "tesseract-ocr", "tesseract-ocr-eng",
    # the accessibility test: a session bus, the AT-SPI bus and a reader of it
    "dbus-daemon", "at-spi2-core", "python3-pyatspi",
    # the icon tests validate the desktop entry and the AppStream metadata
    "desktop-file-utils", "appstream",
]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"OpioidRef needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        say(f"creating {VENV.name}/ with Python {sys.version.split()[0]}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    spec = "." + (f"[{extras}]" if extras else "")
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        say(f"installing {spec} into {VENV.name}/ (first run takes a minute)")
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-e", spec], cwd=ROOT, check=True)
        stamp.write_text(wanted)
    return python


def missing_debian_packages() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in DEBIAN_PACKAGES:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                               capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    return missing


def ensure_system_packages() -> None:
    missing = missing_debian_packages()
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        say("Qt may need these system packages (install them as root): " + " ".join(missing))
        return
    say("installing system libraries for Qt: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    rest = argv[1:]
    if command == "system-deps":
        ensure_system_packages()
        return 0
    if command == "test":
        ensure_system_packages()
        python = ensure_venv("test")
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT)
    if command == "app":
        ensure_system_packages()
        python = ensure_venv("")
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM"))
        if headless:
            say("no display found: run this from a desktop session (or under Xvfb with DISPLAY set).")
            return 1
        return subprocess.call([python, "-m", "app", *rest], cwd=ROOT)
    print(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        command = " ".join(str(part) for part in exc.cmd)
        sys.exit(f"[dev] this step failed (exit {exc.returncode}): {command}")
    except KeyboardInterrupt:
        sys.exit(130)
