"""What starting the app and reading in it load: the run-time path never touches the code that
compiles the reference (Jinja2, Markdown, sqlite-utils, YAML). Measured in a fresh interpreter,
as a user's start is, with the real window on the bundled content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIME = ("jinja2", "markupsafe", "markdown_it", "sqlite_utils", "yaml", "frontmatter", "click",
              "tabulate", "dateutil", "app.build", "app.build_pages", "app.render", "app.content")

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from app.gui.application import build_window, create_application
app = create_application(sys.argv)
window = build_window(app)
window.show()
seen = {}
def step():
    seen["start"] = sorted(sys.modules)
    window.side.search_box.setText("narcan")           # type a query
    app.processEvents()
    window.open_entry("naloxone")                      # read an entry
    window.open_entry("naloxone", lang="es")           # and its Spanish translation
    window.show_home()
    window.apply_theme("dark")                         # another theme re-shows the page
    app.processEvents()
    seen["reading"] = sorted(sys.modules)
    seen["title"] = window.windowTitle()
    seen["text"] = window.view.toPlainText()
    print(json.dumps(seen))
    app.quit()
QTimer.singleShot(0, step)
app.exec()
"""


def _loaded(prefixes, modules):
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def test_start_and_reading_load_no_build_time_code(bundled_db, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_DB": str(bundled_db),
           "OPIOIDREF_HOME": str(tmp_path / "home"), "QT_LOGGING_RULES": "default.warning=false"}
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "OpioidRef" in seen["title"] and "not replace" in seen["text"]  # the home page shows
    assert len(seen["start"]) > 100 and "app.gui.main_window" in seen["start"]  # the probe saw the app
    assert _loaded(BUILD_TIME, seen["start"]) == []
    assert _loaded(BUILD_TIME, seen["reading"]) == []
