"""File → Import content update… and Revert, as a user does them in the window."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from app.packs import make_pack
from app.packs_keys import generate_keypair


@pytest.fixture
def signed(tmp_path, monkeypatch, content_copy):
    """A trusted key, and a newer pack whose content drops 'abscess' and adds 'new-entry'."""
    trusted = tmp_path / "trusted"
    trusted.mkdir()
    generate_keypair(tmp_path / "publisher.key", trusted / "publisher.pub")
    monkeypatch.setenv("OPIOIDREF_TRUSTED_KEYS", str(trusted))
    newer = tmp_path / "newer-content"
    shutil.copytree(content_copy, newer)
    (newer / "complications" / "abscess.md").unlink()
    for path in newer.rglob("*.md"):
        text = path.read_text(encoding="utf-8").replace("abscess, ", "").replace(", abscess", "")
        path.write_text(text, encoding="utf-8")
    target = newer / "signs" / "pinpoint-pupils.md"
    target.write_text(target.read_text(encoding="utf-8").replace(
        "Pinpoint pupils (miosis)", "Pinpoint pupils (miosis, updated)"), encoding="utf-8")
    pack = tmp_path / "update.orpack"
    make_pack(pack, tmp_path / "publisher.key", content_dir=newer, build_date="2099-01-01T00:00:00Z")
    return pack


@pytest.fixture
def answers(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: said.append(("question", a[2])) or QMessageBox.StandardButton.Yes)
    return said


def test_import_then_revert(start, signed, answers, messages):
    window = start()
    window.open_entry("abscess")
    window.ctx.userdata.save_note("abscess", "Abscess", "keep me")
    before = window.status_label.text()
    window.import_content_update(str(signed))
    assert window.status_label.text() != before
    assert window.ctx.store.meta().entry_count == 9
    assert window.ctx.searcher.search("pinpoint")[0].title == "Pinpoint pupils (miosis, updated)"
    kind, text = messages[-1]
    assert kind == "information" and "updated" in text and "Abscess" in text
    assert window.ctx.userdata.note("abscess") == "keep me"
    window.revert_content()
    assert window.status_label.text() == before
    assert window.ctx.store.has("abscess")


def test_tampered_pack_is_refused_and_nothing_changes(start, signed, answers, messages, app_env):
    window = start()
    data = bytearray(signed.read_bytes())
    data[len(data) // 2] ^= 0xFF
    signed.write_bytes(bytes(data))
    before = window.status_label.text()
    window.import_content_update(str(signed))
    kind, text = messages[-1]
    assert kind == "warning" and "nothing was changed" in text
    assert window.status_label.text() == before
    assert not (app_env["home"] / "content" / "current.db").exists()
