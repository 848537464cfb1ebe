"""Finding, (re)building and opening the content database."""

from __future__ import annotations

import sqlite3

import pytest

from app.database import ensure_database, stored_version
from app.errors import DatabaseError
from app.store import Store


def test_builds_when_missing_and_rebuilds_when_stale(content_copy, tmp_path):
    db = tmp_path / "var" / "content.db"
    ensure_database(content_copy, db)
    first = stored_version(db)
    assert first and db.exists()
    mtime = db.stat().st_mtime_ns
    ensure_database(content_copy, db)  # fresh: untouched
    assert db.stat().st_mtime_ns == mtime
    target = content_copy / "signs" / "pinpoint-pupils.md"
    target.write_text(target.read_text() + "\nUpdated.\n", encoding="utf-8")
    ensure_database(content_copy, db)
    assert stored_version(db) != first


def test_store_is_read_only(fixture_db):
    store = Store(fixture_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM entries")


@pytest.mark.parametrize(
    "payload, message",
    [
        (None, "missing"),
        (b"this is not a database at all" * 100, "damaged or not a database"),
        (b"", "incomplete"),
    ],
)
def test_bad_database_is_explained(tmp_path, payload, message):
    db = tmp_path / "content.db"
    if payload is not None:
        db.write_bytes(payload)
    with pytest.raises(DatabaseError, match=message):
        Store(db)


def test_incompatible_schema_is_explained(fixture_db, tmp_path):
    db = tmp_path / "old.db"
    db.write_bytes(fixture_db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE metadata SET value='999' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="schema version 999"):
        Store(db)


def test_get_unknown_slug_suggests(store):
    from app.errors import UnknownEntry

    with pytest.raises(UnknownEntry) as info:
        store.get("naloxon")
    assert "naloxone" in info.value.suggestions
