"""Issue 13: a content update is proven whole before it is installed, and every refusal says the
true cause. Each hostile pack is built here and signed with the trusted test key; each is
refused at import with the check that failed, and the user's files are unchanged."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import packs_archive
from app.cli import main
from app.errors import LocalProblem
from app.packs import PackError, inspect, install
from app.packs_archive import DATABASE, MANIFEST
from tests.test_packs import (B_DATE, env, newer_db, pack_a, pack_b, publisher,  # noqa: F401 (fixtures)
                              signed_pack)

ROOT = Path(__file__).resolve().parent.parent


def changed_db(env, newer_db, *sql: str, name: str = "changed.db") -> Path:
    db = env.tmp / name
    shutil.copy(newer_db, db)
    conn = sqlite3.connect(db)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return db


def refused(env, pack: Path, check: str, *words: str) -> str:
    """Install and inspect both refuse `pack` with `check`; nothing changes; the message."""
    before = env.snapshot()
    for attempt in (install, inspect):
        with pytest.raises(PackError) as info:
            attempt(pack)
        assert info.value.check == check, str(info.value)
        for word in words:
            assert word in str(info.value)
    assert env.snapshot() == before
    return str(info.value)


# --- the database: the rows of the table ------------------------------------------------


def test_entries_table_without_a_column_the_app_reads(env, newer_db):
    db = changed_db(env, newer_db, "ALTER TABLE entries DROP COLUMN handout")
    message = refused(env, signed_pack(env.tmp / "p.orpack", db, env.publisher.key), "content",
                      "tables and columns", "entries table lacks the column handout")
    assert message.startswith("p.orpack: the content in the pack fails a check: ")


def test_red_flags_that_are_not_json(env, newer_db):
    db = changed_db(env, newer_db, "UPDATE entries SET red_flags='[\"oops' WHERE slug='naloxone'")
    refused(env, signed_pack(env.tmp / "p.orpack", db, env.publisher.key), "content",
            "JSON data", "'naloxone'", "not valid JSON")


def test_search_index_rows_deleted(env, newer_db):
    db = changed_db(env, newer_db, "DELETE FROM entries_fts_data WHERE id > 10")
    refused(env, signed_pack(env.tmp / "p.orpack", db, env.publisher.key), "content", "search index")


def test_an_entry_with_a_50_mb_body(env, newer_db):
    db = changed_db(env, newer_db, "UPDATE entries SET body_md = body_md || printf('%.*c', 50000000, 'x') "
                    "WHERE slug='naloxone'")
    refused(env, signed_pack(env.tmp / "p.orpack", db, env.publisher.key), "content",
            "sizes", "'naloxone'", "body md of 50,00", "at most 1,000,000")


@pytest.mark.parametrize("sql, words", [
    ("UPDATE links SET to_slug='nowhere' WHERE rowid=1", ("links", "points at nothing")),
    ("UPDATE entries SET category='recipes' WHERE slug='naloxone'", ("entries", "unknown category")),
    ("UPDATE entries SET summary=NULL WHERE slug='naloxone'", ("entries", "malformed field")),
    ("UPDATE metadata SET value='{' WHERE key='home'", ("JSON data", "home page")),
    ("UPDATE extras SET json='{\"x\": 1}' WHERE name='lessons'", ("every page shown", "lessons")),
])
def test_other_damage_the_checks_name(env, newer_db, sql, words):
    db = changed_db(env, newer_db, sql)
    refused(env, signed_pack(env.tmp / "p.orpack", db, env.publisher.key), "content", *words)


def test_an_oversized_bundled_entry_is_a_clear_message_not_an_empty_exit(env, capsys):
    conn = sqlite3.connect(env.bundled)
    conn.execute("UPDATE entries SET body_md = printf('%.*c', 2000000, 'x') WHERE slug='naloxone'")
    conn.commit()
    conn.close()
    assert main(["show", "naloxone"]) == 2
    err = capsys.readouterr().err
    assert "fails a check (sizes: the entry 'naloxone' has a body md of 2,000,000 characters" in err


# --- archive members -----------------------------------------------------------------------------


def with_member(source: Path, dest: Path, name: str, mode: int | None = None, folder: bool = False) -> Path:
    """A copy of a pack whose member `name` has another file type (nothing re-signed)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == name:
                info = zipfile.ZipInfo(name + ("/" if folder else ""), date_time=info.date_time)
                info.create_system = 3
                info.external_attr = (mode or 0) << 16
            new.writestr(info, data)
    return dest


