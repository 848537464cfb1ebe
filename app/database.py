"""Choose and open the content database: an imported update when there is a valid one, else the
bundled content (from a clone, built first when it is missing or stale).

Imported content lives in paths.imported_content_dir(): `current.db` with its signed manifest
`current.json`, and the one before it as `previous.db` / `previous.json` (one step of rollback).
app.packs writes those files; this module only reads them. An imported database is used only
when its manifest is readable, its schema is the one this app reads and the file's SHA-256 is
the one its manifest gives; otherwise the bundled content is used and a warning says why.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from app import paths
from app.contenthash import cached_version
from app.errors import DatabaseError
from app.schema import SCHEMA_VERSION
from app.store import Store

SLOTS = ("current", "previous")


def stored_version(db_path: Path) -> str | None:
    """The content version recorded in a database, or None if it cannot be read."""
    return read_metadata(db_path).get("content_version")


def read_rows(db_path: Path, sql: str) -> list[tuple] | None:
    """Rows of one query on a database opened read-only, or None if the file is missing or
    cannot be read (for quick looks at files that are not the open content)."""
    if not Path(db_path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def read_metadata(db_path: Path) -> dict[str, str]:
    """A database's metadata table, or {} if the file is missing or cannot be read."""
    return dict(read_rows(db_path, "SELECT key, value FROM metadata") or [])


def ensure_bundled(content_dir: Path | None = None, db_path: Path | None = None) -> Path:
    """The bundled database's path; from a clone, (re)built when it does not match content/.

    Raises ContentError when the content is invalid (the old database is left as it was).
    """
    content_dir = Path(content_dir or paths.content_dir())
    db_path = Path(db_path or paths.database_path())
    if content_dir.is_dir() and not paths.BUNDLED:
        stamp = db_path.with_name(db_path.name + ".stamp")
        if stored_version(db_path) != cached_version(content_dir, stamp):
            from app.build import build  # only when needed: keeps start-up light

            build(content_dir, db_path)
    return db_path


# --- imported content --------------------------------------------------------------------------


def slot_files(slot: str) -> tuple[Path, Path]:
    """(database, manifest) of an imported-content slot: "current" or "previous"."""
    if slot not in SLOTS:
        raise ValueError(slot)
    folder = paths.imported_content_dir()
    return folder / f"{slot}.db", folder / f"{slot}.json"


def file_sha256(path: Path) -> str:
    import hashlib  # (an imported update is hashed; the bundled content is not)

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_slot(slot: str) -> dict | None:
    """The manifest of a slot's database, None when the slot is empty.

    Raises DatabaseError (with the reason) when the slot holds a database that must not be used.
    """
    db, manifest_path = slot_files(slot)
    if not db.is_file():
        return None
    import json  # (only with an update installed)

    try:
        manifest = json.loads(manifest_path.read_bytes())
    except FileNotFoundError:
        raise DatabaseError("its manifest is missing") from None
    except (OSError, ValueError) as exc:
        raise DatabaseError(f"its manifest cannot be read ({exc})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), str):
        raise DatabaseError("its manifest is damaged")
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise DatabaseError(f"it has schema version {manifest.get('schema_version')}; this app reads "
                            f"version {SCHEMA_VERSION}")
    try:
        actual = file_sha256(db)
    except OSError as exc:
        raise DatabaseError(f"it cannot be read ({exc.strerror})") from None
    if actual != manifest["sha256"]:
        raise DatabaseError("the database does not match its manifest (the file was changed or damaged)")
    return manifest


# --- the choice ----------------------------------------------------------------------------------


class ContentSource(NamedTuple):  # (made at once, where a dataclass takes a millisecond)
    """Where the content comes from: "imported" (a verified update) or "bundled"."""

    source: str
    path: Path
    manifest: dict | None = None
    """The imported pack's manifest (None for the bundled content)."""
    warning: str | None = None
    """Why a present imported update is not used, for the user (None when all is well)."""

    def as_dict(self) -> dict:
        return {"source": self.source, "path": str(self.path), "manifest": self.manifest,
                "warning": self.warning}


def _fallback_warning(reason: str) -> str:
    return (f"The imported content update cannot be used: {reason}. The bundled content is shown "
            "instead. Import the update again, or revert to the previous content.")


_SET_ASIDE: list[str] = []


@contextlib.contextmanager
def imported_set_aside(reason: str):
    """Within the block, the imported content is not used (it failed while being read)."""
    _SET_ASIDE.append(reason)
    try:
        yield
    finally:
        _SET_ASIDE.pop()


def content_source(ensure: bool = False) -> ContentSource:
    """What the app opens. With ensure=True the bundled database is built first when needed
    (from a clone; may raise ContentError)."""
    if _SET_ASIDE:
        path = ensure_bundled() if ensure else paths.database_path()
        return ContentSource("bundled", path, None, _fallback_warning(_SET_ASIDE[-1]))
    try:
        manifest = check_slot("current")
    except DatabaseError as exc:
        manifest, warning = None, _fallback_warning(str(exc))
    else:
        warning = None
        if manifest is not None:
            return ContentSource("imported", slot_files("current")[0], manifest)
    path = ensure_bundled() if ensure else paths.database_path()
    return ContentSource("bundled", path, None, warning)


def open_source(memo: Path | None = None) -> tuple[Store, ContentSource]:
    """Open the chosen content; an imported database that cannot be opened falls back too.
    With a memo (the app's start, app.checkmemo), a file that passed the start checks before
    and has not changed is not checked again."""
    source = content_source(ensure=True)
    try:
        store = _open_checked(source.path, memo)
    except DatabaseError as exc:
        if source.source != "imported":
            raise
        source = ContentSource("bundled", ensure_bundled(), None, _fallback_warning(str(exc)))
        store = _open_checked(source.path, memo)
    store.warning = source.warning
    return store, source


def _open_checked(path: Path, memo: Path | None = None) -> Store:
    """Open read-only and run the start-up checks (app.integrity.start_problem)."""
    from app import checkmemo

    store = Store(path)
    if memo is not None and checkmemo.passed(memo, path):
        return store
    from app.integrity import start_problem

    problem = start_problem(store.conn)
    if problem:
        store.close()
        raise DatabaseError(f"The content database fails a check ({problem}): {path}")
    if memo is not None:
        checkmemo.remember(memo, path)
    return store


def ensure_database(content_dir: Path | None = None, db_path: Path | None = None) -> Path:
    """The database to open. With no arguments: the chosen content (an imported update or the
    bundled content); with a folder or a file, that bundled content, (re)built from a clone."""
    if content_dir is None and db_path is None:
        return content_source(ensure=True).path
    return ensure_bundled(content_dir, db_path)


def open_store(content_dir: Path | None = None, db_path: Path | None = None,
               memo: Path | None = None) -> Store:
    """Open the content; store.warning says when an imported update had to be set aside.
    memo: see open_source."""
    if content_dir is None and db_path is None:
        return open_source(memo)[0]
    return Store(ensure_bundled(content_dir, db_path))
