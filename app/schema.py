"""Version numbers shared by the builder and the readers of the content database."""

SCHEMA_VERSION = 2
"""Bump when the tables change in a way older readers cannot read."""

BUILD_FORMAT = 8
"""Bump when the builder writes different bytes for the same content (forces a rebuild)."""

FTS_WEIGHTS = (10.0, 6.0, 3.0, 1.0)
"""bm25 weights of the FTS columns: title, aliases, summary, body."""

READ_COLUMNS = {
    "entries": ("id", "slug", "category", "title", "title_norm", "title_short", "summary",
                "aliases_text", "body_md", "body_html", "body_text", "red_flags", "reviewed",
                "handout"),
    "entries_fts": ("title", "aliases_text", "summary", "body_text"),
    "aliases": ("slug", "alias", "alias_norm", "lang"),
    "links": ("from_slug", "to_slug", "position"),
    "sources": ("id", "title", "publisher", "year", "url", "note"),
    "entry_sources": ("slug", "source_id", "position"),
    "metadata": ("key", "value"),
    "vocab": ("word",),
    "extras": ("name", "json"),
    "pages": ("slug", "lang", "title", "html"),
    "translations": ("slug", "lang", "title", "summary", "body_md", "body_html", "red_flags",
                     "aliases", "sources", "reviewed", "original_reviewed"),
}
"""Every table and column the app reads (app.store, app.search); app.integrity checks them."""
