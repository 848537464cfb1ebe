"""Compile validated content into one SQLite file with sqlite-utils.

The same content always builds a byte-identical file. The file is written beside its
destination under a temporary name and renamed into place only when complete, so a failed
build leaves any previous database untouched.
"""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils
from markdown_it import MarkdownIt

from app import pictures
from app.build_pages import render_pages
from app.content import ContentSet, load_content
from app.contenthash import content_version
from app.schema import BUILD_FORMAT, SCHEMA_VERSION
from app.textnorm import key, words

FTS_COLUMNS = ["title", "aliases_text", "summary", "body_text"]
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
_TAG_RE = re.compile(r"<[^>]+>")
_HEADING_RE = re.compile(r"<h[1-6]>.*?</h[1-6]>", re.S)
_BRACKETS_RE = re.compile(r"\([^)]*\)")


def markdown() -> MarkdownIt:
    # Raw HTML in entries is shown as text, never interpreted.
    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")


_INLINE_TAG_RE = re.compile(r"</?(?:a|b|strong|em|i|code|span)\b[^>]*>")


_CELL_END_RE = re.compile(r"</t[dh]>\s*(?=<t[dh][\s>])")
_ROW_END_RE = re.compile(r"</tr>")


def html_to_text(fragment: str) -> str:
    """Plain text for the index and the snippets: a table's cells are kept apart (" – " between
    the cells of a row, "; " between rows) so a snippet reads as rows, not one run of words."""
    fragment = _ROW_END_RE.sub("; ", _CELL_END_RE.sub(" – ", fragment))
    text = _TAG_RE.sub(" ", _INLINE_TAG_RE.sub("", fragment))
    text = " ".join(html.unescape(text).split())
    return re.sub(r"\s+;", ";", text).replace(";;", ";").rstrip("; ")


def render_body(md: MarkdownIt, body_md: str, drawings: dict[str, Path] | None = None) -> str:
    """Markdown to HTML that QTextBrowser shows well: tables get borders and padding, pictures
    are written into the page (app.pictures)."""
    body_html = pictures.inline(md.render(body_md), drawings or {})
    return body_html.replace(
        "<table>", '<table class="data" border="1" cellspacing="0" cellpadding="4" width="100%">')


def home_with_picture(home: dict, drawings: dict[str, Path], picture: str | None = None) -> dict:
    """The home data as stored: its card's picture (or the English card's) as an <img>."""
    card = home.get("quick_card")
    name = card.get("picture", picture) if isinstance(card, dict) else None
    if not name:
        return home
    img = pictures.img_tag(drawings[name], html.escape(card["picture_alt"]))
    return {**home, "quick_card": {**card, "picture": name, "picture_img": img}}


def build(content_dir: Path, out: Path) -> ContentSet:
    """Validate content_dir and write the database to out. Raises ContentError on bad content."""
    content = load_content(content_dir)
    version = content_version(content_dir)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(content, version, tmp)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return content


