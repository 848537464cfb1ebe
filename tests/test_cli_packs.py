"""keygen, pack, import and info through a real subprocess: exit codes 0/2, messages, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.test_packs import rezip, snapshot, user_data

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(content_copy, tmp_path, fixture_db):
    """Run `opioidref` in one isolated installation whose trusted key is a fresh publisher's."""
    home, keys, work = tmp_path / "home", tmp_path / "trusted", tmp_path / "work"
    keys.mkdir()
    work.mkdir()
    bundled = tmp_path / "var" / "content.db"
    env = {**os.environ, "OPIOIDREF_CONTENT": str(content_copy), "OPIOIDREF_DB": str(bundled),
           "OPIOIDREF_HOME": str(home), "OPIOIDREF_TRUSTED_KEYS": str(keys)}

    def run(*args: str, expect: int = 0) -> subprocess.CompletedProcess:
        proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == expect, (proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        return proc

    run("keygen", "--out", str(work), "--name", "publisher")
    os.replace(work / "publisher.pub", keys / "publisher.pub")
    from app.userdata import UserData

    user = UserData(home / "userdata.db")
    user.set_bookmark("naloxone-children", "Naloxone for children", True)
    user.save_note("naloxone-children", "Naloxone for children", "Dose by weight? Check the label.")
    user.close()
    run.key, run.work, run.home, run.content = work / "publisher.key", work, home, content_copy
    run.snapshot = lambda: snapshot(home, bundled.parent, keys)
    return run


def _pack(cli, name: str, date: str, *extra: str) -> Path:
    out = cli.work / name
    proc = cli("pack", "--key", str(cli.key), "--out", str(out), "--build-date", date, *extra)
    assert proc.stdout.startswith(f"Wrote {out}: content version ") and "Note:" not in proc.stdout
    return out


def _info(cli) -> dict:
    return json.loads(cli("info", "--json").stdout)


def test_import_info_downgrade_and_revert(cli):
    bundled = _info(cli)
    assert bundled["source"] == "bundled" and bundled["entry_count"] == 10 and bundled["build_date"] is None
    assert set(bundled) == {"app_version", "content_version", "entry_count", "last_reviewed", "source",
                            "database", "build_date", "signing_key", "previous", "warning"}
    old = _pack(cli, "old.orpack", "2026-02-01")

    (cli.content / "overdose" / "naloxone-children.md").unlink()
    new = _pack(cli, "new.orpack", "2026-03-01T12:00:00Z")
    users = user_data(cli.home)

    out = cli("import", str(old)).stdout
    assert "Installed" in out and "built 2026-02-01T00:00:00Z" in out and "--revert" in out
    out = cli("import", str(new)).stdout
    assert "1 entry is no longer in the content" in out and "Naloxone for children (naloxone-children)" in out
    info = _info(cli)
    assert info["source"] == "imported" and info["entry_count"] == 9
    assert info["build_date"] == "2026-03-01T12:00:00Z" and info["content_version"] != bundled["content_version"]
    assert info["previous"] == {"content_version": bundled["content_version"], "build_date": "2026-02-01T00:00:00Z"}
    text = cli("info").stdout
    assert "Content:         imported update" in text and "Entries:         9" in text

    before = cli.snapshot()
    err = cli("import", str(old), expect=2).stderr
    assert err.startswith("opioidref: Refused old.orpack: older than the installed content: ")
    assert "--allow-downgrade" in err and "Nothing was changed." in err
    assert cli.snapshot() == before
    assert "It is older than the content in use" in cli("import", "--check", str(old)).stdout
    assert cli.snapshot() == before

    cli("import", str(old), "--allow-downgrade")
    assert _info(cli)["build_date"] == "2026-02-01T00:00:00Z"
    assert "Reverted to the previous content" in cli("import", "--revert").stdout
    assert _info(cli)["build_date"] == "2026-03-01T12:00:00Z"
    assert "bundled content is in use again" in cli("import", "--revert").stdout
    info = _info(cli)
    assert info["source"] == "bundled" and info["entry_count"] == 9  # rebuilt from the edited folder
    assert "no imported content to revert" in cli("import", "--revert", expect=2).stderr
    assert user_data(cli.home) == users


def _truncated(cli, good):
    bad = cli.work / "cut.orpack"
    bad.write_bytes(good.read_bytes()[:-200])
    return bad, "not a valid content pack"


def _unsigned(cli, good):
    return rezip(good, cli.work / "unsigned.orpack", drop=("manifest.sig",)), "unsigned"


def _other_key(cli, good):
    stranger = cli.work / "stranger"
    stranger.mkdir()
    cli("keygen", "--out", str(stranger))
    out = stranger / "signed.orpack"
    proc = cli("pack", "--key", str(stranger / "publisher.key"), "--out", str(out))
    assert "this app does not trust that key" in proc.stdout
    return out, "signature does not verify"


def _tampered(cli, good):
    with zipfile.ZipFile(good) as pack:
        manifest = pack.read("manifest.json").replace(b'"entry_count": 10', b'"entry_count": 11')
    return rezip(good, cli.work / "tampered.orpack", replace={"manifest.json": manifest}), "signature does not verify"


def _swapped_db(cli, good):
    return rezip(good, cli.work / "swapped.orpack", replace={"content.db": b"x" * 5000}), \
        "database does not match its manifest"


@pytest.mark.parametrize("make_bad", [_truncated, _unsigned, _other_key, _tampered, _swapped_db],
                         ids=lambda f: f.__name__.strip("_"))
def test_bad_pack_exit_2_names_the_check_and_changes_nothing(cli, make_bad):
    good = _pack(cli, "good.orpack", "2026-02-01")
    cli("import", str(good))
    bad, check = make_bad(cli, good)
    before = cli.snapshot()
    for args in (("import", str(bad)), ("import", "--check", str(bad)), ("import", str(bad), "--allow-downgrade")):
        err = cli(*args, expect=2).stderr
        assert err.startswith(f"opioidref: Refused {bad.name}: {check}: ") and err.rstrip().endswith("Nothing was changed.")
        assert len(err.strip().splitlines()) == 1
    assert cli.snapshot() == before
    assert _info(cli)["build_date"] == "2026-02-01T00:00:00Z"


@pytest.mark.parametrize("args, message", [
    (("import",), "give the content pack to import, or --revert"),
    (("import", "x.orpack", "--revert"), "--revert takes no file"),
    (("keygen",), "give --out DIR, or both --private and --public"),
    (("keygen", "--out", "/nonexistent-dir"), "There is no folder /nonexistent-dir"),
    (("pack", "--out", "x.orpack"), "the following arguments are required: --key"),
    (("pack", "--key", "/nonexistent.key", "--out", "x.orpack"), "Cannot read the private key"),
    (("info", "extra"), "unrecognized arguments"),
])
def test_usage_errors_exit_2(cli, args, message):
    err = cli(*args, expect=2).stderr
    assert err.startswith("opioidref: ") and message in err


def test_keygen_refuses_to_overwrite_and_pack_refuses_bad_dates(cli):
    before = cli.key.read_bytes()
    err = cli("keygen", "--out", str(cli.work), "--name", "publisher", expect=2).stderr
    assert "already exists; a key file is never overwritten" in err
    assert cli.key.read_bytes() == before
    err = cli("pack", "--key", str(cli.key), "--out", str(cli.work / "p.orpack"), "--build-date", "soon",
              expect=2).stderr
    assert "Bad build date: 'soon'" in err and not (cli.work / "p.orpack").exists()
    err = cli("pack", "--key", str(cli.work / "nothing"), "--out", str(cli.work / "p.orpack"), expect=2).stderr
    assert "Cannot read the private key" in err


def test_pack_from_a_built_database(cli, fixture_db):
    out = _pack(cli, "from-db.orpack", "2026-04-01", "--db", str(fixture_db))
    assert "verified. Content version" in cli("import", "--check", str(out)).stdout
    assert not (cli.home / "content").exists()


def test_info_warns_when_the_imported_content_is_damaged(cli):
    good = _pack(cli, "good.orpack", "2026-02-01")
    cli("import", str(good))
    current = cli.home / "content" / "current.db"
    current.write_bytes(current.read_bytes() + b"tampered")
    info = _info(cli)
    assert info["source"] == "bundled" and "does not match its manifest" in info["warning"]
    assert "Warning: The imported content update cannot be used" in cli("info").stdout
    assert "Removed the imported content" in cli("import", "--revert").stdout
    assert _info(cli)["warning"] is None
