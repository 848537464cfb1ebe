"""The window icon: set on the app, drawn at each size, legible at 16 px."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor


def test_main_window_has_the_app_icon(start):
    window = start()
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_16_px_icon_shows_a_white_cross_on_teal(start):
    image = start().windowIcon().pixmap(QSize(16, 16)).toImage()
    assert (image.width(), image.height()) == (16, 16)
    centre = QColor(image.pixel(8, 8))
    cover = QColor(image.pixel(10, 3))
    assert centre.lightness() > 220, centre.name()  # the cross
    assert cover.lightness() < 120 and cover.green() > cover.red(), cover.name()  # teal cover
