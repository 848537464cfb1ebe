"""Start OpioidRef's real window the way `opioidref` does (staged: the first screen, then the
rest right after the first paint); report READY once the window is complete and its event loop
is idle, then quit. (Mapped on X, the first screen is there before: benchmarks/startup.py.)"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from _report import ready  # noqa: E402
from app.gui.application import build_window, create_application, trace_start  # noqa: E402

app = create_application(sys.argv, icon=False)
window = build_window(app, staged=True)
if os.environ.get("OPIOIDREF_TRACE_START"):
    trace_start(window)
window.completed.connect(lambda: QTimer.singleShot(0, lambda: (ready(), app.quit())))
window.show()
window.side.focus_search()
app.exec()
