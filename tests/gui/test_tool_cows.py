"""The COWS tool as a nurse uses it: the form by keyboard alone, recording scores over time,
the trend, copying and printing the summary, and forgetting everything on close."""

from __future__ import annotations

import re
import sys
import types
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.themes import THEMES

FIRST = [1, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0]    # 10: mild
SECOND = [2, 3, 3, 2, 2, 2, 2, 2, 1, 2, 3]   # 24: moderate
T0 = datetime(2026, 11, 24, 14, 5)


@pytest.fixture
def cows_tool(start, qtbot):
    window = start()
    window.findChild(QAction, "tool-cows").trigger()
    tool = window.tool_windows["cows"]
    qtbot.waitExposed(tool)
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow, timeout=3000)
    tool.clock = lambda: T0
    return tool


def focused():
    return QApplication.focusWidget()


def type_form(qtbot, values):
    """Type one digit per item, as at the bedside: the focus moves on by itself."""
    for value in values:
        qtbot.keyClick(focused(), str(value))


def record(qtbot):
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_opens_from_the_tools_menu_with_the_first_item_focused(cows_tool):
    assert cows_tool.windowTitle().startswith("COWS")
    assert focused() is cows_tool.items[0]
    assert "0 of 11 items scored" in cows_tool.total_label.text()
    assert "forgets these scores" in " ".join(label.text() for label in cows_tool.findChildren(type(cows_tool.status)))


def test_form_by_keyboard_alone_shows_total_and_band_live(cows_tool, qtbot):
    type_form(qtbot, FIRST[:3])
    assert "So far <b>4</b>" in cows_tool.total_label.text() and "3 of 11" in cows_tool.total_label.text()
    assert focused() is cows_tool.items[3]
    type_form(qtbot, FIRST[3:])
    assert [s.value for s in cows_tool.items] == FIRST
    assert "COWS 10</b> of 48" in cows_tool.total_label.text()
    assert re.sub(r"<[^>]+>", "", cows_tool.band_label.text()) == "Band: mild (5-12)"
    assert "x-large" in cows_tool.total_label.text()  # the total stands out
    assert focused() is cows_tool.record_button  # after the last item


def test_digits_the_item_does_not_allow_are_refused_and_say_which_it_takes(cows_tool, qtbot):
    pulse = cows_tool.items[0]
    qtbot.keyClick(pulse, "3")
    assert pulse.value is None and focused() is pulse
    assert "Resting pulse rate takes only 0, 1, 2, 4" in cows_tool.status.text()
    qtbot.keyClick(pulse, "9")
    assert pulse.value is None
    qtbot.keyClick(pulse, "4")
    assert pulse.value == 4 and focused() is cows_tool.items[1]
    assert "takes only" not in cows_tool.status.text()  # a valid value: the warning goes
    gooseflesh = cows_tool.items[10]
    gooseflesh.setFocus()
    for digit in "1246":
        qtbot.keyClick(gooseflesh, digit)
        assert gooseflesh.value is None
    qtbot.keyClick(gooseflesh, "5")
    assert gooseflesh.value == 5


def test_arrows_step_values_and_move_between_items_backspace_clears(cows_tool, qtbot):
    restless = cows_tool.items[2]
    restless.setFocus()
    qtbot.keyClick(restless, Qt.Key.Key_Right)
    assert restless.value == 0
    qtbot.keyClick(restless, Qt.Key.Key_Right)
    qtbot.keyClick(restless, Qt.Key.Key_Right)
    assert restless.value == 3  # the form's values only: 0, 1, 3, 5
    for _ in range(3):
        qtbot.keyClick(restless, Qt.Key.Key_Right)
    assert restless.value == 5
    qtbot.keyClick(restless, Qt.Key.Key_Left)
    assert restless.value == 3
    assert "3 points: frequent shifting" in restless.accessibleName()
    qtbot.keyClick(restless, Qt.Key.Key_Backspace)
    assert restless.value is None and "not scored" in restless.accessibleName()
    qtbot.keyClick(restless, Qt.Key.Key_Up)
    assert focused() is cows_tool.items[1]
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is cows_tool.items[3]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is cows_tool.items[4]
    cows_tool.items[0].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is cows_tool.items[0]


def test_mouse_click_on_an_option_picks_it(cows_tool, qtbot):
    pupils = cows_tool.items[3]
    qtbot.mouseClick(pupils.group.button(5), Qt.MouseButton.LeftButton)
    assert pupils.value == 5 and focused() is pupils
    label = pupils.anchors[2]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert pupils.value == 2


