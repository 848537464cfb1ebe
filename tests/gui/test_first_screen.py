"""The app's start in two steps (app.gui.main_window): the first screen, complete enough to read
and type in, then the rest right after its first paint. What a user meets in those first
milliseconds is tested here: the home page, the focused search box taking keys, the menu bar
at its final height; and that the window always ends up complete."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.gui.roles import HTML_ROLE, LANG_ROLE, SLUG_ROLE, USER_ROLE

ROOT = Path(__file__).resolve().parents[2]


def staged_window(qtbot):
    from app.gui.application import build_window, create_application

    create_application([])
    window = build_window(QApplication.instance(), staged=True)
    qtbot.addWidget(window)
    return window


def test_the_first_screen_before_it_is_complete(qtbot, app_env, messages):
    window = staged_window(qtbot)
    assert not window.built and not window.side.built
    text = window.view.toPlainText()
    assert "OpioidRef" in text and "not replace" in text  # the home page, with its disclaimer
    assert window.status_label.text().startswith("Content ")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "E&ntry", "&Tools", "&Help"]
    assert all(not action.menu().actions() for action in window.menuBar().actions())
    assert not hasattr(window, "notes") and not hasattr(window.side, "tabs")
    window.close()


def test_it_completes_itself_after_the_first_paint(qtbot, app_env, messages):
    from app.gui.outline_style import ContrastStyle

    window = staged_window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.built, timeout=3000)
    assert window.side.built and window.side.tabs.count() == 6
    assert window.side.a_to_z.count() == len(window.ctx.store.list_entries()) > 0
    assert window.menus["file"].actions() and window.tools_menu.actions()
    assert window.right.orientation() == Qt.Orientation.Vertical and window.right.count() == 2
    assert isinstance(QApplication.style(), ContrastStyle)
    assert window.view.accessibleName() == "Entry"
    assert window.side.search_box.accessibleName() == "Search the reference"
    assert not QApplication.windowIcon().isNull()
    window.close()


def test_keys_typed_before_it_is_complete_are_kept_and_searched(qtbot, app_env, messages):
    window = staged_window(qtbot)
    window.show()
    window.side.focus_search()
    QTest.keyClicks(window.side.search_box, "narcan")  # before the rest is built
    assert not window.side.built and window.side.search_box.text() == "narcan"
    qtbot.waitUntil(lambda: window.built, timeout=3000)
    qtbot.waitUntil(lambda: window.side.model.rowCount() > 0, timeout=3000)
    assert window.side.model.hits[0].slug == "naloxone"
    QTest.keyClick(window.side.search_box, Qt.Key.Key_Return)  # Enter opens the first hit
    assert window.current_slug == "naloxone"
    window.close()


def test_a_window_never_painted_is_completed_anyway(qtbot, app_env, messages):
    from app.gui.main_window import FINISH_LATEST_MS

    window = staged_window(qtbot)  # not shown: no paint will come
    qtbot.waitUntil(lambda: window.built, timeout=FINISH_LATEST_MS + 3000)
    assert window.side.tabs.count() == 6
    window.close()


def test_opening_an_entry_completes_the_window_first(qtbot, app_env, messages):
    window = staged_window(qtbot)
    window.open_entry("naloxone")
    assert window.built and window.current_slug == "naloxone"
    assert window.act_bookmark.isEnabled() and "naloxone" in [m.slug for m in window.ctx.userdata.history()]
    window.close()


def test_closing_before_it_is_complete_keeps_the_saved_panel_sizes(qtbot, app_env, messages):
    from app.gui.application import build_window

    first = staged_window(qtbot)
    first.show()
    qtbot.waitUntil(lambda: first.built, timeout=3000)
    first.split.setSizes([300, 900])
    first.right.setSizes([500, 200])  # the reader and the notes panel
    first.close()
    saved = first.ctx.settings.value("split"), first.ctx.settings.value("right")
    second = build_window(QApplication.instance(), staged=True)
    qtbot.addWidget(second)
    second.close()  # before its first paint: its right side has no notes panel yet
    assert (second.ctx.settings.value("split"), second.ctx.settings.value("right")) == saved


def test_the_list_roles_are_qts():
    assert USER_ROLE == Qt.ItemDataRole.UserRole
    assert len({SLUG_ROLE, HTML_ROLE, LANG_ROLE}) == 3 and min(SLUG_ROLE, HTML_ROLE, LANG_ROLE) > USER_ROLE


PROBE = """
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QTimer
from app.gui.application import build_window, create_application
app = create_application(sys.argv, icon=False)
window = build_window(app, staged=True)
window.show()
window.side.focus_search()
before = {"QtCore": sorted(vars(QtCore)), "QtWidgets": sorted(vars(QtWidgets)), "modules": sorted(sys.modules)}
QTimer.singleShot(3000, app.quit)
def done():
    import json
    print(json.dumps({"before": before, "built": window.built}))
    app.quit()
