"""The print document (no Qt): every part an entry's printout must carry, black on white,
links as their titles, escaping, translated labels, handouts, lessons and bad names."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from app import DISCLAIMER
from app.build import build
from app.errors import AppError, UnknownEntry
from app.models import Source
from app.printdoc import (document_title, entry_print_html, links_as_text, page_print_html,
                          print_document, safe_file_name)
from app.render import Renderer
from app.store import Store
from app.themes import THEMES

LESSON_YAML = """\
title: "Overdose basics <for trainers>"
audience: "Outreach workers"
minutes: 10
slides:
  - entry: recognising-overdose
  - text: {title: "Stay with the person", body: "Keep watching; see [naloxone](entry:naloxone)."}
    sources: [other-source]
  - quiz: {question: "What reverses an opioid overdose?", options: ["Naloxone", "Water"],
           answer: 0, explanation: "Naloxone reverses opioids.", entry: naloxone}
"""


@pytest.fixture
def renderer():
    return Renderer()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def built(content_copy, tmp_path):
    """Build the (edited) content copy and open it; closes the store at the end."""
    stores = []

    def _build() -> Store:
        out = tmp_path / f"c{len(stores)}.db"
        build(content_copy, out)
        stores.append(Store(out))
        return stores[-1]

    yield _build
    for s in stores:
        s.close()


class _OneEntryStore:
    """A store that returns one given entry (to print text the content build would refuse)."""

    def __init__(self, store, entry) -> None:
        self._store, self._entry = store, entry

    def get(self, slug):
        return self._entry

    def meta(self):
        return self._store.meta()


def test_entry_printout_has_every_part_in_order(store, renderer):
    html = entry_print_html(store, renderer, "naloxone")
    version = store.meta().content_version
    parts = [
        "<title>Naloxone</title>", ">Overdose</p>", "<h1>Naloxone</h1>",
        "An opioid antagonist that reverses opioid overdose.", "Also called: Narcan, Kloxxado",
        "Red flags — act now", "Test red flag for naloxone",
        "Naloxone reverses breathing depression", "Test guidance for naloxone.",
        "See also:</b> Recognising an overdose; Pinpoint pupils (miosis)",
        "<h2>Sources</h2>", "A test source. Test Publisher, 2020. https://example.org/source",
        "Reviewed: 2026-01-15", f"Content version {version}", DISCLAIMER,
    ]
    positions = []
    for part in parts:
        assert part in html, part
        positions.append(html.index(part))
    assert positions == sorted(positions)
    assert html.rstrip().endswith("</html>")


def test_printout_is_the_same_every_time(store, renderer):
    first = entry_print_html(store, renderer, "naloxone")
    assert entry_print_html(store, renderer, "naloxone") == first


def test_links_print_as_their_titles(store, renderer):
    html = entry_print_html(store, renderer, "recognising-overdose")
    assert "<a " not in html.lower() and "</a>" not in html.lower()
    assert "entry:" not in html
    assert "may be overdosing. See naloxone.</p>" in html
    assert "Naloxone; Pinpoint pupils (miosis)" in html


def test_links_as_text_keeps_everything_but_link_tags():
    html = ('<p><a href="entry:x">one</a> <A HREF=\'https://e.org\' title="t">two</A> '
            '<abbr title="a">COWS</abbr> <a name="anchor"></a><b>bold</b></p>')
    assert links_as_text(html) == '<p>one two <abbr title="a">COWS</abbr> <b>bold</b></p>'


def test_black_on_white_whatever_the_screen_theme(store, renderer):
    html = entry_print_html(store, renderer, "naloxone")
    assert "body { color: #000000; background-color: #ffffff; }" in html
    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", html))
    assert colours <= {"#000000", "#222222", "#ffffff"}
    screen = {value for name in ("light", "dark", "contrast") for key, value in THEMES[name].items()
              if key != "name"} - set(THEMES["print"].values())
    assert not colours & screen


def test_text_is_escaped(store, renderer):
    entry = dataclasses.replace(store.get("naloxone"), title="<script>x</script> & co",
                                summary='"quoted" <i>', red_flags=("a < b",))
    html = entry_print_html(_OneEntryStore(store, entry), renderer, "naloxone")
    assert "<script>" not in html and "<i>" not in html
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in html and "a &lt; b" in html
    assert document_title(html) == "<script>x</script> & co"


def test_source_list_reads_as_sentences(store, renderer):
    sources = (Source("s1", "Is it safe?", "Agency", "n.d."),
               Source("s2", "A guide", "Board", "2021", url="https://example.org/g", note="Draft."))
    entry = dataclasses.replace(store.get("naloxone"), sources=sources)
    html = entry_print_html(_OneEntryStore(store, entry), renderer, "naloxone")
    assert "<li>Is it safe? Agency, n.d.</li>" in html
    assert ('<li>A guide. Board, 2021. https://example.org/g <span class="muted">Draft.</span></li>'
            in html)


def test_labels_can_be_translated(store, renderer):
    labels = {"sources": "Fuentes", "reviewed": "Revisado", "disclaimer": "Aviso legal.",
              "content_version": "Versión del contenido", "see_also": "Véase también",
              "red_flags": "Señales de alarma", "aliases": "También llamado",
              "categories": {"overdose": "Sobredosis"}}
    html = entry_print_html(store, renderer, "naloxone", labels)
    for text in ("<h2>Fuentes</h2>", "Revisado: 2026-01-15", "Aviso legal.",
                 "Versión del contenido", "Véase también:", "Señales de alarma", "También llamado:", ">Sobredosis</p>"):
        assert text in html, text
    assert DISCLAIMER not in html


def test_unknown_slug(store, renderer):
    with pytest.raises(UnknownEntry):
        entry_print_html(store, renderer, "nalox")
    with pytest.raises(AppError) as info:
        print_document(store, renderer, "nalox")
    assert info.value.exit_code == 2
    assert "No entry named 'nalox'" in str(info.value) and "naloxone" in str(info.value)


@pytest.mark.parametrize("name, message", [
    ("", "Give the slug of an entry or handout"),
    ("   ", "Give the slug of an entry or handout"),
    ("lesson:", "Give the lesson's name after 'lesson:'"),
    ("lesson:  ", "Give the lesson's name after 'lesson:'"),
    ("lesson:no-such-lesson", "No lesson named 'no-such-lesson'"),
    ("../../etc/passwd", "No entry named '../../etc/passwd'"),
])
def test_bad_names_are_explained(store, renderer, name, message):
    with pytest.raises(AppError) as info:
        print_document(store, renderer, name)
    assert message in str(info.value)
    assert info.value.exit_code == 2


def test_entry_document(store, renderer):
    doc = print_document(store, renderer, " naloxone ")
    assert doc.title == "Naloxone" and doc.file_name == "naloxone.pdf"
    assert doc.html == entry_print_html(store, renderer, "naloxone")


def test_handout_prints_with_its_sources(content_copy, built, renderer):
    edit(content_copy / "support" / "where-to-get-help.md", "reviewed:", "handout: true\nreviewed:")
    store = built()
    assert [e["slug"] for e in store.list_entries(handouts_only=True)] == ["where-to-get-help"]
    doc = print_document(store, renderer, "where-to-get-help")
    assert doc.title == "Where to get help" and doc.file_name == "where-to-get-help.pdf"
    for part in ("<h1>Where to get help</h1>", "Call the national helpline",
                 "Sources: Test Publisher 2020", "Reviewed 2026-01-15", DISCLAIMER,
                 "Local numbers (clinic, outreach team, pharmacy):", "font-size: 12pt"):
        assert part in doc.html, part
    # A handout is for the person and their family: no street terms, no category, no in-app
    # links, no content hash.
    for absent in ("Also called", "hotline", 'class="category"', "See also", "Content version"):
        assert absent not in doc.html, absent


def test_handout_title_loses_its_prefix_on_paper(content_copy, built, renderer):
    edit(content_copy / "support" / "where-to-get-help.md", 'title: "Where to get help"',
         'title: "Handout: where to get help"')
    edit(content_copy / "support" / "where-to-get-help.md", "reviewed:", "handout: true\nreviewed:")
    doc = print_document(built(), renderer, "where-to-get-help")
    assert doc.title == "Where to get help" and "<h1>Where to get help</h1>" in doc.html


def test_lesson_document(content_copy, built, renderer):
    (content_copy / "lessons").mkdir()
    (content_copy / "lessons" / "overdose-basics.yaml").write_text(LESSON_YAML, encoding="utf-8")
    store = built()
    doc = print_document(store, renderer, "lesson:overdose-basics")
    assert doc.title == "Overdose basics <for trainers>"
    assert doc.file_name == "lesson-overdose-basics.pdf"
    assert "<a " not in doc.html.lower()
    assert "Another test source" in doc.html and DISCLAIMER in doc.html


def test_lessons_missing_from_this_version(store, renderer, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.lessons", None)  # import fails as if not installed
    with pytest.raises(AppError) as info:
        print_document(store, renderer, "lesson:anything")
    assert "Lessons are not available" in str(info.value)


def test_page_for_a_tool_summary(store, renderer):
    html = page_print_html(store, renderer, "COWS <series>",
                           '<p>Score 12 at 10:00 — see <a href="entry:naloxone">naloxone</a></p>')
    assert "<title>COWS &lt;series&gt;</title>" in html and "<h1>COWS &lt;series&gt;</h1>" in html
    assert "<p>Score 12 at 10:00 — see naloxone</p>" in html
    assert f"Content version {store.meta().content_version}" in html
    assert html.index("Content version") < html.index(DISCLAIMER)
    assert "body { color: #000000; background-color: #ffffff; }" in html


@pytest.mark.parametrize("html, title", [
    ("<html><head><title>A &amp; B</title></head></html>", "A & B"),
    ("<TITLE>\n  Two\n lines </TITLE>", "Two lines"),
    ("<p>no title</p>", ""),
])
def test_document_title(html, title):
    assert document_title(html) == title


@pytest.mark.parametrize("name, expected", [
    ("naloxone.pdf", "naloxone.pdf"),
    ('a/b\\c:d*e?f"g<h>i|j.pdf', "a-b-c-d-e-f-g-h-i-j.pdf"),
    ("../../x.pdf", "x.pdf"),
    ("tab\tnew\nline.pdf", "tab-new-line.pdf"),
    ("", "opioidref.pdf"),
    ("...", "opioidref.pdf"),
])
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


def test_handout_sources_line_names_each_publisher_and_year_once():
    from types import SimpleNamespace as S

    from app.printdoc import publishers

    sources = [S(publisher="McGraw Hill (AccessEmergencyMedicine)", year="n.d."),
               S(publisher="McGraw Hill (another imprint)", year="n.d."),
               S(publisher="Weimer MB, Herring AA, et al. (American Society of Addiction Medicine)", year="2023"),
               S(publisher="SAMHSA", year="2018"), S(publisher="SAMHSA", year="2018"),
               S(publisher="Maldarelli ME, et al.", year="n.d.")]
    assert publishers(sources) == ["McGraw Hill", "American Society of Addiction Medicine 2023",
                                   "SAMHSA 2018", "Maldarelli ME, et al."]


def test_handout_sources_line_ends_with_one_full_stop(content_copy, built, renderer):
    """A last publisher that already ends a sentence ("et al.", no year) gets no second stop."""
    edit(content_copy / "support" / "where-to-get-help.md", "reviewed:", "handout: true\nreviewed:")
    edit(content_copy / "sources.yaml", "  publisher: Test Publisher\n  year: 2020",
         "  publisher: Jones A, et al.\n  year: n.d.")
    html = print_document(built(), renderer, "where-to-get-help").html
    assert "Sources: Jones A, et al. Reviewed 2026-01-15." in html
