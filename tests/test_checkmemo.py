"""The memo of databases that passed the start checks (app.checkmemo): the app's start checks a
file once, and again whenever the file may have changed."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from app import checkmemo, integrity
from app.database import _open_checked
from app.errors import DatabaseError


def settle(path, seconds=10):
    """Give the file a modification time well before now (outside the racy window)."""
    then = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(then, then))


@pytest.fixture
def db(bundled_db, tmp_path):
    copy = tmp_path / "content.db"
    shutil.copyfile(bundled_db, copy)
    settle(copy)
    return copy


@pytest.fixture
def memo(tmp_path):
    return tmp_path / "home" / "cache" / "checked-content.txt"


def counting(monkeypatch):
    calls = []
    real = integrity.start_problem
    monkeypatch.setattr(integrity, "start_problem", lambda conn: calls.append(1) or real(conn))
    return calls


def test_a_file_is_checked_once_then_remembered(db, memo, monkeypatch):
    calls = counting(monkeypatch)
    _open_checked(db, memo).close()
    _open_checked(db, memo).close()
    assert calls == [1]
    assert checkmemo.passed(memo, db)


def test_without_a_memo_the_checks_always_run(db, monkeypatch):
    calls = counting(monkeypatch)
    _open_checked(db).close()
    _open_checked(db).close()
    assert calls == [1, 1]


def test_a_changed_file_is_checked_again_and_its_damage_is_found(db, memo):
    _open_checked(db, memo).close()
    data = bytearray(db.read_bytes())
    data[100:4096] = bytes([0xA5]) * (4096 - 100)  # the same size, the same inode
    db.write_bytes(bytes(data))
    settle(db, seconds=5)  # and even an older time than the memo's: it is not the one noted
    assert not checkmemo.passed(memo, db)
    with pytest.raises(DatabaseError):
        _open_checked(db, memo)


def test_a_file_changed_just_before_the_memo_is_not_trusted(db, memo, monkeypatch):
    os.utime(db)  # modified now: within the racy window of the memo about to be written
    _open_checked(db, memo).close()
    assert not checkmemo.passed(memo, db)
    calls = counting(monkeypatch)
    _open_checked(db, memo).close()
    assert calls == [1]


def test_another_app_version_checks_again(db, memo, monkeypatch):
    _open_checked(db, memo).close()
    monkeypatch.setattr(checkmemo, "__version__", "99.0")
    assert not checkmemo.passed(memo, db)


def test_a_file_that_fails_is_not_remembered(db, memo, monkeypatch):
    monkeypatch.setattr(integrity, "start_problem",
                        lambda conn: integrity.Problem("entries", "it holds no entries"))
    with pytest.raises(DatabaseError, match="holds no entries"):
        _open_checked(db, memo)
    assert not memo.exists() or not checkmemo.passed(memo, db)


@pytest.mark.parametrize("text", [b"", b"\xff\xfe\x00garbage", b"not a memo line\n", b"12 34\n" * 50])
def test_a_damaged_memo_only_means_checking_again(db, memo, text, monkeypatch):
    memo.parent.mkdir(parents=True)
    memo.write_bytes(text)
    calls = counting(monkeypatch)
    _open_checked(db, memo).close()
    assert calls == [1] and checkmemo.passed(memo, db)


def test_an_unwritable_memo_is_no_obstacle(db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    _open_checked(db, blocker / "memo.txt").close()  # opens; nothing remembered
    assert not checkmemo.passed(blocker / "memo.txt", db)


def test_one_line_per_file_and_a_few_files_at_most(bundled_db, memo, tmp_path):
    files = []
    for number in range(checkmemo.KEEP + 3):
        copy = tmp_path / f"db{number}.db"
        shutil.copyfile(bundled_db, copy)
        settle(copy)
        files.append(copy)
        checkmemo.remember(memo, copy)
        checkmemo.remember(memo, copy)
    lines = memo.read_text(encoding="utf-8").splitlines()
    assert len(lines) == checkmemo.KEEP
    assert checkmemo.passed(memo, files[-1]) and not checkmemo.passed(memo, files[0])