window.view.after_first_paint = lambda: QTimer.singleShot(0, lambda: (window.finish_building(), done()))
app.exec()
"""


def test_the_first_screen_builds_neither_the_qt_namespace_nor_qstyle(bundled_db, tmp_path):
    """The two costliest Python types of PySide6 (about 15 and 9 ms) wait for the first paint."""
    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db, db)
    os.utime(db, ns=(time.time_ns() - 10**10,) * 2)  # an installed file, not one just written
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_DB": str(db),
           "OPIOIDREF_HOME": str(tmp_path / "home"), "QT_LOGGING_RULES": "default.warning=false"}
    for _start in range(2):  # the second start: the database passed its checks at the first
        proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["built"]
    assert "QMainWindow" in seen["before"]["QtWidgets"]  # the probe sees which types were made
    assert "Qt" not in seen["before"]["QtCore"]
    assert "QStyle" not in seen["before"]["QtWidgets"]
    # nor the core's records (dataclasses take a millisecond each to make), search, JSON, html
    loaded = set(seen["before"]["modules"])
    assert "app.store" in loaded and "app.pages" in loaded
    assert not loaded & {"app.models", "app.search", "app.integrity", "json", "html", "dataclasses"}, \
        loaded & {"app.models", "app.search", "app.integrity", "json", "html", "dataclasses"}


def test_the_start_can_say_when_its_first_screen_and_its_window_were_ready(bundled_db, tmp_path):
    """OPIOIDREF_TRACE_START (benchmarks/startup.py) prints both moments, in that order."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_DB": str(bundled_db),
           "OPIOIDREF_HOME": str(tmp_path / "home"), "OPIOIDREF_TRACE_START": "1",
           "QT_LOGGING_RULES": "default.warning=false"}
    code = ("import sys, threading; from PySide6.QtCore import QTimer; from app.gui import application as a;"
            "real = a.trace_start\n"
            "def trace(w):\n    real(w); w.completed.connect(lambda: QTimer.singleShot(0, a.QApplication.quit))\n"
            "a.trace_start = trace; sys.exit(a.run_gui(['opioidref']))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [line.split() for line in proc.stderr.splitlines() if line.startswith("opioidref-start ")]
    assert [line[1] for line in lines] == ["first-screen", "complete"]
    assert float(lines[0][2]) <= float(lines[1][2])


def test_a_menu_opened_before_it_is_complete_has_its_actions(qtbot, app_env, messages):
    """Alt+T at once after the window appears: the menu completes the window as it opens."""
    window = staged_window(qtbot)
    assert not window.tools_menu.actions()
    window.tools_menu.aboutToShow.emit()  # what opening the menu does, before it is drawn
    assert window.tools_menu.actions() and window.menus["file"].actions()
    assert all(action.objectName().startswith("tool-") for action in window.tools_menu.actions())
    window.tools_menu.actions()[0].trigger()  # and its first tool opens
    qtbot.waitUntil(lambda: bool(window.tool_windows), timeout=3000)
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=5000)  # the rest follows
    for tool in list(window.tool_windows.values()):
        tool.close()
    window.close()
