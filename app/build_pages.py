"""Every entry page and home page rendered once, at build time, into the `pages` table.

Run by app.build on the database it has just written, through app.store (the same reads the
window made when it rendered pages itself), with the Jinja2 templates in strict mode, so a
template error stops the build instead of reaching a reader. What depends on the reader is
left as tokens (app.pages): the interface language's words, the line about the entry's other
language, the tools row. No colours: app.page_style supplies them at run time.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from app.models import CATEGORIES
from app.pages import HOME, token
from app.render import DEFAULT_LABELS, Renderer
from app.store import Store


def token_labels() -> dict:
    labels: dict = {name: Markup(token(name)) for name in DEFAULT_LABELS}
    labels["categories"] = {cat: Markup(token(f"category:{cat}")) for cat in CATEGORIES}
    return labels


def render_pages(db_path: Path) -> list[dict]:
    """Rows of the pages table (slug, lang, title, html) for the database at db_path."""
    store = Store(db_path)
    try:
        renderer = Renderer(strict=True)
        labels = token_labels()
        note, tools = Markup(token("raw:language_note")), Markup(token("raw:tools"))
        rows = []
        for item in store.list_entries():
            for lang in store.languages_of(item["slug"]):
                entry = store.get(item["slug"], lang)
                rows.append({"slug": entry.slug, "lang": lang, "title": entry.title,
                             "html": renderer.entry(entry, None, labels, note, styled=False)})
        meta = store.meta()
        for lang in ["en", *_other_languages(store)]:
            rows.append({"slug": HOME, "lang": lang, "title": "",
                         "html": renderer.home(store.home(lang), featured(store, lang), meta, None,
                                               labels, tools, styled=False)})
        return rows
    finally:
        store.close()


def featured(store: Store, lang: str = "en") -> dict[str, list[tuple[str, str]]]:
    """The home page's "most used" entries by category, as (slug, title in lang) pairs."""
    chosen = store.home(lang).get("featured", {}) or {}
    titles = store.titles([slug for slugs in chosen.values() for slug in slugs], lang)
    return {cat: [(slug, titles[slug]) for slug in slugs if slug in titles]
            for cat, slugs in chosen.items()}


def _other_languages(store: Store) -> list[str]:
    """Languages other than English with translated entries or a translated home page."""
    found = {r[0] for r in store.conn.execute("SELECT DISTINCT lang FROM translations")}
    found |= {r[0][5:] for r in store.conn.execute("SELECT key FROM metadata WHERE key LIKE 'home\\_%' ESCAPE '\\'")}
    return sorted(found - {"en"})
