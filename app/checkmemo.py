"""Which content database files passed the start checks (app.integrity.start_problem), so that
the app's start does not run them again on a file that has not changed since.

The memo, in the user's data folder, holds one line per database: the app version and schema
version that checked it, and the file's size, modification time, inode and path. Any change to
the file (an update installed, a clone's rebuild, damage that rewrites it) changes one of them,
and the checks run again; a file changed shortly before the memo was written is checked again
too (app.filestamps). Damage that leaves a file's size and time alone (a failing disk) is
caught when the damaged part is read: the app then says the content is damaged and offers to
go back to the bundled copy, as it does for damage that appears while it runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import __version__
from app.filestamps import now_ns, settled, write_whole
from app.schema import SCHEMA_VERSION

KEEP = 8
"""Lines kept (the bundled content and an update or two, from a few installs)."""


def _identity(path: Path) -> tuple[str, int]:
    """(what identifies this file's state, its modification time)."""
    st = os.stat(path)
    return (f"{__version__} {SCHEMA_VERSION} {st.st_size} {st.st_mtime_ns} {st.st_ino} "
            f"{Path(path).resolve()}", st.st_mtime_ns)


def _lines(memo: Path) -> list[str]:
    try:
        return Path(memo).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def passed(memo: Path, path: Path) -> bool:
    """Whether this file, as it is now, passed the start checks before."""
    try:
        identity, mtime = _identity(path)
    except OSError:
        return False
    for line in _lines(memo):
        written, _, rest = line.partition(" ")
        if rest == identity and written.isdigit() and settled(mtime, int(written)):
            return True
    return False


def remember(memo: Path, path: Path) -> None:
    """Note that this file passed the start checks (its earlier lines are replaced)."""
    try:
        identity, _mtime = _identity(path)
    except OSError:
        return
    resolved = " " + str(Path(path).resolve())
    kept = [line for line in _lines(memo) if not line.endswith(resolved)]
    write_whole(Path(memo), "\n".join([*kept[-(KEEP - 1):], f"{now_ns()} {identity}"]) + "\n")
