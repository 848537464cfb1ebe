"""Signed content packs: verified offline content updates, with one step of rollback.

    make_pack(out, key_file, content_dir=..., db=..., build_date=...)   publisher side
    inspect(pack) -> PackCheck          verify a pack; say whether it is older than what is installed
    install(pack, allow_downgrade=False) -> InstallResult
    revert() -> RevertResult            back to the previous pack, or to the bundled content

Every refusal is a PackError (an AppError) whose `check` names the failed check, raised before
anything in the user's data folder changes. Installing writes the verified database and its
signed manifest into paths.imported_content_dir() under temporary names, flushes them to disk
and renames them into place (`current.*`); the pack that was current becomes `previous.*`.
A failure part-way puts every file back. Bookmarks, history, notes and settings are never
touched. app.database decides at start-up which content is opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__, paths
from app.database import check_slot, content_source, file_sha256, read_metadata, read_rows, slot_files
from app.errors import AppError, DatabaseError, LocalProblem
from app.packs_archive import (FORMAT_VERSION, PACK_FORMAT, PackError, build_moment, normalise_build_date,
                               read_verified, write_pack)
from app.packs_keys import fingerprint, load_private_key, trusted_keys

__all__ = ["PackError", "PackCheck", "InstallResult", "RevertResult", "make_pack", "inspect",
           "install", "revert"]


@dataclass(frozen=True)
class PackCheck:
    manifest: dict
    """The pack's verified manifest."""
    installed: dict | None
    """The manifest of the imported content in use (None when the bundled content is in use)."""
    older: str | None = None
    """Why the pack is not newer than the content in use (None when it is newer)."""


@dataclass(frozen=True)
class InstallResult:
    manifest: dict
    replaced: dict | None
    """The manifest of the pack kept for rollback (None when the bundled content was in use)."""
    removed: list[tuple[str, str]] = field(default_factory=list)
    """(slug, title) of entries the content in use had and the new content has not."""


@dataclass(frozen=True)
class RevertResult:
    restored: str
    """"previous" (the pack installed before) or "bundled"."""
    manifest: dict | None
    removed: list[tuple[str, str]] = field(default_factory=list)
    discarded: str | None = None
    """Why a damaged previous pack was discarded instead of restored."""


# --- publisher side ---------------------------------------------------------------------------


def make_pack(out: Path, key_file: Path, content_dir: Path | None = None, db: Path | None = None,
              build_date: str | None = None) -> dict:
    """Build the content (or take a built database), sign its manifest and write the pack."""
    out = Path(out)
    if not out.parent.is_dir():
        raise AppError(f"There is no folder {out.parent}.")
    key = load_private_key(key_file)
    try:
        date = normalise_build_date(build_date) if build_date else _now()
    except ValueError as exc:
        raise AppError(f"Bad build date: {exc}.") from None
    with tempfile.TemporaryDirectory(prefix="opioidref-pack-") as work:
        if db is None:
            from app.build import build

            db = Path(work) / "content.db"
            build(Path(content_dir or paths.content_dir()), db)
        meta = _database_facts(Path(db))
        manifest = {
            "format": PACK_FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "content_version": meta["content_version"], "schema_version": int(meta["schema_version"]),
            "entry_count": int(meta["entry_count"]), "last_reviewed": meta["last_reviewed"],
            "build_date": date, "sha256": file_sha256(Path(db)), "size": Path(db).stat().st_size,
            "key": fingerprint(key.verify_key),
        }
        write_pack(out, Path(db), manifest, key)
    return manifest


def is_trusted(manifest: dict) -> bool:
    """Whether this app trusts the key that signed a pack (a hint for publishers)."""
    return manifest.get("key") in trusted_keys()


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _database_facts(db: Path) -> dict[str, str]:
    from app.store import connect_readonly

    conn = connect_readonly(db)  # DatabaseError (exit 2) says what is wrong
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(f"The database fails SQLite's integrity check: {db}")
        meta = dict(conn.execute("SELECT key, value FROM metadata"))
    finally:
        conn.close()
    for name in ("content_version", "entry_count", "last_reviewed"):
        if not meta.get(name):
            raise DatabaseError(f"The database has no {name.replace('_', ' ')}: {db}")
    return meta


# --- checking ------------------------------------------------------------------------------------


def inspect(pack: Path) -> PackCheck:
    """Verify a pack without installing it. Raises PackError for every failed check but age."""
    with unpack_folder() as work:
        manifest, _db, _data = read_verified(Path(pack), work)
    installed = _installed_manifest()
    return PackCheck(manifest, installed, _older(manifest, installed))


def _installed_manifest() -> dict | None:
    try:
        return check_slot("current")
    except DatabaseError:
        return None  # damaged: not in use, so not a reference for "newer"


def _older(manifest: dict, installed: dict | None) -> str | None:
    if installed is not None:
        try:
            theirs = build_moment(installed)
        except (KeyError, TypeError, ValueError):
            return None
        ours = build_moment(manifest)
        if ours < theirs:
            return f"this pack was built {manifest['build_date']}, the installed content {installed['build_date']}"
        if ours == theirs:
            return f"this pack was built at the same time as the installed content ({manifest['build_date']})"
        return None
    bundled = read_metadata(paths.database_path()).get("last_reviewed", "")
    if bundled and manifest["last_reviewed"] < bundled:
        return (f"its latest review is {manifest['last_reviewed']}, the bundled content's is {bundled}")
    return None


