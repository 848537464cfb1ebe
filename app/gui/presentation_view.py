"""The presentation window's slide widgets: the slide itself and the footer under it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QTextBrowser,
                               QVBoxLayout, QWidget)


class SlideView(QTextBrowser):
    """The slide: keys go to the window first; links are reported, never followed here."""

    link = Signal(QUrl)

    def __init__(self, on_key, parent=None) -> None:
        super().__init__(parent)
        self.on_key = on_key
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # "▼ more" says it
        self.anchorClicked.connect(self.link.emit)

    def focused_link(self) -> str:
        """The link chosen with Tab, if any (Enter then follows it)."""
        cursor = self.textCursor()
        return cursor.charFormat().anchorHref() if cursor.hasSelection() else ""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.on_key(event):
            super().keyPressEvent(event)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt API)
        return None  # slides load nothing: no images, no network


class SlideFooter(QWidget):
    """Progress bar; the lesson's (or entry's) title, "▼ more" and the counter; keys to press."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Lesson progress"))
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Lesson"))
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more = QLabel(self.tr("▼ more"))
        self.more.setObjectName("more")
        self.more.setAccessibleName(self.tr("More of this slide below"))
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Slide number"))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.more)
        row.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        layout.addWidget(self.hint)

    def show_position(self, title: str, number: int, count: int, keys: list[str]) -> None:
        self.title.setText(title)
        counter = self.tr("%1 / %2").replace("%1", str(number)).replace("%2", str(count))
        self.counter.setText(counter)
        self.progress.setRange(0, count)
        self.progress.setValue(number)
        self.hint.setText("  ·  ".join(keys))
