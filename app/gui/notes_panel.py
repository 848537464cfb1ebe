"""Personal notes on the open entry, saved as the user types (a short pause, then a commit)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.userdata import UserData

SAVE_DELAY_MS = 400


class NotesPanel(QWidget):
    saved = Signal(str)
    """A note was written to disk (slug)."""

    def __init__(self, userdata: UserData, parent=None) -> None:
        super().__init__(parent)
        self.userdata = userdata
        self.slug: str | None = None
        self.title = ""
        self.label = QLabel(self.tr("My notes (kept on this computer only)"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("My notes on this entry"))
        self.editor.setPlaceholderText(self.tr("Write a note about this entry; it is saved as you type."))
        self.editor.setTabChangesFocus(True)
        self.label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._changed)
        self._loading = False
        self._dirty = False

    def show_entry(self, slug: str | None, title: str = "") -> None:
        self.save_now()
        self.slug, self.title = slug, title
        self._loading = True
        self.editor.setPlainText(self.userdata.note(slug) if slug else "")
        self._loading = False
        self._dirty = False
        self.setEnabled(slug is not None)

    def _changed(self) -> None:
        if not self._loading and self.slug:
            self._dirty = True
            self._timer.start()

    def save_now(self) -> None:
        """Write a pending change at once (also called on navigation and on close)."""
        if self._timer.isActive():
            self._timer.stop()
        if self.slug and self._dirty:
            self.userdata.save_note(self.slug, self.title, self.editor.toPlainText())
            self._dirty = False
            self.saved.emit(self.slug)
