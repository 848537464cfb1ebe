"""The DSM-5 OUD checklist as a clinician uses it: ticking criteria by keyboard, the prescribed
rule, the live count and severity, copying the summary, forgetting on close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication


@pytest.fixture
def oud_tool(start, qtbot):
    window = start()
    window.findChild(QAction, "tool-oud").trigger()
    tool = window.tool_windows["oud"]
    qtbot.waitExposed(tool)
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow, timeout=3000)
    return tool


def space(qtbot, tool):
    qtbot.keyClick(tool.list, Qt.Key.Key_Space)


def test_opens_with_the_list_focused_and_the_twelve_month_window_said(oud_tool):
    assert QApplication.focusWidget() is oud_tool.list
    assert oud_tool.list.count() == 11
    assert oud_tool.list.item(0).text().startswith("1. ") and oud_tool.list.item(10).text().startswith("11. Withdrawal")
    texts = " ".join(label.text() for label in oud_tool.findChildren(type(oud_tool.status)))
    assert "12-month" in texts and "forgets these ticks" in texts
    assert "<b>0</b> of 11" in oud_tool.count_label.text()
    assert "below the DSM-5 threshold" in oud_tool.severity_label.text()


def test_ticking_by_keyboard_counts_and_grades_live(oud_tool, qtbot):
    space(qtbot, oud_tool)                                   # 1
    assert oud_tool.ticked() == [1] and "below the DSM-5 threshold" in oud_tool.severity_label.text()
    for _ in range(3):
        qtbot.keyClick(oud_tool.list, Qt.Key.Key_Down)
    space(qtbot, oud_tool)                                   # 4
    assert "mild opioid use disorder (2-3 criteria)" in oud_tool.severity_label.text()
    qtbot.keyClicks(oud_tool.list, "7")
    space(qtbot, oud_tool)
    qtbot.keyClicks(oud_tool.list, "10")                      # typing a number jumps to it
    assert oud_tool.list.currentRow() == 9
    space(qtbot, oud_tool)
    qtbot.keyClicks(oud_tool.list, "1")
    assert oud_tool.list.currentRow() == 0
    qtbot.keyClicks(oud_tool.list, "19")                      # no criterion 19: 9
    assert oud_tool.list.currentRow() == 8
    qtbot.keyClicks(oud_tool.list, "0")                       # no criterion 0: stays
    assert oud_tool.list.currentRow() == 8
    oud_tool.list.setCurrentRow(9)
    assert oud_tool.ticked() == [1, 4, 7, 10]
    assert "moderate opioid use disorder (4-5 criteria)" in oud_tool.severity_label.text()
    for _ in range(2):
        qtbot.keyClick(oud_tool.list, Qt.Key.Key_Up)
        space(qtbot, oud_tool)                               # 9, 8
    assert "severe opioid use disorder (6 or more criteria)" in oud_tool.severity_label.text()
    qtbot.keyClick(oud_tool.list, Qt.Key.Key_Down)
    space(qtbot, oud_tool)                                   # untick 9
    assert oud_tool.ticked() == [1, 4, 7, 8, 10]


def test_prescribed_toggle_stops_tolerance_and_withdrawal_counting(oud_tool, qtbot):
    for row in (0, 1, 2, 9, 10):
        oud_tool.list.setCurrentRow(row)
        space(qtbot, oud_tool)
    assert "moderate" in oud_tool.severity_label.text()
    qtbot.keyClick(oud_tool.list, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the toggle's mnemonic
    qtbot.waitUntil(oud_tool.prescribed.isChecked, timeout=2000)
    assert "<b>3</b> of 11" in oud_tool.count_label.text()
    assert "mild opioid use disorder" in oud_tool.severity_label.text()
    assert oud_tool.excluded_label.text() == "Ticked but not counted: 10, 11."
    assert oud_tool.list.item(9).text().endswith("(not counted: taken only as prescribed)")
    assert not oud_tool.list.item(0).text().endswith("(not counted: taken only as prescribed)")
    oud_tool.prescribed.setFocus()
    qtbot.keyClick(oud_tool.prescribed, Qt.Key.Key_Space)
    assert not oud_tool.prescribed.isChecked()
    assert "moderate" in oud_tool.severity_label.text() and oud_tool.excluded_label.text() == ""
    assert "(not counted" not in oud_tool.list.item(9).text()


def test_copy_summary_and_clear(oud_tool, qtbot):
    for row in (3, 9):
        oud_tool.list.setCurrentRow(row)
        space(qtbot, oud_tool)
    oud_tool.prescribed.setChecked(True)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(oud_tool.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert "Criteria counted: 1 of 11" in text and "4. Craving" in text
    assert "10. Tolerance" in text and "(not counted: taken as prescribed)" in text
    assert "copied" in oud_tool.status.text()
    qtbot.mouseClick(oud_tool.clear_button, Qt.MouseButton.LeftButton)
    assert oud_tool.ticked() == [] and "<b>0</b> of 11" in oud_tool.count_label.text()


def test_closing_forgets_the_ticks(oud_tool, qtbot):
    window = oud_tool.main_window
    space(qtbot, oud_tool)
    oud_tool.close()
    qtbot.waitUntil(lambda: "oud" not in window.tool_windows, timeout=3000)
    again = window.open_tool("oud")
    assert again.ticked() == [] and not again.prescribed.isChecked()


def test_every_control_has_an_accessible_name(oud_tool):
    for widget in (oud_tool.list, oud_tool.prescribed, oud_tool.copy_button, oud_tool.clear_button,
                   oud_tool.count_label, oud_tool.severity_label):
        assert widget.accessibleName()
    assert "tolerance (10)" in oud_tool.prescribed.accessibleDescription()


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_at_200_percent_zoom_and_in_each_theme_nothing_is_cut_off(start, qtbot, theme):
    window = start()
    window.apply_theme(theme)
    window.set_zoom(2.0)
    tool = window.open_tool("oud")
    qtbot.waitExposed(tool)
    assert tool.minimumSizeHint().width() <= tool.width()
    assert tool.list.palette().color(tool.list.foregroundRole()) == QApplication.palette().color(tool.list.foregroundRole())
