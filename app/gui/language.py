"""The interface language: English or Spanish, chosen at start.

OPIOIDREF_LANG (en or es) wins, for tests and kiosks; then the user's choice (View → Language,
remembered in the settings); then the system's language. Changing it takes effect at the next
start: every window is built in one language.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import paths
from app.constants import LANGUAGES

log = logging.getLogger(__name__)
SETTING = "language"


def choose(settings: QSettings | None) -> str:
    wanted = os.environ.get("OPIOIDREF_LANG", "").strip().lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    chosen = str(settings.value(SETTING, "system")) if settings is not None else "system"
    if chosen in LANGUAGES:
        return chosen
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def install(app: QCoreApplication, lang: str) -> bool:
    """Load the interface translation of `lang` (English needs none); False if it is missing."""
    for old in app.findChildren(QTranslator, "opioidref-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    folder = paths.resources_dir() / "translations"
    if not paths.BUNDLED:
        from app.translations_build import compile_all  # a clone: compile a stale .ts first

        try:
            compile_all(folder)
        except Exception as exc:  # noqa: BLE001 (whatever failed, start with what is there)
            log.error("could not compile the translations: %s", exc)
    if lang == "en":  # English needs only its plural forms ("1 result", "2 results")
        plurals = QTranslator(app)
        plurals.setObjectName("opioidref-translator")
        if plurals.load("opioidref_en", str(folder)):
            app.installTranslator(plurals)
        return True
    translator = QTranslator(app)
    translator.setObjectName("opioidref-translator")
    if not translator.load(f"opioidref_{lang}", str(folder)):
        log.error("no translation for %s in %s", lang, folder)
        return False
    app.installTranslator(translator)
    # Qt's own words (Yes, Cancel, the print and file dialogs), from Qt's translations.
    qt = QTranslator(app)
    qt.setObjectName("opioidref-translator")
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        log.warning("Qt's own %s translation is missing: its dialogs stay in English", lang)
    return True
