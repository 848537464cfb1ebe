"""Prove a content database whole before the app relies on it (no Qt, no build tooling).

    start_problem(conn) -> Problem | None       at every start: cheap checks (about 4 ms on
                                                the bundled content)
    import_problem(store) -> Problem | None     before an update is installed: the start checks
                                                with SQLite's full integrity check, then the
                                                search index and every page shown (app.display_check)

A Problem names the check that failed (a key of CHECKS) and says why. Start-up runs only what
is cheap: the content in use is either the bundled copy or an update that passed the import
checks and whose bytes are verified (SHA-256) at every start, so the costly checks need not
run again.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from app.models import CATEGORIES
from app.schema import READ_COLUMNS, SCHEMA_VERSION

CHECKS = {
    "schema": "schema version",
    "columns": "tables and columns",
    "sqlite": "SQLite integrity",
    "entries": "entries",
    "json": "JSON data",
    "links": "links",
    "pages": "stored pages",
    "sizes": "sizes",
    "search": "search index",
    "display": "every page shown",
}

MAX_ENTRIES = 200_000
TEXT_LIMITS = {"slug": 200, "title": 500, "category": 50, "summary": 5_000, "reviewed": 40,
               "aliases_text": 50_000, "red_flags": 50_000, "body_md": 1_000_000,
               "body_html": 2_000_000, "body_text": 1_000_000}
"""Longest text, in characters, of each entry column (the bundled content's longest body is
under 7,000): an entry beyond these is refused rather than shown slowly or not at all."""
MAX_PAGE_CHARS = 4_000_000
"""Longest stored page (HTML), in characters."""
MAX_DATA_CHARS = 5_000_000
"""Longest JSON document of a content extension or the home page."""


@dataclass(frozen=True)
class Problem:
    check: str
    """A key of CHECKS."""
    detail: str

    def __str__(self) -> str:
        return f"{CHECKS[self.check]}: {self.detail}"


class _Failed(Exception):
    def __init__(self, check: str, detail: str) -> None:
        super().__init__(detail)
        self.problem = Problem(check, detail)


def start_problem(conn: sqlite3.Connection) -> Problem | None:
    """What stops the app from using an open content database, or None (cheap: every start)."""
    return _first_problem(conn, thorough=False)


def import_problem(store) -> Problem | None:
    """What stops a candidate update (an open app.store.Store) from being used, or None."""
    problem = _first_problem(store.conn, thorough=True)
    if problem is None:
        problem = search_index_problem(store.conn)
    if problem is None:
        from app.display_check import display_problem

        problem = display_problem(store)
    return problem


def _first_problem(conn: sqlite3.Connection, thorough: bool) -> Problem | None:
    try:
        _schema(conn)
        _columns(conn)
        _sqlite(conn, thorough)
        _entries(conn)
        _sizes(conn)
        _json(conn)
        _links(conn)
        _pages(conn)
        if thorough:
            _text(conn)
    except _Failed as failed:
        return failed.problem
    except sqlite3.DatabaseError as exc:
        return Problem("sqlite", f"the database file is damaged or cannot be read ({exc})")
    except UnicodeDecodeError:
        return Problem("sqlite", "the database holds text that is not UTF-8")
    return None


def _schema(conn: sqlite3.Connection) -> None:
    try:
        row = conn.execute("SELECT value FROM metadata WHERE key='schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _Failed("schema", f"the metadata cannot be read ({exc})") from None
    found = row[0] if row else None
    if found != str(SCHEMA_VERSION):
        raise _Failed("schema", f"it has schema version {found or 'none'}; this app reads "
                      f"version {SCHEMA_VERSION}")


def _columns(conn: sqlite3.Connection) -> None:
    for table, wanted in READ_COLUMNS.items():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not have:
            raise _Failed("columns", f"it has no {table} table")
        missing = [name for name in wanted if name not in have]
        if missing:
            raise _Failed("columns", f"the {table} table lacks the column{'s' if len(missing) > 1 else ''} "
                          f"{', '.join(missing)}")


def _sqlite(conn: sqlite3.Connection, thorough: bool) -> None:
    pragma = "integrity_check" if thorough else "quick_check"
    result = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    if result != ["ok"]:
        raise _Failed("sqlite", "the database file is damaged (" + "; ".join(map(str, result[:3])) + ")")


def _entries(conn: sqlite3.Connection) -> None:
    count, distinct = conn.execute("SELECT count(*), count(DISTINCT slug) FROM entries").fetchone()
    stated = conn.execute("SELECT value FROM metadata WHERE key='entry_count'").fetchone()
    if count == 0:
        raise _Failed("entries", "it holds no entries")
    if stated is None or stated[0] != str(count):
        raise _Failed("entries", f"it should hold {stated[0] if stated else 'an unstated number of'} "
                      f"entries but holds {count}")
    if count > MAX_ENTRIES:
        raise _Failed("sizes", f"it holds {count:,} entries; this app shows at most {MAX_ENTRIES:,}")
    if distinct != count:
        raise _Failed("entries", "two entries have the same slug")
    texts = " OR ".join(f"typeof({name}) != 'text'" for name in TEXT_LIMITS)
    row = conn.execute(f"SELECT id, slug FROM entries WHERE typeof(id) != 'integer' OR {texts} "
                       "OR typeof(handout) != 'integer' OR handout NOT IN (0, 1) LIMIT 1").fetchone()
    if row is not None:
        raise _Failed("entries", f"the entry {row[1]!r} has a missing or malformed field")
    marks = ",".join("?" * len(CATEGORIES))
    row = conn.execute(f"SELECT slug, category FROM entries WHERE category NOT IN ({marks}) LIMIT 1",
                       tuple(CATEGORIES)).fetchone()
    if row is not None:
        raise _Failed("entries", f"the entry {row[0]!r} has the unknown category {row[1]!r}")


def _sizes(conn: sqlite3.Connection) -> None:
    longest = ", ".join(f"max(length({name}))" for name in TEXT_LIMITS)
    maxima = conn.execute(f"SELECT {longest} FROM entries").fetchone()
    for (name, limit), found in zip(TEXT_LIMITS.items(), maxima):
        if found is not None and found > limit:
            slug = conn.execute(f"SELECT slug FROM entries WHERE length({name}) > ? LIMIT 1",
                                (limit,)).fetchone()[0]
            raise _Failed("sizes", f"the entry {slug!r} has a {name.replace('_', ' ')} of {found:,} "
                          f"characters; this app shows at most {limit:,}")
    row = conn.execute("SELECT name, length(json) FROM extras WHERE length(json) > ? LIMIT 1",
                       (MAX_DATA_CHARS,)).fetchone()
    if row is not None:
        raise _Failed("sizes", f"the {row[0]} data is {row[1]:,} characters; at most {MAX_DATA_CHARS:,}")


def _json(conn: sqlite3.Connection) -> None:
    for slug, text in conn.execute("SELECT slug, red_flags FROM entries"):
        flags = _parsed(text, f"the red flags of the entry {slug!r}")
        if not isinstance(flags, list) or not all(isinstance(flag, str) for flag in flags):
            raise _Failed("json", f"the red flags of the entry {slug!r} are not a list of texts")
    for name, text in conn.execute("SELECT name, json FROM extras"):
        _parsed(text, f"the {name} data")
    row = conn.execute("SELECT value FROM metadata WHERE key='home'").fetchone()
    if row is not None and row[0]:
        if not isinstance(_parsed(row[0], "the home page data"), dict):
            raise _Failed("json", "the home page data is not a JSON object")


def _pages(conn: sqlite3.Connection) -> None:
    """Every entry and the home page have their page (rendered at build time), as text."""
    row = conn.execute("SELECT e.slug FROM entries e LEFT JOIN pages p ON p.slug=e.slug AND p.lang='en' "
                       "WHERE p.slug IS NULL LIMIT 1").fetchone()
    if row is not None:
        raise _Failed("pages", f"the entry {row[0]!r} has no page")
    if conn.execute("SELECT 1 FROM pages WHERE slug='' AND lang='en'").fetchone() is None:
        raise _Failed("pages", "the home page is missing")
    row = conn.execute("SELECT slug, lang FROM pages WHERE typeof(html) != 'text' OR typeof(title) != 'text' "
                       "OR typeof(lang) != 'text' LIMIT 1").fetchone()
    if row is not None:
        raise _Failed("pages", f"the page of {row[0] or 'home'!r} ({row[1]}) is missing or malformed")
    row = conn.execute("SELECT slug, length(html) FROM pages WHERE length(html) > ? LIMIT 1",
                       (MAX_PAGE_CHARS,)).fetchone()
    if row is not None:
        raise _Failed("sizes", f"the page of {row[0] or 'home'!r} is {row[1]:,} characters; at most "
                      f"{MAX_PAGE_CHARS:,}")


def _parsed(text: object, what: str) -> object:
    if not isinstance(text, str):
        raise _Failed("json", f"{what} is not text")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _Failed("json", f"{what} is not valid JSON ({exc})") from None


def _links(conn: sqlite3.Connection) -> None:
    dangling = [
        ("links", "SELECT from_slug, to_slug FROM links WHERE from_slug NOT IN (SELECT slug FROM entries) "
                  "OR to_slug NOT IN (SELECT slug FROM entries) LIMIT 1", "a see-also link from {!r} to {!r}"),
        ("aliases", "SELECT slug, alias FROM aliases WHERE slug NOT IN (SELECT slug FROM entries) LIMIT 1",
         "the alias of {!r} called {!r}"),
        ("entry_sources", "SELECT slug, source_id FROM entry_sources WHERE slug NOT IN "
                          "(SELECT slug FROM entries) OR source_id NOT IN (SELECT id FROM sources) LIMIT 1",
         "a citation from {!r} of the source {!r}"),
    ]
    for _table, sql, what in dangling:
        row = conn.execute(sql).fetchone()
        if row is not None:
            raise _Failed("links", what.format(*row) + " points at nothing")


def _text(conn: sqlite3.Connection) -> None:
    """Every column the app reads, of every row, decodes (import only: it reads every value)."""
    for table, columns in READ_COLUMNS.items():
        if table == "entries_fts":
            continue  # its text is the entries' (an external-content index)
        try:
            for _row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                pass
        except (sqlite3.OperationalError, UnicodeDecodeError) as exc:
            raise _Failed("entries", f"the {table} table holds text that is not UTF-8 ({exc})") from None


def search_index_problem(conn: sqlite3.Connection) -> Problem | None:
    """Whether the full-text index matches the entries (FTS5 integrity-check, on a copy in
    memory because the content is opened read-only; about 10 ms on the bundled content)."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        memory.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return Problem("search", f"the search index does not match the entries ({exc})")
    finally:
        memory.close()
    return None


def quick_integrity_problem(conn: sqlite3.Connection) -> str | None:
    """start_problem as a sentence (for the self-test), or None."""
    problem = start_problem(conn)
    return None if problem is None else str(problem)
