"""A whole session — search, entries, links, every tool, presentation, print to PDF, a content
update — with socket creation and DNS look-ups patched to record and fail: zero attempts."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise OSError(f"network access attempted ({name}); OpioidRef must work offline")
        return _refuse

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse("socket")(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_full_session_makes_no_network_attempt(start, qtbot, no_network, monkeypatch, tmp_path):
    from app.packs import make_pack
    from app.packs_keys import generate_keypair
    from tests.conftest import FIXTURE_CONTENT

    window = start()
    # search and read
    qtbot.keyClicks(window.side.search_box, "narcan")
    qtbot.waitUntil(lambda: window.side.model.rowCount() > 0, timeout=2000)
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_Return)
    assert window.current_slug == "naloxone"
    window.view.anchorClicked.emit(QUrl("entry:recognising-overdose"))
    window.go_back()
    window.view.setHtml('<img src="https://example.org/a.png"><p>remote image</p>')
    assert "https://example.org/a.png" in window.view.refused
    # every tool
    for name in window.tool_titles():
        tool = window.open_tool(name)
        QApplication.processEvents()
        tool.close()
    # presentation mode
    from app.gui.presentation import start_presentation
    from app.lessons import lesson_names

    names = [n for n, _t in lesson_names(window.ctx.store)]
    if names:
        presentation = start_presentation(window, names[0])
        presentation.step_forward()
        presentation.close()
    # print to PDF
    target = tmp_path / "naloxone.pdf"
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(target)])
    window.open_entry("naloxone")
    window.act_export_pdf.trigger()
    assert target.stat().st_size > 1000
    # a signed content update, then back
    keys = tmp_path / "keys"
    keys.mkdir()
    generate_keypair(tmp_path / "p.key", keys / "p.pub")
    monkeypatch.setenv("OPIOIDREF_TRUSTED_KEYS", str(keys))
    pack = tmp_path / "update.orpack"
    make_pack(pack, tmp_path / "p.key", content_dir=FIXTURE_CONTENT, build_date="2099-01-01T00:00:00Z")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.import_content_update(str(pack))
    window.revert_content()
    assert no_network == []
