"""The injection-site body map: click a site (or choose it by keyboard), read what is seen there,
and open its complications' entries in the main window; in every theme and at 200% zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from app.themes import THEMES
from app.tools import bodymap
from tests.gui.test_tool_comparison import anchors, click_link, open_from_tools_menu
from tests.test_tool_data import write_tool_data


def centre(canvas, site_id: str) -> QPoint:
    site = next(s for s in canvas.sites if s.id == site_id)
    circle = canvas.circle(site)
    return QPoint(round(circle.x), round(circle.y))


def click_site(qtbot, tool, site_id: str) -> None:
    qtbot.mouseClick(tool.canvas, Qt.MouseButton.LeftButton, pos=centre(tool.canvas, site_id))


def distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


@pytest.fixture
def tool_window(qtbot, start, app_env):
    write_tool_data(app_env["content"])
    window = start()
    return window, open_from_tools_menu(qtbot, window, "bodymap")


def test_clicking_a_site_shows_what_is_seen_and_its_complications(qtbot, tool_window):
    _window, tool = tool_window
    click_site(qtbot, tool, "hand")
    assert tool.canvas.selected == "hand" and "Marks over the small veins." in tool.detail.toPlainText()
    click_site(qtbot, tool, "groin")
    assert tool.list.currentItem().text() == "Groin (inner thigh) (front)"
    assert tool.canvas.selected == "groin"
    text = tool.detail.toPlainText()
    for words in ("Groin (inner thigh)", "A painful lump in the groin crease.",
                  "Image before incising a groin mass.", "A test source. Test Publisher, 2020."):
        assert words in text
    assert [(h, t) for h, t, _p in anchors(tool.detail)] == [
        ("entry:abscess", "Abscess"), ("entry:xylazine-wounds", "Xylazine wounds")]


def test_clicking_a_site_then_its_complication_opens_the_entry(qtbot, tool_window, monkeypatch):
    window, tool = tool_window
    opened = []
    real_open = window.open_entry
    monkeypatch.setattr(window, "open_entry", lambda slug, record=True: opened.append(slug) or real_open(slug, record))
    click_site(qtbot, tool, "hand")  # on the back figure
    assert tool.canvas.selected == "hand"
    click_link(qtbot, tool.detail, "entry:xylazine-wounds")
    assert opened == ["xylazine-wounds"]
    assert window.current_slug == "xylazine-wounds"
    assert window.windowTitle().startswith("Xylazine wounds")
    assert "Xylazine wounds" in window.view.toPlainText()


def test_a_click_away_from_every_site_changes_nothing(qtbot, tool_window):
    _window, tool = tool_window
    click_site(qtbot, tool, "hand")
    assert tool.list.currentRow() == 1
    qtbot.mouseClick(tool.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    groin = centre(tool.canvas, "groin")
    radius = tool.canvas.circle(next(s for s in tool.sites if s.id == "groin")).radius
    qtbot.mouseClick(tool.canvas, Qt.MouseButton.RightButton, pos=groin)  # right button: nothing
    qtbot.mouseClick(tool.canvas, Qt.MouseButton.LeftButton, pos=groin + QPoint(round(radius) + 3, 0))
    assert tool.canvas.selected == "hand" and tool.list.currentRow() == 1
    assert "Marks over the small veins." in tool.detail.toPlainText()


def test_keyboard_alone_reaches_every_site_and_opens_an_entry(qtbot, tool_window):
    window, tool = tool_window
    assert tool.canvas.focusPolicy() == Qt.FocusPolicy.NoFocus  # the list is the keyboard's way
    tool.close_button.setFocus()
    qtbot.keyClick(tool, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the "&Sites" label
    assert tool.list.hasFocus()
    qtbot.keyClick(tool.list, Qt.Key.Key_Home)
    assert tool.canvas.selected == "groin"
    qtbot.keyClick(tool.list, Qt.Key.Key_Down)
    assert tool.canvas.selected == "hand" and "Marks over the small veins." in tool.detail.toPlainText()
    qtbot.keyClick(tool.list, Qt.Key.Key_Return)  # to the details
    assert tool.detail.hasFocus()
    qtbot.keyClick(tool.detail, Qt.Key.Key_Tab)  # the first link
    qtbot.keyClick(tool.detail, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_slug == "xylazine-wounds")


def hover(widget, point: QPoint) -> None:
    # The offscreen platform moves no real pointer, so the move event is sent as the system would.
    local = QPointF(point)
    event = QMouseEvent(QEvent.Type.MouseMove, local, QPointF(widget.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_hovering_a_site_names_it_and_shows_a_hand_cursor(qtbot, tool_window, monkeypatch):
    _window, tool = tool_window
    tips = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, widget=None: tips.append(text))
    hover(tool.canvas, centre(tool.canvas, "groin"))
    assert tool.canvas.hovered == "groin"
    assert tool.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    at = centre(tool.canvas, "hand")
    QApplication.sendEvent(tool.canvas, QHelpEvent(QEvent.Type.ToolTip, at, tool.canvas.mapToGlobal(at)))
    assert tips == ["Back of the hand"]
    hover(tool.canvas, QPoint(2, 2))
    assert tool.canvas.hovered is None
    assert tool.canvas.cursor().shape() == Qt.CursorShape.ArrowCursor


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_hotspots_are_painted_in_the_theme_accent(qtbot, tool_window, theme):
    window, tool = tool_window
    window.findChild(QAction, f"theme-{theme}").trigger()
    accent = QColor(THEMES[theme]["accent"])
    qtbot.waitUntil(lambda: tool.canvas.palette().color(QPalette.ColorRole.Highlight) == accent)
    click_site(qtbot, tool, "groin")
    image = tool.canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    at = centre(tool.canvas, "groin")
    selected = image.pixelColor(round(at.x() * ratio), round(at.y() * ratio))
    assert distance(selected, accent) < 70, (selected.name(), accent.name())
    corner = image.pixelColor(2, 2)
    assert distance(corner, QColor(THEMES[theme]["background"])) < 8


def test_at_200_percent_zoom_sites_grow_and_still_work(qtbot, tool_window):
    window, tool = tool_window
    tool.resize(700, 480)
    site = tool.sites[1]
    before = tool.canvas.min_radius()
    window.set_zoom(2.0)
    qtbot.waitUntil(lambda: tool.canvas.min_radius() > before)
    circle = tool.canvas.circle(site)
    assert circle.radius >= tool.canvas.min_radius()
    rects = tool.canvas.rects()
    for rect in rects.values():
        assert 0 <= rect.x and rect.x + rect.w <= tool.canvas.width() + 0.5
        assert 0 <= rect.y and rect.y + rect.h <= tool.canvas.height() + 0.5
    click_site(qtbot, tool, site.id)
    assert tool.list.currentRow() == 1


def test_closing_and_reopening_from_the_menu(qtbot, tool_window):
    window, tool = tool_window
    qtbot.keyClick(tool.list, Qt.Key.Key_Escape)
    assert not tool.isVisible()
    assert open_from_tools_menu(qtbot, window, "bodymap").isVisible()


def test_controls_have_accessible_names(tool_window):
    _window, tool = tool_window
    for widget in (tool, tool.canvas, tool.list, tool.detail, tool.close_button):
        assert widget.accessibleName().strip()
    assert tool.canvas.accessibleDescription().strip()


def test_without_body_map_data_the_figures_show_and_nothing_is_clickable(qtbot, start):
    window = start()
    tool = open_from_tools_menu(qtbot, window, "bodymap")
    assert tool.list.count() == 0
    assert "not in this version of the content" in tool.detail.toPlainText()
    rects = tool.canvas.rects()
    middle = QPointF(rects["front"].x + rects["front"].w / 2, rects["front"].y + rects["front"].h / 2)
    qtbot.mouseClick(tool.canvas, Qt.MouseButton.LeftButton, pos=middle.toPoint())
    assert tool.canvas.selected is None
    assert all(tool.canvas.figures[view].isValid() for view in bodymap.VIEWS)
