"""Find the content database, building it first from a clone when it is missing or stale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import paths
from app.contenthash import content_version
from app.store import Store


def stored_version(db_path: Path) -> str | None:
    """The content version recorded in a database, or None if it cannot be read."""
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM metadata WHERE key='content_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def ensure_database(content_dir: Path | None = None, db_path: Path | None = None) -> Path:
    """Return the database path; from a clone, (re)build it when it does not match content/.

    Raises ContentError when the content is invalid (the old database is left as it was).
    """
    content_dir = Path(content_dir or paths.content_dir())
    db_path = Path(db_path or paths.database_path())
    if content_dir.is_dir() and not paths.BUNDLED:
        if stored_version(db_path) != content_version(content_dir):
            from app.build import build  # only when needed: keeps start-up light

            build(content_dir, db_path)
    return db_path


def open_store(content_dir: Path | None = None, db_path: Path | None = None) -> Store:
    return Store(ensure_database(content_dir, db_path))
