"""Lessons for trainers: read the compiled lessons, render a slide, print a whole lesson (no Qt).

A lesson is content (content/lessons/<name>.yaml, validated and compiled by
app.content_ext.lessons). The database stores each lesson with its text slides already rendered
to HTML; this module turns that into Lesson objects and into HTML pages through the one
Renderer: one page per slide for the presentation window, one document for print and PDF.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from markupsafe import Markup

from app.errors import UnknownName
from app.models import Source, StoredEntry
from app.tools import TOOLS

if TYPE_CHECKING:
    from app.render import Renderer
    from app.store import Store

EXTRA_NAME = "lessons"
"""Key of the compiled lessons in the database (Store.extra)."""

SLIDE_KINDS = ("entry", "text", "tool", "quiz")

LESSON_LABELS: dict[str, str] = {
    "audience": "Audience",
    "minutes": "minutes",
    "slides": "slides",
    "slide": "Slide",
    "question": "Question",
    "of": "of",
    "answer": "Answer",
    "correct": "correct answer",
    "read_more": "Read more",
    "tool_slide": "Tool",
    "tool_hint": "Press T to open the tool.",
    "tool_missing": "This tool is not available in this version of OpioidRef.",
    "tool_print": "Open this tool in OpioidRef during the lesson.",
    "quiz_hint": "Press A (or the next key) to show the answer.",
    "sources_used": "Sources",
    "lesson": "Lesson",
}
"""English defaults for the words the slide and print templates use; the GUI passes
translations, which win."""

_H2_RE = re.compile(r"<h2>(.*?)</h2>", re.S)
_TAG_RE = re.compile(r"<[^>]+>")


class UnknownLesson(UnknownName):
    """No lesson has this name."""

    exit_code = 2
    noun = "lesson"


@dataclass(frozen=True)
class Quiz:
    question: str
    options: tuple[str, ...]
    answer: int
    """0-based index of the right option."""
    explanation: str
    entry: str
    """Slug of the entry that explains the answer."""


@dataclass(frozen=True)
class Slide:
    kind: str
    """One of SLIDE_KINDS."""
    entry: str | None = None
    section: str | None = None
    """For a part of an entry: the text of one of its "## " headings."""
    title: str = ""
    body_html: str = ""
    """Text slides: the Markdown body, rendered at build time."""
    sources: tuple[str, ...] = ()
    """Text slides: source ids from sources.yaml."""
    tool: str | None = None
    quiz: Quiz | None = None


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    audience: str
    minutes: int | None
    slides: tuple[Slide, ...]

    def quiz_number(self, index: int) -> tuple[int, int]:
        """(1-based number of the quiz slide at index among the quiz slides, how many)."""
        quizzes = [i for i, s in enumerate(self.slides) if s.kind == "quiz"]
        return (quizzes.index(index) + 1 if index in quizzes else 0), len(quizzes)


# --- reading -------------------------------------------------------------------------------


def _compiled(store: Store) -> dict:
    data = store.extra(EXTRA_NAME)
    return data if isinstance(data, dict) else {}


def lesson_names(store: Store) -> list[tuple[str, str]]:
    """(name, title) of every lesson, by title."""
    items = [(name, str(data.get("title", name))) for name, data in _compiled(store).items()]
    return sorted(items, key=lambda item: (item[1].casefold(), item[0]))


def load_lesson(store: Store, name: str) -> Lesson:
    """The lesson called name; UnknownLesson (with close names) if there is none."""
    compiled = _compiled(store)
    data = compiled.get(name)
    if data is None:
        raise UnknownLesson(name, _suggest(name, compiled))
    return _lesson(name, data)


def _suggest(name: str, compiled: dict, limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    choices = {key: f"{key} {data.get('title', '')}" for key, data in compiled.items()}
    found = process.extract(str(name), choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [key for _choice, _score, key in found]


def _lesson(name: str, data: dict) -> Lesson:
    slides = []
    for raw in data.get("slides", []):
        kind = raw["kind"]
        quiz = None
        if kind == "quiz":
            q = raw["quiz"]
            quiz = Quiz(question=q["question"], options=tuple(q["options"]),
                        answer=int(q["answer"]), explanation=q["explanation"], entry=q["entry"])
        slides.append(Slide(
            kind=kind, entry=raw.get("entry"), section=raw.get("section"),
            title=raw.get("title", ""), body_html=raw.get("body_html", ""),
            sources=tuple(raw.get("sources", ())), tool=raw.get("tool"), quiz=quiz,
        ))
    minutes = data.get("minutes")
    return Lesson(name=name, title=data["title"], audience=data.get("audience", ""),
                  minutes=int(minutes) if minutes is not None else None, slides=tuple(slides))


# --- entry sections ------------------------------------------------------------------------


def heading_text(fragment: str) -> str:
    """The plain text of a rendered heading, as an author would type it after "## "."""
    return " ".join(html.unescape(_TAG_RE.sub("", fragment)).split())


def section_titles(body_html: str) -> list[str]:
    """The "## " headings of a rendered entry body, in order."""
    return [heading_text(m.group(1)) for m in _H2_RE.finditer(body_html)]


def section_html(body_html: str, section: str) -> str | None:
    """The HTML of one "## " section of a rendered entry body (heading excluded), or None."""
    wanted = " ".join(section.split())
    matches = list(_H2_RE.finditer(body_html))
    for i, match in enumerate(matches):
        if heading_text(match.group(1)) == wanted:
            end = matches[i + 1].start() if i + 1 < len(matches) else len(body_html)
            return body_html[match.end():end].strip()
    return None


# --- rendering -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _SlideView:
    """What slide.html and lesson_print.html show for one slide."""

    kind: str
    number: int
    title: str = ""
    heading: str = ""
    """Entry sections: the section's heading."""
    body: str = ""
    entry: StoredEntry | None = None
    sources: tuple[Source, ...] = ()
    tool: str = ""
    tool_available: bool = True
    quiz: Quiz | None = None
    quiz_number: int = 0
    quiz_count: int = 0
    quiz_entry_title: str = ""


