"""What a user does in the main window, by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app import DISCLAIMER
from app.gui import dialogs


def type_query(qtbot, window, text):
    qtbot.keyClicks(window.side.search_box, text)
    qtbot.waitUntil(lambda: bool(window.side.model.rowCount() or window.side.status.text()), timeout=2000)


def shortcut(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_starts_on_home_with_search_focused(start):
    window = start()
    assert window.windowTitle() == "OpioidRef"
    assert window.side.search_box.hasFocus()
    html = window.view.toHtml()
    assert "Overdose quick card" in window.view.toPlainText()
    assert DISCLAIMER in window.view.toPlainText()
    assert "10 entries" in window.status_label.text()
    assert html


def test_typing_shows_results_and_enter_opens(start, qtbot):
    window = start()
    type_query(qtbot, window, "narcan")
    assert window.side.model.hits[0].slug == "naloxone"
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Return)
    assert window.current_slug == "naloxone"
    assert window.windowTitle().startswith("Naloxone")
    assert "Red flags" in window.view.toPlainText()


def test_arrow_keys_move_through_results(start, qtbot):
    window = start()
    type_query(qtbot, window, "pupils")
    slugs = [h.slug for h in window.side.model.hits]
    assert len(slugs) >= 2
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Return)
    assert window.current_slug == slugs[1]
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Up)
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Enter)
    assert window.current_slug == slugs[0]


def test_escape_clears_search(start, qtbot):
    window = start()
    type_query(qtbot, window, "naloxone")
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Escape)
    assert window.side.search_box.text() == ""
    qtbot.waitUntil(lambda: window.side.model.rowCount() == 0, timeout=2000)


def test_typo_says_what_was_searched(start, qtbot):
    window = start()
    type_query(qtbot, window, "nalaxone")
    assert window.side.model.hits[0].slug == "naloxone"
    assert "naloxone" in window.side.status.text()


def test_no_results_message(start, qtbot):
    window = start()
    type_query(qtbot, window, "zzzqqq")
    assert window.side.model.rowCount() == 0 and "No entries match" in window.side.status.text()


def click_link(qtbot, window, text):
    view = window.view
    assert view.find(text), f"{text!r} not on the page"
    rect = view.cursorRect(view.textCursor())
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    point = QPoint(rect.left() - 12, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_link_click_back_and_forward(start, qtbot):
    window = start()
    window.open_entry("naloxone")
    click_link(qtbot, window, "Recognising an overdose")
    qtbot.waitUntil(lambda: window.current_slug == "recognising-overdose", timeout=2000)
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_slug == "naloxone"
    shortcut(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_slug is None and "Overdose quick card" in window.view.toPlainText()
    shortcut(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_slug == "naloxone"


def test_mouse_back_button(start, qtbot):
    window = start()
    window.open_entry("naloxone")
    window.open_entry("abscess")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.BackButton)
    assert window.current_slug == "naloxone"
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_slug == "abscess"


def test_find_in_entry(start, qtbot):
    window = start()
    window.open_entry("naloxone")
    shortcut(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "naloxone")
    total = window.view.toPlainText().lower().count("naloxone")
    assert window.find_bar.count.text() == f"1 of {total}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {total}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == f"1 of {total}"
    window.find_bar.field.setText("zzzz")
    assert window.find_bar.count.text() == "No matches"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_external_link_needs_confirmation(start, qtbot, monkeypatch):
    window = start()
    opened, answers = [], [False, True]
    monkeypatch.setattr(dialogs, "confirm_external", lambda parent, url: answers.pop(0))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.open_entry("naloxone")
    window.view.anchorClicked.emit(QUrl("https://example.org/source"))
    assert opened == []
    window.view.anchorClicked.emit(QUrl("https://example.org/source"))
    assert opened == ["https://example.org/source"]
    assert window.current_slug == "naloxone"  # the view itself never navigated


def test_remote_resources_are_refused(start):
    window = start()
    window.view.setHtml('<img src="https://example.org/x.png"><p>x</p>')
    assert "https://example.org/x.png" in window.view.refused


def test_bookmark_note_zoom_theme_survive_restart(start, qtbot):
    window = start()
    window.open_entry("naloxone")
    shortcut(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.act_bookmark.isChecked()
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "Kit is in room 4")
    qtbot.waitUntil(lambda: window.ctx.userdata.note("naloxone") == "Kit is in room 4", timeout=3000)
    before = QApplication.font().pointSizeF()
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    shortcut(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > before
    window.findChild(type(window.act_bookmark), "theme-dark").trigger()
    window.close()

    again = start()
    assert [b.slug for b in again.ctx.userdata.bookmarks()] == ["naloxone"]
    assert again.side.bookmarks.count() == 1 and again.side.bookmarks.item(0).text() == "Naloxone"
    assert again.zoom == 1.2
    assert again.theme_choice == "dark"
    again.open_entry("naloxone")
    assert again.notes.editor.toPlainText() == "Kit is in room 4"
    assert again.act_bookmark.isChecked()
    assert "#1e1f22" in again.ctx.renderer.entry(again.ctx.store.get("naloxone"), again.theme_name)
    type_query(qtbot, again, "narcan")
    assert "✎" in again.side.model.data(again.side.model.index(0, 0), int(Qt.ItemDataRole.UserRole) + 2)
    assert "★" in again.side.model.data(again.side.model.index(0, 0), int(Qt.ItemDataRole.UserRole) + 2)
    shortcut(qtbot, again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.zoom == 1.0


def test_note_saved_when_navigating_away(start, qtbot):
    window = start()
    window.open_entry("abscess")
    qtbot.keyClicks(window.notes.editor, "quick")
    window.open_entry("naloxone")  # before the save timer fires
    assert window.ctx.userdata.note("abscess") == "quick"


def test_theme_switch_recolours_entry(start):
    window = start()
    window.open_entry("abscess")
    seen = {}
    for name in ("dark", "contrast", "light"):
        window.apply_theme(name)
        QApplication.processEvents()
        seen[name] = (window.view.palette().color(window.view.backgroundRole()).name(),
                      window.view.toHtml())
    assert len({colour for colour, _ in seen.values()}) == 3
    assert "#1e1f22" in seen["dark"][1] and "#000000" in seen["contrast"][1]
    assert window.current_slug == "abscess"


def test_history_and_clear(start):
    window = start()
    window.open_entry("abscess")
    window.open_entry("naloxone")
    assert [window.side.history.item(i).text() for i in range(2)] == ["Naloxone", "Abscess"]
    window.act_clear_history.trigger()
    assert window.side.history.count() == 0


def test_browse_tabs_open_entries(start, qtbot):
    window = start()
    window.side.tabs.setCurrentWidget(window.side.a_to_z)
    item = window.side.a_to_z.item(0)
    window.side.a_to_z.itemActivated.emit(item)
    assert window.current_slug == item.data(int(Qt.ItemDataRole.UserRole) + 1)
    top = window.side.categories.topLevelItem(1)  # overdose
    assert top.text(0).startswith("Overdose")
    window.side.categories.itemActivated.emit(top.child(0), 0)
    assert window.current_slug == top.child(0).data(0, int(Qt.ItemDataRole.UserRole) + 1)


def test_every_action_is_in_a_menu_with_a_name(start):
    window = start()
    in_menus = set()
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            in_menus.add(action)
            if action.menu():
                in_menus.update(action.menu().actions())
    for action in (window.act_focus_search, window.act_quit, window.act_find, window.act_back,
                   window.act_forward, window.act_bookmark, window.act_zoom_in, window.act_zoom_out,
                   window.act_zoom_reset, window.act_home, window.act_about):
        assert action in in_menus and action.text()
    assert window.act_bookmark.shortcut().toString() == "Ctrl+D"
    for widget in (window.side.search_box, window.side.results, window.view, window.notes.editor,
                   window.find_bar.field, window.side.categories, window.side.a_to_z):
        assert widget.accessibleName()


def test_f11_toggles_full_screen(start, qtbot):
    window = start()
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    shortcut(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.act_full_screen.isChecked()


def test_handouts_tab_lists_handout_entries(start, app_env):
    target = app_env["content"] / "support" / "where-to-get-help.md"
    target.write_text(target.read_text(encoding="utf-8").replace("reviewed:", "handout: true\nreviewed:"),
                      encoding="utf-8")
    window = start()
    assert window.side.handouts.count() == 1
    item = window.side.handouts.item(0)
    assert item.text() == "Where to get help"
    window.side.handouts.itemActivated.emit(item)
    assert window.current_slug == "where-to-get-help"


def test_window_shortcuts_win_over_text_field_keys(start, qtbot):
    """On X11 a line edit claims Ctrl+K and Ctrl+D as editing keys; the window's must win."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    class EmacsLineEdit(QLineEdit):  # what the X11 key scheme does: claim Ctrl+letters
        def event(self, event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return super().event(event)

    window = start()
    field = EmacsLineEdit(window.side)
    field.show()
    field.setFocus()
    for key in (Qt.Key.Key_K, Qt.Key.Key_D, Qt.Key.Key_F):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(field, event)
        assert not event.isAccepted(), key  # left to the window's shortcut
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(field, event)
    assert event.isAccepted()  # select-all stays the field's


def test_enter_moves_focus_to_the_entry(start, qtbot):
    window = start()
    type_query(qtbot, window, "narcan")
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    shortcut(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.userdata.is_bookmarked("naloxone")
    shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.side.search_box.hasFocus() and window.side.search_box.selectedText() == "narcan"


def test_no_shortcut_is_bound_twice(start):
    window = start()
    seen = {}
    for action in window.actions():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} on {seen.get(key)} and {action.objectName()}"
            seen[key] = action.objectName()
    assert "Ctrl+Q" in seen and "Ctrl+K" in seen and "Ctrl+L" in seen


def test_f5_starts_presentation_and_esc_leaves(start, qtbot):
    window = start()
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_F5)
    presentation = window.presentation
    qtbot.waitUntil(presentation.isVisible, timeout=2000)
    assert presentation.isFullScreen()
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible(), timeout=2000)
    assert window.isVisible()