@pytest.mark.parametrize("name, mode, kind", [
    (DATABASE, stat.S_IFCHR | 0o644, "a character device"),
    (DATABASE, stat.S_IFBLK | 0o644, "a block device"),
    (DATABASE, stat.S_IFIFO | 0o644, "a FIFO (named pipe)"),
    (MANIFEST, stat.S_IFLNK | 0o777, "a symbolic link"),
    (DATABASE, stat.S_IFSOCK | 0o644, "a socket"),
    (DATABASE, 0o150000 | 0o644, "a special file (type 150000)"),  # zip has no hard links: any other type
])
def test_a_member_that_is_not_a_regular_file_is_refused_by_name_before_the_signature(
        env, pack_b, name, mode, kind):
    bad = with_member(pack_b, env.tmp / "odd.orpack", name, mode)
    message = refused(env, bad, "invalid", f"its member '{name}' is {kind}, not a regular file")
    assert "signature" not in message


def test_a_member_that_is_a_folder(env, pack_b):
    bad = with_member(pack_b, env.tmp / "folder.orpack", DATABASE, stat.S_IFDIR | 0o755, folder=True)
    refused(env, bad, "invalid", "its member 'content.db' is a folder, not a regular file")


def test_members_from_other_systems_without_a_file_type_are_accepted(env, pack_b):
    plain = with_member(pack_b, env.tmp / "plain.orpack", DATABASE, 0)
    assert inspect(plain).manifest["build_date"] == B_DATE


# --- the true cause of a local failure --------------------------------------------------------------


def test_no_space_in_the_temporary_folder_says_so(env, pack_b, monkeypatch):
    tmp = env.tmp / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr("tempfile.tempdir", None)
    monkeypatch.setattr(packs_archive.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10, 10, 0))
    before = env.snapshot()
    with pytest.raises(LocalProblem) as info:
        install(pack_b)
    assert str(info.value) == (f"Not enough space in {tmp} to unpack the update (needs "
                               f"{packs_archive.megabytes(pack_size(pack_b))}). Nothing was changed.")
    assert env.snapshot() == before


def test_disk_full_while_writing_is_not_a_damaged_pack(env, pack_b, monkeypatch):
    real_open = open

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, block):
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return Full(handle) if "w" in mode else handle

    monkeypatch.setattr(packs_archive, "open", full_open, raising=False)
    before = env.snapshot()
    with pytest.raises(LocalProblem, match=r"^Not enough space in .* to unpack the update \(needs .* MB\)\. "
                                           r"Nothing was changed\.$"):
        inspect(pack_b)
    assert env.snapshot() == before


def pack_size(pack: Path) -> int:
    with zipfile.ZipFile(pack) as archive:
        return archive.getinfo(DATABASE).file_size


@pytest.mark.skipif(os.name != "posix", reason="ulimit -f is a POSIX limit")
def test_a_file_size_limit_is_named_as_such(env, pack_b):
    import resource

    limit = pack_size(pack_b) // 2
    tmp = env.tmp / "tmpdir"
    tmp.mkdir()

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = env.snapshot()
    proc = subprocess.run([sys.executable, "-m", "app", "import", str(pack_b)], cwd=ROOT,
                          env={**os.environ, "TMPDIR": str(tmp)}, preexec_fn=limited,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"opioidref: A file-size limit on this system (ulimit -f) stops OpioidRef "
                                  f"writing in {tmp} to unpack the update")
    assert "damaged" not in proc.stderr and proc.stderr.rstrip().endswith("Nothing was changed.")
    assert env.snapshot() == before


def test_an_unreadable_pack_is_a_permission_problem(env, pack_b):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a user whom file permissions stop")
    locked = env.tmp / "locked.orpack"
    shutil.copy(pack_b, locked)
    locked.chmod(0)
    with pytest.raises(LocalProblem, match=f"Permission denied in {env.tmp}: cannot read locked.orpack"):
        inspect(locked)


# --- an accepted pack is shown, searched and printed entirely -------------------------------------


def test_an_accepted_pack_answers_every_verb_for_every_entry(env, pack_b, capsys, qapp):
    # qapp: export paints with Qt; the session's QApplication must exist before it does
    from app.database import open_store

    install(pack_b)
    store = open_store()
    try:
        entries = store.list_entries()
    finally:
        store.close()
    assert main(["list", "--json"]) == 0
    for row in entries:
        for fmt in ("text", "json", "html"):
            assert main(["show", row["slug"], "--format", fmt]) == 0
        assert main(["search", "--json", row["title"]]) == 0
        assert main(["export", row["slug"], "--pdf", str(env.tmp / "x.pdf")]) == 0
    assert main(["info", "--json"]) == 0
    assert "Traceback" not in capsys.readouterr().err
