"""User data survives the app being killed mid-save: 50 SIGKILLs at random moments while notes
are being saved (tests/_note_writer.py, which uses UserData.save_note). After each kill the file
is reopened: it must pass PRAGMA integrity_check, still be in WAL mode, open in UserData without
being set aside, and hold every acknowledged note, intact, at its acknowledged version or a
later one (a save in flight at the kill may or may not have landed, but never half of it)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.userdata import UserData
from tests._note_writer import note_slug, note_text

WRITER = Path(__file__).resolve().parent / "_note_writer.py"
KILLS = 50
MAX_DELAY = 0.12
"""Seconds after the writer's first acknowledgement within which the kill lands."""


def _acks(lines: list[str]) -> list[int]:
    return [int(line.split()[1]) for line in lines if line.startswith("ACK ")]


def _check(db: Path, acked: dict[str, int], context: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal", context
        stored = dict(conn.execute("SELECT slug, text FROM notes"))
    finally:
        conn.close()
    for slug, version in acked.items():
        assert slug in stored, f"{context}: acknowledged note on {slug} (v{version}) is missing"
        found = int(stored[slug].split("\n", 1)[0][1:])
        assert found >= version, f"{context}: {slug} went back from v{version} to v{found}"
        assert note_slug(found) == slug and stored[slug] == note_text(found), \
            f"{context}: the note on {slug} (v{found}) is not the text that was saved"
    data = UserData(db)
    try:
        assert data.recovered_from is None, f"{context}: the file was set aside as damaged"
    finally:
        data.close()


def test_acknowledged_notes_survive_sigkill(tmp_path):
    seed = int(os.environ.get("OPIOIDREF_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    db = tmp_path / "userdata.db"
    acked: dict[str, int] = {}
    next_number = 0
    total_acks = 0
    started = time.monotonic()
    for kill in range(1, KILLS + 1):
        context = f"kill {kill} of {KILLS} (seed {seed})"
        writer = subprocess.Popen([sys.executable, str(WRITER), str(db), str(next_number)],
                                  stdout=subprocess.PIPE, text=True, encoding="utf-8")
        try:
            first = writer.stdout.readline()  # the writer is up and saving
            assert first.startswith("ACK "), f"{context}: the writer did not start ({first!r})"
            time.sleep(rng.uniform(0, MAX_DELAY))
            writer.kill()  # SIGKILL on POSIX: no clean-up of any kind
            writer.wait(timeout=5)
            numbers = _acks([first, *writer.stdout.read().splitlines()])
        finally:
            if writer.poll() is None:
                writer.kill()
            writer.stdout.close()
        for n in numbers:
            acked[note_slug(n)] = max(acked.get(note_slug(n), -1), n)
        total_acks += len(numbers)
        next_number = numbers[-1] + 1
        _check(db, acked, context)
    assert total_acks > KILLS  # the kills landed while saves were going on, not between runs
    assert time.monotonic() - started < 60