def test_ctrl_p_prints_the_open_entry_black_on_white(start, qtbot, monkeypatch):
    from app.gui import printing

    printed = []
    monkeypatch.setattr(printing, "print_html", lambda parent, html, title: printed.append((html, title)) or True)
    window = start()
    window.apply_theme("dark")
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == []  # nothing open: the home page does not print
    window.open_entry("naloxone")
    window.view.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    html, title = printed[-1]
    assert title == "Naloxone"
    assert "#1e1f22" not in html and "A test source" in html and DISCLAIMER in html
    assert 'href="entry:' not in html  # links print as their titles


def test_export_pdf_writes_the_open_entry(start, monkeypatch, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QDialog, QFileDialog

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(target)])
    window = start()
    window.open_entry("naloxone")
    window.act_export_pdf.trigger()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(target)).pages).split())
    assert "Naloxone" in text and "Page 1 of 1" in text and "A test source" in text and "clinical judgement" in text


def test_counts_read_as_english_plurals(start, qtbot):
    from PySide6.QtCore import QCoreApplication

    window = start()
    assert QCoreApplication.translate("SidePanel", "%n result(s)", "", 1) == "1 result"
    type_query(qtbot, window, "pupils")
    count = window.side.model.rowCount()
    assert window.side.status.text() == f"{count} results" and count > 1


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _ratio(a, b) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_high_contrast_placeholder_is_readable_and_unlike_typed_text(start):
    from PySide6.QtGui import QPalette

    window = start()
    window.apply_theme("contrast")
    palette = window.side.search_box.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    assert placeholder != text
    assert _ratio(placeholder, base) >= 4.5  # WCAG AA
    window.apply_theme("light")


