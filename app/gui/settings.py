"""Window and reading settings in an INI file in the user's data folder (QSettings).

A damaged settings file is moved aside and the app starts with defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings


def open_settings(folder: Path) -> tuple[QSettings, Path | None]:
    """Return the settings and, if the old file was unreadable, where it was moved."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.ini"
    moved = None
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.value("zoom")  # forces the file to be read
    if settings.status() != QSettings.Status.NoError or not _readable(path):
        del settings
        import datetime as dt  # (only for a damaged file)

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"settings.ini.damaged-{stamp}")
        os.replace(path, moved)
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    return settings, moved


def _readable(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return True


def float_value(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return min(max(value, low), high) if value == value else default  # NaN -> default
