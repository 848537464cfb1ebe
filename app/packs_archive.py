"""The content-pack file: writing one, and reading one back only if every check passes.

A pack is a zip archive with exactly three members, in this order:

    manifest.json   canonical JSON (sorted keys, UTF-8): what the pack holds, see MANIFEST_FIELDS
    manifest.sig    the 64-byte Ed25519 signature of manifest.json's exact bytes
    content.db      the built content database (its SHA-256 and size are in the manifest)

Fixed member dates and attributes make the same database, key and build date give the same
bytes. Reading checks, in order, and stops at the first failure (PackError.check names it):
the archive ("invalid"), the signature's presence ("unsigned"), the signature ("signature"),
the database's hash and size ("hash"), the schema ("incompatible"), that the database opens
and agrees with the manifest ("corrupt" / "hash"), and that it passes every check the app relies
on (app.integrity.import_problem: "content"). Every member must be a regular file: a link, a
device, a FIFO or a folder is refused by name before the signature is looked at. A problem of
this machine while unpacking (no space, a file-size limit, permissions) is a LocalProblem that
names the folder, never a damaged pack.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path


from app.errors import AppError, DatabaseError, LocalProblem, megabytes
from app.packs_keys import sign, trusted_keys, verifies
from app.schema import SCHEMA_VERSION

PACK_FORMAT = "opioidref-content-pack"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE, DATABASE = "manifest.json", "manifest.sig", "content.db"
MEMBERS = (MANIFEST, SIGNATURE, DATABASE)
MANIFEST_FIELDS = {
    "format": str, "format_version": int, "app_version": str, "content_version": str,
    "schema_version": int, "entry_count": int, "last_reviewed": str, "build_date": str,
    "sha256": str, "size": int, "key": str,
}
MAX_MANIFEST_BYTES = 64 * 1024
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_SHA256_RE = re.compile(r"[0-9a-f]{64}")

CHECKS = {
    "invalid": "not a valid content pack",
    "unsigned": "unsigned",
    "signature": "signature does not verify",
    "hash": "database does not match its manifest",
    "incompatible": "incompatible with this version of OpioidRef",
    "corrupt": "the database in the pack is corrupt",
    "content": "the content in the pack fails a check",
    "older": "older than the installed content",
}


class PackError(AppError):
    """A pack was refused. `check` is a key of CHECKS; the message names the check and why."""

    def __init__(self, check: str, detail: str, source: Path | str | None = None) -> None:
        self.check = check
        self.detail = detail
        prefix = f"{Path(source).name}: " if source else ""
        super().__init__(f"{prefix}{CHECKS[check]}: {detail}")


# --- manifest ------------------------------------------------------------------------------------


def manifest_bytes(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def normalise_build_date(text: str) -> str:
    """An ISO date or date-time as UTC 'YYYY-MM-DDTHH:MM:SSZ' (a naive time is taken as UTC)."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not an ISO date or date-time (e.g. 2026-11-25T09:30:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_moment(manifest: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(manifest["build_date"])


def _check_fields(manifest: object, source: Path) -> dict:
    if not isinstance(manifest, dict):
        raise PackError("invalid", "its manifest is not a JSON object", source)
    for name, kind in MANIFEST_FIELDS.items():
        value = manifest.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise PackError("invalid", f"its manifest lacks a valid '{name}'", source)
    if manifest["format"] != PACK_FORMAT:
        raise PackError("invalid", f"its manifest is not an OpioidRef content pack's ('{manifest['format']}')", source)
    if not _SHA256_RE.fullmatch(manifest["sha256"]) or manifest["size"] <= 0:
        raise PackError("invalid", "its manifest's database hash or size is malformed", source)
    try:
        if normalise_build_date(manifest["build_date"]) != manifest["build_date"]:
            raise ValueError
        dt.date.fromisoformat(manifest["last_reviewed"])
    except ValueError:
        raise PackError("invalid", "its manifest's build date or review date is malformed", source) from None
    return manifest


# --- writing ------------------------------------------------------------------------------------


