"""Start OpioidRef's real window the way `opioidref` does (staged: the first screen, then the
rest right after the first paint), report when idle, quit."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from _report import ready  # noqa: E402
from app.gui.application import build_window, create_application  # noqa: E402

app = create_application(sys.argv, icon=False)
window = build_window(app, staged=True)
window.show()
window.side.focus_search()
QTimer.singleShot(0, lambda: (ready(), app.quit()))
app.exec()
