"""One Jinja2 environment (autoescape, StrictUndefined) rendering entries and pages to HTML.

The HTML stays within what QTextBrowser renders (HTML 4 / CSS 2.1 subset: tables for boxes,
no flexbox, no JavaScript). A rendering failure returns an error page, never raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
from markupsafe import Markup

from app import DISCLAIMER, paths
from app.models import CATEGORIES, ContentMeta, StoredEntry
from app.page_style import css as page_css
from app.pages import ENGLISH, language_note_html, tools_html
from app.themes import theme as get_theme

log = logging.getLogger(__name__)

DEFAULT_LABELS: dict[str, str] = ENGLISH


class Renderer:
    def __init__(self, templates_dir: Path | None = None, cache_dir: Path | None = None,
                 strict: bool = False) -> None:
        self.strict = strict
        """Raise template errors instead of returning the error page (for checks that must
        know whether every page renders: app.display_check)."""
        cache = None
        if cache_dir is not None:
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                cache = jinja2.FileSystemBytecodeCache(str(cache_dir))
            except OSError:
                log.warning("no template cache in %s", cache_dir)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates_dir or paths.templates_dir())),
            bytecode_cache=cache,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def page(self, template: str, theme: str | None, labels: dict | None, styled: bool = True,
             **context) -> str:
        """Any template under resources/templates, with the theme, labels and categories that
        base.html needs; a failure becomes the error page. styled=False leaves the style sheet
        out (stored pages: the view supplies it, app.page_style)."""
        merged = {**DEFAULT_LABELS, **(labels or {})}
        categories = {**CATEGORIES, **merged.get("categories", {})}
        try:
            return self.env.get_template(template).render(
                t=get_theme(theme), labels=merged, categories=categories,
                css=Markup(page_css(theme)) if styled else "", **context
            )
        except jinja2.TemplateError as exc:
            if self.strict:
                raise
            log.exception("rendering %s failed", template)
            return self.error(merged["error_title"], f"The page could not be shown ({exc}).",
                              theme=theme, labels=labels)

    def entry(self, entry: StoredEntry, theme: str | None = None, labels: dict | None = None,
              language_note: dict | str | None = None, styled: bool = True) -> str:
        """language_note: {text, link?, link_text?}, a line above the title about the entry's
        other language ("Also in English", "not translated yet"), or that line's HTML."""
        note = language_note if isinstance(language_note, str) else language_note_html(language_note)
        return self.page("entry.html", theme, labels, styled, entry=entry, body=Markup(entry.body_html),
                         language_note=Markup(note))

    def home(self, home: dict, featured: dict[str, list[tuple[str, str]]], meta: ContentMeta,
             theme: str | None = None, labels: dict | None = None,
             tools: list[tuple[str, str]] | str = (), styled: bool = True) -> str:
        """tools: (name, title) pairs shown as tool:NAME links, or that row's HTML."""
        merged = {**DEFAULT_LABELS, **(labels or {})}
        row = tools if isinstance(tools, str) else tools_html(list(tools), merged["tools"])
        return self.page("home.html", theme, labels, styled, home=home, featured=featured, meta=meta,
                         tools=Markup(row))

    def error(self, title: str, message: str, theme: str | None = None,
              labels: dict | None = None) -> str:
        merged = {**DEFAULT_LABELS, **(labels or {})}
        try:
            return self.env.get_template("error.html").render(
                t=get_theme(theme), labels=merged, css=Markup(page_css(theme)), title=title,
                message=message
            )
        except jinja2.TemplateError:
            log.exception("rendering the error page failed")
            return str(Markup("<h1>{}</h1><p>{}</p><p>{}</p>").format(title, message, DISCLAIMER))
