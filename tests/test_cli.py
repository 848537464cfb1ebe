"""The CLI through a real subprocess: each verb, the JSON shapes, exit codes, error lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_search_json_shape(run):
    hits = json.loads(run("search", "narcan", "--json").stdout)
    assert hits[0]["slug"] == "naloxone"
    assert set(hits[0]) == {"slug", "title", "category", "snippet", "score"}


def test_search_options_after_query_and_double_dash(run):
    hits = json.loads(run("search", "pupils", "--category", "signs", "--json").stdout)
    assert [h["slug"] for h in hits] == ["pinpoint-pupils"]
    hits = json.loads(run("search", "--json", "--limit", "1", "--", "-naloxone").stdout)
    assert [h["slug"] for h in hits] == ["naloxone"]
    hits = json.loads(run("search", "opioid", "--limit", "2", "overdose", "--json").stdout)
    assert len(hits) <= 2


def test_search_no_hits_is_success(run):
    assert json.loads(run("search", "zzzzqqqq", "--json").stdout) == []
    assert "No entries found" in run("search", "zzzzqqqq").stdout


def test_search_text_output(run):
    out = run("search", "naloxone").stdout
    assert "1. Naloxone  [overdose]  (naloxone)" in out and "<b>" not in out


def test_show_formats(run):
    data = json.loads(run("show", "naloxone", "--format", "json").stdout)
    assert set(data) == {"slug", "title", "category", "summary", "aliases", "red_flags", "see_also",
                         "sources", "reviewed", "body", "lang", "languages"}
    assert (data["lang"], data["languages"]) == ("en", ["en", "es"])
    assert data["sources"][0] == {"id": "test-source", "title": "A test source",
                                  "publisher": "Test Publisher", "year": "2020",
                                  "url": "https://example.org/source"}
    assert data["see_also"] == ["recognising-overdose", "pinpoint-pupils"]
    text = run("show", "naloxone").stdout
    assert text.startswith("Naloxone\n========") and "RED FLAGS" in text and "clinical judgement" in text
    html = run("show", "naloxone", "--format", "html").stdout
    assert "<h1>Naloxone</h1>" in html


def test_show_unknown_slug_exit_1_with_suggestion(run):
    proc = run("show", "naloxon", expect=1)
    assert proc.stderr.strip() == "opioidref: No entry named 'naloxon'. Did you mean: naloxone, naloxone-children?"


def test_list(run):
    rows = json.loads(run("list", "--json").stdout)
    assert len(rows) == 10 and set(rows[0]) == {"slug", "title", "category", "summary", "reviewed"}
    rows = json.loads(run("list", "--category", "overdose", "--json").stdout)
    assert {r["slug"] for r in rows} == {"naloxone", "naloxone-children", "recognising-overdose"}
    assert "naloxone" in run("list").stdout


@pytest.mark.parametrize(
    "args",
    [("search", "x", "--limit", "0"), ("search", "x", "--limit", "abc"), ("search", "x", "--category", "nope"),
     ("show",), ("show", "x", "--format", "pdf"), ("frobnicate",), ("list", "extra"), ("search", "x", "--bogus")],
)
def test_usage_errors_exit_2_one_line(run, args):
    proc = run(*args, expect=2)
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("opioidref: ")


def test_version(run):
    assert run("--version").stdout.startswith("OpioidRef ")


def test_build_check_and_out(run, tmp_path):
    assert "Content OK: 10 entries" in run("build", "--check", "--content", str(run.content)).stdout
    out = tmp_path / "built.db"
    assert "Built 10 entries" in run("build", "--content", str(run.content), "--out", str(out)).stdout
    assert out.exists()


def test_bad_content_exit_2_names_file_and_keeps_old_db(run, tmp_path):
    out = tmp_path / "keep.db"
    run("build", "--content", str(run.content), "--out", str(out))
    before = out.read_bytes()
    bad = run.content / "signs" / "bad.md"
    bad.write_text("---\ntitle: Bad\n---\n", encoding="utf-8")
    proc = run("build", "--content", str(run.content), "--out", str(out), expect=2)
    assert "content/signs/bad.md" in proc.stderr and "missing required field 'summary'" in proc.stderr
    assert out.read_bytes() == before
    proc = run("build", "--check", "--content", str(run.content), expect=2)
    assert "bad.md" in proc.stderr
    # every verb that needs the database reports the content error too
    proc = run("search", "x", expect=2)
    assert "bad.md" in proc.stderr


def test_verbs_rebuild_stale_database(run):
    run("search", "x")
    target = run.content / "support" / "where-to-get-help.md"
    target.write_text(target.read_text().replace("Where to get help", "Finding help now"), encoding="utf-8")
    assert json.loads(run("search", "finding help now", "--json").stdout)[0]["title"] == "Finding help now"


def test_corrupt_database_message(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 1000)
    env = {**os.environ, "OPIOIDREF_CONTENT": str(tmp_path / "no-content"), "OPIOIDREF_DB": str(db)}
    proc = subprocess.run([sys.executable, "-m", "app", "search", "x"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "damaged or not a database" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("missing", ["app.build", "sqlite_utils"])
def test_build_without_the_content_compiler_says_so(missing, monkeypatch, capsys, tmp_path):
    """The bundle leaves the compiler out: `build` explains in one line, no traceback."""
    from app import cli

    monkeypatch.setitem(sys.modules, missing, None)  # as if not installed
    if missing != "app.build":
        monkeypatch.delitem(sys.modules, "app.build", raising=False)
    code = cli.main(["build", "--out", str(tmp_path / "x.db")])
    assert code == 2
    err = capsys.readouterr().err
    assert "does not compile it" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_an_unrelated_missing_module_is_not_hidden(monkeypatch):
    from app import cli

    def broken(args):
        import no_such_module_here  # noqa: F401

    monkeypatch.setitem(cli.VERBS, "list", broken)
    with pytest.raises(ModuleNotFoundError):
        cli.main(["list"])
