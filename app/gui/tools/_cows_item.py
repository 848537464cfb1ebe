"""One COWS item as a keyboard-first group: the item takes the focus, a digit picks one of the
item's own point values, Left/Right step through them, Backspace clears, Up/Down move to the
previous or next item. The radio buttons show the choice and work with the mouse."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton, QVBoxLayout

from app.tools.cows import Item


def tr(text: str) -> str:
    return QCoreApplication.translate("cows", text)


class AnchorLabel(QLabel):
    """An option's words: they wrap, and a click on them picks the option."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_chosen(self, chosen: bool) -> None:
        font = QFont()
        font.setBold(chosen)
        self.setFont(font)
        self.setAutoFillBackground(chosen)
        self.setBackgroundRole(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Window)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.WindowText)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.button.click()


class ItemSelector(QFrame):
    changed = Signal()
    """The value was set or cleared."""
    advance = Signal(int)
    """Move the focus by this many items (+1 after a digit, or Up/Down)."""
    refused = Signal(str)
    """A digit the item does not allow; the message says which values it takes."""
    focused = Signal()

    def __init__(self, item: Item, number: int, parent=None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self.setObjectName(f"cows-{item.key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLabel(f"<b>{number}. {escape(tr(item.title))}</b>")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        if item.how:
            how = QLabel(tr(item.how))
            how.setWordWrap(True)
            how.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(how)
        self.group = QButtonGroup(self)
        self.anchors: dict[int, AnchorLabel] = {}
        options = QGridLayout()
        options.setColumnStretch(1, 1)
        options.setVerticalSpacing(1)
        layout.addLayout(options)
        for row, option in enumerate(item.options):
            button = QRadioButton(str(option.points))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{option.points}: {tr(option.anchor)}")
            self.group.addButton(button, option.points)
            options.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            label = AnchorLabel(tr(option.anchor), button)
            self.anchors[option.points] = label
            options.addWidget(label, row, 1)
        self.group.idClicked.connect(self._clicked)
        self._show_state()

    # --- value -----------------------------------------------------------------------------
    @property
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, points: int | None) -> None:
        if points is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(points).setChecked(True)
        self._show_state()
        self.changed.emit()

    def allowed_message(self) -> str:
        allowed = ", ".join(str(p) for p in self.item.allowed)
        return self.tr("%1 takes only %2.").replace("%1", tr(self.item.title)).replace("%2", allowed)

    def _clicked(self, points: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._show_state()
        self.changed.emit()

    def _step(self, direction: int) -> None:
        allowed = self.item.allowed
        if self.value is None:
            self.set_value(allowed[0] if direction > 0 else allowed[-1])
        else:
            index = allowed.index(self.value) + direction
            self.set_value(allowed[min(max(index, 0), len(allowed) - 1)])

    def _show_state(self) -> None:
        """Mark the chosen option in the theme's highlight colours (radio dots alone are faint in
        some themes) and say the state to assistive technology."""
        for points, label in self.anchors.items():
            label.set_chosen(points == self.value)
        name = f"{self.number}. {tr(self.item.title)}"
        if self.value is None:
            state = self.tr("not scored")
        else:
            state = self.tr("%1 points: %2").replace("%1", str(self.value)).replace(
                "%2", tr(self.item.anchor(self.value)))
        self.setAccessibleName(f"{name}: {state}")
        self.setAccessibleDescription(self.allowed_message() + " " + self.tr(
            "Type a value, or use Left and Right; Up and Down move between items."))

    # --- keys and focus --------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and len(text) == 1 and text.isascii() and text.isdigit():
            points = int(text)
            if points in self.item.allowed:
                self.set_value(points)
                self.advance.emit(1)
            else:
                QApplication.beep()
                self.refused.emit(self.tr("%1 is not a value of this item.").replace("%1", text) + " "
                                  + self.allowed_message())
        elif plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.advance.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.update()
        self.focused.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.PlaceholderText
        pen = QPen(self.palette().color(role), 3 if self.hasFocus() else 1)
        painter.setPen(pen)
        inset = pen.widthF() / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)
