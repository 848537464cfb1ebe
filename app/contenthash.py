"""The content version: a hash of every file under content/.

Hashing reads every file (about 10 ms on the bundled content). A clone checks it at every
start, so the version is kept in a stamp file beside the database with each file's size and
modification time: when none of them has changed, the stamp's version is used without reading
the files (app.filestamps: a file changed shortly before the stamp was written is read again).
"""

from __future__ import annotations

import os
from pathlib import Path

from app.filestamps import now_ns, settled, write_whole
from app.schema import BUILD_FORMAT, SCHEMA_VERSION

STAMP_HEAD = "opioidref content stamp 1"


def _walk(content_dir: Path) -> list[tuple[str, os.stat_result]]:
    """(path relative to the folder, its stat) of every non-hidden file, sorted by path."""
    found = []
    pending = [("", str(content_dir))]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                relative = prefix + entry.name
                if entry.is_dir():
                    pending.append((relative + "/", entry.path))
                elif entry.is_file():
                    found.append((relative, entry.stat()))
    return sorted(found, key=lambda item: item[0])


def content_version(content_dir: Path, files: list[tuple[str, os.stat_result]] | None = None) -> str:
    """The hash of every non-hidden file; `files` is the folder's _walk() when already made."""
    import hashlib  # (only when the files are read)

    content_dir = Path(content_dir)
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION};format={BUILD_FORMAT}\n".encode())
    for relative, _stat in _walk(content_dir) if files is None else files:
        digest.update(relative.encode())
        digest.update(b"\0")
        digest.update((content_dir / relative).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _listing(files: list[tuple[str, os.stat_result]]) -> list[str]:
    return [f"{stat.st_size} {stat.st_mtime_ns} {relative}" for relative, stat in files]


def cached_version(content_dir: Path, stamp: Path) -> str:
    """content_version(content_dir), from `stamp` when it still describes every file; else
    computed, and the stamp rewritten (silently left alone where it cannot be written)."""
    content_dir = Path(content_dir)
    files = _walk(content_dir)
    listing = [str(content_dir.resolve()), *_listing(files)]
    try:
        head, version, written, *rest = Path(stamp).read_text(encoding="utf-8").split("\n")
        newest = max((stat.st_mtime_ns for _relative, stat in files), default=0)
        if head == STAMP_HEAD and rest == listing and settled(newest, int(written)):
            return version
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    version = content_version(content_dir, files)
    write_whole(Path(stamp), "\n".join([STAMP_HEAD, version, str(now_ns()), *listing]))
    return version
