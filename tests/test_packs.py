"""Signed content packs: making, verifying, installing, reverting, and refusing every bad file
with nothing changed (the user's folder, the bundled database and the keys compared byte for byte)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import packs
from app.database import content_source, ensure_database, open_store, slot_files
from app.errors import AppError, DatabaseError
from app.packs import PackError, inspect, install, make_pack, revert
from app.packs_archive import CHECKS, DATABASE, MANIFEST, SIGNATURE, manifest_bytes, write_pack
from app.packs_keys import KeyFileError, generate_keypair, load_private_key, trusted_keys
from app.userdata import UserData
from app.schema import SCHEMA_VERSION
from tests.conftest import FIXTURE_CONTENT

A_DATE, B_DATE = "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def publisher(tmp_path_factory):
    """A trusted publisher's key pair and a stranger's (whose key the app does not trust)."""
    root = tmp_path_factory.mktemp("publisher")
    trusted = root / "trusted"
    trusted.mkdir()
    fp = generate_keypair(root / "publisher.key", trusted / "publisher.pub")
    generate_keypair(root / "stranger.key", root / "stranger.pub")
    return SimpleNamespace(root=root, key=root / "publisher.key", trusted=trusted, fp=fp,
                           stranger=root / "stranger.key")


@pytest.fixture(scope="session")
def newer_db(tmp_path_factory) -> Path:
    """The fixture content one edit later: naloxone-children removed, naloxone reworded."""
    from app.build import build

    root = tmp_path_factory.mktemp("newer")
    content = root / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    (content / "overdose" / "naloxone-children.md").unlink()
    naloxone = content / "overdose" / "naloxone.md"
    naloxone.write_text(naloxone.read_text(encoding="utf-8") + "\nReworded in the update.\n", encoding="utf-8")
    build(content, root / "content.db")
    return root / "content.db"


@pytest.fixture(scope="session")
def pack_a(publisher, fixture_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("packs") / "a.orpack"
    make_pack(out, publisher.key, db=fixture_db, build_date=A_DATE)
    return out


@pytest.fixture(scope="session")
def pack_b(publisher, newer_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("packs") / "b.orpack"
    make_pack(out, publisher.key, db=newer_db, build_date=B_DATE)
    return out


@pytest.fixture
def env(monkeypatch, tmp_path, publisher, fixture_db):
    """One installation: bundled database, trusted keys, a user folder with bookmarks and notes."""
    bundled = tmp_path / "bundled" / "content.db"
    bundled.parent.mkdir()
    shutil.copy(fixture_db, bundled)
    home = tmp_path / "home"
    monkeypatch.setenv("OPIOIDREF_HOME", str(home))
    monkeypatch.setenv("OPIOIDREF_DB", str(bundled))
    monkeypatch.setenv("OPIOIDREF_CONTENT", str(tmp_path / "no-content-folder"))
    monkeypatch.setenv("OPIOIDREF_TRUSTED_KEYS", str(publisher.trusted))
    user = UserData(home / "userdata.db")
    user.set_bookmark("naloxone-children", "Naloxone for children", True)
    user.save_note("naloxone", "Naloxone", "Ask about the nasal spray.")
    user.record_visit("naloxone", "Naloxone")
    user.close()
    (home / "settings.ini").write_text("[General]\ntheme=dark\n", encoding="utf-8")
    return SimpleNamespace(home=home, bundled=bundled, tmp=tmp_path, publisher=publisher,
                           snapshot=lambda: snapshot(home, bundled.parent, publisher.trusted))


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders, by path, with its bytes."""
    return {str(p): p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


def user_data(home: Path) -> tuple:
    user = UserData(home / "userdata.db")
    try:
        return ([(m.slug, m.title) for m in user.bookmarks()], [(m.slug, m.title) for m in user.notes()],
                user.note("naloxone"), [m.slug for m in user.history()])
    finally:
        user.close()


def rezip(source: Path, dest: Path, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
          add: dict[str, bytes] | None = None) -> Path:
    """A copy of a pack with members replaced, dropped or added (nothing re-signed)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in drop:
                new.writestr(info.filename, (replace or {}).get(info.filename, old.read(info)))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return dest


def signed_pack(dest: Path, db: Path, key_file: Path, **changes) -> Path:
    """A pack whose manifest is correctly signed by key_file but says what the test wants."""
    from app.database import file_sha256
    from app.packs_keys import fingerprint

    key = load_private_key(key_file)
    try:
        meta = dict(sqlite3.connect(db).execute("SELECT key, value FROM metadata"))
        meta = {name: meta[name] for name in ("content_version", "schema_version", "entry_count",
                                              "last_reviewed")}
        int(meta["schema_version"]), int(meta["entry_count"])
    except (sqlite3.DatabaseError, UnicodeDecodeError, KeyError, ValueError):  # garbage on purpose
        meta = {"content_version": "0", "schema_version": str(SCHEMA_VERSION), "entry_count": "0", "last_reviewed": "2026-01-01"}
    manifest = {"format": "opioidref-content-pack", "format_version": 1, "app_version": "test",
                "content_version": meta["content_version"], "schema_version": int(meta["schema_version"]),
                "entry_count": int(meta["entry_count"]), "last_reviewed": meta["last_reviewed"],
                "build_date": B_DATE, "sha256": file_sha256(db), "size": db.stat().st_size,
                "key": fingerprint(key.verify_key)}
    manifest.update(changes)
    write_pack(dest, db, manifest, key)
    return dest


# --- the bad files -----------------------------------------------------------------------------


def _truncated(env, pack_a, pack_b):
    data = pack_b.read_bytes()
    return _write(env, data[: len(data) // 2]), "invalid"


def _empty(env, pack_a, pack_b):
    return _write(env, b""), "invalid"


def _not_a_zip(env, pack_a, pack_b):
    return _write(env, b"SQLite format 3\0" + b"\x01" * 4000), "invalid"


def _missing_file(env, pack_a, pack_b):
    return env.tmp / "no-such.orpack", "invalid"


def _a_folder(env, pack_a, pack_b):
    return env.tmp, "invalid"


def _flipped_bytes_in_db(env, pack_a, pack_b):
    data = bytearray(pack_b.read_bytes())
    with zipfile.ZipFile(pack_b) as pack:
        info = pack.getinfo(DATABASE)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + info.compress_size // 2, start + info.compress_size // 2 + 16):
        data[offset] ^= 0xFF
    return _write(env, bytes(data)), "invalid"


def _other_database(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_a) as pack:
        other_db = pack.read(DATABASE)
    return rezip(pack_b, env.tmp / "swapped.orpack", replace={DATABASE: other_db}), "hash"


def _signed_garbage_database(env, pack_a, pack_b):
    garbage = env.tmp / "garbage.db"
    garbage.write_bytes(b"not a database, but signed " * 400)
    return signed_pack(env.tmp / "garbage.orpack", garbage, env.publisher.key, entry_count=9), "corrupt"


def _unsigned(env, pack_a, pack_b):
    return rezip(pack_b, env.tmp / "unsigned.orpack", drop=(SIGNATURE,)), "unsigned"


def _no_manifest(env, pack_a, pack_b):
    return rezip(pack_b, env.tmp / "bare.orpack", drop=(MANIFEST, SIGNATURE)), "unsigned"


def _stranger_key(env, pack_a, pack_b):
    out = env.tmp / "stranger.orpack"
    with zipfile.ZipFile(pack_b) as pack:
        db = env.tmp / "b.db"
        db.write_bytes(pack.read(DATABASE))
    make_pack(out, env.publisher.stranger, db=db, build_date=B_DATE)
    return out, "signature"


def _stranger_claims_trusted_key(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_b) as pack:
        db = env.tmp / "b.db"
        db.write_bytes(pack.read(DATABASE))
    return signed_pack(env.tmp / "forged.orpack", db, env.publisher.stranger, key=env.publisher.fp), "signature"


def _tampered_manifest(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_b) as pack:
        manifest = json.loads(pack.read(MANIFEST))
    manifest["build_date"] = "2027-01-01T00:00:00Z"
    return rezip(pack_b, env.tmp / "tampered.orpack", replace={MANIFEST: manifest_bytes(manifest)}), "signature"


def _bad_signature_bytes(env, pack_a, pack_b):
    return rezip(pack_b, env.tmp / "badsig.orpack", replace={SIGNATURE: b"\0" * 64}), "signature"


def _extra_member(env, pack_a, pack_b):
    return rezip(pack_b, env.tmp / "extra.orpack", add={"run-me.sh": b"echo hi"}), "invalid"


def _incompatible_schema(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_b) as pack:
        db = env.tmp / "future.db"
        db.write_bytes(pack.read(DATABASE))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE metadata SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    return signed_pack(env.tmp / "future.orpack", db, env.publisher.key, schema_version=SCHEMA_VERSION + 1), "incompatible"


def _newer_pack_format(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_b) as pack:
        db = env.tmp / "b.db"
        db.write_bytes(pack.read(DATABASE))
    return signed_pack(env.tmp / "format2.orpack", db, env.publisher.key, format_version=2), "incompatible"


def _manifest_lies_about_entries(env, pack_a, pack_b):
    with zipfile.ZipFile(pack_b) as pack:
        db = env.tmp / "b.db"
        db.write_bytes(pack.read(DATABASE))
    return signed_pack(env.tmp / "count.orpack", db, env.publisher.key, entry_count=99), "hash"


def _older(env, pack_a, pack_b):
    return pack_a, "older"


def _same_build_again(env, pack_a, pack_b):
    return pack_b, "older"


def _write(env, data: bytes) -> Path:
    path = env.tmp / "bad.orpack"
    path.write_bytes(data)
    return path


BAD = [_truncated, _empty, _not_a_zip, _missing_file, _a_folder, _flipped_bytes_in_db, _other_database,
       _signed_garbage_database, _unsigned, _no_manifest, _stranger_key, _stranger_claims_trusted_key,
       _tampered_manifest, _bad_signature_bytes, _extra_member, _incompatible_schema, _newer_pack_format,
       _manifest_lies_about_entries, _older, _same_build_again]


@pytest.mark.parametrize("make_bad", BAD, ids=lambda f: f.__name__.strip("_"))
def test_bad_pack_is_refused_and_nothing_changes(env, pack_a, pack_b, make_bad):
    install(pack_b)  # an update is installed: there is something a bad pack could break
    bad, check = make_bad(env, pack_a, pack_b)
    before, users_before = env.snapshot(), user_data(env.home)
    with pytest.raises(PackError) as refused:
        install(bad)
    assert refused.value.check == check
    assert CHECKS[check] in str(refused.value) and str(refused.value).startswith(f"{bad.name}: ")
    if check != "older":
        with pytest.raises(PackError, match=CHECKS[check]):
            inspect(bad)
    assert env.snapshot() == before
    assert user_data(env.home) == users_before
    source = content_source()
    assert source.source == "imported" and source.manifest["build_date"] == B_DATE


def test_bad_pack_with_nothing_installed_creates_nothing(env, pack_b):
    bad = rezip(pack_b, env.tmp / "unsigned.orpack", drop=(SIGNATURE,))
    before = env.snapshot()
    with pytest.raises(PackError, match="unsigned"):
        install(bad)
    assert env.snapshot() == before
    assert not (env.home / "content").exists()
    assert content_source().source == "bundled"


def test_no_trusted_keys_refuses_every_pack(env, pack_b, monkeypatch):
    empty = env.tmp / "no-keys"
    empty.mkdir()
    (empty / "junk.pub").write_text("not a key", encoding="utf-8")
    monkeypatch.setenv("OPIOIDREF_TRUSTED_KEYS", str(empty))
    with pytest.raises(PackError, match="signature does not verify: this app has no trusted publisher keys"):
        install(pack_b)
    assert content_source().source == "bundled"


# --- good installs, rollback ------------------------------------------------------------------


def test_install_makes_the_update_the_content_in_use(env, pack_a):
    users_before = user_data(env.home)
    outside_content = {k: v for k, v in env.snapshot().items()}
    result = install(pack_a)
    assert result.replaced is None and result.removed == []
    source = content_source()
    assert source.source == "imported" and source.path == slot_files("current")[0]
    assert source.manifest == result.manifest and source.manifest["build_date"] == A_DATE
    assert ensure_database() == source.path
    store = open_store()
    try:
        assert store.path == source.path and store.warning is None
        assert store.meta().content_version == result.manifest["content_version"]
    finally:
        store.close()
    after = env.snapshot()
    assert {k: v for k, v in after.items() if "/content/" not in k} == outside_content
    assert user_data(env.home) == users_before
    assert sorted(p.name for p in (env.home / "content").iterdir()) == ["current.db", "current.json"]


def test_newer_update_keeps_previous_lists_removed_entries_and_revert_restores(env, pack_a, pack_b):
    install(pack_a)
    users_before = user_data(env.home)
    check = inspect(pack_b)
    assert check.older is None and check.installed["build_date"] == A_DATE
    result = install(pack_b)
    assert result.replaced["build_date"] == A_DATE
    assert result.removed == [("naloxone-children", "Naloxone for children")]
    assert content_source().manifest["build_date"] == B_DATE
    assert sorted(p.name for p in (env.home / "content").iterdir()) == [
        "current.db", "current.json", "previous.db", "previous.json"]
    assert user_data(env.home) == users_before  # the bookmark on the removed entry is kept

    back = revert()
    assert back.restored == "previous" and back.manifest["build_date"] == A_DATE and back.removed == []
    assert content_source().manifest["build_date"] == A_DATE
    assert not slot_files("previous")[0].exists()
    back = revert()
    assert back.restored == "bundled" and back.manifest is None
    assert content_source().source == "bundled" and content_source().path == env.bundled
    assert not any((env.home / "content").iterdir())
    with pytest.raises(AppError, match="no imported content to revert"):
        revert()
    assert user_data(env.home) == users_before


def test_downgrade_only_when_allowed(env, pack_a, pack_b):
    install(pack_b)
    check = inspect(pack_a)
    assert check.older == f"this pack was built {A_DATE}, the installed content {B_DATE}"
    result = install(pack_a, allow_downgrade=True)
    assert result.replaced["build_date"] == B_DATE
    assert content_source().manifest["build_date"] == A_DATE


def test_pack_older_than_the_bundled_content_asks(env, pack_a):
    conn = sqlite3.connect(env.bundled)
    conn.execute("UPDATE metadata SET value='2099-01-01' WHERE key='last_reviewed'")
    conn.commit()
    conn.close()
    with pytest.raises(PackError, match="older than the installed content: its latest review is 2026-01-15, "
                                        "the bundled content's is 2099-01-01"):
        install(pack_a)
    assert inspect(pack_a).older
    install(pack_a, allow_downgrade=True)
    assert content_source().source == "imported"


def test_failure_while_renaming_puts_everything_back(env, pack_a, pack_b, monkeypatch):
    install(pack_a)
    before = env.snapshot()
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst).name == "current.db" and Path(src).name == ".incoming.db":
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(packs.os, "replace", failing_replace)
    with pytest.raises(AppError, match="Not enough space in .* to install the update. Nothing was changed"):
        install(pack_b)
    assert env.snapshot() == before
    assert content_source().manifest["build_date"] == A_DATE


def test_install_replaces_a_damaged_update_without_keeping_it(env, pack_a, pack_b):
    install(pack_a)
    current_db = slot_files("current")[0]
    current_db.write_bytes(current_db.read_bytes()[:-10] + b"0123456789")
    assert inspect(pack_b).installed is None
    result = install(pack_b)
    assert result.replaced is None
    assert not slot_files("previous")[0].exists()
    assert content_source().manifest["build_date"] == B_DATE


def test_revert_discards_a_damaged_previous(env, pack_a, pack_b):
    install(pack_a)
    install(pack_b)
    slot_files("previous")[1].write_text("{broken", encoding="utf-8")
    result = revert()
    assert result.restored == "bundled" and "manifest cannot be read" in result.discarded
    assert not any((env.home / "content").iterdir())


# --- what the app opens -------------------------------------------------------------------------


@pytest.mark.parametrize("damage, reason", [
    (lambda db, manifest: db.write_bytes(db.read_bytes() + b"x"), "does not match its manifest"),
    (lambda db, manifest: manifest.unlink(), "its manifest is missing"),
    (lambda db, manifest: manifest.write_text("[]", encoding="utf-8"), "its manifest is damaged"),
    (lambda db, manifest: manifest.write_text(
        json.dumps({**json.loads(manifest.read_text()), "schema_version": 7}), encoding="utf-8"),
     "schema version 7"),
])
def test_damaged_imported_content_falls_back_to_bundled_with_a_warning(env, pack_a, damage, reason):
    install(pack_a)
    damage(*slot_files("current"))
    source = content_source()
    assert source.source == "bundled" and source.path == env.bundled
    assert reason in source.warning and "bundled content is shown" in source.warning
    store = open_store()
    try:
        assert store.path == env.bundled and reason in store.warning
    finally:
        store.close()


def test_explicit_database_arguments_ignore_imported_content(env, pack_a):
    install(pack_a)
    assert ensure_database(db_path=env.bundled) == env.bundled
    store = open_store(db_path=env.bundled)
    try:
        assert store.path == env.bundled
    finally:
        store.close()


# --- making packs, keys ---------------------------------------------------------------------------


def test_same_database_key_and_date_make_identical_packs(env, fixture_db, pack_a):
    again = env.tmp / "again.orpack"
    make_pack(again, env.publisher.key, db=fixture_db, build_date="2026-02-01T01:00:00+01:00")
    assert again.read_bytes() == pack_a.read_bytes()
    with zipfile.ZipFile(again) as pack:
        assert pack.namelist() == [MANIFEST, SIGNATURE, DATABASE]
        manifest = json.loads(pack.read(MANIFEST))
    assert manifest["entry_count"] == 10 and manifest["key"] == env.publisher.fp
    assert manifest["build_date"] == A_DATE


def test_pack_from_a_content_folder(env, content_copy):
    out = env.tmp / "built.orpack"
    manifest = make_pack(out, env.publisher.key, content_dir=content_copy)
    assert manifest["entry_count"] == 10 and manifest["build_date"].endswith("Z")
    assert install(out).manifest == manifest


@pytest.mark.parametrize("kwargs, message", [
    ({"build_date": "last tuesday"}, "Bad build date: 'last tuesday' is not an ISO date"),
    ({"db": Path("/nonexistent/content.db")}, "content database is missing"),
    ({"out": Path("/nonexistent-folder/x.orpack")}, "There is no folder /nonexistent-folder"),
])
def test_make_pack_refuses_bad_input(env, fixture_db, kwargs, message):
    args = {"out": env.tmp / "x.orpack", "db": fixture_db, **kwargs}
    with pytest.raises(AppError, match=message):
        make_pack(args.pop("out"), env.publisher.key, **args)
    assert not (env.tmp / "x.orpack").exists()


def test_make_pack_refuses_a_file_that_is_not_a_database(env):
    junk = env.tmp / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    with pytest.raises(DatabaseError, match="damaged or not a database"):
        make_pack(env.tmp / "x.orpack", env.publisher.key, db=junk)


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path):
    fp = generate_keypair(tmp_path / "k.key", tmp_path / "k.pub")
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "k.key").stat().st_mode) == 0o600
    assert list(trusted_keys(tmp_path)) == [fp]
    before = (tmp_path / "k.key").read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        generate_keypair(tmp_path / "k.key", tmp_path / "other.pub")
    with pytest.raises(KeyFileError, match="already exists"):
        generate_keypair(tmp_path / "other.key", tmp_path / "k.pub")
    assert (tmp_path / "k.key").read_bytes() == before and not (tmp_path / "other.key").exists()
    with pytest.raises(KeyFileError, match="two different files"):
        generate_keypair(tmp_path / "same", tmp_path / "same")


@pytest.mark.parametrize("content, message", [
    (None, "Cannot read the private key"),
    (b"hello", "is not a PEM private key"),
    ("public", "is not a PEM private key (that is a public key)"),
])
def test_load_private_key_explains(tmp_path, content, message):
    path = tmp_path / "k.key"
    if content == "public":
        generate_keypair(tmp_path / "real.key", path.with_suffix(".pub"))
        path = path.with_suffix(".pub")
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(KeyFileError) as info:
        load_private_key(path)
    assert message in str(info.value)


def test_shipped_public_key_is_a_valid_ed25519_key():
    from app import paths

    shipped = trusted_keys(paths.resources_dir() / "keys")
    assert len(shipped) == 1
    assert next(iter(shipped)) in (paths.resources_dir() / "keys" / "README.md").read_text(encoding="utf-8")
    assert not list((paths.resources_dir() / "keys").glob("*.key"))
