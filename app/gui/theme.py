"""Light, dark and high-contrast themes for the widgets; the entry HTML gets the same colours.

The palette is set before the first paint; the outline style (app.gui.outline_style) after it,
so the first screen needs neither the Qt namespace's Python types nor QStyle's.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.themes import THEMES

THEME_CHOICES = ("system", "light", "dark", "contrast")


def resolve(choice: str | None) -> str:
    """The theme to use for a setting: "system" follows the desktop's light/dark preference."""
    if choice in THEMES:
        return choice
    from PySide6.QtCore import Qt  # the whole Qt namespace is built on first use (~15 ms)

    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def first_guess(choice: str | None) -> str:
    """The theme of the first screen, without the Qt namespace: "system" follows the window
    colour of the platform's palette (dark on a desktop in dark mode). The window asks
    resolve() once it is up and changes theme if the two differ."""
    if choice in THEMES:
        return choice
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def apply(app: QApplication, name: str, styled: bool = True) -> None:
    """The theme's palette, and with styled=True its outline style (app.gui.outline_style)."""
    colours = THEMES[name]
    if styled:
        from app.gui import outline_style

        outline_style.install(app, name)
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