@contextlib.contextmanager
def unpack_folder():
    """A temporary folder to unpack a pack into; a LocalProblem naming the temporary folder
    when none can be made."""
    try:
        work = tempfile.TemporaryDirectory(prefix="opioidref-pack-")
    except OSError as exc:
        where = os.environ.get("TMPDIR") or "the temporary folder"
        raise LocalProblem.from_os_error(exc, where, "unpack the update") from None
    with work as name:
        yield Path(name)


# --- installing and reverting -----------------------------------------------------------------


class _Moves:
    """Renames that can be undone in reverse order if a later step fails."""

    def __init__(self) -> None:
        self.done: list[tuple[Path, Path]] = []

    def move(self, src: Path, dst: Path) -> None:
        if src.exists():
            os.replace(src, dst)
            self.done.append((src, dst))

    def undo(self) -> None:
        for src, dst in reversed(self.done):
            try:
                os.replace(dst, src)
            except OSError:
                pass


def install(pack: Path, allow_downgrade: bool = False) -> InstallResult:
    """Verify a pack and make it the content in use; the content it replaces becomes previous."""
    pack = Path(pack)
    with unpack_folder() as work:
        manifest, db, data = read_verified(pack, work)
        installed = _installed_manifest()
        reason = _older(manifest, installed)
        if reason and not allow_downgrade:
            raise PackError("older", reason, pack)
        before = _titles(content_source().path)
        folder = paths.imported_content_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            new_db = _write_synced(folder, ".incoming.db", source=db)
            new_json = _write_synced(folder, ".incoming.json", data=data)
        except OSError as exc:
            _cleanup(folder, ".incoming.db", ".incoming.json")
            raise LocalProblem.from_os_error(exc, folder, "install the update", manifest["size"]) from None
        if file_sha256(new_db) != manifest["sha256"]:
            _cleanup(folder, ".incoming.db", ".incoming.json")
            raise PackError("hash", "the copy written to disk differs from the pack (is the disk failing?)", pack)
    current, previous = slot_files("current"), slot_files("previous")
    moves = _Moves()
    try:
        if installed is None:
            for path in current:  # damaged or half-written: never kept for rollback
                path.unlink(missing_ok=True)
        for path in previous:
            moves.move(path, _aside(path))
        for src, dst in zip(current, previous):
            moves.move(src, dst)
        moves.move(new_json, current[1])
        moves.move(new_db, current[0])
        _fsync_dir(folder)
    except OSError as exc:
        moves.undo()
        _cleanup(folder, ".incoming.db", ".incoming.json")
        raise LocalProblem.from_os_error(exc, folder, "install the update") from None
    _cleanup(folder, *(_aside(p).name for p in previous))
    return InstallResult(manifest, installed, removed_entries(before, current[0]))


def revert() -> RevertResult:
    """Restore the previous pack; with none, remove the imported content (bundled is used)."""
    current, previous = slot_files("current"), slot_files("previous")
    if not current[0].exists() and not previous[0].exists():
        raise AppError("There is no imported content to revert: the bundled content is in use.")
    discarded = None
    try:
        restored = check_slot("previous")
    except DatabaseError as exc:
        restored, discarded = None, str(exc)
    before = _titles(content_source().path)
    folder = paths.imported_content_dir()
    moves = _Moves()
    try:
        for path in current:
            moves.move(path, _aside(path))
        if restored is not None:
            moves.move(previous[1], current[1])
            moves.move(previous[0], current[0])
        _fsync_dir(folder)
    except OSError as exc:
        moves.undo()
        raise LocalProblem.from_os_error(exc, folder, "revert the content") from None
    _cleanup(folder, *(_aside(p).name for p in current))
    if discarded:
        _cleanup(folder, *(p.name for p in previous))
    after = current[0] if restored is not None else paths.database_path()
    return RevertResult("previous" if restored is not None else "bundled", restored,
                        removed_entries(before, after), discarded)


def _aside(path: Path) -> Path:
    return path.with_name(f".old-{path.name}")


def _write_synced(folder: Path, name: str, source: Path | None = None, data: bytes | None = None) -> Path:
    path = folder / name
    with open(path, "wb") as out:
        if source is not None:
            with open(source, "rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
        else:
            out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; renames there are journaled by NTFS
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _cleanup(folder: Path, *names: str) -> None:
    for name in names:
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError:
            pass


# --- what an update removed ---------------------------------------------------------------------


def removed_entries(before: dict[str, str] | None, after: Path) -> list[tuple[str, str]]:
    """(slug, title), by title, of the entries `before` (slug -> title of the content that was in
    use) that the database `after` lacks. Bookmarks and notes on them stay in the user's data;
    the app shows them as removed."""
    new = _titles(after)
    if before is None or new is None:
        return []
    gone = [(slug, title) for slug, title in before.items() if slug not in new]
    return sorted(gone, key=lambda item: (item[1].casefold(), item[0]))


def _titles(db: Path) -> dict[str, str] | None:
    rows = read_rows(db, "SELECT slug, title FROM entries")
    return None if rows is None else dict(rows)
