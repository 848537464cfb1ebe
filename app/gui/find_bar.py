"""Find in the open entry: next, previous, and "3 of 7"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.gui.entry_view import EntryView


class FindBar(QWidget):
    def __init__(self, view: EntryView, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this entry"))
        self.field.setAccessibleName(self.tr("Find in this entry"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous = QPushButton(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.count, self.previous, self.next, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(lambda: self.find(forward=True, restart=True))
        self.field.installEventFilter(self)
        self.next.clicked.connect(lambda: self.find(forward=True))
        self.previous.clicked.connect(lambda: self.find(forward=False))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.update_count()

    def close_bar(self) -> None:
        """Hide the bar and the highlighted match with it (the reading place is kept)."""
        self.hide()
        cursor = self.view.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
        self.view.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """In the field: Enter finds the next match, Shift+Enter the previous, Esc closes."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find(forward=not shift)
                return True
        return super().eventFilter(watched, event)

    def find(self, forward: bool = True, restart: bool = False) -> bool:
        text = self.field.text()
        if not text:
            self.update_count()
            return False
        if restart:
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = self.view.find(text, flags)
        if not found:  # wrap around
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        self.update_count()
        return found

    def update_count(self) -> None:
        total, current = self.view.count_matches(self.field.text())
        if not self.field.text():
            self.count.clear()
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total)))
