"""Alt+letter reaches every menu and every list tab: no two share a letter (Alt+H was both Help
and Handouts), and each tool in the Tools menu has its own key."""

from __future__ import annotations

import re

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def test_menus_and_tabs_have_distinct_alt_letters(start):
    window = start()
    menus = [a.text() for a in window.menuBar().actions()]
    tabs = [window.side.tabs.tabText(i) for i in range(window.side.tabs.count())]
    letters = [letter(t) for t in menus + tabs]
    assert None not in letters, menus + tabs
    assert len(set(letters)) == len(letters), dict(zip(menus + tabs, letters))


def test_tools_menu_items_have_mnemonics(start):
    window = start()
    items = [a.text() for a in window.tools_menu.actions() if a.text()]
    assert len(items) == 4
    letters = [letter(t) for t in items]
    assert None not in letters and len(set(letters)) == len(letters), items


def test_spanish_menus_and_tabs_have_distinct_alt_letters(start, monkeypatch):
    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    texts = [a.text() for a in window.menuBar().actions()] + \
        [window.side.tabs.tabText(i) for i in range(window.side.tabs.count())]
    letters = [letter(t) for t in texts]
    assert None not in letters and len(set(letters)) == len(letters), dict(zip(texts, letters))