def write_pack(out: Path, db_path: Path, manifest: dict, private_key) -> None:
    """Sign `manifest` and write the pack to `out` (a temporary file renamed into place)."""
    out = Path(out)
    data = manifest_bytes(manifest)
    signature = sign(private_key, data)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as pack:
            pack.writestr(_member(MANIFEST), data)
            pack.writestr(_member(SIGNATURE), signature)
            with open(db_path, "rb") as source, pack.open(_member(DATABASE), "w", force_zip64=True) as dest:
                for block in iter(lambda: source.read(1 << 20), b""):
                    dest.write(block)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


# --- reading ------------------------------------------------------------------------------------


def read_verified(source: Path, workdir: Path) -> tuple[dict, Path, bytes]:
    """Check a pack; return (manifest, path of its database extracted into workdir, the signed
    manifest bytes). Raises PackError naming the first check that failed."""
    source = Path(source)
    if not source.is_file():
        raise PackError("invalid", "there is no such file" if not source.exists() else "it is not a file", source)
    try:
        handle = open(source, "rb")
    except OSError as exc:
        raise LocalProblem.from_os_error(exc, source.parent, f"read {source.name}") from None
    try:
        with handle, zipfile.ZipFile(handle) as pack:
            members = _members(pack, source)
            if MANIFEST not in members or SIGNATURE not in members:
                missing = " and ".join(n for n in (MANIFEST, SIGNATURE) if n not in members)
                raise PackError("unsigned", f"it has no {missing}", source)
            data = _read_small(pack, members[MANIFEST], MAX_MANIFEST_BYTES, source)
            signature = _read_small(pack, members[SIGNATURE], 1024, source)
            manifest = _check_fields(_verify_signature(data, signature, source), source)
            if DATABASE not in members:
                raise PackError("invalid", f"it has no {DATABASE}", source)
            db_path = Path(workdir) / DATABASE
            _extract_checked(pack, members[DATABASE], manifest, db_path, source)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise PackError("invalid", f"the file is damaged or incomplete ({exc})", source) from None
    if manifest["format_version"] > FORMAT_VERSION or manifest["schema_version"] != SCHEMA_VERSION:
        raise PackError("incompatible", f"the pack holds content schema version {manifest['schema_version']} "
                        f"(pack format {manifest['format_version']}); this app reads schema version "
                        f"{SCHEMA_VERSION} (pack format {FORMAT_VERSION})", source)
    _check_database(db_path, manifest, source)
    _check_content(db_path, source)
    return manifest, db_path, data


