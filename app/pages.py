"""Pages as the window shows them, read from the content database (no Jinja, no Markdown).

Every entry page and home page is rendered once, at build time (app.build_pages), with the
Jinja2 templates of resources/templates. What depends on the reader rather than the content
is left in the stored HTML as a token, filled in here with plain string work:
  - the words around the content (headings, the disclaimer, category names) in the interface
    language: `token("sources")`, `token("category:signs")`;
  - `raw:` tokens, HTML made here: the line about an entry's other language, the tools row.
Colours are not in the stored HTML at all (app.page_style is the view's default style sheet).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app import APP_NAME, DISCLAIMER

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str, quote: bool = True) -> str:
    """html.escape, without importing the html package: it loads the table of every named
    character for unescape (a millisecond the window's first screen does without)."""
    return text.translate(_ATTRIBUTE_ESCAPES if quote else _TEXT_ESCAPES)


OPEN, CLOSE = "\ue000", "\ue001"
"""Private-use characters: they never occur in content, survive autoescaping and Markdown."""
_TOKEN_RE = re.compile(f"{OPEN}([a-z_:]+){CLOSE}")
HOME = ""
"""The slug of the home page's rows in the pages table."""

ENGLISH = {
    "red_flags": "Red flags — act now", "see_also": "See also", "sources": "Sources",
    "reviewed": "Reviewed", "disclaimer": DISCLAIMER, "aliases": "Also called",
    "home_title": APP_NAME,
    "home_intro": "Offline reference on heroin and other opioids: signs, overdose, withdrawal, "
                  "injection-site complications, treatment and support.",
    "featured": "Most used", "tools": "Tools", "content_version": "Content version",
    "entries": "entries", "error_title": "Something went wrong",
    "local_numbers": "Local numbers (clinic, outreach team, pharmacy):",
}
"""The page words when no translation is given (app.page_labels translates them)."""


def token(name: str) -> str:
    return f"{OPEN}{name}{CLOSE}"


def fill(html: str, labels: dict, raw: dict[str, str] | None = None) -> str:
    """A stored page with its tokens replaced: labels (text, escaped here; "categories" a dict
    by category) and raw HTML snippets by name (a missing one becomes nothing)."""
    words = {**ENGLISH, **{k: v for k, v in labels.items() if isinstance(v, str)}}
    categories = labels.get("categories", {})
    raw = raw or {}

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name.startswith("raw:"):
            return raw.get(name[4:], "")
        if name.startswith("category:"):
            return escape(categories.get(name[9:], name[9:]), quote=False)
        return escape(words.get(name, name), quote=False)

    return _TOKEN_RE.sub(replace, html)


def language_note_html(note: dict | None) -> str:
    """The line above an entry about its other language: {text, link?, link_text?}."""
    if not note:
        return ""
    link = note.get("link")
    anchor = (f' <a href="{escape(link)}">{escape(note.get("link_text", ""), quote=False)}</a>'
              if link else "")
    return f'<p class="muted small">{escape(note.get("text", ""), quote=False)}{anchor}</p>'


def tools_html(tools: list[tuple[str, str]], heading: str) -> str:
    """The home page's row of tools: (name, title) pairs as tool:NAME links."""
    if not tools:
        return ""
    links = " &nbsp;·&nbsp; ".join(f'<a href="tool:{escape(name)}">{escape(title, quote=False)}</a>'
                                  for name, title in tools)
    return f"<h2>{escape(heading, quote=False)}</h2>\n<p>{links}</p>"


def error_html(title: str, message: str, disclaimer: str = DISCLAIMER) -> str:
    """A page that says what went wrong, with the disclaimer like every page."""
    return (f"<html><body><h1>{escape(title, quote=False)}</h1><p>{escape(message, quote=False)}</p>"
            '<br><table class="disclaimer" width="100%" border="1" cellspacing="0" cellpadding="8">'
            f'<tr><td class="small">{escape(disclaimer, quote=False)}</td></tr></table></body></html>')


def entry_page(store, slug: str, lang: str, labels: dict,
               note_for: Callable[[str], dict | None] = lambda shown: None) -> tuple[str, str, str]:
    """(html, language shown, title) of an entry, in `lang` where translated, else English;
    note_for(shown language) gives the line about its other language. Raises UnknownEntry."""
    html, shown, title = store.page(slug, lang)
    return fill(html, labels, {"language_note": language_note_html(note_for(shown))}), shown, title


def home_page(store, lang: str, labels: dict, tools: list[tuple[str, str]]) -> str:
    html, _shown, _title = store.page(HOME, lang)
    return fill(html, labels, {"tools": tools_html(tools, labels.get("tools", ENGLISH["tools"]))})
