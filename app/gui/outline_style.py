"""The widgets' style: Fusion, with outlines that stand out and a focus ring keyboard users see.

Installed after the first paint (app.gui.theme.apply with styled=True): making PySide6's
Python types for QStyle and the Qt namespace costs about 25 ms, which the first screen does
without (it is drawn by plain Fusion, chosen by name when the application is created).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

FRAMES = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame,
          QStyle.PrimitiveElement.PE_FrameTabWidget)
OUTLINES = {"contrast": QPalette.ColorRole.Text, "dark": QPalette.ColorRole.PlaceholderText}
"""The palette colour of frames and check box outlines by theme (none: Fusion's own)."""


class ContrastStyle(QProxyStyle):
    """Fusion draws unchecked check box and radio outlines, and the frames of text fields,
    lists and tab pages, from the Window colour: black in high contrast (the search box had no
    visible edge), 1.2:1 in dark. Draw them in a colour of the palette that stands out:
    the text colour in high contrast, the muted text colour (7:1) in dark."""

    def __init__(self, base: str, outline: QPalette.ColorRole | None = QPalette.ColorRole.Text) -> None:
        super().__init__(base)
        self.outline = outline
        """None: Fusion's own outlines (the light theme); focus rings are ours in every theme."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Fusion's focus ring is a faint dotted line: keyboard users lost their place.
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        if self.outline is None:
            super().drawPrimitive(element, option, painter, widget)
            return
        if element in FRAMES:
            super().drawPrimitive(element, option, painter, widget)
            painter.save()
            painter.setPen(QPen(option.palette.color(self.outline), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
            return
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            super().drawPrimitive(element, option, painter, widget)
            painter.save()
            painter.setPen(QPen(option.palette.color(self.outline), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = option.rect.adjusted(1, 1, -2, -2)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def install(app: QApplication, name: str) -> None:
    """Give the application the style of theme `name`, only when it changes (it is costly)."""
    outline = OUTLINES.get(name)
    current = app.style()
    if not isinstance(current, ContrastStyle) or current.outline != outline:
        app.setStyle(ContrastStyle("Fusion", outline))
