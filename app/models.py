"""Plain data passed between the core's layers and its two faces (CLI and GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.constants import CATEGORIES, LANGUAGES  # noqa: F401 (named here too, as before)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    year: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Entry:
    slug: str
    category: str
    title: str
    summary: str
    body_md: str
    reviewed: str
    aliases: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    handout: bool = False
    """A plain-language page for people who use drugs and their families."""
    path: str = ""
    misspellings: tuple[str, ...] = ()
    """Common misspellings people type ("nalaxone"): they find the entry, are never shown."""


@dataclass(frozen=True)
class SearchHit:
    slug: str
    title: str
    category: str
    snippet: str
    """An HTML fragment: escaped text, matched words wrapped in <b>…</b>."""
    score: float
    """Higher ranks first."""


@dataclass(frozen=True)
class StoredEntry:
    """An entry as the content database returns it, ready to render."""

    slug: str
    category: str
    title: str
    summary: str
    body_md: str
    body_html: str
    reviewed: str
    aliases: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    see_also: tuple[tuple[str, str], ...] = ()
    """(slug, title) pairs, in the author's order."""
    sources: tuple[Source, ...] = ()
    handout: bool = False
    lang: str = "en"
    """The language of this text: "en", or that of a translation (app.content_translations)."""


@dataclass(frozen=True)
class ContentMeta:
    schema_version: int
    content_version: str
    entry_count: int
    last_reviewed: str
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Translation:
    """An entry in another language (content/<lang>/<category>/<slug>.md): the same slug,
    category, links and handout flag as its original; its own words, aliases and review date."""

    slug: str
    lang: str
    title: str
    summary: str
    body_md: str
    reviewed: str
    original_reviewed: str
    """The `reviewed` date of the original this translation follows (older: it is stale)."""
    aliases: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    path: str = ""