def _labels(labels: dict | None) -> dict:
    return {**LESSON_LABELS, **(labels or {})}


def _view(store: Store, lesson: Lesson, index: int, tool_titles: dict[str, str]) -> _SlideView:
    slide = lesson.slides[index]
    number = index + 1
    if slide.kind == "entry":
        entry = store.get(slide.entry)
        if slide.section:
            part = section_html(entry.body_html, slide.section)
            return _SlideView("section", number, title=entry.title, heading=slide.section,
                              body=Markup(part or ""), entry=entry, sources=entry.sources)
        return _SlideView("entry", number, title=entry.title, body=Markup(entry.body_html),
                          entry=entry, sources=entry.sources)
    if slide.kind == "text":
        return _SlideView("text", number, title=slide.title, body=Markup(slide.body_html),
                          sources=tuple(store.sources(list(slide.sources))))
    if slide.kind == "tool":
        title = tool_titles.get(slide.tool, TOOLS.get(slide.tool, slide.tool))
        return _SlideView("tool", number, title=title, tool=slide.tool,
                          tool_available=slide.tool in tool_titles)
    quiz = slide.quiz
    position, count = lesson.quiz_number(index)
    titles = store.titles([quiz.entry])
    return _SlideView("quiz", number, title=quiz.question, quiz=quiz, quiz_number=position,
                      quiz_count=count, quiz_entry_title=titles.get(quiz.entry, quiz.entry))


def slide_html(store: Store, renderer: Renderer, lesson: Lesson, index: int, *,
               theme: str = "contrast", labels: dict | None = None, revealed: bool = False,
               tool_titles: dict[str, str] | None = None) -> str:
    """One slide as a page (slide.html). revealed shows a quiz's answer and explanation.
    tool_titles: the tools that can be opened, with their (translated) titles."""
    titles = dict(TOOLS) if tool_titles is None else tool_titles
    view = _view(store, lesson, index, titles)
    # The disclaimer opens and closes a lesson (first slide, end screen), not every slide.
    return renderer.page("slide.html", theme, _labels(labels), lesson=lesson, slide=view,
                         revealed=revealed, show_disclaimer=index == 0)


def _demote_headings(view: _SlideView) -> _SlideView:
    """In print each slide's title is an h2, so the headings inside its body become h3."""
    body = str(view.body).replace("<h2>", "<h3>").replace("</h2>", "</h3>")
    return replace(view, body=Markup(body))


def lesson_print_html(store: Store, renderer: Renderer, name: str, labels: dict | None = None,
                      theme: str = "print") -> str:
    """The whole lesson as one document for print and PDF, in the light theme: title, audience,
    every slide in order (quizzes with answer and explanation), each entry's reviewed date,
    the sources of all slides and the content version; base.html adds the disclaimer.
    UnknownLesson for an unknown name."""
    lesson = load_lesson(store, name)
    views = [_demote_headings(_view(store, lesson, i, dict(TOOLS)))
             for i in range(len(lesson.slides))]
    sources: dict[str, Source] = {}
    for view in views:
        for source in view.sources:
            sources.setdefault(source.id, source)
        if view.quiz is not None:
            for source in store.get(view.quiz.entry).sources:
                sources.setdefault(source.id, source)
    return renderer.page("lesson_print.html", theme, _labels(labels), lesson=lesson,
                         slides=views, sources=list(sources.values()), meta=store.meta())
