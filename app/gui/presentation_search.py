"""Jump to any entry during a presentation: a search field and its results over the slide.

Type to search (the same search as the main window), Up/Down to choose, Enter to show the entry
(the first result when none is chosen), Esc to go back to the slide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from app.search import Searcher

SLUG_ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 8
VISIBLE_ROWS = 5


class JumpPanel(QFrame):
    chosen = Signal(str)
    """An entry was picked: its slug."""
    cancelled = Signal()

    def __init__(self, searcher: Searcher, category_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.searcher = searcher
        self.category_labels = category_labels
        self.setObjectName("jump")
        self.label = QLabel(self.tr("Jump to an entry:"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Jump to an entry"))
        self.field.setPlaceholderText(self.tr("Type to search, Enter to show, Esc to go back"))
        self.field.setClearButtonEnabled(False)
        self.label.setBuddy(self.field)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching entries"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.results.itemClicked.connect(lambda item: self.chosen.emit(item.data(SLUG_ROLE)))
        self._search("")

    def open(self) -> None:
        self.field.clear()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _search(self, text: str) -> None:
        self.results.clear()
        hits = self.searcher.search(text, limit=MAX_RESULTS) if text.strip() else []
        for hit in hits:
            category = self.category_labels.get(hit.category, hit.category)
            item = QListWidgetItem(f"{hit.title}  ·  {category}")
            item.setData(SLUG_ROLE, hit.slug)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            rows = min(len(hits), VISIBLE_ROWS)
            height = rows * self.results.sizeHintForRow(0) + 2 * self.results.frameWidth()
            self.results.setFixedHeight(height)
        self.results.setVisible(bool(hits))
        if not text.strip():
            self.status.setText(self.tr("Type a word: a title, a sign, a street term."))
        elif not hits:
            self.status.setText(self.tr("No entries match “%1”.").replace("%1", text.strip()))
        else:
            self.status.setText(
                self.tr("Up and Down: choose · Enter: show · Esc: back to the slide"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is not self.field or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.results.currentItem()
            if item is not None:
                self.chosen.emit(item.data(SLUG_ROLE))
            return True
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_PageDown: MAX_RESULTS, Qt.Key.Key_PageUp: -MAX_RESULTS}
        if key in moves and self.results.count():
            row = min(max(self.results.currentRow() + moves[key], 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return False
