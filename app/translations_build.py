"""Compile the interface translations (resources/translations/*.ts) to Qt's .qm files.

Build-time code: the bundle's spec runs it, and a clone runs it when a .qm is missing or older
than its .ts (as the content database is rebuilt from content/), so the app finds
opioidref_<lang>.qm beside its .ts either way. Uses Qt's own `pyside6-lrelease`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def stale(folder: Path) -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    out = []
    for ts in sorted(folder.glob("opioidref_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def compile_all(folder: Path, only_stale: bool = True) -> list[Path]:
    """Compile each (stale) .ts to its .qm; returns the .qm files written."""
    tool = lrelease()
    todo = stale(folder) if only_stale else sorted(folder.glob("opioidref_*.ts"))
    if not todo:
        return []
    if tool is None:
        raise RuntimeError("pyside6-lrelease is missing: install PySide6 (pip install -e .)")
    import subprocess  # only when there is something to compile: start-up checks and moves on

    written = []
    for ts in todo:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    from app import paths

    for path in compile_all(paths.resources_dir() / "translations", only_stale=False):
        print(path)
