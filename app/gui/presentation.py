"""Presentation mode: a lesson on a projector, full screen, very large type, high contrast,
driven from the keyboard or a presentation clicker.

Next: Right, Down, Page Down, Space, Enter. Back: Left, Up, Page Up, Backspace. Each step first
scrolls a slide that is taller than the screen and first reveals a quiz's answer, so a clicker
alone runs the whole lesson. Home/End: first/last slide. A: show or hide a quiz's answer;
E: open the entry that explains it; T: open a tool slide's tool. Ctrl+K or /: jump to any entry
(a temporary slide; Esc or Backspace returns to the lesson slide). Ctrl+= / Ctrl+- / Ctrl+0:
larger, smaller, reset type. F11: leave or re-enter full screen. Esc: leave.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app import APP_NAME
from app.errors import AppError
from app.gui import presentation_style as style
from app.gui.windowing import show_full_screen
from app.gui.presentation_chooser import LessonChooser
from app.gui.presentation_search import JumpPanel
from app.gui.presentation_view import SlideFooter, SlideView
from app.gui.settings import float_value
from app.lessons import Lesson, lesson_names, load_lesson, slide_html

K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter}
BACK_KEYS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace}
SCALE_SETTING = "presentation/scale"


class PresentationWindow(QWidget):
    def __init__(self, main_window, lesson_name: str | None) -> None:
        super().__init__(main_window, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main_window = main_window
        self.ctx = main_window.ctx
        self.lesson: Lesson | None = None
        self.index = 0
        self.revealed: set[int] = set()
        self.detour: str | None = None
        """Slug of the entry shown as a temporary slide, or None on the lesson's slides."""
        self.ended = False
        """The end screen after the last slide is shown."""
        self.html = ""
        """The page on the slide now."""
        self.scale = float_value(self.ctx.settings, SCALE_SETTING, 1.0,
                                 style.SCALE_MIN, style.SCALE_MAX)
        self.labels = self._labels()
        self.tool_titles = main_window.tool_titles()
        self.setWindowTitle(self.tr("Presentation — %1").replace("%1", APP_NAME))

        self.chooser = LessonChooser()
        self.chooser.chosen.connect(self.open_lesson)
        self.view = SlideView(self.handle_key)
        self.view.setAccessibleName(self.tr("Slide"))
        self.view.link.connect(self._follow_link)
        self.jump = JumpPanel(self.ctx.searcher, main_window.category_labels)
        self.jump.hide()
        self.jump.chosen.connect(self.show_entry)
        self.jump.cancelled.connect(self._close_jump)
        self.footer = SlideFooter()
        slide_page = QWidget()
        slide_layout = QVBoxLayout(slide_page)
        slide_layout.addWidget(self.jump)
        slide_layout.addWidget(self.view, 1)
        slide_layout.addWidget(self.footer)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(slide_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.view.verticalScrollBar().valueChanged.connect(self._update_more)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._render)
        self._apply_size()
        if lesson_name:
            self.open_lesson(lesson_name)
        else:
            self.show_chooser()

    # --- words -----------------------------------------------------------------------------
    def _labels(self) -> dict:
        tr = {
            "audience": self.tr("Audience"), "minutes": self.tr("minutes"),
            "slides": self.tr("slides"),
            "slide": self.tr("Slide"), "question": self.tr("Question"), "of": self.tr("of"),
            "answer": self.tr("Answer"), "correct": self.tr("correct answer"),
            "read_more": self.tr("Read more"), "tool_slide": self.tr("Tool"),
            "tool_hint": self.tr("Press T to open the tool."),
            "tool_missing": self.tr("This tool is not available in this version of OpioidRef."),
            "tool_print": self.tr("Open this tool in OpioidRef during the lesson."),
            "quiz_hint": self.tr("Press A (or the next key) to show the answer."),
            "sources_used": self.tr("Sources"), "lesson": self.tr("Lesson"),
            "end_title": self.tr("End of the lesson"),
            "end_hint": self.tr("Home starts it again; ← goes back to the last slide; Esc leaves "
                                "presentation mode."),
        }
        return {**self.main_window.labels(), **tr}

    # --- pages -----------------------------------------------------------------------------
    def show_chooser(self, message: str = "") -> None:
        store = self.ctx.store
        lessons = [load_lesson(store, name) for name, _title in lesson_names(store)]
        self.lesson = None
        self.chooser.show_lessons(lessons, message)
        self.stack.setCurrentWidget(self.chooser)
        self.chooser.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_lesson(self, name: str) -> None:
        try:
            lesson = load_lesson(self.ctx.store, name)
        except AppError as exc:
            self.show_chooser(str(exc))
            return
        self.lesson = lesson
        self.revealed.clear()
        self.setWindowTitle(f"{lesson.title} — {APP_NAME}")
        self.stack.setCurrentIndex(1)
        self.go(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def go(self, index: int) -> None:
        """Show the lesson's slide at index (clamped), at its top."""
        if self.lesson is None:
            return
        self.index = min(max(index, 0), len(self.lesson.slides) - 1)
        self.detour = None
        self.ended = False
        self._render()
        self.view.verticalScrollBar().setValue(0)

    def show_entry(self, slug: str) -> None:
        """Show an entry as a temporary slide; Esc or Backspace returns to the lesson."""
        if self.lesson is None:
            return
        self._close_jump()
        self.detour = slug
        self._render()
        self.view.verticalScrollBar().setValue(0)

    def back_to_lesson(self) -> None:
        if self.detour is not None:
            self.go(self.index)

    def _render(self) -> None:
        if self.lesson is None:
            return
        ctx, theme = self.ctx, style.THEME
        try:
            if self.ended:
                html = ctx.renderer.page("slide_end.html", theme, self.labels, lesson=self.lesson)
            elif self.detour is not None:
                html = ctx.renderer.entry(ctx.store.get(self.detour), theme, self.labels)
            else:
                html = slide_html(ctx.store, ctx.renderer, self.lesson, self.index, theme=theme,
                                  labels=self.labels, revealed=self.index in self.revealed,
                                  tool_titles=self.tool_titles)
        except AppError as exc:
            html = ctx.renderer.error(self.tr("This slide cannot be shown"), str(exc), theme,
                                      self.labels)
        position = self.view.verticalScrollBar().value()
        quiz = (not self.ended and self.detour is None
                and self.lesson.slides[self.index].kind == "quiz")
        if quiz and self.index not in self.revealed:
            # Size the question as it will be with its answer shown, so that revealing the
            # answer adds text below and moves nothing above it.
            try:
                self.view.setHtml(slide_html(ctx.store, ctx.renderer, self.lesson, self.index,
                                             theme=theme, labels=self.labels, revealed=True,
                                             tool_titles=self.tool_titles))
                font = self._fit()
            except AppError:
                font = None
            self.view.setHtml(html)
            if font is not None:
                self.view.document().setDefaultFont(font)
        else:
            self.view.setHtml(html)
            self._fit()
        self.html = html
        self.view.verticalScrollBar().setValue(position)
        self._update_footer()

    def _fit(self) -> QFont:
        """Shrink a slide that is taller than the screen, a step at a time, down to a limit;
        returns the font chosen."""
        doc = self.view.document()
        available = self.view.viewport().height()
        for factor in style.FIT_FACTORS:
            font = QFont(self.view.font())
            font.setPixelSize(max(style.MIN_BODY_PX, round(self.body_px * factor)))
            doc.setDefaultFont(font)
            doc.setTextWidth(self.view.viewport().width())
            if doc.size().height() <= available:
                break
        return font

    def _update_footer(self) -> None:
        lesson, slide = self.lesson, self.lesson.slides[self.index]
        count, number = len(lesson.slides), str(self.index + 1)
        if self.ended:
            self.footer.show_position(lesson.title, count, count, [
                self.tr("Home: start again"), self.tr("←: back"), self.tr("Esc: leave")])
            self.view.setAccessibleName(self.tr("End of the lesson"))
            self._update_more()
            return
        keys = [self.tr("→ or Space: next"), self.tr("←: back")]
        if self.detour is not None:
            title = self.ctx.store.titles([self.detour]).get(self.detour, self.detour)
            keys = [self.tr("Esc or Backspace: back to slide %1").replace("%1", number)]
        else:
            title = lesson.title
            if slide.kind == "quiz":
                keys.insert(0, self.tr("E: open the entry") if self.index in self.revealed
                            else self.tr("A: show the answer"))
            elif slide.kind == "tool":
                keys.insert(0, self.tr("T: open the tool"))
            keys.append(self.tr("Ctrl+K: find an entry"))
            keys.append(self.tr("Esc: leave"))
        self.footer.show_position(title, self.index + 1, count, keys)
        if self.detour is None:
            name = self.tr("Slide %1 of %2").replace("%1", number).replace("%2", str(count))
        else:
            name = self.tr("Entry: %1").replace("%1", title)
        self.view.setAccessibleName(name)
        self._update_more()

    def _update_more(self, *_args) -> None:
        bar = self.view.verticalScrollBar()
        self.footer.more.setVisible(bar.value() < bar.maximum())

    # --- keys ------------------------------------------------------------------------------
    def _slide_key(self, event) -> bool:
        """Keys on the slide; True when handled."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (K.Key_Return, K.Key_Enter) and self.view.focused_link():
            self._follow_link(QUrl(self.view.focused_link()))
            return True
        if ctrl and key in (K.Key_Equal, K.Key_Plus):
            return self.set_scale(self.scale + style.SCALE_STEP)
        if ctrl and key == K.Key_Minus:
            return self.set_scale(self.scale - style.SCALE_STEP)
        if ctrl and key == K.Key_0:
            return self.set_scale(1.0)
        if (ctrl and key == K.Key_K) or key == K.Key_Slash:
            self.open_jump()
            return True
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if self.detour is not None:
            return self._detour_key(key)
        if self.ended:
            if key in BACK_KEYS or key == K.Key_End:
                self.go(len(self.lesson.slides) - 1)
            elif key == K.Key_Home:
                self.go(0)
            return key in NEXT_KEYS | BACK_KEYS | {K.Key_Home, K.Key_End}
        slide = self.lesson.slides[self.index]
        if key in NEXT_KEYS:
            self.step_forward()
        elif key in BACK_KEYS:
            self.step_back()
        elif key == K.Key_Home:
            self.go(0)
        elif key == K.Key_End:
            self.go(len(self.lesson.slides) - 1)
        elif key == K.Key_A and slide.kind == "quiz":
            self.toggle_answer()
        elif key == K.Key_E and slide.kind == "quiz" and self.index in self.revealed:
            self.show_entry(slide.quiz.entry)
        elif key == K.Key_E:  # said, not ignored
            self.footer.hint.setText(self.tr("This slide has no entry to open; on a quiz, show "
                                             "the answer first (A)."))
        elif key == K.Key_T and slide.kind == "tool":
            self.open_tool(slide.tool)
        else:
            return False
        return True

    def _detour_key(self, key) -> bool:
        bar = self.view.verticalScrollBar()
        if key == K.Key_Backspace:
            self.back_to_lesson()
        elif key in NEXT_KEYS:
            self._scroll(1)
        elif key in BACK_KEYS:
            self._scroll(-1)
        elif key == K.Key_Home:
            bar.setValue(0)
        elif key == K.Key_End:
            bar.setValue(bar.maximum())
        else:
            return False
        return True

    def handle_key(self, event) -> bool:
        """Every key the window acts on, wherever the focus is; True when handled."""
        key = event.key()
        if key == K.Key_F11:
            self.toggle_full_screen()
        elif key == K.Key_Escape:
            if self.jump.isVisible():
                self._close_jump()
            elif self.detour is not None:
                self.back_to_lesson()
            else:
                self.close()
        elif self.lesson is not None and self.stack.currentIndex() == 1:
            return self._slide_key(event)
        else:
            return False
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # --- steps -----------------------------------------------------------------------------
    def _scroll(self, direction: int) -> bool:
        """Scroll a screenful (keeping one line in view); False at the end already."""
        bar = self.view.verticalScrollBar()
        line = QFontMetrics(self.view.document().defaultFont()).lineSpacing()
        target = bar.value() + direction * max(1, bar.pageStep() - line)
        if (direction > 0 and bar.value() >= bar.maximum()) or (direction < 0 and bar.value() <= 0):
            return False
        bar.setValue(min(max(target, 0), bar.maximum()))
        return True

    def step_forward(self) -> None:
        """More of this slide, then its quiz answer, then the next slide."""
        if self._scroll(1):
            return
        if self.lesson.slides[self.index].kind == "quiz" and self.index not in self.revealed:
            self.toggle_answer()
        elif self.index + 1 < len(self.lesson.slides):
            self.go(self.index + 1)
        elif not self.ended:
            self.show_end()

    def show_end(self) -> None:
        """After the last slide: the end screen (with the disclaimer)."""
        self.ended = True
        self._render()
        self.view.verticalScrollBar().setValue(0)

    def step_back(self) -> None:
        if not self._scroll(-1) and self.index > 0:
            self.go(self.index - 1)

    def toggle_answer(self) -> None:
        self.revealed ^= {self.index}
        self._render()

    def open_jump(self) -> None:
        if self.lesson is not None:
            self.jump.open()
            self._fit_timer.start()  # the slide got shorter: fit it again

    def _close_jump(self) -> None:
        if self.jump.isVisible():
            self.jump.hide()
            self._fit_timer.start()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_tool(self, name: str) -> None:
        if name not in self.tool_titles:
            self.footer.hint.setText(
                self.tr("This tool is not available in this version of OpioidRef."))
            return
        tool = self.main_window.open_tool(name)
        if tool is None:
            return
        # For the room, not the desk: the whole screen and larger type, over the slides.
        font = QFont(tool.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * style.TOOL_ZOOM)
        tool.setFont(font)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            tool.setGeometry(screen.geometry())
        tool.show()
        tool.raise_()
        tool.activateWindow()

    def _follow_link(self, url: QUrl) -> None:
        target = url.path() or url.toString().split(":", 1)[-1]
        if url.scheme() == "entry":
            self.show_entry(target)
        elif url.scheme() == "tool":
            self.open_tool(target)
        else:
            self.main_window.open_external(url)

    # --- size and screen -------------------------------------------------------------------
    @property
    def body_px(self) -> int:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return style.body_px(screen.geometry().height(), self.scale)

    def _apply_size(self) -> None:
        self.setStyleSheet(style.style_sheet(self.body_px))
        self._fit_timer.start()

    def set_scale(self, value: float) -> bool:
        self.scale = round(min(max(value, style.SCALE_MIN), style.SCALE_MAX), 2)
        self.ctx.settings.setValue(SCALE_SETTING, self.scale)
        self._apply_size()
        return True

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            show_full_screen(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.ctx.settings.setValue(SCALE_SETTING, self.scale)
        super().closeEvent(event)
        self.main_window.activateWindow()


def start_presentation(main_window, lesson_name: str | None = None) -> PresentationWindow:
    """Open presentation mode full screen (the lesson chooser first when no lesson is named);
    an open presentation is brought to the front instead of starting a second one."""
    for window in main_window.findChildren(PresentationWindow):
        if window.isVisible():
            window.raise_()
            window.activateWindow()
            return window
    window = PresentationWindow(main_window, lesson_name)
    show_full_screen(window)
    window.raise_()
    window.activateWindow()
    return window
