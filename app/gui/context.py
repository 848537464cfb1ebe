"""The core objects one window works with, created once and passed to every panel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.search import Searcher
    from app.store import Store
    from app.userdata import UserData


class Context:
    """What the panels share. The searcher and the Jinja2 renderer are made on first use: the
    window's first screen needs neither (a plain class: a dataclass costs a millisecond to make)."""

    def __init__(self, store: Store, userdata: UserData, settings: QSettings,
                 searcher: Searcher | None = None, lang: str = "en",
                 template_cache: Path | None = None) -> None:
        self.store = store
        self.userdata = userdata
        self.settings = settings
        self._searcher = searcher
        self.lang = lang
        """The interface language (app.gui.language); entries show in it where translated."""
        self.template_cache = template_cache
        """Where Jinja2 keeps compiled templates (print, slides, tools), or None for no cache."""
        self._renderer = None

    @property
    def searcher(self) -> Searcher:
        """The search of the open content (app.search), made on first use."""
        if self._searcher is None:
            from app.search import Searcher

            self._searcher = Searcher(self.store.conn)
        return self._searcher

    @searcher.setter
    def searcher(self, searcher: Searcher) -> None:
        self._searcher = searcher

    @property
    def renderer(self):
        """The Jinja2 renderer (app.render), made on first use: the window shows pages
        rendered at build time (app.pages), so starting and reading never load Jinja2."""
        if self._renderer is None:
            from app.render import Renderer

            self._renderer = Renderer(cache_dir=self.template_cache)
        return self._renderer