def test_record_two_scores_an_hour_apart_see_the_trend_and_copy_the_summary(cows_tool, qtbot):
    type_form(qtbot, FIRST)
    record(qtbot)
    assert cows_tool.table.rowCount() == 1
    assert all(s.value is None for s in cows_tool.items) and focused() is cows_tool.items[0]
    assert "Recorded COWS 10" in cows_tool.status.text()
    cows_tool.clock = lambda: T0 + timedelta(hours=1)
    type_form(qtbot, SECOND)
    record(qtbot)
    rows = [[cows_tool.table.item(r, c).text() for c in range(3)] for r in range(cows_tool.table.rowCount())]
    assert rows == [["14:05", "10", "mild (5-12)"], ["15:05", "24", "moderate (13-24)"]]
    assert cows_tool.table.item(1, 3).text().startswith("Pulse 2, Sweating 3, Restlessness 3")
    assert cows_tool.chart.points == [(T0, 10), (T0 + timedelta(hours=1), 24)]
    assert cows_tool.chart.accessibleDescription() == "10 at 14:05; 24 at 15:05"

    QGuiApplication.clipboard().clear()
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert "2026-11-24 14:05  COWS 10 of 48: mild (5-12)" in text
    assert "2026-11-24 15:05  COWS 24 of 48: moderate (13-24)" in text
    assert "Pulse 2, Sweating 3, Restlessness 3, Pupils 2" in text
    assert text.endswith("Change from 14:05 to 15:05: +14")
    assert "copied" in cows_tool.status.text()


def test_an_incomplete_form_is_not_recorded_and_the_missing_items_are_named(cows_tool, qtbot):
    type_form(qtbot, FIRST[:9])
    record(qtbot)
    assert len(cows_tool.series) == 0 and cows_tool.table.rowCount() == 0
    assert "Missing: Anxiety or irritability, Gooseflesh skin" in cows_tool.status.text()
    assert focused() is cows_tool.items[9]
    assert [s.value for s in cows_tool.items[:9]] == FIRST[:9]  # nothing typed is lost


def test_copy_and_print_need_a_recorded_score(cows_tool, qtbot):
    assert not cows_tool.copy_button.isEnabled() and not cows_tool.print_button.isEnabled()
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "before"
    assert "record a score first" in cows_tool.status.text()


def test_guidance_compares_the_total_with_each_sources_threshold(cows_tool, qtbot):
    def reached():
        return {(t.source, t.minimum) for t, label in cows_tool.threshold_labels if "✔ reached" in label.text()}

    assert reached() == set()
    type_form(qtbot, [1, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0])   # 8
    assert reached() == {("CA Bridge", 8), ("NIDA ED algorithm (2018)", 8), ("ACEP BUPE tool", 8)}
    cows_tool.items[10].set_value(5)                       # 13
    assert ("ACEP BUPE tool", 13) in reached() and ("NIDA ED algorithm (2018)", 14) not in reached()
    cows_tool.items[9].set_value(1)                        # 14
    assert ("NIDA ED algorithm (2018)", 14) in reached()
    cows_tool.items[0].set_value(0)                        # 13
    record(qtbot)
    assert "last recorded score: COWS 13" in cows_tool.compared_label.text()
    assert ("ACEP BUPE tool", 13) in reached()
    texts = " ".join(label.text() for label in cows_tool.findChildren(type(cows_tool.status)))
    assert "more than 72 h" in texts and "monotherapy" in texts and "Suboxone label" in texts


