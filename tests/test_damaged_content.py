"""Belt and braces: an imported database damaged after it was installed (its manifest hash made to
match, so only the content checks and the run-time guard stand in the way) never makes a verb
end in a traceback; and a hypothesis test mutates a valid pack's database: refused at import,
or, if accepted, every verb still answers."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import integrity
from app.cli import main
from app.database import file_sha256, slot_files
from app.errors import AppError
from app.packs import install, revert
from app.schema import READ_COLUMNS
from tests.test_packs import (env, newer_db, pack_b, publisher, signed_pack)  # noqa: F401 (fixtures)

TABLES = [*READ_COLUMNS, "entries_fts_data", "entries_fts_idx", "entries_fts_docsize"]
TABLES.remove("entries_fts")  # a virtual table: its rows live in the shadow tables


def verbs(tmp) -> list[list[str]]:
    return [["search", "naloxone"], ["search", "--json", "nalxone withdrawl"], ["show", "naloxone"],
            ["show", "naloxone", "--format", "json"], ["show", "naloxone", "--format", "html"],
            ["list", "--json"], ["info"], ["export", "naloxone", "--pdf", str(tmp / "x.pdf")]]


def run_every_verb(env, capsys) -> list[tuple[list[str], int, str]]:
    """(Needs the qapp fixture: export paints with Qt.) Each verb's (args, exit code, stderr); main() returning at all means no traceback."""
    results = []
    for args in verbs(env.tmp):
        code = main(args)
        err = capsys.readouterr().err
        assert code in (0, 1, 2), (args, code, err)
        assert "Traceback" not in err
        results.append((args, code, err))
    return results


def damage_table(db, table: str) -> None:
    """Overwrite the root page of a table's b-tree with garbage, then make the manifest match."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + page_size] = bytes([0xA5]) * (page_size - 8)
    db.write_bytes(bytes(data))
    rehash(db)


def rehash(db) -> None:
    manifest_path = slot_files("current")[1]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["sha256"] = file_sha256(db)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("start_check", [True, False], ids=["with-start-check", "start-check-off"])
@pytest.mark.parametrize("table", TABLES)
def test_every_verb_answers_on_an_imported_database_with_a_damaged_table(
        env, pack_b, capsys, monkeypatch, table, start_check, qapp):
    install(pack_b)
    damage_table(slot_files("current")[0], table)
    if not start_check:  # only the run-time guard is left
        monkeypatch.setattr(integrity, "start_problem", lambda conn: None)
    results = run_every_verb(env, capsys)
    damaged = [err for _args, _code, err in results if "damaged" in err or "cannot be used" in err]
    if start_check:  # the start-up check sets the update aside and says why
        info = [err for args, _code, err in results if args == ["info"]]
        assert main(["info", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["source"] == "bundled"
        assert not info[0]
    for err in damaged:  # a damaged read is one line that says so and what is used instead
        assert "the content database is damaged: " in err and err.rstrip().endswith("using the bundled copy.")
    assert all(code in (0, 1) for _args, code, _err in results), results


def test_when_the_bundled_copy_fails_too_the_verb_says_so_in_one_line(env, pack_b, capsys, monkeypatch):
    install(pack_b)
    damage_table(slot_files("current")[0], "entries")
    conn = sqlite3.connect(env.bundled)
    conn.execute("ALTER TABLE entries RENAME COLUMN summary TO gone")
    conn.commit()
    conn.close()
    monkeypatch.setattr(integrity, "start_problem", lambda conn: None)
    assert main(["list"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].endswith("; using the bundled copy.")
    assert lines[1].startswith("opioidref: The content database is damaged: no such column: summary (")
    assert str(env.bundled) in lines[1] and len(lines) == 2


SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
COLUMNS = [(table, column) for table, columns in READ_COLUMNS.items() if table != "entries_fts"
           for column in columns]


@SETTINGS
@given(data=st.data())
def test_a_mutated_database_is_refused_or_every_verb_answers(env, newer_db, capsys, qapp, data):
    db = env.tmp / "mutated.db"
    shutil.copy(newer_db, db)
    kind = data.draw(st.sampled_from(["column", "json", "fts", "flip"]))
    conn = sqlite3.connect(db)
    try:
        if kind == "column":
            table, column = data.draw(st.sampled_from(COLUMNS))
            conn.execute(f"ALTER TABLE {table} RENAME COLUMN {column} TO gone_{column}")
        elif kind == "json":
            slug = data.draw(st.sampled_from([r[0] for r in conn.execute("SELECT slug FROM entries")]))
            cell = data.draw(st.sampled_from(["entries.red_flags", "extras.json", "metadata.home"]))
            text = data.draw(st.text(max_size=20))
            if cell == "entries.red_flags":
                conn.execute("UPDATE entries SET red_flags=? WHERE slug=?", (text, slug))
            elif cell == "extras.json":
                conn.execute("UPDATE extras SET json=? WHERE rowid=?", (text, data.draw(st.integers(1, 3))))
            else:
                conn.execute("UPDATE metadata SET value=? WHERE key='home'", (text,))
        elif kind == "fts":
            low = data.draw(st.integers(1, 40))
            conn.execute("DELETE FROM entries_fts_data WHERE id BETWEEN ? AND ?", (low, low + data.draw(st.integers(0, 5))))
        conn.commit()
    except sqlite3.OperationalError:
        pass  # a rename SQLite itself refuses (an indexed column): the copy stays as it was
    finally:
        conn.close()
    if kind == "flip":
        blob = bytearray(db.read_bytes())
        for _ in range(data.draw(st.integers(1, 16))):
            blob[data.draw(st.integers(100, len(blob) - 1))] ^= data.draw(st.integers(1, 255))
        db.write_bytes(bytes(blob))
    pack = signed_pack(env.tmp / "mutated.orpack", db, env.publisher.key)
    try:
        install(pack, allow_downgrade=True)
    except AppError:
        return  # refused at import, with a message
    try:
        run_every_verb(env, capsys)
        slugs = [row["slug"] for row in json.loads(_out(capsys, ["list", "--json"]))]
        for slug in slugs:
            assert main(["show", slug, "--format", "html"]) in (0, 1)
        assert "Traceback" not in capsys.readouterr().err
    finally:
        revert()


def _out(capsys, args) -> str:
    assert main(args) == 0
    return capsys.readouterr().out
