"""Light, dark and high-contrast themes for the widgets; the entry HTML gets the same colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from app.themes import THEMES

THEME_CHOICES = ("system", "light", "dark", "contrast")


def resolve(choice: str | None) -> str:
    """The theme to use for a setting: "system" follows the desktop's light/dark preference."""
    if choice in THEMES:
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


FRAMES = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame,
          QStyle.PrimitiveElement.PE_FrameTabWidget)


class _ContrastStyle(QProxyStyle):
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


def apply(app: QApplication, name: str) -> None:
    colours = THEMES[name]
    outline = {"contrast": QPalette.ColorRole.Text,
               "dark": QPalette.ColorRole.PlaceholderText}.get(name)
    current = app.style()
    if not isinstance(current, _ContrastStyle) or current.outline != outline:
        app.setStyle(_ContrastStyle("Fusion", outline))  # only when it changes: it is costly
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours["surface"],
        QPalette.ColorRole.WindowText: colours["text"],
        QPalette.ColorRole.Base: colours["background"],
        QPalette.ColorRole.AlternateBase: colours["surface"],
        QPalette.ColorRole.Text: colours["text"],
        QPalette.ColorRole.Button: colours["surface"],
        QPalette.ColorRole.ButtonText: colours["text"],
        QPalette.ColorRole.ToolTipBase: colours["background"],
        QPalette.ColorRole.ToolTipText: colours["text"],
        QPalette.ColorRole.PlaceholderText: colours.get("placeholder", colours["muted"]),
        QPalette.ColorRole.Highlight: colours["accent"],
        QPalette.ColorRole.HighlightedText: colours["background"],
        QPalette.ColorRole.Link: colours["link"],
        QPalette.ColorRole.BrightText: colours["flag_border"],
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(colours["muted"]))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(colours["muted"]))
    app.setPalette(palette)
