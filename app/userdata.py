"""Bookmarks, history and notes in their own SQLite file in the user's data folder.

Never in the content database, so they survive content updates. Each entry's title is kept
beside its slug so that an entry removed by an update can still be listed (and its note kept).
WAL mode; every change is one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

SCHEMA = """
CREATE TABLE IF NOT EXISTS bookmarks (slug TEXT PRIMARY KEY, title TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,
                                    opened TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_opened ON history(opened);
CREATE TABLE IF NOT EXISTS notes (slug TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL,
                                  updated TEXT NOT NULL);
"""
HISTORY_LIMIT = 200


class Marked(NamedTuple):  # (a named tuple: made at once, where a dataclass takes a millisecond)
    slug: str
    title: str
    when: str


def _now() -> str:
    import datetime as dt  # (when something is written: the window's start only reads)

    return dt.datetime.now().isoformat(timespec="seconds")


class UserData:
    """Open (or create) the user-data database. A damaged file is moved aside, not lost."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.recovered_from: Path | None = None
        try:
            self.conn = self._open()
        except sqlite3.DatabaseError:
            self.recovered_from = self._move_aside()
            self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            conn.executescript(SCHEMA)
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> Path:
        import datetime as dt

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(self.path) + suffix)
            if extra.exists():
                os.replace(extra, Path(str(target) + suffix))
        return target

    def close(self) -> None:
        self.conn.close()

    def _write(self, sql: str, args: tuple = ()) -> None:
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(sql, args)

    # --- bookmarks -----------------------------------------------------------------------
    def is_bookmarked(self, slug: str) -> bool:
        return self.conn.execute("SELECT 1 FROM bookmarks WHERE slug=?", (slug,)).fetchone() is not None

    def set_bookmark(self, slug: str, title: str, on: bool) -> None:
        if on:
            self._write("INSERT OR REPLACE INTO bookmarks(slug, title, created) VALUES (?,?,?)",
                        (slug, title, _now()))
        else:
            self._write("DELETE FROM bookmarks WHERE slug=?", (slug,))

    def toggle_bookmark(self, slug: str, title: str) -> bool:
        on = not self.is_bookmarked(slug)
        self.set_bookmark(slug, title, on)
        return on

    def bookmarks(self) -> list[Marked]:
        return [Marked(*r) for r in self.conn.execute(
            "SELECT slug, title, created FROM bookmarks ORDER BY title COLLATE NOCASE")]

    # --- history -------------------------------------------------------------------------
    def record_visit(self, slug: str, title: str) -> None:
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("DELETE FROM history WHERE slug=?", (slug,))
            self.conn.execute("INSERT INTO history(slug, title, opened) VALUES (?,?,?)",
                              (slug, title, _now()))
            self.conn.execute(
                "DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY id DESC LIMIT ?)",
                (HISTORY_LIMIT,))

    def history(self, limit: int = 50) -> list[Marked]:
        return [Marked(*r) for r in self.conn.execute(
            "SELECT slug, title, opened FROM history ORDER BY id DESC LIMIT ?", (limit,))]

    def clear_history(self) -> None:
        self._write("DELETE FROM history")

    # --- notes ---------------------------------------------------------------------------
    def note(self, slug: str) -> str:
        row = self.conn.execute("SELECT text FROM notes WHERE slug=?", (slug,)).fetchone()
        return row[0] if row else ""

    def save_note(self, slug: str, title: str, text: str) -> None:
        """Save (or, for blank text, delete) the note on an entry; committed on return."""
        if text.strip():
            self._write("INSERT OR REPLACE INTO notes(slug, title, text, updated) VALUES (?,?,?,?)",
                        (slug, title, text, _now()))
        else:
            self._write("DELETE FROM notes WHERE slug=?", (slug,))

    def noted_slugs(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT slug FROM notes")}

    def notes(self) -> list[Marked]:
        return [Marked(*r) for r in self.conn.execute(
            "SELECT slug, title, updated FROM notes ORDER BY title COLLATE NOCASE")]
