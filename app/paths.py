"""The one place that knows where resources, content, the content database and user data live.

A source checkout, an editable install and a PyInstaller bundle differ only in `ROOT`.
Environment variables override each location (for tests and portable use):
OPIOIDREF_CONTENT, OPIOIDREF_DB, OPIOIDREF_HOME, OPIOIDREF_TRUSTED_KEYS.
Portable mode: a file named `portable` beside the executable (or the clone's dev.py) keeps
user data in a `userdata` folder next to it, e.g. on a USB stick.
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


def install_dir() -> Path:
    """The folder a user sees: beside the executable in a bundle, the clone's root otherwise."""
    return Path(sys.executable).resolve().parent if BUNDLED else ROOT


def portable() -> bool:
    return (install_dir() / "portable").is_file()


def user_data_dir() -> Path:
    """Bookmarks, history, notes, settings and imported content: never in the content database."""
    override = os.environ.get("OPIOIDREF_HOME")
    if override:
        return Path(override)
    if portable():
        return install_dir() / "userdata"
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir("OpioidRef", appauthor=False))


def imported_content_dir() -> Path:
    """Where verified content updates (packs) are installed, with one step of rollback."""
    return user_data_dir() / "content"


def trusted_keys_dir() -> Path:
    """Public keys whose signatures on content packs are trusted (*.pub)."""
    override = os.environ.get("OPIOIDREF_TRUSTED_KEYS")
    return Path(override) if override else resources_dir() / "keys"
