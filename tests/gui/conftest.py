"""pytest-qt harness: offscreen, isolated user folder and content per test, real start-up path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402


@pytest.fixture
def app_env(monkeypatch, content_copy, tmp_path):
    """Environment for one app 'installation': its content, database and user folder."""
    monkeypatch.setenv("OPIOIDREF_CONTENT", str(content_copy))
    monkeypatch.setenv("OPIOIDREF_DB", str(tmp_path / "var" / "content.db"))
    monkeypatch.setenv("OPIOIDREF_HOME", str(tmp_path / "home"))
    return {"content": content_copy, "db": tmp_path / "var" / "content.db", "home": tmp_path / "home"}


class _Seen(list):
    choose: str | None = None


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of shown. A box with buttons of its own answers with
    the button named in `messages.choose` (its text without '&'), else its Escape button."""
    seen = _Seen()

    def ask(box):
        seen.append(("ask", box.text()))
        names = {b.text().replace("&", ""): b for b in box.buttons()}
        box._chosen = names.get(seen.choose) or box.escapeButton()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", ask)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: getattr(box, "_chosen", None))

    def record(kind):
        def _box(parent, title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return _box

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return seen


@pytest.fixture
def start(qtbot, qapp, app_env, messages):
    """Start the app like a user would; call again to 'restart' it. Closes windows at the end."""
    from app.gui.application import build_window, create_application

    windows = []
    base_font = QApplication.font()

    def _start():
        create_application([])
        window = build_window(QApplication.instance(), staged=True)  # as run_gui does
        if window is None:
            return None
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.built, timeout=3000)  # completed after its first paint
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        window.side.focus_search()
        windows.append(window)
        return window

    yield _start
    for window in windows:
        if window.isVisible():
            window.close()
        window.ctx.userdata.close()
        window.ctx.store.close()
    from app.gui import language

    language.install(QApplication.instance(), "en")  # the next test starts in English
    QApplication.setFont(base_font)
