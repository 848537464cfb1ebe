"""Window placement that works with or without a window manager: sizes that fit the screen a
window opens on, centred over its owner, and a full screen that covers the whole screen even
where nobody manages windows (a kiosk, a projector laptop, an X server with no desktop)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # a tool window leaves a margin of the screen around it


def _screen_area(widget: QWidget) -> QRect | None:
    owner = widget.parentWidget()
    screen = (owner.screen() if owner is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give `widget` its preferred size, or less where the screen is smaller, centred over its
    owner (or the screen)."""
    area = _screen_area(widget)
    if area is None:
        widget.resize(width, height)
        return
    width = min(width, int(area.width() * SCREEN_SHARE))
    height = min(height, int(area.height() * SCREEN_SHARE))
    owner = widget.parentWidget()
    centre = owner.frameGeometry().center() if owner is not None and owner.isVisible() else area.center()
    frame = QRect(0, 0, width, height)
    frame.moveCenter(centre)
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - width)))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - height)))
    widget.setGeometry(frame)


def show_full_screen(widget: QWidget) -> None:
    """Full screen on the screen the widget is on. The geometry is set as well, for X servers
    without a window manager, where the full-screen state alone changes nothing."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        widget.setGeometry(screen.geometry())
    widget.showFullScreen()
