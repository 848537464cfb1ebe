"""The core objects one window works with, created once and passed to every panel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from app.render import Renderer
from app.search import Searcher
from app.store import Store
from app.userdata import UserData


@dataclass
class Context:
    store: Store
    searcher: Searcher
    renderer: Renderer
    userdata: UserData
    settings: QSettings
    lang: str = "en"
    """The interface language (app.gui.language); entries show in it where translated."""
