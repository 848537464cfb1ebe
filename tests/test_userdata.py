"""User data (bookmarks, history, notes) and the back/forward navigator, without Qt."""

from __future__ import annotations

import sqlite3

from app.navigation import Navigator
from app.userdata import HISTORY_LIMIT, UserData


def test_bookmarks_notes_history_survive_reopen(tmp_path):
    path = tmp_path / "user.db"
    data = UserData(path)
    assert data.toggle_bookmark("naloxone", "Naloxone") is True
    data.save_note("naloxone", "Naloxone", "Kit in room 4")
    data.record_visit("abscess", "Abscess")
    data.record_visit("naloxone", "Naloxone")
    data.record_visit("abscess", "Abscess")
    data.close()
    data = UserData(path)
    assert [b.slug for b in data.bookmarks()] == ["naloxone"]
    assert data.note("naloxone") == "Kit in room 4"
    assert data.noted_slugs() == {"naloxone"}
    assert [h.slug for h in data.history()] == ["abscess", "naloxone"]
    assert data.toggle_bookmark("naloxone", "Naloxone") is False
    assert data.bookmarks() == []
    data.save_note("naloxone", "Naloxone", "   ")
    assert data.note("naloxone") == "" and data.notes() == []
    data.clear_history()
    assert data.history() == []


def test_history_is_bounded(tmp_path):
    data = UserData(tmp_path / "u.db")
    for i in range(HISTORY_LIMIT + 20):
        data.record_visit(f"e{i}", f"E{i}")
    assert len(data.history(limit=10_000)) == HISTORY_LIMIT


def test_wal_mode(tmp_path):
    data = UserData(tmp_path / "u.db")
    assert data.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_damaged_file_is_moved_aside_and_app_starts_fresh(tmp_path):
    path = tmp_path / "user.db"
    path.write_bytes(b"not sqlite at all" * 200)
    data = UserData(path)
    assert data.recovered_from is not None and data.recovered_from.exists()
    assert data.recovered_from.read_bytes().startswith(b"not sqlite")
    data.save_note("x", "X", "works")
    assert sqlite3.connect(path).execute("SELECT text FROM notes").fetchone()[0] == "works"


def test_navigator_back_forward():
    nav = Navigator()
    for page in ("home", "entry:a", "entry:b"):
        nav.visit(page)
    assert nav.back() == "entry:a" and nav.back() == "home" and nav.back() is None
    assert nav.forward() == "entry:a"
    nav.visit("entry:c")
    assert not nav.can_go_forward() and nav.back() == "entry:a"
    nav.visit("entry:a")  # same page again is not a new step
    assert nav.back() == "home"
