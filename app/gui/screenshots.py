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
    window.apply_theme("light")
    for name, size in (("cows", (1180, 760)), ("bodymap", (1180, 700))):
        tool = window.open_tool(name)
        tool.resize(*size)
        for _ in range(3):
            app.processEvents()
        tool.grab().save(str(out / f"tool-{name}.png"))
        print(out / f"tool-{name}.png")
        tool.close()
    from app.gui.presentation import start_presentation

    from app.lessons import lesson_names

    names = [name for name, _title in lesson_names(window.ctx.store)]
    if names:
        presentation = start_presentation(window, names[0])
        presentation.showNormal()
        presentation.resize(1280, 720)
        presentation.go(len(presentation.lesson.slides) - 1)  # the closing quiz
        presentation.toggle_answer()
        for _ in range(3):
            app.processEvents()
        presentation.grab().save(str(out / "presentation.png"))
        print(out / "presentation.png")
        presentation.close()
    window.apply_theme("system")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
