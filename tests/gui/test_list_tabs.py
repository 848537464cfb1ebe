"""The list names above the side panel's lists: every one in full and reachable on any screen and
zoom (they wrap instead of hiding behind scroll arrows), by mouse, Alt+letter, arrows and Ctrl+Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

NAMES = ["Results", "Categories", "A–Z", "Bookmarks", "History", "Handouts"]


def on_screen(monkeypatch, width: int, height: int) -> None:
    monkeypatch.setattr(type(QApplication.primaryScreen()), "availableGeometry",
                        lambda self: QRect(0, 0, width, height))


def visible_in_full(window, index: int) -> bool:
    """The button lies inside the side panel, and its name fits inside the button."""
    button = window.side.tabs.button(index)
    top_left = button.mapTo(window.side, QPoint(0, 0))
    box = QRect(top_left, button.size())
    name = button.text().replace("&", "")
    return (button.isVisible() and window.side.rect().contains(box)
            and button.fontMetrics().horizontalAdvance(name) < button.width())


@pytest.mark.parametrize("screen,zoom", [((1366, 768), 1.3), ((1024, 768), 1.0), ((1024, 768), 1.3),
                                         ((800, 600), 1.0), ((800, 600), 1.3), ((800, 600), 2.0)])
def test_every_list_name_shows_in_full(start, qtbot, monkeypatch, screen, zoom):
    on_screen(monkeypatch, *screen)
    window = start()
    window.set_zoom(zoom)
    tabs = window.side.tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == NAMES
    hidden = lambda: [NAMES[i] for i in range(tabs.count()) if not visible_in_full(window, i)]  # noqa: E731
    try:
        qtbot.waitUntil(lambda: not hidden(), timeout=2000)  # the layout follows the new font
    except qtbot.TimeoutError:
        pass
    assert window.width() <= screen[0]
    assert not hidden(), (screen, zoom, hidden())
    # The list under the names keeps most of the panel's height.
    assert window.side.handouts.parentWidget().height() > window.side.height() // 2


def test_names_wrap_only_when_one_row_does_not_fit(start, monkeypatch):
    on_screen(monkeypatch, 1366, 768)
    window = start()
    QApplication.processEvents()
    tabs = window.side.tabs
    rows = {tabs.button(i).y() for i in range(tabs.count())}
    assert len(rows) == 1, rows  # the first start leaves room for one row
    window.split.setSizes([tabs.oneRowWidth() // 2, window.width()])
    QApplication.processEvents()
    assert len({tabs.button(i).y() for i in range(tabs.count())}) >= 2


def test_click_shows_that_list(start, qtbot):
    window = start()
    tabs = window.side.tabs
    qtbot.mouseClick(tabs.button(5), Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is window.side.handouts
    assert window.side.handouts.isVisible() and not window.side.results.isVisible()
    qtbot.mouseClick(tabs.button(1), Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is window.side.categories


def test_alt_letter_opens_handouts(start, qtbot):
    window = start()
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.side.tabs.currentWidget() is window.side.handouts, timeout=2000)


def test_tab_reaches_the_chosen_name_then_arrows_move_between_lists(start, qtbot):
    window = start()
    tabs = window.side.tabs
    tabs.setCurrentWidget(window.side.history)
    window.side.search_box.setFocus()
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: tabs.button(4).hasFocus(), timeout=2000)  # the chosen one, not the first
    qtbot.keyClick(tabs.button(4), Qt.Key.Key_Right)
    assert tabs.currentWidget() is window.side.handouts and tabs.button(5).hasFocus()
    qtbot.keyClick(tabs.button(5), Qt.Key.Key_Right)  # wraps round to the first
    assert tabs.currentWidget() is window.side.results
    qtbot.keyClick(tabs.button(0), Qt.Key.Key_Left)
    assert tabs.currentWidget() is window.side.handouts
    qtbot.keyClick(tabs.button(5), Qt.Key.Key_Home)
    assert tabs.currentIndex() == 0 and tabs.button(0).hasFocus()
    qtbot.keyClick(tabs.button(0), Qt.Key.Key_End)
    assert tabs.currentIndex() == 5
    qtbot.keyClick(tabs.button(5), Qt.Key.Key_Tab)  # on to the list itself
    qtbot.waitUntil(window.side.handouts.hasFocus, timeout=2000)


def test_ctrl_tab_and_ctrl_page_keys_cycle_lists_from_inside_a_list(start, qtbot):
    window = start()
    tabs = window.side.tabs
    tabs.setCurrentWidget(window.side.bookmarks)
    window.side.bookmarks.setFocus()
    qtbot.keyClick(window.side.bookmarks, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.side.history
    qtbot.keyClick(window.side.history, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.side.bookmarks
    qtbot.keyClick(window.side.bookmarks, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.side.history


def test_search_brings_back_the_results_list(start, qtbot):
    window = start()
    window.side.tabs.setCurrentWidget(window.side.handouts)
    qtbot.keyClicks(window.side.search_box, "abscess")
    qtbot.waitUntil(lambda: window.side.tabs.currentWidget() is window.side.results, timeout=2000)
    assert window.side.tabs.button(0).isChecked()