def test_a_result_opens_at_the_words_it_matched(start, qtbot):
    window = start()
    type_query(qtbot, window, "fentanyl")
    slug = window.side.model.hits[0].slug
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Return)
    assert window.current_slug == slug
    marks = window.view.extraSelections()
    assert marks and all(m.cursor.selectedText().lower() == "fentanyl" for m in marks)
    first = window.view.document().find("fentanyl", 0)
    assert window.view.textCursor().position() == first.selectionStart()
    window.open_entry("abscess")  # opened otherwise: nothing marked
    assert window.view.extraSelections() == []


def test_back_returns_to_where_the_reader_was(start, qtbot):
    window = start()
    window.resize(700, 320)
    QApplication.processEvents()
    window.open_entry("naloxone")
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    assert kept > 0
    window.open_entry("abscess")
    assert bar.value() == 0  # a new page opens at its top
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_slug == "naloxone"
    qtbot.waitUntil(lambda: bar.value() == kept, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_slug == "abscess"
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=2000)


def test_dark_theme_draws_unchecked_radio_outlines_that_stand_out(start, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QRadioButton

    window = start()
    window.apply_theme("dark")
    radio = QRadioButton("x")
    qtbot.addWidget(radio)
    radio.resize(60, 30)
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    image = radio.grab().toImage()
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    ring = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    background = radio.palette().color(QPalette.ColorRole.Window)
    brightest = max((QColor(image.pixel(x, y)) for x in range(ring.left(), ring.right() + 1)
                     for y in range(ring.top(), ring.bottom() + 1)), key=lambda c: c.lightness())
    assert _ratio(brightest, background) >= 3, brightest.name()
    window.apply_theme("light")


def test_keyboard_focus_ring_is_plain_to_see(start, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QCheckBox

    window = start()
    for name in ("light", "dark", "contrast"):
        window.apply_theme(name)
        box = QCheckBox("Taken only as prescribed")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        highlight = box.palette().color(QPalette.ColorRole.Highlight)

        def ring_pixels() -> int:
            image = box.grab().toImage()
            return sum(1 for x in range(image.width()) for y in range(image.height())
                       if QColor(image.pixel(x, y)) == highlight)

        plain = ring_pixels()
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        assert ring_pixels() - plain >= 2 * box.fontMetrics().horizontalAdvance("Taken only"), name
    window.apply_theme("light")
