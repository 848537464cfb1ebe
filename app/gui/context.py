"""The core objects one window works with, created once and passed to every panel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from app.search import Searcher
from app.store import Store
from app.userdata import UserData


@dataclass
class Context:
    store: Store
    searcher: Searcher
    userdata: UserData
    settings: QSettings
    lang: str = "en"
    """The interface language (app.gui.language); entries show in it where translated."""
    template_cache: Path | None = None
    """Where Jinja2 keeps compiled templates (print, slides, tools), or None for no cache."""
    _renderer: object = field(default=None, repr=False)

    @property
    def renderer(self):
        """The Jinja2 renderer (app.render), made on first use: the window shows pages
        rendered at build time (app.pages), so starting and reading never load Jinja2."""
        if self._renderer is None:
            from app.render import Renderer

            self._renderer = Renderer(cache_dir=self.template_cache)
        return self._renderer
