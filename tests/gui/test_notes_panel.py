"""The notes panel: absent where there is no entry, one line until opened, opened where a note is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press_note_key(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_home_page_has_no_notes_panel(start, qtbot):
    window = start()
    assert not window.notes.isVisibleTo(window)
    assert not window.act_note.isEnabled()
    press_note_key(qtbot, window)  # nothing to write a note about: the key does nothing
    assert not window.notes.isVisibleTo(window)
    assert window.side.search_box.hasFocus()


def test_entry_shows_one_closed_line_by_default(start):
    window = start()
    window.open_entry("abscess")
    assert window.notes.isVisibleTo(window)
    assert not window.notes.is_open()
    assert not window.notes.editor.isVisibleTo(window)
    # The closed panel is a single line, not a quarter of the reader.
    assert window.notes.height() <= window.notes.header.sizeHint().height() + 8
    window.show_home()
    assert not window.notes.isVisibleTo(window)


def test_ctrl_shift_n_opens_and_focuses_then_the_choice_is_remembered(start, qtbot):
    window = start()
    window.open_entry("abscess")
    window.view.setFocus()
    press_note_key(qtbot, window)
    assert window.notes.is_open()
    assert window.notes.editor.hasFocus()
    assert window.notes.editor.isVisibleTo(window)
    window.open_entry("naloxone")  # another entry, no note: it stays open as chosen
    assert window.notes.is_open()
    window.close()

    again = start()
    again.open_entry("abscess")
    assert again.notes.is_open()
    qtbot.mouseClick(again.notes.header, Qt.MouseButton.LeftButton)  # closed by a click
    assert not again.notes.is_open()
    again.close()
    third = start()
    third.open_entry("abscess")
    assert not third.notes.is_open()


def test_an_entry_with_a_note_shows_it_open(start, qtbot):
    window = start()
    window.open_entry("abscess")
    press_note_key(qtbot, window)
    qtbot.keyClicks(window.notes.editor, "Swab sent")
    qtbot.mouseClick(window.notes.header, Qt.MouseButton.LeftButton)  # the user closes it
    assert not window.notes.is_open()
    window.open_entry("naloxone")
    assert not window.notes.is_open()
    window.open_entry("abscess")  # it has a note: shown open whatever the last choice
    assert window.notes.is_open()
    assert window.notes.editor.toPlainText() == "Swab sent"
    assert window.ctx.userdata.note("abscess") == "Swab sent"


def test_opening_gives_the_editor_room(start, qtbot):
    window = start()
    window.resize(1000, 700)
    window.show()
    window.open_entry("abscess")
    qtbot.waitExposed(window)
    closed = window.notes.height()
    press_note_key(qtbot, window)
    QApplication.processEvents()
    assert window.notes.editor.height() >= 3 * window.notes.editor.fontMetrics().height()
    assert window.notes.height() > closed
    assert window.view.height() > window.notes.height()  # the entry keeps most of the room
