"""What two start-up shortcuts share: a small text file, written whole or not at all, that
remembers facts about other files by their size and modification time (app.contenthash: the
content version of a clone's content/; app.checkmemo: which databases passed the start checks).

Like git's index, a file whose modification time is within RACY_NS of the moment the facts were
written is not trusted to show a later change in its time: it is looked at again.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

RACY_NS = 2_000_000_000


def now_ns() -> int:
    return time.time_ns()


def settled(mtime_ns: int, written_ns: int) -> bool:
    """Whether a file last changed at mtime_ns can be trusted to a note written at written_ns."""
    return mtime_ns < written_ns - RACY_NS


def write_whole(path: Path, text: str) -> bool:
    """Write `text` to `path` through a temporary file; False (nothing changed) if it cannot be."""
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True
