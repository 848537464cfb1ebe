"""The side panel's list switcher: one button per list, in rows that wrap.

A QTabBar keeps its tabs on one line and hides the rest behind scroll arrows: at 800×600, or
1024×768 at zoom +3, "History" and "Handouts" (the outreach worker's main list) were out of
sight. These buttons wrap onto a second row instead. They are radio buttons to assistive
technology (one list of six is shown), with Alt+letter, arrow keys, Home/End, Ctrl+Tab and
Ctrl+PgUp/PgDown as with tabs; only the chosen one is on the Tab key's path.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup, QLayout, QRadioButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

PAD_X, PAD_Y, GAP = 10, 4, 4


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """One row: the width every list name needs side by side."""
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + GAP * max(len(hints) - 1, 0)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest single button: anything narrower would cut a name."""
        hints = [item.sizeHint() for item in self._items]
        return QSize(max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0))

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + GAP
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + GAP
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class ListTab(QRadioButton):
    """A list's name drawn as a tab: filled when chosen, ringed when it has the keyboard focus."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        metrics = self.fontMetrics()
        text = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        box = self.rect().adjusted(0, 0, -1, -1)
        if self.isChecked():
            painter.fillRect(box, palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            painter.fillRect(box, palette.color(QPalette.ColorRole.Button))
            text_colour = palette.color(QPalette.ColorRole.ButtonText)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1))
            painter.drawRect(box)
        if self.hasFocus():  # the same 2 px ring as the other controls, inside the fill
            ring = palette.color(QPalette.ColorRole.HighlightedText if self.isChecked()
                                 else QPalette.ColorRole.Highlight)
            painter.setPen(QPen(ring, 2))
            painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.setPen(text_colour)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic
        painter.drawText(self.rect(), int(flags), self.text())
        painter.end()


class ListTabs(QWidget):
    """Buttons that wrap, above the list they show: the part of QTabWidget's API the side panel uses."""

    currentChanged = Signal(int)  # noqa: N815 (Qt naming, as QTabWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = QWidget()
        self.strip.setObjectName("list-tabs")
        self.flow = FlowLayout(self.strip)
        self.flow.setSpacing(GAP)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.strip.setSizePolicy(policy)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idToggled.connect(self._toggled)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP)
        layout.addWidget(self.strip)
        layout.addWidget(self.pages, 1)

    # --- the tab widget's API ------------------------------------------------------------
    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802 (as QTabWidget)
        index = self.pages.addWidget(widget)
        button = ListTab(text, self.strip)
        button.installEventFilter(self)
        self.group.addButton(button, index)
        self.flow.addWidget(button)
        if index == 0:
            button.setChecked(True)
        self._tab_path()
        return index

    def count(self) -> int:
        return self.pages.count()

    def tabText(self, index: int) -> str:  # noqa: N802 (as QTabWidget)
        button = self.group.button(index)
        return button.text() if button else ""

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802 (as QTabWidget)
        button = self.group.button(index)
        if button:
            button.setText(text)
            self.flow.invalidate()

    def button(self, index: int) -> ListTab | None:
        return self.group.button(index)

    def currentIndex(self) -> int:  # noqa: N802 (as QTabWidget)
        return self.pages.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (as QTabWidget)
        return self.pages.currentWidget()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (as QTabWidget)
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (as QTabWidget)
        self.setCurrentIndex(self.pages.indexOf(widget))

    def oneRowWidth(self) -> int:  # noqa: N802 (Qt naming)
        """The width at which every name fits on one row."""
        return self.flow.sizeHint().width()

    def set_tab_order(self, before: QWidget, after: QWidget) -> None:
        """Tab: `before`, the chosen list's name, the list shown, `after` (the others are
        skipped: names without Tab focus, hidden lists)."""
        chain = [before, *self.group.buttons(), *(self.pages.widget(i) for i in range(self.count())), after]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- behaviour -----------------------------------------------------------------------
    def _toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        self.pages.setCurrentIndex(index)
        self._tab_path()
        self.currentChanged.emit(index)

    def _tab_path(self) -> None:
        """Tab reaches the chosen list's button only; arrows move between them."""
        for button in self.group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked()
                                  else Qt.FocusPolicy.ClickFocus)

    def _step(self, delta: int, focus: bool) -> None:
        count = self.count()
        if count:
            self._go((self.currentIndex() + delta) % count, focus)

    def _go(self, index: int, focus: bool) -> None:
        self.setCurrentIndex(index)
        if focus:
            self.group.button(index).setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and watched in self.group.buttons():
            key, mods = event.key(), event.modifiers()
            plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                self._step(-1, True)
                return True
            if plain and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                self._step(1, True)
                return True
            if plain and key == Qt.Key.Key_Home:
                self._go(0, True)
                return True
            if plain and key == Qt.Key.Key_End:
                self._go(self.count() - 1, True)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Ctrl+Tab, Ctrl+PgDown: the next list; with Shift, or Ctrl+PgUp: the one before."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_PageDown):
            self._step(1, False)
        elif ctrl and key in (Qt.Key.Key_Backtab, Qt.Key.Key_PageUp):
            self._step(-1, False)
        else:
            super().keyPressEvent(event)
