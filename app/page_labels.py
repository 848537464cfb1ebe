"""The words a rendered page uses around the content (headings, the disclaimer, category
names), in one table for the window, print and the command line. No Qt here: a caller passes
its translate function (Qt's, for context "MainWindow"), or none for English.
"""

from __future__ import annotations

from collections.abc import Callable

from app.tools import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "red_flags": QT_TRANSLATE_NOOP("MainWindow", "Red flags — act now"),
    "see_also": QT_TRANSLATE_NOOP("MainWindow", "See also"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "Sources"),
    "reviewed": QT_TRANSLATE_NOOP("MainWindow", "Reviewed"),
    "aliases": QT_TRANSLATE_NOOP("MainWindow", "Also called"),
    "featured": QT_TRANSLATE_NOOP("MainWindow", "Most used"),
    "tools": QT_TRANSLATE_NOOP("MainWindow", "Tools"),
    "content_version": QT_TRANSLATE_NOOP("MainWindow", "Content version"),
    "entries": QT_TRANSLATE_NOOP("MainWindow", "entries"),
    "home_intro": QT_TRANSLATE_NOOP("MainWindow", "Offline reference on heroin and other opioids: "
                                    "signs, overdose, withdrawal, injection-site complications, "
                                    "treatment and support."),
    "local_numbers": QT_TRANSLATE_NOOP("MainWindow", "Local numbers (clinic, outreach team, "
                                       "pharmacy):"),
    "disclaimer": QT_TRANSLATE_NOOP("MainWindow", "OpioidRef is a reference. It supports, and does "
                                    "not replace, clinical judgement and local protocols. In an "
                                    "emergency call 911."),
}
CATEGORY_TEXTS: dict[str, str] = {
    "signs": QT_TRANSLATE_NOOP("MainWindow", "Signs"),
    "overdose": QT_TRANSLATE_NOOP("MainWindow", "Overdose"),
    "withdrawal": QT_TRANSLATE_NOOP("MainWindow", "Withdrawal"),
    "complications": QT_TRANSLATE_NOOP("MainWindow", "Injection-site complications"),
    "treatment": QT_TRANSLATE_NOOP("MainWindow", "Treatment"),
    "support": QT_TRANSLATE_NOOP("MainWindow", "Support"),
}
CONTEXT = "MainWindow"


def labels(translate: Callable[[str, str], str] | None = None) -> dict:
    """The page labels, translated by translate(context, text) when given."""
    tr = (lambda text: translate(CONTEXT, text)) if translate else (lambda text: text)
    out = {key: tr(text) for key, text in TEXTS.items()}
    out["categories"] = {key: tr(text) for key, text in CATEGORY_TEXTS.items()}
    return out
