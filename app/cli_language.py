"""`--lang` for the command line: the page labels and print labels of a language, through the
same Qt translation files as the window (QtCore only, loaded only when a language is asked)."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import AppError
from app.models import LANGUAGES


def check(lang: str) -> str:
    lang = (lang or "en").strip().lower()
    if lang not in LANGUAGES:
        raise AppError(f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    return lang


def translate_for(lang: str, gui: bool = False) -> Callable[[str, str], str] | None:
    """Qt's translate function with the language's translation installed (None for English).
    gui: the process will paint (PDF export), so the application must be a QGuiApplication."""
    if lang == "en":
        return None
    import sys

    from PySide6.QtCore import QCoreApplication

    from app.gui import language

    if gui:
        from app.gui.printing import ensure_gui_application

        app = ensure_gui_application()
    else:
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    language.install(app, lang)
    return QCoreApplication.translate
