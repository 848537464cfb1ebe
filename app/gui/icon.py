"""The application's icon (resources/icons, drawn from opioidref.svg by build/make_icons.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DESKTOP_ID = "org.opioidref.OpioidRef"
"""The freedesktop id: the .desktop file's name, the AppStream id and the icon theme name."""
SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon at each drawn size (files are read only when a size is first painted)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in SIZES:
        path = folder / f"opioidref-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
