"""`opioidref --self-test`: passes on good content, and each kind of breakage fails the check it
belongs to, with a reason, and the exit code. The whole command runs in a subprocess (as a user
or CI runs it); failures of the GUI parts are injected in-process."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.integrity import quick_integrity_problem, search_index_problem
from app.selftest import run_self_test

ROOT = Path(__file__).resolve().parent.parent


def run(env_extra: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPIOIDREF_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", **env_extra})
    return subprocess.run([sys.executable, "-m", "app", "--self-test", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def lines_by_check(output: str) -> dict[str, str]:
    """{check name: "ok — …" or "FAILED: …"} from the report."""
    found = {}
    for line in output.splitlines():
        for marker in (": ok — ", ": FAILED: "):
            if marker in line:
                name, rest = line.split(marker, 1)
                found[name] = marker.strip(": ").strip() + " " + rest
    return found


@pytest.fixture
def installation(tmp_path, content_copy):
    """A clone-like installation on the fixture content, with its own user folder."""
    return {"OPIOIDREF_CONTENT": str(content_copy),
            "OPIOIDREF_DB": str(tmp_path / "var" / "content.db"),
            "OPIOIDREF_HOME": str(tmp_path / "home")}


@pytest.fixture
def built_copy(tmp_path, fixture_db) -> Path:
    db = tmp_path / "shipped" / "content.db"
    db.parent.mkdir()
    shutil.copy(fixture_db, db)
    return db


def shipped(db: Path, tmp_path: Path) -> dict[str, str]:
    """An installation that uses db as it is (no content folder: nothing is rebuilt)."""
    return {"OPIOIDREF_CONTENT": str(tmp_path / "no-content"), "OPIOIDREF_DB": str(db),
            "OPIOIDREF_HOME": str(tmp_path / "home")}


# --- the command, as people run it -------------------------------------------------------------


def test_passes_on_good_content_and_leaves_everything_as_it_was(installation, tmp_path):
    result = run(installation)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines_by_check(result.stdout)
    expected = {"content opens read-only", "content integrity", "resources", "search",
                "entries render", "main window", "tool windows", "PDF export"}
    assert expected <= set(checks)
    assert all(value.startswith("ok") for value in checks.values()), checks
    assert "10 entries" in checks["content integrity"]
    assert "10 entries and their translations" in checks["entries render"]
    last = result.stdout.rstrip().splitlines()[-1]
    assert last.startswith(f"self-test passed: {len(checks)} checks")
    db = Path(installation["OPIOIDREF_DB"])
    before = db.read_bytes()
    assert run(installation).returncode == 0
    assert db.read_bytes() == before  # opened read-only: not a byte changed
    assert not Path(installation["OPIOIDREF_HOME"]).exists()  # the user's folder is not touched


def test_missing_database_fails_and_the_rest_says_why_it_did_not_run(tmp_path):
    result = run(shipped(tmp_path / "nowhere" / "content.db", tmp_path))
    assert result.returncode == 1
    checks = lines_by_check(result.stdout)
    assert checks["content opens read-only"].startswith("FAILED")
    assert "missing" in checks["content opens read-only"]
    assert checks["search"] == "FAILED not run: the content did not open"
    assert checks["tool windows"].startswith("FAILED not run")
    assert "self-test FAILED" in result.stdout.splitlines()[-1]


def test_damaged_database_fails_the_integrity_check(built_copy, tmp_path):
    data = bytearray(built_copy.read_bytes())
    conn = sqlite3.connect(built_copy)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    for offset in range(len(data) - 3 * page, len(data) - page, 7):  # the last pages' cells
        data[offset] = 0xA5
    built_copy.write_bytes(bytes(data))
    result = run(shipped(built_copy, tmp_path))
    assert result.returncode == 1
    checks = lines_by_check(result.stdout)
    # opening the content checks its integrity (PRAGMA quick_check reads every page)
    assert checks["content opens read-only"].startswith("FAILED")
    assert "the database file is damaged" in checks["content opens read-only"]
    # one line per check (plus title and summary), however long the reason
    assert len(result.stdout.splitlines()) == len(checks) + 2


def test_search_that_misses_an_expected_entry_fails(content_copy, tmp_path):
    naloxone = content_copy / "overdose" / "naloxone.md"
    text = naloxone.read_text(encoding="utf-8")
    naloxone.write_text(text.replace("Narcan, ", ""), encoding="utf-8")
    result = run({"OPIOIDREF_CONTENT": str(content_copy), "OPIOIDREF_DB": str(tmp_path / "c.db"),
                  "OPIOIDREF_HOME": str(tmp_path / "home")})
    assert result.returncode == 1
    checks = lines_by_check(result.stdout)
    assert checks["search"].startswith("FAILED") and "narcan" in checks["search"]
    assert checks["entries render"].startswith("ok")


def test_output_file_gets_the_same_report(installation, tmp_path):
    report = tmp_path / "reports" / "self-test.txt"
    result = run(installation, "--output", str(report))
    assert result.returncode == 0
    assert report.read_text(encoding="utf-8").splitlines() == result.stdout.splitlines()


@pytest.mark.parametrize("args", [["--bogus"], ["--output"]])
def test_bad_arguments_exit_2(installation, args):
    result = run(installation, *args)
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_report_that_cannot_be_written_exits_2_with_a_reason(installation, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(installation, "--output", str(blocker / "report.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("opioidref: cannot write the report to")
    assert result.stdout == ""


# --- the integrity checks (no Qt) --------------------------------------------------------------


def test_quick_integrity_accepts_a_good_database(built_copy):
    conn = sqlite3.connect(f"{built_copy.as_uri()}?mode=ro", uri=True)
    assert quick_integrity_problem(conn) is None
    assert search_index_problem(conn) is None
    conn.close()


@pytest.mark.parametrize("change, message", [
    ("UPDATE metadata SET value='99' WHERE key='schema_version'", "schema version 99"),
    ("DELETE FROM metadata WHERE key='schema_version'", "schema version none"),
    ("DELETE FROM entries", "holds no entries"),
    ("DELETE FROM entries WHERE slug='abscess'", "should hold 10 entries but holds 9"),
    ("DROP TABLE entries", "no entries table"),
])
def test_quick_integrity_names_what_is_wrong(built_copy, change, message):
    conn = sqlite3.connect(built_copy)
    conn.execute(change)
    conn.commit()
    problem = quick_integrity_problem(conn)
    conn.close()
    assert problem is not None and message in problem


def test_search_index_out_of_step_with_the_entries_is_found(built_copy):
    conn = sqlite3.connect(built_copy)
    conn.execute("UPDATE entries SET title='Something else entirely' WHERE slug='abscess'")
    conn.commit()
    assert quick_integrity_problem(conn) is None  # the cheap check cannot see this …
    assert "search index" in str(search_index_problem(conn))  # … the thorough one does
    conn.close()


# --- failures of the GUI parts, injected ----------------------------------------------------------


@pytest.fixture
def in_process(monkeypatch, installation, capsys, qapp):
    """Run the self-test in this process (so parts can be broken); returns (code, checks)."""
    for key, value in installation.items():
        monkeypatch.setenv(key, value)

    def _run(*args: str):
        code = run_self_test(list(args))
        return code, lines_by_check(capsys.readouterr().out)
    return _run


def test_content_opened_for_writing_fails_and_is_left_unchanged(in_process, monkeypatch,
                                                                  built_copy):
    import app.database
    from app.store import Store

    class WritableStore(Store):
        def __init__(self, path):
            super().__init__(path)
            self.conn = sqlite3.connect(path, check_same_thread=False)

    monkeypatch.setattr(app.database, "open_store", lambda: WritableStore(built_copy))
    before = built_copy.read_bytes()
    code, checks = in_process()
    assert code == 1
    assert checks["content opens read-only"] == (
        f"FAILED {built_copy} accepted a write: it is not opened read-only")
    assert built_copy.read_bytes() == before


def test_missing_pdf_export_fails(in_process, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.gui.printing", None)
    code, checks = in_process()
    assert code == 1
    assert checks["PDF export"].startswith("FAILED PDF export is missing")
    assert checks["main window"].startswith("ok")


def test_export_that_writes_nothing_or_no_pdf_fails(in_process, monkeypatch):
    import app.gui.printing as printing

    monkeypatch.setattr(printing, "export_pdf", lambda html, path, title: None)
    code, checks = in_process()
    assert code == 1 and checks["PDF export"] == "FAILED no PDF was written"
    monkeypatch.setattr(printing, "export_pdf",
                        lambda html, path, title: Path(path).write_text(html, encoding="utf-8"))
    code, checks = in_process()
    assert code == 1 and "not a PDF" in checks["PDF export"]


def test_a_tool_that_does_not_open_fails_by_name(in_process, monkeypatch):
    import app.gui.tools as tools

    def broken(_window):
        raise RuntimeError("no widget")

    real_opener = tools.opener
    monkeypatch.setattr(tools, "opener", lambda name: SimpleNamespace(
        TOOL_NAME="cows", open_tool=broken) if name == "cows" else real_opener(name))
    code, checks = in_process()
    assert code == 1
    assert checks["tool windows"] == "FAILED did not open: cows (RuntimeError: no widget)"


def test_an_entry_whose_stored_page_is_broken_fails(in_process, monkeypatch):
    """A page stored without its title, or with a token left unfilled, is reported."""
    from app.store import Store

    real_page = Store.page

    def page(self, slug, lang="en"):
        html, shown, title = real_page(self, slug, lang)
        if slug == "naloxone":
            return html.replace(title.replace('"', "&#34;"), "") + "\ue000unknown_thing", shown, title
        return html, shown, title

    monkeypatch.setattr(Store, "page", page)
    code, checks = in_process()
    assert code == 1
    assert checks["entries render"].startswith("FAILED did not render: naloxone (en)")
    assert checks["search"].startswith("ok")


def test_without_a_console_the_report_goes_to_the_user_folder(in_process, monkeypatch,
                                                              installation):
    monkeypatch.setattr(sys, "stdout", None)
    code = run_self_test([])
    assert code == 0
    report = Path(installation["OPIOIDREF_HOME"]) / "self-test.txt"
    assert report.read_text(encoding="utf-8").splitlines()[-1].startswith("self-test passed")
