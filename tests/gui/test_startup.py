"""Start-up with broken things: the app explains, keeps what it can, and never shows a traceback."""

from __future__ import annotations

import socket

import pytest

from PySide6.QtCore import QUrl



def test_broken_database_without_content_shows_dialog(start, app_env, messages, monkeypatch, tmp_path):
    monkeypatch.setenv("OPIOIDREF_CONTENT", str(tmp_path / "no-content-here"))
    app_env["db"].parent.mkdir(parents=True, exist_ok=True)
    app_env["db"].write_bytes(b"this is not sqlite" * 100)
    assert start() is None
    kind, text = messages[-1]
    assert kind == "critical" and "damaged or not a database" in text and "What to do" in text


def test_damaged_database_from_a_clone_is_rebuilt(start, app_env, messages):
    app_env["db"].parent.mkdir(parents=True, exist_ok=True)
    app_env["db"].write_bytes(b"this is not sqlite" * 100)
    window = start()
    assert window is not None and window.ctx.store.meta().entry_count == 10


def test_broken_content_falls_back_to_previous_build(start, app_env):
    window = start()
    window.close()
    (app_env["content"] / "signs" / "broken.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    again = start()
    assert again is not None
    assert any("previous build" in notice for notice in again.startup_notices)


def test_broken_content_and_no_build_shows_dialog(start, app_env, messages):
    (app_env["content"] / "signs" / "broken.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    assert start() is None
    kind, text = messages[-1]
    assert kind == "critical" and "signs/broken.md" in text


def test_corrupt_settings_and_userdata_start_with_defaults(start, app_env):
    home = app_env["home"]
    home.mkdir(parents=True)
    (home / "settings.ini").write_bytes(b"\xff\xfe\x00garbage[[[\x00")
    (home / "userdata.db").write_bytes(b"garbage" * 500)
    window = start()
    assert window is not None
    assert len(window.startup_notices) == 2
    assert window.zoom == 1.0
    assert list(home.glob("settings.ini.damaged-*")) and list(home.glob("userdata.db.damaged-*"))
    window.open_entry("naloxone")
    window.ctx.userdata.toggle_bookmark("naloxone", "Naloxone")
    assert window.ctx.userdata.is_bookmarked("naloxone")


def test_entry_removed_by_update_keeps_note(start, app_env):
    window = start()
    window.open_entry("abscess")
    window.ctx.userdata.toggle_bookmark("abscess", "Abscess")
    window.ctx.userdata.save_note("abscess", "Abscess", "seen twice")
    window.close()
    (app_env["content"] / "complications" / "abscess.md").unlink()
    for path in app_env["content"].rglob("*.md"):
        text = path.read_text(encoding="utf-8").replace("abscess, ", "").replace(", abscess", "")
        path.write_text(text, encoding="utf-8")
    again = start()
    assert again.ctx.store.meta().entry_count == 9
    assert "no longer in the reference" in again.side.bookmarks.item(0).text()
    again.open_entry("abscess")
    assert "Not in this version" in again.view.toPlainText()
    assert again.notes.editor.toPlainText() == "seen twice"


def test_a_whole_session_makes_no_network_attempt(start, qtbot, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is not allowed in OpioidRef")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    window = start()
    qtbot.keyClicks(window.side.search_box, "narcan")
    qtbot.waitUntil(lambda: window.side.model.rowCount() > 0, timeout=2000)
    window.open_entry("naloxone")
    window.view.setHtml('<img src="http://example.org/a.png"><link rel="stylesheet" href="https://x.org/a.css">')
    window.view.loadResource(2, QUrl("https://example.org/font.woff"))
    window.open_entry("recognising-overdose")
    window.go_back()
    window.apply_theme("dark")
    window.show_about = lambda: None
    assert attempts == []
    assert "https://example.org/font.woff" in window.view.refused


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_shown_once_logged_and_app_usable(start, app_env, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui import dialogs

    shown = []
    monkeypatch.setattr(dialogs.ErrorReport, "exec", lambda self: shown.append(self.report.toPlainText()))
    window = start()

    def broken():
        raise RuntimeError("simulated failure")

    for _ in range(2):
        QTimer.singleShot(0, broken)
        QApplication.processEvents()
        QApplication.processEvents()
    assert len(shown) == 1 and "simulated failure" in shown[0] and "Traceback" in shown[0]
    log = (app_env["home"] / "opioidref.log").read_text(encoding="utf-8")
    assert "simulated failure" in log
    window.open_entry("naloxone")
    assert window.current_slug == "naloxone"
