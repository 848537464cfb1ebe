"""`opioidref export` through a real subprocess: entry, handout and lesson PDFs read back with
pypdf, headless without a display, and every kind of bad name or path (exit 2, one line)."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import DISCLAIMER
from app.store import Store

ROOT = Path(__file__).resolve().parent.parent
DISPLAY_VARIABLES = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")

LESSON_YAML = """\
title: "Overdose basics"
audience: "Outreach workers"
slides:
  - entry: recognising-overdose
  - text: {title: "Stay with the person", body: "Keep watching the person's breathing."}
    sources: [other-source]
  - quiz: {question: "What reverses an opioid overdose?", options: ["Naloxone", "Water"],
           answer: 0, explanation: "Naloxone reverses opioids.", entry: naloxone}
"""


def pdf_pages(path: Path) -> list[str]:
    """Each page's visible text (text placed outside the page does not count), with ligatures
    unfolded and runs of white space made one space."""
    return [_visible_text(page) for page in PdfReader(str(path)).pages]


def _visible_text(page) -> str:
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    parts: list[str] = []

    def visit(text, cm, tm, _font, _size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if 0 <= x <= width and 0 <= y <= height:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return " ".join(unicodedata.normalize("NFKC", " ".join(parts)).split())


@pytest.fixture
def no_display(monkeypatch):
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM (list it before `export`)."""
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def export(run):
    """`opioidref export ARGS` in a subprocess on a copy of the fixture content (tests/conftest)."""

    def _export(*args: str, expect: int = 0) -> subprocess.CompletedProcess:
        return run("export", *args, expect=expect)

    _export.content = run.content
    _export.db = run.db
    return _export


def assert_printout(pages: list[str], title: str, source: str) -> None:
    text = " ".join(pages)
    assert title in text and source in text
    assert " ".join(DISCLAIMER.split()) in text
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page


def test_export_entry(export, tmp_path):
    out = tmp_path / "naloxone.pdf"
    proc = export("naloxone", "--pdf", str(out))
    assert proc.stdout.strip() == f"Wrote “Naloxone” to {out}."
    assert proc.stderr == ""
    pages = pdf_pages(out)
    assert_printout(pages, "Naloxone", "A test source. Test Publisher, 2020.")
    assert "Page 1 of 1" in pages[0]
    assert "Test red flag for naloxone" in pages[0] and "Reviewed: 2026-01-15" in pages[0]
    assert PdfReader(str(out)).metadata.title == "Naloxone"
    assert [p.name for p in tmp_path.iterdir() if p.suffix not in (".db", ".stamp", "")] == ["naloxone.pdf"]


def test_export_handout_of_the_fixture_content(export, tmp_path):
    page = export.content / "support" / "where-to-get-help.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("reviewed:", "handout: true\nreviewed:", 1), encoding="utf-8")
    out = tmp_path / "help.pdf"
    export("where-to-get-help", "--pdf", str(out))
    assert_printout(pdf_pages(out), "Where to get help", "Sources: Test Publisher 2020")


def test_export_bundled_handout(export, bundled_db, tmp_path):
    store = Store(bundled_db)
    try:
        handouts = store.list_entries(handouts_only=True)
        entry = store.get(handouts[0]["slug"]) if handouts else None
    finally:
        store.close()
    if entry is None:
        pytest.skip("the bundled content has no handout yet")
    shutil.rmtree(export.content)
    shutil.copytree(ROOT / "content", export.content)
    shutil.copy(bundled_db, export.db)  # the same files: used as built, not rebuilt
    out = tmp_path / "handout.pdf"
    export(entry.slug, "--pdf", str(out))
    from app.printdoc import handout_title

    source = entry.sources[0]
    assert_printout(pdf_pages(out), " ".join(handout_title(entry).split()),
                    " ".join(f"{source.publisher} {source.year}".split()))


def test_export_lesson(export, tmp_path):
    lessons = export.content / "lessons"
    lessons.mkdir()
    (lessons / "overdose-basics.yaml").write_text(LESSON_YAML, encoding="utf-8")
    out = tmp_path / "lesson.pdf"
    proc = export("lesson:overdose-basics", "--pdf", str(out))
    assert "Overdose basics" in proc.stdout
    pages = pdf_pages(out)
    assert_printout(pages, "Overdose basics", "Another test source")
    assert "Stay with the person" in " ".join(pages)


def test_export_without_any_display(no_display, export, tmp_path):
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: the command picks offscreen by itself."""
    assert not any(os.environ.get(name) for name in DISPLAY_VARIABLES)
    out = tmp_path / "x.pdf"
    export("pinpoint-pupils", "--pdf", str(out))
    assert "Pinpoint pupils" in pdf_pages(out)[0]


def test_export_replaces_an_existing_file_whole(export, tmp_path):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"not a pdf " * 10_000)
    export("naloxone", "--pdf", str(out))
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Naloxone" in pdf_pages(out)[0]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("name, message", [
    ("nalox", "No entry named 'nalox'. Did you mean: naloxone"),
    ("lesson:nothing-here", "No lesson named 'nothing-here'"),
    ("lesson:", "Give the lesson's name after 'lesson:'"),
    ("", "Give the slug of an entry or handout"),
])
def test_unknown_names(export, tmp_path, name, message):
    out = tmp_path / "x.pdf"
    proc = export(name, "--pdf", str(out), expect=2)
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("where, message", [
    ("missing-folder/x.pdf", "does not exist; the PDF was not written"),
    ("a-file.txt/x.pdf", "does not exist; the PDF was not written"),
    (".", "is a folder; give a file name"),
    ("", "Give a file name for the PDF"),
])
def test_unwritable_paths(export, tmp_path, where, message):
    (tmp_path / "a-file.txt").write_text("x")
    target = str(tmp_path / where) if where else ""
    proc = export("naloxone", "--pdf", target, expect=2)
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.rglob("*.pdf"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="needs a user whom file permissions bind (not root)")
def test_read_only_folder(export, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        proc = export("naloxone", "--pdf", str(folder / "x.pdf"), expect=2)
    finally:
        folder.chmod(0o700)
    assert "could not be written" in proc.stderr and "Permission denied" in proc.stderr


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_folder_that_refuses_files(export):
    proc = export("naloxone", "--pdf", "/proc/opioidref-test.pdf", expect=2)
    assert "The PDF could not be written to /proc/opioidref-test.pdf" in proc.stderr


def test_usage_errors(export):
    proc = export("naloxone", expect=2)
    assert "the following arguments are required: --pdf" in proc.stderr
    proc = export("--pdf", "x.pdf", expect=2)
    assert "SLUG|lesson:NAME" in proc.stderr
