"""The one place that knows where resources, content, the content database and user data live.

A source checkout, an editable install and a PyInstaller bundle differ only in `ROOT`.
Environment variables override each location (for tests and portable use):
OPIOIDREF_CONTENT, OPIOIDREF_DB, OPIOIDREF_HOME.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

BUNDLED = bool(getattr(sys, "frozen", False))
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resources_dir() -> Path:
    return ROOT / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def content_dir() -> Path:
    return Path(os.environ.get("OPIOIDREF_CONTENT") or ROOT / "content")


def database_path() -> Path:
    """Where the content database is read from (and, from a clone, built to)."""
    override = os.environ.get("OPIOIDREF_DB")
    if override:
        return Path(override)
    if BUNDLED:
        return ROOT / "content.db"
    return ROOT / "var" / "content.db"


def user_data_dir() -> Path:
    """Bookmarks, history, notes and settings: never inside the content database."""
    override = os.environ.get("OPIOIDREF_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir("OpioidRef", appauthor=False))
