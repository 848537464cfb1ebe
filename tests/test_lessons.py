"""Lessons: validated by the build like entries, compiled, read back, rendered as slides and
printed whole (no Qt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import DISCLAIMER
from app.build import build
from app.content import load_content
from app.errors import ContentError
from app.lessons import (UnknownLesson, lesson_names, lesson_print_html, load_lesson,
                         section_html, section_titles, slide_html)
from app.render import Renderer
from app.store import Store
from app.themes import THEMES
from tests.conftest import ROOT

LESSON = """\
title: "First aid for an overdose"
audience: "Outreach workers"
minutes: 10
slides:
  - entry: recognising-overdose
  - entry: naloxone
    section: "What to do"
  - text:
      title: "Stay with the person"
      body: "Keep **watching**; see [naloxone](entry:naloxone). <script>alert(1)</script>"
    sources: [other-source]
  - tool: cows
  - quiz:
      question: "What reverses an opioid overdose?"
      options: ["Water", "Naloxone", "Coffee"]
      answer: 1
      explanation: "Naloxone reverses the effects of opioids."
      entry: naloxone
  - quiz:
      question: "How long after a first dose do you give another?"
      options: ["2-3 minutes", "An hour"]
      answer: 0
      explanation: "Give another dose after 2-3 minutes if there is no response."
      entry: naloxone
