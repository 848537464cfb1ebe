"""The builder: a complete, deterministic database, written atomically."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.build import build
from app.schema import SCHEMA_VERSION
from app.contenthash import content_version
from app.errors import ContentError
from tests.conftest import FIXTURE_CONTENT


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_tables_and_metadata(fixture_db):
    conn = sqlite3.connect(fixture_db)
    meta = dict(conn.execute("SELECT key, value FROM metadata"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["entry_count"] == "10"
    assert meta["content_version"] == content_version(FIXTURE_CONTENT)
    assert meta["last_reviewed"] == "2026-01-15"
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 10
    assert conn.execute("SELECT count(*) FROM aliases WHERE slug='naloxone' AND lang='en'").fetchone()[0] == 3
    # the Spanish translation's title and two search words find the entry too
    assert conn.execute("SELECT count(*) FROM aliases WHERE slug='naloxone' AND lang='other'").fetchone()[0] == 3
    assert conn.execute("SELECT to_slug FROM links WHERE from_slug='naloxone' ORDER BY position").fetchall() == [
        ("recognising-overdose",), ("pinpoint-pupils",)]
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='entries_fts'").fetchone()[0]
    assert "porter unicode61 remove_diacritics 2" in sql
    # FTS finds accent-free and stemmed forms.
    assert conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'cafe'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'wound'").fetchone()[0] >= 1


def test_rows_are_in_title_order(fixture_db):
    conn = sqlite3.connect(fixture_db)
    titles = [r[0] for r in conn.execute("SELECT title_norm FROM entries ORDER BY id")]
    assert titles == sorted(titles)


def test_markdown_raw_html_is_not_interpreted(content_copy, tmp_path):
    target = content_copy / "signs" / "pinpoint-pupils.md"
    target.write_text(target.read_text() + "\n<script>alert(1)</script>\n", encoding="utf-8")
    out = tmp_path / "x.db"
    build(content_copy, out)
    body = sqlite3.connect(out).execute("SELECT body_html FROM entries WHERE slug='pinpoint-pupils'").fetchone()[0]
    assert "<script>" not in body and "&lt;script&gt;" in body


def test_same_content_builds_byte_identical_file(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build(FIXTURE_CONTENT, a)
    build(FIXTURE_CONTENT, b)
    assert sha(a) == sha(b)


def test_changed_content_changes_version(content_copy, tmp_path):
    before = content_version(content_copy)
    target = content_copy / "signs" / "pinpoint-pupils.md"
    target.write_text(target.read_text() + "\nMore.\n", encoding="utf-8")
    assert content_version(content_copy) != before


def test_failed_build_leaves_previous_output_untouched(content_copy, tmp_path):
    out = tmp_path / "content.db"
    build(content_copy, out)
    digest = sha(out)
    (content_copy / "signs" / "broken.md").write_text("---\ntitle: [\n---\nx\n", encoding="utf-8")
    with pytest.raises(ContentError):
        build(content_copy, out)
    assert sha(out) == digest
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "content") == ["content.db"]


def test_empty_content_folder_is_refused(tmp_path):
    (tmp_path / "sources.yaml").write_text("s: {title: t, publisher: p, year: 1}\n")
    with pytest.raises(ContentError, match="has no entries"):
        build(tmp_path, tmp_path / "out.db")


def test_table_text_keeps_its_cells_apart_for_snippets():
    from app.build import html_to_text

    fragment = ("<table><tr><th>Product</th><th>Dose</th></tr>"
                "<tr><td><b>Nasal spray</b> 4 mg</td><td>One spray</td></tr></table><p>Then wait.</p>")
    assert html_to_text(fragment) == "Product – Dose; Nasal spray 4 mg – One spray; Then wait."
    assert html_to_text("<p>No <em>table</em> here.</p>") == "No table here."
