"""The entry view: a QTextBrowser that never loads anything from the network.

`entry:` links are handed to the window; other links are reported so the window can ask
before opening them in the system browser. Resource loads other than local files are refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from app import page_style

LOCAL_SCHEMES = frozenset({"", "file", "qrc", "data"})


class EntryView(QTextBrowser):
    entry_link = Signal(str)
    """An entry:<slug> link was clicked."""
    language_link = Signal(str, str)
    """An entry:<slug>?lang=<lang> link (the same entry in another language): slug, lang."""
    tool_link = Signal(str)
    """A tool:<name> link was clicked."""
    external_link = Signal(QUrl)
    """Any other link was clicked (http, https, mailto…): the window asks before opening."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []
        self.after_first_paint: Callable[[], None] | None = None
        """Called once, when the view has first been painted (the window's first screen)."""
        self.set_page_style(page_style.css(None))
        self.anchorClicked.connect(self._on_anchor)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "entry" and url.hasQuery() and url.query().startswith("lang="):
            self.language_link.emit(url.path(), url.query().removeprefix("lang="))
        elif url.scheme() == "entry":
            self.entry_link.emit(url.path() or url.toString().removeprefix("entry:"))
        elif url.scheme() == "tool":
            self.tool_link.emit(url.path() or url.toString().removeprefix("tool:"))
        else:
            self.external_link.emit(url)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt API)
        if url.scheme().lower() not in LOCAL_SCHEMES:
            self.refused.append(url.toString())
            return QByteArray()  # nothing
        return super().loadResource(kind, url)

    def describe(self) -> None:
        """Its name for assistive technology (set by the window's second step: the first call
        to setAccessibleName starts Qt's accessibility support, which the first screen skips)."""
        self.setAccessibleName(self.tr("Entry"))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.after_first_paint is not None:
            call, self.after_first_paint = self.after_first_paint, None
            call()

    def set_page_style(self, css: str) -> None:
        """The theme's page rules (app.page_style): stored pages carry no colours of their own."""
        self.document().setDefaultStyleSheet(css)

    def show_html(self, html: str) -> None:
        self.setExtraSelections([])
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def highlight(self, words: list[str]) -> int:
        """Mark every occurrence of the words a search matched and scroll to the first one
        (in reading order); returns how many were marked."""
        from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        doc = self.document()
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        marks = []
        for word in dict.fromkeys(w for w in words if len(w) >= 3):
            cursor = doc.find(word, 0)
            while not cursor.isNull() and len(marks) < 500:
                mark = QTextEdit.ExtraSelection()
                mark.cursor, mark.format = cursor, fmt
                marks.append(mark)
                cursor = doc.find(word, cursor)
        if not marks:
            return 0
        self.setExtraSelections(marks)
        first = min(marks, key=lambda m: m.cursor.selectionStart()).cursor
        place = QTextCursor(doc)
        place.setPosition(first.selectionStart())
        self.setTextCursor(place)
        self.ensureCursorVisible()
        return len(marks)

    def count_matches(self, text: str) -> tuple[int, int]:
        """(number of matches, 1-based index of the one at the cursor or 0)."""
        if not text:
            return 0, 0
        doc = self.document()
        cursor = doc.find(text, 0)
        total, current = 0, 0
        here = self.textCursor()
        while not cursor.isNull():
            total += 1
            if here.hasSelection() and cursor.selectionStart() == here.selectionStart():
                current = total
            cursor = doc.find(text, cursor)
        return total, current
