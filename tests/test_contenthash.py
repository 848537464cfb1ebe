"""The content version and its stamp: a clone's start reads no content file when nothing changed,
and any change — even one that keeps a file's size — still gives a new version."""

from __future__ import annotations

import os
import time

import pytest

from app import contenthash


def make_content(folder, files):
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def age(folder, seconds=10):
    """Every file `seconds` older: outside the stamp's racy window, as after a real edit."""
    then = time.time_ns() - seconds * 1_000_000_000
    for root, _dirs, names in os.walk(folder):
        for name in names:
            os.utime(os.path.join(root, name), ns=(then, then))


@pytest.fixture
def content(tmp_path):
    folder = make_content(tmp_path / "content", {"a.md": "alpha", "sub/b.md": "beta", "sources.yaml": "x"})
    age(folder)
    return folder


def test_the_stamp_gives_the_same_version_as_reading_every_file(content, tmp_path):
    stamp = tmp_path / "db.stamp"
    first = contenthash.cached_version(content, stamp)
    assert first == contenthash.content_version(content)
    assert contenthash.cached_version(content, stamp) == first


def test_nothing_changed_no_file_is_read(content, tmp_path, monkeypatch):
    stamp = tmp_path / "db.stamp"
    contenthash.cached_version(content, stamp)

    def refuse(*_args):
        raise AssertionError("the files were hashed again")

    monkeypatch.setattr(contenthash, "content_version", refuse)
    contenthash.cached_version(content, stamp)


def test_an_edit_of_the_same_size_changes_the_version(content, tmp_path):
    stamp = tmp_path / "db.stamp"
    before = contenthash.cached_version(content, stamp)
    (content / "sub" / "b.md").write_text("BETA", encoding="utf-8")  # same size, new time
    after = contenthash.cached_version(content, stamp)
    assert after != before and after == contenthash.content_version(content)


def test_an_edit_within_the_racy_window_is_not_trusted_to_the_stamp(tmp_path, monkeypatch):
    content = make_content(tmp_path / "content", {"a.md": "alpha"})  # written just now
    stamp = tmp_path / "db.stamp"
    contenthash.cached_version(content, stamp)
    calls = []
    real = contenthash.content_version
    monkeypatch.setattr(contenthash, "content_version", lambda *args: calls.append(1) or real(*args))
    contenthash.cached_version(content, stamp)
    assert calls, "a file younger than the racy window must be hashed again"


def test_added_removed_and_hidden_files(content, tmp_path):
    stamp = tmp_path / "db.stamp"
    base = contenthash.cached_version(content, stamp)
    (content / ".editor-swap").write_text("ignored", encoding="utf-8")
    assert contenthash.cached_version(content, stamp) == base
    (content / "c.md").write_text("gamma", encoding="utf-8")
    added = contenthash.cached_version(content, stamp)
    assert added != base
    (content / "c.md").unlink()
    assert contenthash.cached_version(content, stamp) == base


@pytest.mark.parametrize("damage", [b"", b"\xff\xfe not text", b"opioidref content stamp 1\nabc\nnot-a-number\n",
                                    b"something else entirely"])
def test_a_damaged_stamp_is_rewritten(content, tmp_path, damage):
    stamp = tmp_path / "db.stamp"
    stamp.write_bytes(damage)
    assert contenthash.cached_version(content, stamp) == contenthash.content_version(content)
    assert stamp.read_text(encoding="utf-8").startswith(contenthash.STAMP_HEAD)


def test_a_stamp_that_cannot_be_written_still_gives_the_version(content, tmp_path):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    stamp = tmp_path / "a-file" / "db.stamp"
    assert contenthash.cached_version(content, stamp) == contenthash.content_version(content)
    assert not stamp.exists()


def test_another_content_folder_with_the_same_files_is_not_mistaken(content, tmp_path):
    stamp = tmp_path / "db.stamp"
    contenthash.cached_version(content, stamp)
    twin = make_content(tmp_path / "twin", {"a.md": "ALPHA", "sub/b.md": "BETA", "sources.yaml": "X"})
    for relative in ("a.md", "sub/b.md", "sources.yaml"):
        st = (content / relative).stat()
        os.utime(twin / relative, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert contenthash.cached_version(twin, stamp) == contenthash.content_version(twin)