def test_print_sends_the_series_with_the_disclaimer(cows_tool, qtbot, monkeypatch):
    printed = []
    fake = types.ModuleType("app.gui.printing")
    fake.print_html = lambda parent, html, title: printed.append((parent, html, title)) or True
    monkeypatch.setitem(sys.modules, "app.gui.printing", fake)
    type_form(qtbot, FIRST)
    record(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (parent, html, title), = printed
    assert parent is cows_tool and title.startswith("COWS")
    assert "<td>mild (5-12)</td>" in html and "<td>2026-11-24 14:05</td>" in html
    assert "Pulse 1, Sweating 2" in html and "COWS 10 of 48: mild (5-12)" in html
    assert "does not replace" in html
    assert cows_tool.main_window.ctx.store.meta().content_version in html
    assert "sent to the printer" in cows_tool.status.text()


def test_print_without_the_printing_module_says_so(cows_tool, qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.gui.printing", None)  # import fails
    type_form(qtbot, FIRST)
    record(qtbot)
    qtbot.mouseClick(cows_tool.print_button, Qt.MouseButton.LeftButton)
    assert "Printing is not available" in cows_tool.status.text()


@pytest.mark.parametrize("answer, left", [(QMessageBox.StandardButton.No, 1), (QMessageBox.StandardButton.Yes, 0)])
def test_forget_all_asks_first(cows_tool, qtbot, monkeypatch, answer, left):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    type_form(qtbot, FIRST)
    record(qtbot)
    qtbot.mouseClick(cows_tool.reset_button, Qt.MouseButton.LeftButton)
    assert len(cows_tool.series) == left and cows_tool.table.rowCount() == left
    assert len(cows_tool.chart.points) == left


def test_closing_with_scores_asks_first_and_keep_open_keeps_them(cows_tool, qtbot, messages):
    type_form(qtbot, SECOND)
    record(qtbot)
    messages.choose = "Keep Open"
    qtbot.keyClick(cows_tool.items[0], Qt.Key.Key_Escape)
    assert messages[-1] == ("ask", "1 recorded score will be lost. Copy the summary first?")
    assert cows_tool.isVisible() and len(cows_tool.series) == 1


def test_quitting_with_scores_asks_and_can_copy_the_summary(cows_tool, qtbot, messages):
    window = cows_tool.main_window
    type_form(qtbot, SECOND)
    record(qtbot)
    messages.choose = "Keep Open"
    window.close()
    assert window.isVisible() and cows_tool.isVisible()  # nothing lost: the app stays open
    messages.choose = "Copy Summary and Close"
    window.close()
    assert not window.isVisible()
    assert "COWS" in QGuiApplication.clipboard().text()


def test_an_empty_form_closes_with_ctrl_w_without_asking(cows_tool, qtbot, messages):
    window = cows_tool.main_window
    qtbot.keyClick(cows_tool.items[0], Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "cows" not in window.tool_windows, timeout=3000)
    assert not [m for m in messages if m[0] == "ask"]


def test_closing_forgets_the_series_and_nothing_reaches_the_disk(cows_tool, qtbot, app_env, messages):
    window = cows_tool.main_window
    type_form(qtbot, SECOND)
    record(qtbot)
    messages.choose = "Discard Scores"
    cows_tool.close()
    qtbot.waitUntil(lambda: "cows" not in window.tool_windows, timeout=3000)
    window.save_state()
    for path in app_env["home"].rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Restlessness" not in data and b"moderate (13-24)" not in data, path
    again = window.open_tool("cows")
    assert len(again.series) == 0 and again.table.rowCount() == 0


def test_related_entries_open_in_the_main_window(start, qtbot, app_env):
    entry = app_env["content"] / "withdrawal" / "precipitated-withdrawal.md"
    entry.write_text("---\ntitle: Precipitated withdrawal\nsummary: Withdrawal brought on by a drug.\n"
                     "see_also: [buprenorphine]\nsources: [test-source]\nreviewed: 2026-01-15\n---\n\n"
                     "## What it is\nTest text.\n", encoding="utf-8")
    window = start()
    tool = window.open_tool("cows")
    qtbot.waitExposed(tool)
    links = {link.objectName(): link for link in tool.entry_links}
    assert list(links) == ["entry-precipitated-withdrawal"]  # the others are not in this content
    link = links["entry-precipitated-withdrawal"]
    assert link.accessibleName() == "Open the entry: Precipitated withdrawal"
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow, timeout=3000)
    tool.entry_links[0].setFocus()
    qtbot.keyClick(tool.entry_links[0], Qt.Key.Key_Return)
    assert window.current_slug == "precipitated-withdrawal"
    window.show_home()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.current_slug == "precipitated-withdrawal"


def test_every_control_has_an_accessible_name(cows_tool):
    controls = [*cows_tool.items, cows_tool.record_button, cows_tool.clear_button, cows_tool.table,
                cows_tool.chart, cows_tool.copy_button, cows_tool.print_button, cows_tool.reset_button]
    assert all(c.accessibleName() for c in controls)
    assert all(b.accessibleName() for s in cows_tool.items for b in s.group.buttons())


def test_chart_paints_in_the_theme_colours(start, qtbot, messages):
    window = start()
    messages.choose = "Discard Scores"
    for name in ("dark", "contrast", "light"):
        window.apply_theme(name)
        tool = window.open_tool("cows")
        tool.series.record(dict(zip([i.item.key for i in tool.items], FIRST)), T0)
        tool.series.record(dict(zip([i.item.key for i in tool.items], SECOND)), T0 + timedelta(hours=1))
        tool.refresh_series()
        image = tool.chart.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2)}
        assert QColor(THEMES[name]["background"]).name() in colours
        assert QColor(THEMES[name]["accent"]).name() in colours, name
        tool.close()
        qtbot.waitUntil(lambda: "cows" not in window.tool_windows, timeout=3000)


def test_at_200_percent_zoom_nothing_needs_sideways_scrolling(start, qtbot):
    window = start()
    window.set_zoom(2.0)
    tool = window.open_tool("cows")
    tool.resize(1100, 760)  # its size on a 1366 × 768 screen (the offscreen one is smaller)
    qtbot.waitExposed(tool)
    for area in (tool.form_scroll, tool.side_scroll):
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()


def test_tool_windows_fit_a_small_screen(start, qtbot):
    window = start()
    area = window.screen().availableGeometry()
    for name in ("cows", "oud", "comparison", "bodymap"):
        tool = window.open_tool(name)
        qtbot.waitExposed(tool)
        assert area.contains(tool.frameGeometry()), (name, tool.frameGeometry(), area)
        tool.close()


def test_copy_message_counts_scores_in_good_grammar(cows_tool, qtbot, monkeypatch):
    type_form(qtbot, FIRST)
    record(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Summary of 1 score copied" in cows_tool.status.text()
    type_form(qtbot, SECOND)
    record(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Summary of 2 scores copied" in cows_tool.status.text()