_KINDS = {stat.S_IFLNK: "a symbolic link", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFIFO: "a FIFO (named pipe)",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def _members(pack: zipfile.ZipFile, source: Path) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in pack.infolist():
        name = info.filename.rstrip("/")
        if name not in MEMBERS:
            raise PackError("invalid", f"it holds an unexpected file '{info.filename}'", source)
        kind = _not_a_file(info)
        if kind:
            raise PackError("invalid", f"its member '{name}' is {kind}, not a regular file", source)
        if name in members:
            raise PackError("invalid", f"it holds '{name}' twice", source)
        members[name] = info
    if not members:
        raise PackError("invalid", "the archive is empty", source)
    return members


def _not_a_file(info: zipfile.ZipInfo) -> str | None:
    """What kind of thing a member is when it is not a regular file, else None. Zip has no
    hard links (tools store their contents as a copy); any other file type is refused."""
    if info.is_dir() or info.external_attr & 0x10:  # a trailing "/" or the MS-DOS folder bit
        return "a folder"
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system != 3 or kind in (0, stat.S_IFREG):  # not from Unix, or no type stored
        return None
    return _KINDS.get(kind, f"a special file (type {kind:o})")


def _read_small(pack: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, source: Path) -> bytes:
    if info.file_size > limit:
        raise PackError("invalid", f"its {info.filename} is too large", source)
    with pack.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackError("invalid", f"its {info.filename} is too large", source)
    return data


def _verify_signature(data: bytes, signature: bytes, source: Path) -> object:
    """The parsed manifest, once its signature verifies with the trusted key it names."""
    try:
        claimed = json.loads(data)
    except (ValueError, RecursionError):
        claimed = None
    key_id = claimed.get("key") if isinstance(claimed, dict) else None
    keys = trusted_keys()
    if not keys:
        raise PackError("signature", "this app has no trusted publisher keys", source)
    key = keys.get(key_id) if isinstance(key_id, str) else None
    if key is None:
        named = f" ({key_id})" if isinstance(key_id, str) else ""
        raise PackError("signature", f"it is not signed with a key this app trusts{named}", source)
    if not verifies(key, signature, data):
        raise PackError("signature", "the manifest or its signature was changed after signing, or "
                        "another key signed it", source)
    return claimed


def _extract_checked(pack: zipfile.ZipFile, info: zipfile.ZipInfo, manifest: dict, dest: Path,
                     source: Path) -> None:
    size = manifest["size"]
    if info.file_size != size:
        raise PackError("hash", f"it is {info.file_size} bytes, the manifest says {size}", source)
    folder = dest.parent.parent  # the temporary folder (dest is in a folder made inside it)
    try:
        free = shutil.disk_usage(dest.parent).free
    except OSError:
        free = None
    if free is not None and free < size:
        raise LocalProblem(f"Not enough space in {folder} to unpack the update (needs "
                           f"{megabytes(size)}). Nothing was changed.")
    digest = hashlib.sha256()
    written = 0
    with pack.open(info) as handle, _local_errors(folder, size), open(dest, "wb") as out:
        for block in iter(lambda: handle.read(min(1 << 20, size + 1 - written)), b""):
            written += len(block)
            if written > size:
                raise PackError("hash", f"it is larger than the {size} bytes the manifest says", source)
            digest.update(block)
            out.write(block)
    if written != size or digest.hexdigest() != manifest["sha256"]:
        raise PackError("hash", "its SHA-256 differs from the one in the signed manifest", source)


_LOCAL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EACCES, errno.EPERM, errno.EROFS,
                 getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextlib.contextmanager
def _local_errors(folder: Path, size: int):
    """An OSError of this machine (space, file-size limit, permissions) while unpacking becomes
    a LocalProblem naming the folder; a pack that cannot be read stays a PackError."""
    try:
        yield
    except OSError as exc:
        if exc.errno in _LOCAL_ERRNOS:
            raise LocalProblem.from_os_error(exc, folder, "unpack the update", size) from None
        raise


def _check_database(db_path: Path, manifest: dict, source: Path) -> None:
    from app.store import connect_readonly

    try:
        conn = connect_readonly(db_path)
    except DatabaseError as exc:
        reason = str(exc).replace(f": {db_path}", "")
        raise PackError("corrupt", reason[:1].lower() + reason[1:], source) from None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise PackError("corrupt", "SQLite's integrity check failed", source)
        meta = dict(conn.execute("SELECT key, value FROM metadata"))
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise PackError("corrupt", f"SQLite cannot read it ({exc})", source) from None
    finally:
        conn.close()
    expected = {"content_version": manifest["content_version"], "entry_count": str(manifest["entry_count"]),
                "last_reviewed": manifest["last_reviewed"]}
    for name, value in expected.items():
        if meta.get(name) != value:
            raise PackError("hash", f"its {name.replace('_', ' ')} is {meta.get(name)!r}, the manifest "
                            f"says {value!r}", source)
    if count != manifest["entry_count"]:
        raise PackError("hash", f"it holds {count} entries, the manifest says {manifest['entry_count']}", source)


def _check_content(db_path: Path, source: Path) -> None:
    """Every check the app relies on (app.integrity.import_problem), on the unpacked copy."""
    from app.integrity import import_problem
    from app.store import Store

    store = Store(db_path)
    try:
        problem = import_problem(store)
    finally:
        store.close()
    if problem is not None:
        raise PackError("content", str(problem), source)