def _write(content: ContentSet, version: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        db = sqlite_utils.Database(conn)
        with conn:
            conn.execute("BEGIN")
            _write_tables(db, content, version)
        db["entries"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZE)
        db["pages"].create({"slug": str, "lang": str, "title": str, "html": str}, pk=("slug", "lang"))
        db["pages"].insert_all(render_pages(path))  # read back through app.store, as shown
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES('optimize')")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _write_tables(db: sqlite_utils.Database, content: ContentSet, version: str) -> None:
    md = markdown()
    entry_rows, alias_rows, link_rows, cite_rows, other_rows = [], [], [], [], []
    vocabulary: set[str] = set()
    for rowid, entry in enumerate(content.entries, start=1):  # title order: rowid breaks ties
        body_html = render_body(md, entry.body_md, content.pictures)
        # other languages' search words and misspellings: they find the entry, are never shown
        other_words = [*content.extra_aliases.get(entry.slug, []), *entry.misspellings]
        entry_rows.append(
            {
                "id": rowid,
                "slug": entry.slug,
                "category": entry.category,
                "title": entry.title,
                "title_norm": key(entry.title),
                "title_short": key(_BRACKETS_RE.sub(" ", entry.title)),
                "summary": entry.summary,
                "aliases_text": " ; ".join((*entry.aliases, *other_words)),
                "body_md": entry.body_md,
                "body_html": body_html,
                "body_text": html_to_text(_HEADING_RE.sub(" ", body_html)),
                "red_flags": json.dumps(list(entry.red_flags), ensure_ascii=False),
                "reviewed": entry.reviewed,
                "handout": int(entry.handout),
            }
        )
        for alias in entry.aliases:
            alias_rows.append({"slug": entry.slug, "alias": alias, "alias_norm": key(alias), "lang": "en"})
        for alias in other_words:
            other_rows.append({"slug": entry.slug, "alias": alias, "alias_norm": key(alias), "lang": "other"})
        for position, target in enumerate(entry.see_also):
            link_rows.append({"from_slug": entry.slug, "to_slug": target, "position": position})
        for position, sid in enumerate(entry.sources):
            cite_rows.append({"slug": entry.slug, "source_id": sid, "position": position})
        for text in (entry.title, entry.summary, *entry.aliases,
                     *content.extra_aliases.get(entry.slug, [])):  # never a misspelling: the
            # typo corrector offers words of this vocabulary ("Showing results for …")
            vocabulary.update(w for w in words(text) if len(w) > 2)
        vocabulary.update(w for w in words(html_to_text(body_html)) if len(w) > 3)

    db["entries"].insert_all(entry_rows, pk="id", not_null={"slug", "title", "category"})
    db["entries"].create_index(["slug"], unique=True)
    db["entries"].create_index(["title_norm"])
    db["entries"].create_index(["title_short"])
    db["entries"].create_index(["category", "title_norm"])
    db["aliases"].create({"slug": str, "alias": str, "alias_norm": str, "lang": str})
    db["aliases"].insert_all(alias_rows + other_rows)  # other languages' words: found, not shown
    db["aliases"].create_index(["alias_norm"])
    db["aliases"].create_index(["slug"])
    db["links"].create({"from_slug": str, "to_slug": str, "position": int})
    db["links"].insert_all(link_rows)
    db["links"].create_index(["from_slug", "position"])
    db["links"].create_index(["to_slug"])
    source_rows = [
        {"id": s.id, "title": s.title, "publisher": s.publisher, "year": s.year,
         "url": s.url, "note": s.note}
        for s in sorted(content.sources.values(), key=lambda s: s.id)
    ]
    db["sources"].create(
        {"id": str, "title": str, "publisher": str, "year": str, "url": str, "note": str}, pk="id"
    )
    db["sources"].insert_all(source_rows)
    db["entry_sources"].create({"slug": str, "source_id": str, "position": int}, pk=("slug", "position"))
    db["entry_sources"].insert_all(cite_rows)
    db["vocab"].create({"word": str}, pk="word")
    db["vocab"].insert_all({"word": w} for w in sorted(vocabulary))
    db["extras"].create({"name": str, "json": str}, pk="name")
    db["extras"].insert_all(
        {"name": name, "json": json.dumps(value, ensure_ascii=False, default=str)}
        for name, value in sorted(content.extras.items())
    )
    _write_translations(db, md, content)
    last_reviewed = max((e.reviewed for e in content.entries), default="")
    english_picture = (content.home.get("quick_card") or {}).get("picture")
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "build_format": str(BUILD_FORMAT),
        "content_version": version,
        "entry_count": str(len(content.entries)),
        "last_reviewed": last_reviewed,
        "home": json.dumps(home_with_picture(content.home, content.pictures),
                           ensure_ascii=False, default=str),
        **{f"home_{lang}": json.dumps(home_with_picture(home, content.pictures, english_picture),
                                      ensure_ascii=False, default=str)
           for lang, home in sorted(content.homes.items())},
    }
    db["metadata"].insert_all(({"key": k, "value": v} for k, v in meta.items()), pk="key")


def _write_translations(db: sqlite_utils.Database, md: MarkdownIt, content: ContentSet) -> None:
    db["translations"].create(
        {"slug": str, "lang": str, "title": str, "summary": str, "body_md": str, "body_html": str,
         "red_flags": str, "aliases": str, "sources": str, "reviewed": str,
         "original_reviewed": str}, pk=("slug", "lang"), not_null={"slug", "lang", "title"})
    db["translations"].insert_all(
        {"slug": t.slug, "lang": t.lang, "title": t.title, "summary": t.summary,
         "body_md": t.body_md, "body_html": render_body(md, t.body_md, content.pictures),
         "red_flags": json.dumps(list(t.red_flags), ensure_ascii=False),
         "aliases": json.dumps(list(t.aliases), ensure_ascii=False),
         "sources": json.dumps(list(t.sources), ensure_ascii=False),
         "reviewed": t.reviewed, "original_reviewed": t.original_reviewed}
        for t in sorted(content.translations, key=lambda t: (t.lang, t.slug)))
