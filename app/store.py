"""Read-only access to the content database: a few named queries, nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import DatabaseError, UnknownEntry
from app.schema import READ_COLUMNS, SCHEMA_VERSION

if TYPE_CHECKING:
    from app.models import ContentMeta, Source, StoredEntry

# json and app.models are imported where they are used: the window's first screen reads only
# the metadata and the home page, and those modules' classes cost milliseconds to create.

REQUIRED_TABLES = set(READ_COLUMNS)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open a content database read-only, or raise DatabaseError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"The content database is missing: {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseError(f"The content database is damaged or not a database ({exc}): {path}") from None
    missing = REQUIRED_TABLES - tables
    if missing:
        conn.close()
        raise DatabaseError(
            f"The content database is incomplete (missing {', '.join(sorted(missing))}): {path}"
        )
    try:
        row = conn.execute("SELECT value FROM metadata WHERE key='schema_version'").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise DatabaseError(f"The content database's metadata cannot be read ({exc}): {path}") from None
    if row is None or row[0] != str(SCHEMA_VERSION):
        conn.close()
        found = row[0] if row else "none"
        raise DatabaseError(
            f"The content database has schema version {found}; this app reads version "
            f"{SCHEMA_VERSION}: {path}"
        )
    return conn


class Store:
    """The content database, opened once, read-only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.conn = connect_readonly(self.path)
        self.warning: str | None = None
        """Set by the opener when this is a fallback database (shown to the user once)."""

    def close(self) -> None:
        self.conn.close()

    # --- metadata ------------------------------------------------------------------------
    def metadata(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM metadata"))

    def meta(self) -> ContentMeta:
        from app.models import ContentMeta

        m = self.metadata()
        return ContentMeta(
            schema_version=int(m["schema_version"]),
            content_version=m.get("content_version", ""),
            entry_count=int(m.get("entry_count", "0")),
            last_reviewed=m.get("last_reviewed", ""),
        )

    def home(self, lang: str = "en") -> dict:
        """The home page's data; in another language, its translated overdose card if any."""
        import json

        row = self.conn.execute("SELECT value FROM metadata WHERE key='home'").fetchone()
        home = json.loads(row[0]) if row and row[0] else {}
        if lang != "en":
            row = self.conn.execute("SELECT value FROM metadata WHERE key=?", (f"home_{lang}",)).fetchone()
            if row and row[0]:
                home = {**home, **json.loads(row[0]), "lang": lang}
        return home

    # --- translations ----------------------------------------------------------------------
    def languages_of(self, slug: str) -> list[str]:
        """The languages an entry can be read in: "en" first, then its translations."""
        return ["en", *(r[0] for r in self.conn.execute(
            "SELECT lang FROM translations WHERE slug=? ORDER BY lang", (slug,)))]

    def list_translations(self, lang: str, handouts_only: bool = False) -> list[dict[str, str]]:
        sql = ("SELECT t.slug, t.title, e.category, t.summary, t.reviewed FROM translations t "
               "JOIN entries e ON e.slug=t.slug WHERE t.lang=?" + (" AND e.handout=1" if handouts_only else "")
               + " ORDER BY t.title, t.slug")
        keys = ("slug", "title", "category", "summary", "reviewed")
        return [dict(zip(keys, r)) for r in self.conn.execute(sql, (lang,))]

    def _translated(self, entry: StoredEntry, lang: str) -> StoredEntry:
        import json
        from dataclasses import replace

        row = self.conn.execute(
            "SELECT title, summary, body_md, body_html, reviewed, red_flags, aliases, sources "
            "FROM translations WHERE slug=? AND lang=?", (entry.slug, lang)).fetchone()
        if row is None:
            return entry
        cited = json.loads(row[7])
        titles = dict(self.conn.execute(
            "SELECT slug, title FROM translations WHERE lang=?", (lang,)))
        return replace(
            entry, title=row[0], summary=row[1], body_md=row[2], body_html=row[3], reviewed=row[4],
            red_flags=tuple(json.loads(row[5])), aliases=tuple(json.loads(row[6])),
            sources=tuple(s for s in entry.sources if s.id in cited) or entry.sources,
            see_also=tuple((slug, titles.get(slug, title)) for slug, title in entry.see_also),
            lang=lang)

    # --- entries -------------------------------------------------------------------------
    def has(self, slug: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entries WHERE slug=?", (slug,)).fetchone() is not None

    def get(self, slug: str, lang: str = "en") -> StoredEntry:
        """An entry; in another language, its translation where there is one (see `.lang`)."""
        entry = self._get(slug)
        return entry if lang == "en" else self._translated(entry, lang)

    def _get(self, slug: str) -> StoredEntry:
        import json

        from app.models import Source, StoredEntry

        row = self.conn.execute(
            "SELECT slug, category, title, summary, body_md, body_html, reviewed, red_flags, handout "
            "FROM entries WHERE slug=?",
            (slug,),
        ).fetchone()
        if row is None:
            raise UnknownEntry(slug, self.suggest(slug))
        aliases = tuple(r[0] for r in self.conn.execute(
            "SELECT alias FROM aliases WHERE slug=? AND lang='en' ORDER BY rowid", (slug,)))
        see_also = tuple(self.conn.execute(
            "SELECT l.to_slug, e.title FROM links l JOIN entries e ON e.slug=l.to_slug "
            "WHERE l.from_slug=? ORDER BY l.position", (slug,)))
        sources = tuple(
            Source(*r) for r in self.conn.execute(
                "SELECT s.id, s.title, s.publisher, s.year, s.url, s.note FROM entry_sources c "
                "JOIN sources s ON s.id=c.source_id WHERE c.slug=? ORDER BY c.position", (slug,))
        )
        return StoredEntry(
            slug=row[0], category=row[1], title=row[2], summary=row[3], body_md=row[4],
            body_html=row[5], reviewed=row[6], red_flags=tuple(json.loads(row[7])),
            aliases=aliases, see_also=see_also, sources=sources, handout=bool(row[8]),
        )

    def page(self, slug: str, lang: str = "en") -> tuple[str, str, str]:
        """(html, language, title) of a page rendered at build time (app.build_pages): an
        entry in `lang` where translated, else in English; slug "" is the home page. Raises
        UnknownEntry."""
        row = self.conn.execute(
            "SELECT html, lang, title FROM pages WHERE slug=? AND lang IN (?, 'en') "
            "ORDER BY lang='en' LIMIT 1", (slug, lang)).fetchone()
        if row is None:
            raise UnknownEntry(slug, self.suggest(slug) if slug else [])
        return row

    def extra(self, name: str):
        """The compiled data of a content extension (app.content_ext), or None."""
        import json

        row = self.conn.execute("SELECT json FROM extras WHERE name=?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def list_entries(self, category: str | None = None, handouts_only: bool = False) -> list[dict[str, str]]:
        sql = "SELECT slug, title, category, summary, reviewed FROM entries"
        conditions, args = [], []
        if category:
            conditions.append("category=?")
            args.append(category)
        if handouts_only:
            conditions.append("handout=1")
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY title_norm, slug"
        keys = ("slug", "title", "category", "summary", "reviewed")
        return [dict(zip(keys, r)) for r in self.conn.execute(sql, tuple(args))]

    def sources(self, ids: list[str]) -> list[Source]:
        """Bibliography records for source ids, in the order given (unknown ids skipped)."""
        from app.models import Source

        ids = list(dict.fromkeys(ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {r[0]: Source(*r) for r in self.conn.execute(
            f"SELECT id, title, publisher, year, url, note FROM sources WHERE id IN ({marks})", ids)}
        return [found[i] for i in ids if i in found]

    def titles(self, slugs: list[str], lang: str = "en") -> dict[str, str]:
        """Titles by slug; in another language, the translated title where there is one."""
        if not slugs:
            return {}
        marks = ",".join("?" * len(slugs))
        found = dict(self.conn.execute(f"SELECT slug, title FROM entries WHERE slug IN ({marks})", slugs))
        found.update((slug, title) for slug, (title, _) in self.translated_heads(slugs, lang).items())
        return found

    def translated_heads(self, slugs: list[str], lang: str) -> dict[str, tuple[str, str]]:
        """(title, summary) by slug of the entries translated into lang; the others are left out."""
        if not slugs or lang == "en":
            return {}
        marks = ",".join("?" * len(slugs))
        rows = self.conn.execute(
            f"SELECT slug, title, summary FROM translations WHERE lang=? AND slug IN ({marks})",
            [lang, *slugs])
        return {slug: (title, summary) for slug, title, summary in rows}

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Slugs close to a mistyped slug or title."""
        from rapidfuzz import fuzz, process

        choices = dict(self.conn.execute("SELECT slug, slug || ' ' || title FROM entries"))
        found = process.extract(text, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
        return [key for _choice, _score, key in found]
