"""What every bedside tool window shares: a top-level window owned by the main window that is
deleted when closed (so it forgets what was entered), a status line, shortcuts that work
anywhere in the window, copying text to the clipboard, and links to entries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from app.gui.windowing import fit_to_screen


class EntryLink(QLabel):
    """A link to an entry that wraps at any zoom and works by keyboard: Tab to it, then Enter
    or Space (a QLabel's own keyboard links are unreliable)."""

    activated = Signal(str)

    def __init__(self, slug: str, title: str, accessible_name: str) -> None:
        super().__init__(f'<a href="entry:{escape(slug)}">{escape(title)}</a>')
        self.slug = slug
        self.setObjectName(f"entry-{slug}")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(accessible_name)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.slug)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.slug)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class ToolWindow(QWidget):
    def __init__(self, main_window, title: str) -> None:
        super().__init__(main_window, Qt.WindowType.Window)
        self.main_window = main_window
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))  # read out: its own text
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shortcut(["Esc", QKeySequence.StandardKey.Close, "Ctrl+W"], self.close, self.tr("Close"))

    def fit(self, width: int, height: int) -> None:
        """The preferred size, or less on a smaller screen, centred over the main window."""
        fit_to_screen(self, width, height)

    def may_close(self) -> bool:
        """Whether closing now loses nothing the user would miss (a tool asks first)."""
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def forget_note(self, text: str) -> QLabel:
        """The visible promise that nothing about the patient is kept."""
        note = QLabel(f"<i>{escape(text)}</i>")
        note.setWordWrap(True)
        note.setAccessibleName(text)
        return note

    def shortcut(self, keys: list, slot, name: str) -> QAction:
        action = QAction(name, self)
        sequences: list[QKeySequence] = []
        for key in keys:  # a standard key may equal an explicit one: keep each once
            for sequence in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                             else [QKeySequence(key)]):
                if sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def copy_text(self, text: str, done_message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.show_status(done_message)
