"""The presentation window's first page when no lesson was named: a keyboard list of lessons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.lessons import Lesson

NAME_ROLE = Qt.ItemDataRole.UserRole


class LessonChooser(QWidget):
    chosen = Signal(str)
    """Enter (or a double click) on a lesson: its name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Choose a lesson"))
        self.heading.setObjectName("heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lessons"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.hint = QLabel(self.tr("Up and Down: choose · Enter: start · Esc: leave"))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.list.itemDoubleClicked.connect(lambda item: self.chosen.emit(item.data(NAME_ROLE)))
        self.list.installEventFilter(self)

    def show_lessons(self, lessons: list[Lesson], message: str = "") -> None:
        """Fill the list; message (e.g. why the named lesson was not found) shows above it."""
        self.list.clear()
        for lesson in lessons:
            details = [lesson.audience] if lesson.audience else []
            if lesson.minutes:
                details.append(self.tr("%1 minutes").replace("%1", str(lesson.minutes)))
            details.append(self.tr("%1 slides").replace("%1", str(len(lesson.slides))))
            item = QListWidgetItem(f"{lesson.title}\n{' · '.join(details)}")
            item.setData(NAME_ROLE, lesson.name)
            self.list.addItem(item)
        if not lessons:
            message = " ".join(filter(None, [message, self.tr(
                "This content has no lessons. A lesson is a file in content/lessons/.")]))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if lessons:
            self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.list.currentItem()
            if item is not None:
                self.chosen.emit(item.data(NAME_ROLE))
            return True
        return False
