"""Personal notes on the open entry, saved as the user types (a short pause, then a commit).

The panel is a one-line "My notes" header that opens to an editor. It is hidden where there is
no entry (the home page); it opens by itself on an entry that has a note, and otherwise keeps
the open or closed state the user last chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.userdata import UserData

SAVE_DELAY_MS = 400
OPEN_KEY = "notes/open"


class NotesPanel(QWidget):
    saved = Signal(str)
    """A note was written to disk (slug)."""
    toggled = Signal(bool)
    """The editor was opened (True) or closed (False)."""

    def __init__(self, userdata: UserData, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.userdata = userdata
        self.settings = settings
        self.slug: str | None = None
        self.title = ""
        self.header = QToolButton()
        self.header.setText(self.tr("My notes"))
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setToolTip(self.tr("Show or hide your note on this entry (Ctrl+Shift+N)"))
        self.hint = QLabel(self.tr("kept on this computer only"))
        self.hint.setEnabled(False)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("My notes on this entry"))
        self.editor.setPlaceholderText(self.tr("Write a note about this entry; it is saved as you type."))
        self.editor.setTabChangesFocus(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.header)
        row.addWidget(self.hint)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._changed)
        self.header.toggled.connect(self._header_toggled)
        self._loading = False
        self._dirty = False
        self._set_open(self._chosen_open())

    # --- open or closed ----------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.header.isChecked()

    def _chosen_open(self) -> bool:
        if self.settings is None:
            return False
        return str(self.settings.value(OPEN_KEY, "false")).lower() == "true"

    def _header_toggled(self, on: bool) -> None:
        """The user opened or closed the panel: remember it."""
        if self.settings is not None:
            self.settings.setValue(OPEN_KEY, "true" if on else "false")
        self._apply(on)
        if on:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_open(self, on: bool) -> None:
        """Open or close without changing the remembered choice."""
        self.header.blockSignals(True)
        self.header.setChecked(on)
        self.header.blockSignals(False)
        self._apply(on)

    def _apply(self, on: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.editor.setVisible(on)
        policy = QSizePolicy.Policy.Preferred if on else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.setMaximumHeight(16777215 if on else self.header.sizeHint().height() + 6)
        self.toggled.emit(on)

    def open_and_focus(self) -> None:
        """Ctrl+Shift+N: open the editor (remembered) and put the cursor in it."""
        if self.slug is None:
            return
        if not self.is_open():
            self.header.setChecked(True)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the note ----------------------------------------------------------------------------
    def show_entry(self, slug: str | None, title: str = "") -> None:
        self.save_now()
        self.slug, self.title = slug, title
        self._loading = True
        text = self.userdata.note(slug) if slug else ""
        self.editor.setPlainText(text)
        self._loading = False
        self._dirty = False
        self.setVisible(slug is not None)
        if slug is not None:
            self._set_open(bool(text.strip()) or self._chosen_open())

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
