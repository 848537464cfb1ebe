"""Misspellings people type find their entry but are never shown (not as "Also called", not as
the typo corrector's "Showing results for …")."""

from __future__ import annotations

import sqlite3

from app.build import build
from app.search import Searcher
from app.store import Store
from tests.test_content_validation import edit, problems


def test_a_misspelling_finds_the_entry_and_is_not_shown(content_copy, tmp_path):
    edit(content_copy / "overdose" / "naloxone.md", "aliases: [Narcan, Kloxxado, nasal naloxone]",
         "aliases: [Narcan, Kloxxado, nasal naloxone]\nmisspellings: [nalokzone, narcann]")
    db = tmp_path / "c.db"
    build(content_copy, db)
    store = Store(db)
    assert "nalokzone" not in store.get("naloxone").aliases
    hits = Searcher(store.conn).run("nalokzone", 5).hits
    assert hits and hits[0].slug == "naloxone"
    words = {w for (w,) in sqlite3.connect(db).execute("SELECT word FROM vocab")}
    assert "nalokzone" not in words and "narcann" not in words
    store.close()


def test_a_misspelling_another_entry_owns_is_refused(content_copy):
    edit(content_copy / "overdose" / "naloxone.md", "aliases: [Narcan, Kloxxado, nasal naloxone]",
         "aliases: [Narcan, Kloxxado, nasal naloxone]\nmisspellings: [boil]")
    assert any("alias 'boil'" in p for p in problems(content_copy))


def test_a_listed_misspelling_does_not_collapse_the_results(content_copy, tmp_path):
    """'withdrawl' finds the entry that lists it first, then what 'withdrawal' finds."""
    path = content_copy / "withdrawal" / "withdrawal-overview.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsources:", "\nmisspellings: [withdrawl]\nsources:", 1), encoding="utf-8")
    db = tmp_path / "c.db"
    build(content_copy, db)
    store = Store(db)
    searcher = Searcher(store.conn)
    right = searcher.run("withdrawal", 20).hits
    wrong = searcher.run("withdrawl", 20)
    assert wrong.hits[0].slug == "withdrawal-overview"
    assert len(right) > 1 and {h.slug for h in right} <= {h.slug for h in wrong.hits}
    assert wrong.corrected == "withdrawal"
    store.close()
