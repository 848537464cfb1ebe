"""Presentation mode as a trainer uses it: keys and clicker keys, quizzes, jumping to an entry
and back, the lesson chooser, and every kind of bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QProgressBar, QTextBrowser

from app.themes import THEMES

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

LESSON = """\
title: "First aid for an overdose"
audience: "Outreach workers"
minutes: 10
slides:
  - text:
      title: "Welcome"
      body: "What this lesson covers."
  - entry: recognising-overdose
    section: "What it is"
  - entry: naloxone
  - tool: cows
  - quiz:
      question: "What reverses an opioid overdose?"
      options: ["Water", "Naloxone"]
      answer: 1
      explanation: "Naloxone reverses the effects of opioids."
      entry: naloxone
"""
SECOND = LESSON.replace("First aid for an overdose", "A second lesson")


@pytest.fixture
def with_lessons(app_env):
    folder = app_env["content"] / "lessons"
    folder.mkdir()
    (folder / "first-aid.yaml").write_text(LESSON, encoding="utf-8")
    (folder / "second.yaml").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def present(start, qtbot, with_lessons):
    """Start the app and open presentation mode on a lesson (or the chooser with None)."""
    from app.gui.presentation import start_presentation

    opened = []

    def _present(lesson: str | None = "first-aid"):
        window = start()
        shown = start_presentation(window, lesson)
        qtbot.waitExposed(shown)
        qtbot.waitUntil(shown.isActiveWindow, timeout=3000)
        opened.append(shown)
        return window, shown

    yield _present
    for shown in opened:
        try:
            shown.close()
        except RuntimeError:  # already closed and deleted
            pass


def key(qtbot, shown, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or shown.view, k, modifier)


def text(shown) -> str:
    return shown.view.toPlainText()


def test_enter_and_leave_presentation_mode(present, qtbot):
    window, shown = present()
    window.open_entry("pinpoint-pupils")
    before = (window.current_slug, window.windowTitle(), window.view.toPlainText())
    assert shown.isFullScreen() and shown.isVisible()
    assert shown.view.hasFocus()
    assert shown.footer.counter.text() == "1 / 5" and shown.footer.progress.value() == 1 and shown.footer.progress.maximum() == 5
    assert "Welcome" in text(shown)
    # Very large type, whatever the screen: ~20 lines of body text per screen height.
    screen_height = shown.screen().geometry().height()
    assert shown.body_px == round(screen_height / 20)
    assert shown.view.document().defaultFont().pixelSize() >= round(shown.body_px * 0.7)
    # High contrast whatever the app theme: the app is light here.
    window.apply_theme("light")
    shown.go(1)
    contrast = THEMES["contrast"]
    assert f"body {{ color: {contrast['text']}; background-color: {contrast['background']}; }}" in shown.html
    assert f"background-color: {contrast['background']}; color: {contrast['text']}" in shown.styleSheet()
    assert shown.isFullScreen()
    with qtbot.waitSignal(shown.destroyed, timeout=2000):
        key(qtbot, shown, K.Key_Escape)
    assert window.isVisible()
    assert (window.current_slug, window.windowTitle(), window.view.toPlainText()) == before


def test_step_through_a_lesson_with_every_key(present, qtbot):
    _window, shown = present()
    titles = []
    for k in (K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Down):
        shown.view.verticalScrollBar().setValue(shown.view.verticalScrollBar().maximum())
        key(qtbot, shown, k)
        titles.append(shown.footer.counter.text())
    assert titles == ["2 / 5", "3 / 5", "4 / 5", "5 / 5"]
    assert shown.footer.progress.value() == 5
    assert "What reverses an opioid overdose?" in text(shown)
    key(qtbot, shown, K.Key_Home)
    assert shown.footer.counter.text() == "1 / 5"
    key(qtbot, shown, K.Key_Left)  # before the first slide: stays
    assert shown.footer.counter.text() == "1 / 5"
    key(qtbot, shown, K.Key_End)
    assert shown.footer.counter.text() == "5 / 5"
    for k, expected in ((K.Key_Left, "4 / 5"), (K.Key_PageUp, "3 / 5"), (K.Key_Backspace, "2 / 5"), (K.Key_Up, "1 / 5")):
        key(qtbot, shown, k)
        assert shown.footer.counter.text() == expected
    key(qtbot, shown, K.Key_Return)
    assert shown.footer.counter.text() == "2 / 5"
    assert "Recognising an overdose" in text(shown) and "What it is" in text(shown)
    assert "Test guidance for recognising-overdose" not in text(shown)  # only the section


def test_a_long_slide_scrolls_before_the_next(present, qtbot):
    _window, shown = present()
    shown.set_scale(2.0)  # type so large that the entry slide cannot fit
    shown.go(2)
    qtbot.waitUntil(lambda: shown.view.verticalScrollBar().maximum() > 0, timeout=2000)
    assert shown.footer.more.isVisible()
    bar = shown.view.verticalScrollBar()
    steps = 0
    while bar.value() < bar.maximum():
        key(qtbot, shown, K.Key_PageDown)
        steps += 1
        assert shown.footer.counter.text() == "3 / 5"
        assert steps < 50
    assert not shown.footer.more.isVisible()
    key(qtbot, shown, K.Key_PageDown)
    assert shown.footer.counter.text() == "4 / 5"
    key(qtbot, shown, K.Key_PageUp)  # back to the long slide, at its top
    assert shown.footer.counter.text() == "3 / 5" and bar.value() == 0


def test_reveal_a_quiz_answer(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_End)
    assert "Naloxone reverses the effects of opioids." not in text(shown)
    assert "A: show the answer" in shown.footer.hint.text()
    key(qtbot, shown, K.Key_A)
    assert "Naloxone reverses the effects of opioids." in text(shown)
    assert "correct answer" in text(shown)
    assert "E: open the entry" in shown.footer.hint.text()
    key(qtbot, shown, K.Key_A)  # hides it again
    assert "Naloxone reverses the effects of opioids." not in text(shown)
    key(qtbot, shown, K.Key_PageDown)  # a clicker's next reveals the answer first
    assert "Naloxone reverses the effects of opioids." in text(shown) and shown.footer.counter.text() == "5 / 5"
    key(qtbot, shown, K.Key_PageDown)  # last slide: nothing further
    assert shown.footer.counter.text() == "5 / 5" and shown.isVisible()


def test_open_the_explaining_entry_from_a_quiz_and_come_back(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_End)
    key(qtbot, shown, K.Key_E)  # not before the answer is shown
    assert shown.detour is None
    key(qtbot, shown, K.Key_A)
    key(qtbot, shown, K.Key_E)
    assert shown.detour == "naloxone" and "Test red flag for naloxone" in text(shown)
    assert shown.footer.counter.text() == "5 / 5" and "back to slide 5" in shown.footer.hint.text()
    key(qtbot, shown, K.Key_Escape)  # returns, does not leave
    assert shown.isVisible() and shown.detour is None
    assert "Naloxone reverses the effects of opioids." in text(shown)  # still revealed


def test_jump_to_an_entry_by_search_and_return(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_Right)
    key(qtbot, shown, K.Key_K, CTRL)
    assert shown.jump.isVisible() and shown.jump.field.hasFocus()
    qtbot.keyClicks(shown.jump.field, "narcan")
    assert shown.jump.results.count() >= 1
    assert shown.jump.results.item(0).text().startswith("Naloxone")
    qtbot.keyClick(shown.jump.field, K.Key_Return)
    assert not shown.jump.isVisible()
    assert shown.detour == "naloxone" and "Naloxone" in text(shown)
    assert shown.footer.counter.text() == "2 / 5"
    key(qtbot, shown, K.Key_PageDown)  # scrolls the entry, never leaves it
    assert shown.detour == "naloxone"
    key(qtbot, shown, K.Key_Backspace)
    assert shown.detour is None and shown.footer.counter.text() == "2 / 5"
    assert "Recognising an overdose" in text(shown)
    # "/" opens it too; Down chooses another result.
    key(qtbot, shown, K.Key_Slash)
    qtbot.keyClicks(shown.jump.field, "pupils")
    assert shown.jump.results.count() >= 2
    second = shown.jump.results.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(shown.jump.field, K.Key_Down)
    qtbot.keyClick(shown.jump.field, K.Key_Enter)
    assert shown.detour == second


def test_jump_search_bad_input(present, qtbot):
    _window, shown = present()
    for query in ('"', "NEAR(", "a* OR b", "zzzqqq", "   ", "'; DROP TABLE entries; --", "naloxone" * 80):
        key(qtbot, shown, K.Key_K, CTRL)
        assert shown.jump.field.text() == ""  # each search starts empty
        qtbot.keyClicks(shown.jump.field, query)
        first = shown.jump.results.item(0).data(Qt.ItemDataRole.UserRole) if shown.jump.results.count() else None
        qtbot.keyClick(shown.jump.field, K.Key_Return)
        if first is None:  # nothing to show: the search stays open
            assert shown.jump.isVisible() and shown.detour is None
            qtbot.keyClick(shown.jump.field, K.Key_Escape)
        else:
            assert shown.detour == first and not shown.jump.isVisible()
            key(qtbot, shown, K.Key_Backspace)
        assert shown.detour is None and shown.footer.counter.text() == "1 / 5"
    key(qtbot, shown, K.Key_K, CTRL)
    shown.jump.field.setText("zzzqqq")
    assert "No entries match" in shown.jump.status.text()
    qtbot.keyClick(shown.jump.field, K.Key_Escape)  # closes the search, does not leave
    assert not shown.jump.isVisible() and shown.isVisible() and shown.view.hasFocus()
    assert shown.footer.counter.text() == "1 / 5"


def test_entry_links_on_a_slide_open_as_a_temporary_slide(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_Right)  # recognising-overdose "What it is" links to naloxone
    qtbot.keyClick(shown.view, K.Key_Tab)
    assert shown.view.focused_link() == "entry:naloxone"
    qtbot.keyClick(shown.view, K.Key_Return)  # follows the link rather than stepping on
    assert shown.detour == "naloxone" and shown.footer.counter.text() == "2 / 5"
    key(qtbot, shown, K.Key_Escape)
    assert shown.detour is None


def test_missing_entry_link_shows_a_message(present, qtbot):
    _window, shown = present()
    shown.show_entry("no-such-entry")
    assert "cannot be shown" in text(shown) and "No entry named 'no-such-entry'" in text(shown)
    key(qtbot, shown, K.Key_Backspace)
    assert shown.detour is None and "Welcome" in text(shown)


def test_tool_slide_opens_the_tool(present, qtbot, monkeypatch):
    window, shown = present()
    opened = []
    monkeypatch.setattr(window, "open_tool", opened.append)
    key(qtbot, shown, K.Key_End)
    key(qtbot, shown, K.Key_T)  # not a tool slide: nothing
    assert opened == []
    key(qtbot, shown, K.Key_Left)
    assert "T: open the tool" in shown.footer.hint.text()
    shown.tool_titles = {"cows": "COWS"}
    key(qtbot, shown, K.Key_T)
    assert opened == ["cows"]
    shown.tool_titles = {}
    key(qtbot, shown, K.Key_T)
    assert opened == ["cows"] and "not available" in shown.footer.hint.text()


def test_chooser_without_a_lesson_name(present, qtbot):
    _window, shown = present(None)
    assert shown.stack.currentWidget() is shown.chooser
    items = [shown.chooser.list.item(i).text() for i in range(shown.chooser.list.count())]
    assert items[0].startswith("A second lesson") and items[1].startswith("First aid for an overdose")
    assert "Outreach workers · 10 minutes · 5 slides" in items[1]
    assert shown.chooser.list.hasFocus()
    qtbot.keyClick(shown.chooser.list, K.Key_Down)
    qtbot.keyClick(shown.chooser.list, K.Key_Return)
    assert shown.lesson.name == "first-aid" and shown.footer.counter.text() == "1 / 5"
    assert shown.windowTitle().startswith("First aid for an overdose")


def test_escape_leaves_from_the_chooser(present, qtbot):
    window, shown = present(None)
    with qtbot.waitSignal(shown.destroyed, timeout=2000):
        qtbot.keyClick(shown.chooser.list, K.Key_Escape)
    assert window.isVisible()


def test_unknown_lesson_name_shows_the_chooser_with_the_reason(present):
    _window, shown = present("first-aide")
    assert shown.stack.currentWidget() is shown.chooser
    assert "No lesson named 'first-aide'. Did you mean: first-aid?" in shown.chooser.message.text()
    assert shown.chooser.list.count() == 2


def test_content_without_lessons(start, qtbot):
    from app.gui.presentation import start_presentation

    window = start()
    shown = start_presentation(window)
    try:
        assert shown.chooser.list.count() == 0
        assert "no lessons" in shown.chooser.message.text()
        qtbot.keyClick(shown.chooser.list, K.Key_Return)  # nothing to start
        qtbot.keyClick(shown.chooser.list, K.Key_K, CTRL)
        assert shown.lesson is None and shown.stack.currentWidget() is shown.chooser
    finally:
        shown.close()


def test_starting_twice_reuses_the_open_presentation(present):
    from app.gui.presentation import PresentationWindow, start_presentation

    window, shown = present()
    assert start_presentation(window) is shown
    assert len(window.findChildren(PresentationWindow)) == 1


def test_type_size_keys_persist(present, qtbot):
    window, shown = present()
    size = shown.body_px
    key(qtbot, shown, K.Key_Equal, CTRL)
    assert shown.body_px > size
    key(qtbot, shown, K.Key_Minus, CTRL)
    key(qtbot, shown, K.Key_Minus, CTRL)
    assert shown.body_px < size
    smaller = shown.scale
    with qtbot.waitSignal(shown.destroyed, timeout=2000):
        key(qtbot, shown, K.Key_Escape)
    from app.gui.presentation import start_presentation

    again = start_presentation(window, "first-aid")
    qtbot.waitUntil(again.isActiveWindow, timeout=3000)
    try:
        assert again.scale == smaller
        qtbot.keyClick(again.view, K.Key_0, CTRL)
        assert again.scale == 1.0
    finally:
        again.close()


def test_f11_toggles_full_screen(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_F11)
    assert not shown.isFullScreen()
    key(qtbot, shown, K.Key_F11)
    assert shown.isFullScreen()


def test_every_control_has_an_accessible_name(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_K, CTRL)
    for kind in (QTextBrowser, QLineEdit, QListWidget, QProgressBar):
        for widget in shown.findChildren(kind):
            assert widget.accessibleName(), widget
    assert shown.view.accessibleName() == "Slide 1 of 5"


def test_every_lesson_label_is_translatable(present):
    from app.lessons import LESSON_LABELS

    _window, shown = present()
    assert set(LESSON_LABELS) <= set(shown.labels)


def test_the_lesson_ends_on_an_end_screen_with_the_disclaimer(present, qtbot):
    from app import DISCLAIMER

    _window, shown = present()
    assert DISCLAIMER in text(shown)  # the first slide opens with it
    key(qtbot, shown, K.Key_Right)
    assert DISCLAIMER not in text(shown)  # not on every slide
    key(qtbot, shown, K.Key_End)
    key(qtbot, shown, K.Key_A)  # the closing quiz, answered
    key(qtbot, shown, K.Key_Right)
    assert "End of the lesson" in text(shown) and "First aid for an overdose" in text(shown)
    assert DISCLAIMER in text(shown)
    key(qtbot, shown, K.Key_Right)  # nothing after the end: it stays
    assert "End of the lesson" in text(shown)
    key(qtbot, shown, K.Key_Left)
    assert "What reverses an opioid overdose?" in text(shown)
    key(qtbot, shown, K.Key_End)
    key(qtbot, shown, K.Key_Right)
    key(qtbot, shown, K.Key_Home)
    assert "Welcome" in text(shown) and shown.index == 0


def test_e_on_a_slide_without_an_entry_says_so(present, qtbot):
    _window, shown = present()
    key(qtbot, shown, K.Key_E)  # the welcome slide has no entry
    assert "no entry to open" in shown.footer.hint.text()
    assert "Welcome" in text(shown)


def test_slides_fit_a_1024_by_768_screen(present, qtbot):
    """Every slide of the bundled-size lesson fits without scrolling at 1024×768."""
    _window, shown = present()
    shown.showNormal()
    shown.resize(1024, 768)
    QApplication.processEvents()
    for index in range(len(shown.lesson.slides)):
        shown.go(index)
        if shown.lesson.slides[index].kind == "quiz":
            shown.toggle_answer()
        QApplication.processEvents()
        assert shown.view.verticalScrollBar().maximum() == 0, index


def test_every_bundled_slide_fits_a_1024_by_768_projector(start, monkeypatch, bundled_db, tmp_path):
    """The real lessons, at the type size a 768-px-high screen gets: no slide scrolls."""
    import shutil
    from pathlib import Path

    from app.gui import presentation_style as style
    from app.gui.presentation import start_presentation
    from app.lessons import lesson_names

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "bundled.db"
    shutil.copy(bundled_db, db)
    monkeypatch.setenv("OPIOIDREF_CONTENT", str(root / "content"))
    monkeypatch.setenv("OPIOIDREF_DB", str(db))
    window = start()
    overflowing = []
    for name, _title in lesson_names(window.ctx.store):
        shown = start_presentation(window, name)
        shown.showNormal()
        shown.resize(1024, 768)
        screen_height = shown.screen().geometry().height()
        shown.set_scale(style.body_px(768) / style.body_px(screen_height))  # 768-px type
        QApplication.processEvents()
        for index, slide in enumerate(shown.lesson.slides):
            shown.go(index)
            if slide.kind == "quiz":
                shown.toggle_answer()
            QApplication.processEvents()
            if shown.view.verticalScrollBar().maximum() > 0:
                overflowing.append((name, index + 1))
        shown.set_scale(1.0)
        shown.close()
    assert not overflowing, overflowing


def test_a_tool_opened_from_a_slide_covers_the_screen_in_large_type(present, qtbot):
    window, shown = present()
    key(qtbot, shown, K.Key_Home)
    for _ in range(3):
        key(qtbot, shown, K.Key_Right)  # the tool slide (COWS)
    key(qtbot, shown, K.Key_T)
    tool = window.tool_windows["cows"]
    qtbot.waitExposed(tool)
    assert tool.geometry() == shown.screen().geometry()
    assert tool.font().pointSizeF() >= 1.5 * window.font().pointSizeF()
    tool.close()


def test_revealing_the_answer_moves_nothing_above_it(present, qtbot):
    _window, shown = present()
    shown.showNormal()
    shown.resize(900, 500)  # small enough that the answer makes the slide shrink to fit
    QApplication.processEvents()
    key(qtbot, shown, K.Key_End)  # the quiz
    doc = shown.view.document()
    question = doc.find("What reverses an opioid overdose?")
    before = (doc.defaultFont().pixelSize(), shown.view.cursorRect(question).top())
    key(qtbot, shown, K.Key_A)
    question = shown.view.document().find("What reverses an opioid overdose?")
    after = (shown.view.document().defaultFont().pixelSize(), shown.view.cursorRect(question).top())
    assert "Naloxone reverses the effects of opioids." in text(shown)
    assert before == after
