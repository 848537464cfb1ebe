"""Helper process for tests/test_crash_safety.py: saves notes until it is killed.

    python tests/_note_writer.py USERDATA_DB FIRST_NUMBER

Save number n writes note_text(n) on note_slug(n) through UserData.save_note, the app's own
code path, and prints "ACK n" only after save_note has returned (committed).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.userdata import UserData  # noqa: E402

SLUGS = 7


def note_slug(n: int) -> str:
    return f"entry-{n % SLUGS}"


def note_text(n: int) -> str:
    """Deterministic text of save n: its number first, then 20 to 60,000 characters (one to
    fifteen database pages) that differ from save to save."""
    rng = random.Random(n)
    size = rng.choice((20, 900, 5_000, 20_000, 60_000))
    body = "".join(rng.choice("abcdefghij klmnop ✎é\n") for _ in range(size))
    return f"v{n}\n{body}"


def main(argv: list[str]) -> int:
    data = UserData(Path(argv[0]))
    n = int(argv[1])
    while True:
        data.save_note(note_slug(n), f"Entry {n % SLUGS}", note_text(n))
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
