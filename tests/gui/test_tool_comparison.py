"""The intoxication vs withdrawal window: opened like a user does, its rows link to entries in
the main window, it follows the theme and prints in the light theme."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from app.themes import THEMES
from tests.test_tool_data import write_tool_data


# --- helpers shared with test_tool_bodymap.py ----------------------------------------------

def anchors(browser: QTextBrowser) -> list[tuple[str, str, int]]:
    """(href, text, position) of every link shown in a text browser, in document order."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                found.append((href, fragment.text(), fragment.position()))
            it += 1
        block = block.next()
    return found


def click_link(qtbot, browser: QTextBrowser, href: str) -> None:
    """Scroll a link into view and click it with the mouse, as a user would."""
    position = next(pos for h, _text, pos in anchors(browser) if h == href)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 1)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def open_from_tools_menu(qtbot, window, name: str):
    action = window.findChild(QAction, f"tool-{name}")
    assert action is not None and action in window.tools_menu.actions()
    action.trigger()
    tool = window.tool_windows[name]
    qtbot.waitExposed(tool)
    return tool


def background_pixel(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 30, image.height() - 10)


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture
def tool_window(qtbot, start, app_env):
    write_tool_data(app_env["content"])
    window = start()
    return window, open_from_tools_menu(qtbot, window, "comparison")


@pytest.fixture
def printed(monkeypatch):
    """app.gui.printing replaced by a recorder (nothing reaches a printer)."""
    calls = []
    fake = types.ModuleType("app.gui.printing")
    fake.print_html = lambda parent, html, title: calls.append((parent, html, title)) or True
    monkeypatch.setitem(sys.modules, "app.gui.printing", fake)
    return calls


# --- tests ---------------------------------------------------------------------------------

def test_rows_link_to_their_entries(qtbot, tool_window):
    window, tool = tool_window
    text = tool.view.toPlainText()
    for words in ("Pupils", "Small, pinned pupils.", "Wide pupils.", "Breathing", "Faster than usual.",
                  "If unsure, treat it as an overdose.", "A test source"):
        assert words in text
    links = [(href, label) for href, label, _pos in anchors(tool.view)]
    assert links[:4] == [("entry:pinpoint-pupils", "Pinpoint pupils (miosis)"),
                         ("entry:dilated-pupils", "Dilated pupils (mydriasis)"),
                         ("entry:recognising-overdose", "Recognising an overdose"),
                         ("entry:naloxone", "Naloxone")]


@pytest.mark.parametrize("slug, title", [("dilated-pupils", "Dilated pupils (mydriasis)"),
                                         ("naloxone", "Naloxone")])
def test_clicking_a_row_link_opens_the_entry_in_the_main_window(qtbot, tool_window, slug, title):
    window, tool = tool_window
    click_link(qtbot, tool.view, f"entry:{slug}")
    qtbot.waitUntil(lambda: window.current_slug == slug)
    assert window.windowTitle().startswith(title)
    assert title in window.view.toPlainText()
    assert window.nav.current == f"entry:{slug}"


def test_links_work_by_keyboard(qtbot, tool_window):
    window, tool = tool_window
    tool.view.setFocus()
    qtbot.keyClick(tool.view, Qt.Key.Key_Tab)  # to the first link in the table
    qtbot.keyClick(tool.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_slug == "pinpoint-pupils")


def test_a_source_address_is_not_opened_without_confirmation(qtbot, tool_window, monkeypatch):
    from app.gui import dialogs

    asked, opened = [], []
    monkeypatch.setattr(dialogs, "confirm_external", lambda parent, url: asked.append(url.toString()) or False)
    monkeypatch.setattr("app.gui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url))
    window, tool = tool_window
    click_link(qtbot, tool.view, "https://example.org/source")
    assert asked == ["https://example.org/source"] and opened == []
    assert window.current_slug is None  # still the home page


def test_print_uses_the_light_theme_even_in_dark(qtbot, tool_window, printed):
    window, tool = tool_window
    window.findChild(QAction, "theme-dark").trigger()
    qtbot.mouseClick(tool.print_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    parent, html, title = printed[0]
    assert parent is tool and title == "Intoxication vs withdrawal"
    assert THEMES["light"]["background"] in html and THEMES["dark"]["background"] not in html
    assert 'href="entry:dilated-pupils"' in html and "Wide pupils." in html


def test_ctrl_p_prints(qtbot, tool_window, printed):
    _window, tool = tool_window
    tool.view.setFocus()
    qtbot.keyClick(tool.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1


@pytest.mark.parametrize("theme", ["dark", "contrast", "light"])
def test_page_follows_the_theme(qtbot, tool_window, theme):
    window, tool = tool_window
    window.findChild(QAction, f"theme-{'dark' if theme == 'light' else 'light'}").trigger()
    window.findChild(QAction, f"theme-{theme}").trigger()
    qtbot.waitUntil(lambda: background_pixel(tool.view) == QColor(THEMES[theme]["background"]))
    assert "Pupils" in tool.view.toPlainText()


def test_zoom_enlarges_the_table_text(qtbot, tool_window):
    window, tool = tool_window
    before = tool.view.document().defaultFont().pointSizeF()
    window.set_zoom(2.0)
    qtbot.waitUntil(lambda: tool.view.document().defaultFont().pointSizeF() >= before * 1.9)


def test_escape_closes_and_the_menu_opens_it_again(qtbot, tool_window):
    window, tool = tool_window
    qtbot.keyClick(tool.view, Qt.Key.Key_Escape)
    assert not tool.isVisible()
    again = open_from_tools_menu(qtbot, window, "comparison")
    assert again.isVisible()


def test_controls_have_accessible_names(tool_window):
    _window, tool = tool_window
    for widget in (tool, tool.view, tool.print_button, tool.close_button):
        assert widget.accessibleName().strip()


def test_an_entry_link_opens_the_tool(qtbot, start, app_env):
    write_tool_data(app_env["content"])
    entry = app_env["content"] / "withdrawal" / "withdrawal-overview.md"
    entry.write_text(entry.read_text(encoding="utf-8")
                     + "\n\n[Compare intoxication and withdrawal](tool:comparison)\n", encoding="utf-8")
    window = start()
    window.open_entry("withdrawal-overview")
    click_link(qtbot, window.view, "tool:comparison")
    qtbot.waitUntil(lambda: "comparison" in window.tool_windows)
    assert window.tool_windows["comparison"].isVisible()


def test_without_comparison_data_the_window_says_so(qtbot, start):
    window = start()
    tool = open_from_tools_menu(qtbot, window, "comparison")
    assert "not in this version of the content" in tool.view.toPlainText()
    assert anchors(tool.view) == []
