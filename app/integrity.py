"""Cheap integrity checks of a content database (no Qt): used at every start and by the
self-test."""

from __future__ import annotations

import sqlite3

from app.schema import SCHEMA_VERSION


def quick_integrity_problem(conn: sqlite3.Connection) -> str | None:
    """What is wrong with an open content database, or None. Cheap enough for every start
    (PRAGMA quick_check, the schema version and the entry count: about 2 ms on the bundled
    content); works on a read-only connection."""
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            return "the database file is damaged (" + "; ".join(map(str, result[:3])) + ")"
        meta = dict(conn.execute(
            "SELECT key, value FROM metadata WHERE key IN ('schema_version', 'entry_count')"))
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            return (f"it has schema version {meta.get('schema_version', 'none')}; this app reads "
                    f"version {SCHEMA_VERSION}")
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return f"the database cannot be read ({exc})"
    if count == 0:
        return "it holds no entries"
    if meta.get("entry_count") != str(count):
        return f"it should hold {meta.get('entry_count')} entries but holds {count}"
    return None


def search_index_problem(conn: sqlite3.Connection) -> str | None:
    """Whether the full-text index matches the entries (FTS5 integrity-check, on a copy in
    memory because the content is opened read-only)."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        memory.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return f"the search index does not match the entries ({exc})"
    finally:
        memory.close()
    return None