"""
FILE = "content/lessons/first-aid.yaml"


def write_lesson(content: Path, text: str = LESSON, name: str = "first-aid") -> Path:
    folder = content / "lessons"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(content)
    return [str(p) for p in info.value.problems]


@pytest.fixture
def lesson_store(content_copy, tmp_path):
    write_lesson(content_copy)
    build(content_copy, tmp_path / "lessons.db")
    store = Store(tmp_path / "lessons.db")
    yield store
    store.close()


@pytest.fixture
def renderer():
    return Renderer()


# --- validation ----------------------------------------------------------------------------


def test_fixture_lesson_is_valid(content_copy):
    write_lesson(content_copy)
    lessons = load_content(content_copy).extras["lessons"]
    assert list(lessons) == ["first-aid"]
    assert [s["kind"] for s in lessons["first-aid"]["slides"]] == [
        "entry", "entry", "text", "tool", "quiz", "quiz"]


@pytest.mark.parametrize("old, new, expected", [
    ('title: "First aid for an overdose"\n', "", "missing 'title'"),
    ('title: "First aid for an overdose"', 'title: ""', "'title' is empty"),
    ('title: "First aid for an overdose"', "title: [a, b]", "'title' must be text"),
    ('minutes: 10', "minutes: soon", "'minutes' must be a whole number"),
    ('minutes: 10', "minutes: 0", "'minutes' must be a whole number"),
    ('minutes: 10', "minutes: 10\nauthor: me", "unknown field(s) author"),
    ("  - entry: recognising-overdose\n", "  - {}\n", "slide 1: needs exactly one of entry, text, tool, quiz (has none)"),
    ("  - entry: recognising-overdose\n", "  - entry: recognising-overdose\n    tool: cows\n",
     "slide 1: needs exactly one of entry, text, tool, quiz (has entry, tool)"),
    ("  - entry: recognising-overdose\n", "  - just text\n", "slide 1: must be a mapping"),
    ("  - entry: recognising-overdose", "  - entry: recognising-overdoze",
     "slide 1: unknown entry 'recognising-overdoze' (did you mean: recognising-overdose?)"),
    ("  - entry: recognising-overdose", "  - entry: nothing-like-it", "slide 1: unknown entry 'nothing-like-it'"),
    ('    section: "What to do"', '    section: "Dosing"',
     "slide 2: entry 'naloxone' has no section 'Dosing' (its '## ' headings: What it is; What to do)"),
    ('    section: "What to do"', "    section: [a]", "slide 2: 'section' must be the text"),
    ("  - entry: recognising-overdose", "  - entry: recognising-overdose\n    sources: [test-source]",
     "slide 1: unknown field(s) sources (allowed: entry, section)"),
    ("    sources: [other-source]", "    sources: [no-such-source]",
     "slide 3: unknown source id 'no-such-source' (not in sources.yaml)"),
    ("    sources: [other-source]", "    sources: other-source", "slide 3: 'sources' must be a list"),
    ("see [naloxone](entry:naloxone)", "see [x](entry:ghost)", "slide 3: body links to no entry: 'entry:ghost'"),
    ("see [naloxone](entry:naloxone)", "see [x](tool:ghost)", "slide 3: body links to no tool: 'tool:ghost'"),
    ('      title: "Stay with the person"\n', "", "slide 3: missing 'title'"),
    ('      title: "Stay with the person"', '      title: "Stay"\n      colour: red', "slide 3: unknown field(s) colour"),
    ("  - tool: cows", "  - tool: stopwatch", "slide 4: unknown tool 'stopwatch'"),
    ("      answer: 1\n", "      answer: 3\n", "slide 5: answer 3 is out of range: options are numbered 0-2"),
    ("      answer: 1\n", "      answer: -1\n", "slide 5: answer -1 is out of range"),
    ("      answer: 1\n", "      answer: yes\n", "slide 5: 'answer' must be the 0-based index"),
    ("      answer: 1\n", "      answer: \"1\"\n", "slide 5: 'answer' must be the 0-based index"),
    ("      answer: 1\n", "", "slide 5: missing 'answer'"),
    ('["Water", "Naloxone", "Coffee"]', '["Naloxone"]', "slide 5: has 1 option(s): a quiz needs 2-6"),
    ('["Water", "Naloxone", "Coffee"]', '["a", "b", "c", "d", "e", "f", "g"]', "slide 5: has 7 option(s): a quiz needs 2-6"),
    ('["Water", "Naloxone", "Coffee"]', '"Naloxone"', "slide 5: 'options' must be a list"),
    ('["Water", "Naloxone", "Coffee"]', '["Water", no, "Coffee"]', "slide 5: option 2 was read as false: put it in quotes"),
    ('["Water", "Naloxone", "Coffee"]', '["Water", "", "Coffee"]', "slide 5: option 2 is empty or not text"),
    ('      explanation: "Naloxone reverses the effects of opioids."',
     '      explanation: "Two\\nlines."', "slide 5: 'explanation' must be one line"),
    ('      explanation: "Naloxone reverses the effects of opioids."\n', "", "slide 5: missing 'explanation'"),
    ("      entry: naloxone\n  - quiz:", "  - quiz:", "slide 5: missing 'entry'"),
    ("      entry: naloxone\n  - quiz:", "      entry: nalox\n  - quiz:", "slide 5: unknown entry 'nalox'"),
    ("      answer: 1\n", "      answer: 1\n      hint: water\n", "slide 5: unknown field(s) hint"),
])
def test_bad_lesson_is_refused_naming_file_and_slide(content_copy, old, new, expected):
    assert old in LESSON, old
    write_lesson(content_copy, LESSON.replace(old, new, 1))
    found = problems(content_copy)
    assert any(p.startswith(f"{FILE}: ") and expected in p for p in found), found


def test_missing_or_empty_slides(content_copy):
    write_lesson(content_copy, 'title: "No slides"\n')
    assert f"{FILE}: missing 'slides': a list of slides that ends with a quiz" in problems(content_copy)
    write_lesson(content_copy, 'title: "No slides"\nslides: []\n')
    assert f"{FILE}: 'slides' must be a list of at least one slide" in problems(content_copy)


def test_lesson_must_end_with_a_quiz(content_copy):
    write_lesson(content_copy, LESSON + "  - entry: naloxone\n")
    assert f"{FILE}: the lesson must end with at least one quiz slide" in problems(content_copy)


def test_every_problem_is_listed_at_once(content_copy):
    bad = (LESSON.replace("  - tool: cows", "  - tool: stopwatch")
                 .replace("      answer: 1\n", "      answer: 9\n")
                 .replace("entry: recognising-overdose", "entry: ghost"))
    write_lesson(content_copy, bad)
    found = [p for p in problems(content_copy) if p.startswith(FILE)]
    assert len(found) == 3, found


def test_section_of_a_broken_entry_is_not_reported_twice(content_copy):
    naloxone = content_copy / "overdose" / "naloxone.md"
    naloxone.write_text(naloxone.read_text(encoding="utf-8").replace("reviewed: 2026-01-15", "reviewed: soon"),
                        encoding="utf-8")
    write_lesson(content_copy)
    found = problems(content_copy)
    assert any("naloxone.md" in p and "'reviewed'" in p for p in found)
    assert not any(p.startswith(FILE) for p in found), found


def test_lesson_file_names_and_strays(content_copy):
    write_lesson(content_copy, name="Bad_Name")
    (content_copy / "lessons" / "notes.txt").write_text("x", encoding="utf-8")
    found = problems(content_copy)
    assert any("lessons/Bad_Name.yaml: invalid name" in p for p in found)
    assert any("lessons/notes.txt: unexpected file" in p for p in found)


def test_yaml_errors_are_reported_for_the_lesson(content_copy):
    write_lesson(content_copy, LESSON + 'title: "Again"\n')
    assert any(p.startswith(FILE) and "appears twice" in p for p in problems(content_copy))


# --- compiled and read back ----------------------------------------------------------------


def test_text_slides_are_rendered_at_build_time_without_raw_html(lesson_store):
    slide = load_lesson(lesson_store, "first-aid").slides[2]
    assert slide.kind == "text" and slide.title == "Stay with the person"
    assert "<strong>watching</strong>" in slide.body_html
    assert '<a href="entry:naloxone">naloxone</a>' in slide.body_html
    assert "<script>" not in slide.body_html and "&lt;script&gt;" in slide.body_html
    assert slide.sources == ("other-source",)


def test_load_lesson_reads_every_kind(lesson_store):
    lesson = load_lesson(lesson_store, "first-aid")
    assert (lesson.title, lesson.audience, lesson.minutes) == ("First aid for an overdose", "Outreach workers", 10)
    entry, section, _text, tool, quiz, _quiz2 = lesson.slides
    assert (entry.kind, entry.entry, entry.section) == ("entry", "recognising-overdose", None)
    assert (section.entry, section.section) == ("naloxone", "What to do")
    assert tool.tool == "cows"
    assert quiz.quiz.options == ("Water", "Naloxone", "Coffee") and quiz.quiz.answer == 1
    assert lesson.quiz_number(4) == (1, 2) and lesson.quiz_number(5) == (2, 2)
    assert lesson.quiz_number(0) == (0, 2)


def test_lesson_names_sorted_by_title(content_copy, tmp_path):
    write_lesson(content_copy)
    write_lesson(content_copy, LESSON.replace("First aid for an overdose", "A short refresher"), "refresher")
    build(content_copy, tmp_path / "two.db")
    store = Store(tmp_path / "two.db")
    try:
        assert lesson_names(store) == [("refresher", "A short refresher"),
                                       ("first-aid", "First aid for an overdose")]
    finally:
        store.close()


def test_content_without_lessons(store):
    assert lesson_names(store) == []
    with pytest.raises(UnknownLesson):
        load_lesson(store, "first-aid")


def test_unknown_lesson_suggests_close_names(lesson_store):
    with pytest.raises(UnknownLesson) as info:
        load_lesson(lesson_store, "first-aide")
    assert info.value.exit_code == 2
    assert str(info.value) == "No lesson named 'first-aide'. Did you mean: first-aid?"
    with pytest.raises(UnknownLesson) as info:
        load_lesson(lesson_store, "zzzz")
    assert str(info.value) == "No lesson named 'zzzz'."


def test_lessons_build_byte_identical(content_copy, tmp_path):
    write_lesson(content_copy)
    build(content_copy, tmp_path / "a.db")
    build(content_copy, tmp_path / "b.db")
    assert (tmp_path / "a.db").read_bytes() == (tmp_path / "b.db").read_bytes()


# --- entry sections ------------------------------------------------------------------------


def test_sections_of_a_rendered_body():
    body = ("<p>intro</p>\n<h2>What it is</h2>\n<p>one</p>\n<h2>Notes &amp; <em>more</em></h2>\n"
            "<p>two</p>\n<h2>Last</h2>\n<ul><li>three</li></ul>\n")
    assert section_titles(body) == ["What it is", "Notes & more", "Last"]
    assert section_html(body, "What it is") == "<p>one</p>"
    assert section_html(body, "Notes & more") == "<p>two</p>"
    assert section_html(body, " Notes  &  more ") == "<p>two</p>"  # spacing does not matter
    assert section_html(body, "Notes &amp; more") is None
    assert section_html(body, "Last") == "<ul><li>three</li></ul>"
    assert section_html(body, "Missing") is None


# --- slides --------------------------------------------------------------------------------


def test_each_slide_kind_renders(lesson_store, renderer):
    lesson = load_lesson(lesson_store, "first-aid")
    pages = [slide_html(lesson_store, renderer, lesson, i) for i in range(len(lesson.slides))]
    assert "<h1>Recognising an overdose</h1>" in pages[0] and "Test red flag for recognising-overdose" in pages[0]
    assert "<h1>What to do</h1>" in pages[1] and "Test guidance for naloxone." in pages[1]
    assert "Reverses breathing" not in pages[1] and "What it is" not in pages[1]
    assert "<h1>Stay with the person</h1>" in pages[2] and "Sources: Other Publisher, n.d." in pages[2]
    assert "COWS: Clinical Opiate Withdrawal Scale" in pages[3] and "Press T to open the tool." in pages[3]
    assert "Question 1 of 2" in pages[4] and "Question 2 of 2" in pages[5]
    for number, page in enumerate(pages):
        assert "Something went wrong" not in page
        # the disclaimer opens the lesson (the end screen closes it), not on every slide
        assert (DISCLAIMER in page) == (number == 0), number
        assert f"background-color: {THEMES['contrast']['background']}" in page


def test_quiz_answer_only_when_revealed(lesson_store, renderer):
    lesson = load_lesson(lesson_store, "first-aid")
    hidden = slide_html(lesson_store, renderer, lesson, 4)
    shown = slide_html(lesson_store, renderer, lesson, 4, revealed=True)
    for page in (hidden, shown):
        assert "What reverses an opioid overdose?" in page
        assert all(option in page for option in ("Water", "Naloxone", "Coffee"))
    assert "Naloxone reverses the effects of opioids." not in hidden and "correct answer" not in hidden
    assert "Press A" in hidden
    assert "Naloxone reverses the effects of opioids." in shown and "Press A" not in shown
    assert re.search(r"Naloxone &#10004; \(correct answer\)", shown)
    assert 'href="entry:naloxone"' in shown


def test_tool_slide_when_the_tool_has_no_window(lesson_store, renderer):
    lesson = load_lesson(lesson_store, "first-aid")
    page = slide_html(lesson_store, renderer, lesson, 3, tool_titles={})
    assert "not available in this version" in page and "Press T" not in page


def test_translated_labels_win(lesson_store, renderer):
    lesson = load_lesson(lesson_store, "first-aid")
    page = slide_html(lesson_store, renderer, lesson, 4, labels={"question": "Pregunta", "of": "de"})
    assert "Pregunta 1 de 2" in page


# --- print ---------------------------------------------------------------------------------


def test_print_has_the_whole_lesson(lesson_store, renderer):
    page = lesson_print_html(lesson_store, renderer, "first-aid")
    order = ["<h1>First aid for an overdose</h1>", "Audience: Outreach workers", "10 minutes", "6 slides",
             "Slide 1 / 6", "Recognising an overdose", "Test red flag for recognising-overdose",
             "Slide 2 / 6", '<p class="category">Naloxone</p>', "<h2>What to do</h2>",
             "Test guidance for naloxone.",
             "Slide 3 / 6", "Stay with the person", "<strong>watching</strong>",
             "Slide 4 / 6", "COWS: Clinical Opiate Withdrawal Scale", "Open this tool in OpioidRef",
             "Slide 5 / 6", "What reverses an opioid overdose?", "Naloxone &#10004; (correct answer)",
             "Answer:</b> Naloxone reverses the effects of opioids.",
             "Slide 6 / 6", "2-3 minutes &#10004; (correct answer)",
             "<h2>Sources</h2>", "A test source. Test Publisher, 2020.", "Another test source. Other Publisher, n.d.",
             f"Content version {lesson_store.meta().content_version}", DISCLAIMER]
    positions = [page.find(text) for text in order]
    assert -1 not in positions, [t for t, p in zip(order, positions) if p == -1]
    assert positions == sorted(positions)
    assert page.count("Reviewed: 2026-01-15") == 2  # the two entry slides
    assert page.count("A test source.") == 1  # each source once
    assert "Press A" not in page and "Press T" not in page
    assert f"background-color: {THEMES['light']['background']}" in page
    assert "<h3>What it is</h3>" in page  # headings inside a slide's body sit below its title


def test_print_escapes_lesson_text(content_copy, tmp_path, renderer):
    write_lesson(content_copy, LESSON.replace("First aid for an overdose", "Overdose <b>basics</b> & more"))
    build(content_copy, tmp_path / "x.db")
    store = Store(tmp_path / "x.db")
    try:
        page = lesson_print_html(store, renderer, "first-aid")
    finally:
        store.close()
    assert "Overdose &lt;b&gt;basics&lt;/b&gt; &amp; more" in page and "<b>basics</b>" not in page


def test_print_unknown_lesson(lesson_store, renderer):
    with pytest.raises(UnknownLesson):
        lesson_print_html(lesson_store, renderer, "nothing")


# --- the bundled lessons -------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_store(bundled_db):
    store = Store(bundled_db)
    yield store
    store.close()


def test_bundled_lessons(bundled_store):
    names = dict(lesson_names(bundled_store))
    assert set(names) == {"overdose-recognition-and-response", "withdrawal-cows-and-buprenorphine",
                          "injection-site-complications"}
    for name in names:
        lesson = load_lesson(bundled_store, name)
        kinds = [s.kind for s in lesson.slides]
        assert 10 <= len(kinds) <= 16, name
        quiz_tail = len(kinds) - len("".join("q" if k == "quiz" else "x" for k in kinds).rstrip("q"))
        assert 3 <= quiz_tail <= 5, name
        assert lesson.minutes == 15 and lesson.audience
        assert {"entry", "text"} <= set(kinds), name
        for slide in lesson.slides:
            if slide.kind == "quiz":
                assert len(slide.quiz.explanation) <= 160, slide.quiz.question


def test_bundled_lessons_use_tools_and_vary_answers(bundled_store):
    tools = set()
    for name, _title in lesson_names(bundled_store):
        lesson = load_lesson(bundled_store, name)
        tools |= {s.tool for s in lesson.slides if s.kind == "tool"}
        answers = [s.quiz.answer for s in lesson.slides if s.kind == "quiz"]
        assert len(set(answers)) > 1, f"{name}: every right answer is in the same place"
    assert {"cows", "bodymap"} <= tools


def test_every_bundled_slide_renders(bundled_store):
    renderer = Renderer()
    for name, _title in lesson_names(bundled_store):
        lesson = load_lesson(bundled_store, name)
        for index in range(len(lesson.slides)):
            for revealed in (False, True):
                page = slide_html(bundled_store, renderer, lesson, index, revealed=revealed)
                assert "Something went wrong" not in page, (name, index)
                slide = lesson.slides[index]
                if slide.section:
                    assert section_html(bundled_store.get(slide.entry).body_html, slide.section), (name, index)
        printed = lesson_print_html(bundled_store, renderer, name)
        assert lesson.title in printed and DISCLAIMER in printed


def test_bundled_lessons_pass_the_build_checks():
    content = load_content(ROOT / "content")
    assert len(content.extras["lessons"]) == 3
