"""Render the main views to PNG files (offscreen): `python -m app.gui.screenshots [OUTDIR]`.

Uses a temporary user folder, so nothing of the user's is read or changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OPIOIDREF_HOME"] = tempfile.mkdtemp(prefix="opioidref-shots-")
    from PySide6.QtWidgets import QApplication

    from app.gui.application import build_window, create_application

    app = create_application([sys.argv[0]])
    window = build_window(app)
    if window is None:
        return 2
    window.apply_theme("light")
    window.resize(1366, 768)
    window.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    shot("home")
    window.side.search_box.setText("black wound on the leg")
    shot("search")
    window.side.search_box.setText("narcan")
    app.processEvents()
    window.open_entry(window.side.model.hits[0].slug)
    shot("entry")
    window.apply_theme("dark")
    window.side.search_box.setText("dope sick")
    app.processEvents()
    window.open_entry("cows" if window.ctx.store.has("cows") else window.side.model.hits[0].slug)
    shot("dark")
    window.apply_theme("system")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
