"""Lessons: content/lessons/<name>.yaml, validated like entries and compiled for the app.

    title: "Recognising and responding to an overdose"
    audience: "ER nurses, outreach workers"     # optional
    minutes: 15                                 # optional
    slides:                                     # each slide has exactly one of these keys
      - entry: recognising-overdose             # a whole entry
      - entry: naloxone                         # one "## " section of an entry
        section: "What to do"
      - text: {title: "Stay with the person", body: "Markdown written for the lesson."}
        sources: [samhsa-overdose-toolkit]      # optional, text slides only
      - tool: cows                              # a key of app.tools.TOOLS
      - quiz: {question: "…", options: ["…", "…"], answer: 1, explanation: "One line.",
               entry: naloxone}

A lesson must end with at least one quiz slide. compile() renders text slides' Markdown to
HTML with the build's Markdown setup (raw HTML shown as text, never interpreted).
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any

from app.content import ENTRY_LINK_RE, TOOL_LINK_RE
from app.lessons import SLIDE_KINDS, section_titles
from app.tools import TOOLS

NAME = "lessons"
FILES = "lessons/*.yaml"

LESSON_KEYS = ("title", "audience", "minutes", "slides")
TEXT_KEYS = ("title", "body")
QUIZ_KEYS = ("question", "options", "answer", "explanation", "entry")
EXTRA_SLIDE_KEYS = {"entry": {"section"}, "text": {"sources"}, "tool": set(), "quiz": set()}
MIN_OPTIONS, MAX_OPTIONS = 2, 6


def _markdown():
    from app.build import markdown as build_markdown

    return build_markdown()


@lru_cache(maxsize=256)
def _headings(body_md: str) -> tuple[str, ...]:
    """The "## " headings of an entry body, as the app finds them in the rendered HTML."""
    from app.build import render_body

    return tuple(section_titles(render_body(_markdown(), body_md)))


def _text(value: Any) -> str | None:
    """Stripped text, or None for anything that is not text (lists, mappings, booleans)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip()


class _Checker:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.problems: list[str] = []

    def add(self, message: str) -> None:
        self.problems.append(message)

    def required_text(self, where: str, mapping: dict, key: str) -> str:
        if key not in mapping:
            self.add(f"{where}missing '{key}'")
            return ""
        text = _text(mapping[key])
        if text is None:
            self.add(f"{where}'{key}' must be text")
            return ""
        if not text:
            self.add(f"{where}'{key}' is empty")
        return text

    def unknown_keys(self, where: str, mapping: dict, allowed) -> None:
        unknown = sorted(set(map(str, mapping)) - set(allowed))
        if unknown:
            self.add(f"{where}unknown field(s) {', '.join(unknown)} "
                     f"(allowed: {', '.join(allowed)})")

    def entry_slug(self, where: str, value: Any, field: str = "entry") -> str | None:
        slug = _text(value)
        if not slug:
            self.add(f"{where}'{field}' must be an entry slug")
            return None
        if slug not in self.ctx.present:
            close = difflib.get_close_matches(slug, sorted(self.ctx.present), n=3, cutoff=0.6)
            hint = f" (did you mean: {', '.join(close)}?)" if close else ""
            self.add(f"{where}unknown entry '{slug}'{hint}")
            return None
        return slug

    # --- the lesson ------------------------------------------------------------------------
    def lesson(self, data: dict) -> None:
        self.unknown_keys("", data, LESSON_KEYS)
        self.required_text("", data, "title")
        if "audience" in data:
            self.required_text("", data, "audience")
        if "minutes" in data:
            minutes = data["minutes"]
            if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 600:
                self.add("'minutes' must be a whole number of minutes (1-600)")
        if "slides" not in data:
            self.add("missing 'slides': a list of slides that ends with a quiz")
            return
        slides = data["slides"]
        if not isinstance(slides, list) or not slides:
            self.add("'slides' must be a list of at least one slide")
            return
        for number, slide in enumerate(slides, start=1):
            self.slide(number, slide)
        if _kind(slides[-1]) != "quiz":
            self.add("the lesson must end with at least one quiz slide")

    def slide(self, number: int, slide: Any) -> None:
        where = f"slide {number}: "
        if not isinstance(slide, dict):
            self.add(f"{where}must be a mapping with one of {', '.join(SLIDE_KINDS)}")
            return
        kinds = [k for k in SLIDE_KINDS if k in slide]
        if len(kinds) != 1:
            found = f"has {', '.join(kinds)}" if kinds else "has none"
            self.add(f"{where}needs exactly one of {', '.join(SLIDE_KINDS)} ({found})")
            return
        kind = kinds[0]
        self.unknown_keys(where, slide, (kind, *sorted(EXTRA_SLIDE_KEYS[kind])))
        getattr(self, f"slide_{kind}")(where, slide)

    def slide_entry(self, where: str, slide: dict) -> None:
        slug = self.entry_slug(where, slide["entry"])
        if "section" not in slide:
            return
        section = _text(slide["section"])
        if not section:
            self.add(f"{where}'section' must be the text of a '## ' heading of the entry")
            return
        entry = self.ctx.entries.get(slug) if slug else None
        if entry is None:  # unknown, or an entry file with its own problems (reported there)
            return
        headings = _headings(entry.body_md)
        if " ".join(section.split()) not in headings:
            self.add(f"{where}entry '{slug}' has no section '{section}' "
                     f"(its '## ' headings: {'; '.join(headings) or 'none'})")

    def slide_text(self, where: str, slide: dict) -> None:
        text = slide["text"]
        if not isinstance(text, dict):
            self.add(f"{where}'text' must be a mapping with title and body")
        else:
            self.unknown_keys(where, text, TEXT_KEYS)
            self.required_text(where, text, "title")
            body = self.required_text(where, text, "body")
            for target in dict.fromkeys(ENTRY_LINK_RE.findall(body)):
                if target not in self.ctx.present:
                    self.add(f"{where}body links to no entry: 'entry:{target}'")
            for name in dict.fromkeys(TOOL_LINK_RE.findall(body)):
                if name not in TOOLS:
                    self.add(f"{where}body links to no tool: 'tool:{name}' "
                             f"(known: {', '.join(TOOLS)})")
        if "sources" in slide:
            sources = slide["sources"]
            if not isinstance(sources, list) or not sources:
                self.add(f"{where}'sources' must be a list of source ids from sources.yaml")
                return
            for sid in sources:
                if _text(sid) not in self.ctx.sources:
                    self.add(f"{where}unknown source id '{sid}' (not in sources.yaml)")

    def slide_tool(self, where: str, slide: dict) -> None:
        name = _text(slide["tool"])
        if name not in TOOLS:
            self.add(f"{where}unknown tool '{slide['tool']}' (known: {', '.join(TOOLS)})")

    def slide_quiz(self, where: str, slide: dict) -> None:
        quiz = slide["quiz"]
        if not isinstance(quiz, dict):
            self.add(f"{where}'quiz' must be a mapping with {', '.join(QUIZ_KEYS)}")
            return
        self.unknown_keys(where, quiz, QUIZ_KEYS)
        self.required_text(where, quiz, "question")
        explanation = self.required_text(where, quiz, "explanation")
        if "\n" in explanation:
            self.add(f"{where}'explanation' must be one line")
        if "entry" in quiz:
            self.entry_slug(where, quiz["entry"])
        else:
            self.add(f"{where}missing 'entry' (the entry that explains the answer)")
        options = quiz.get("options")
        if not isinstance(options, list):
            self.add(f"{where}'options' must be a list of {MIN_OPTIONS}-{MAX_OPTIONS} answers")
            options = []
        elif not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            self.add(f"{where}has {len(options)} option(s): "
                     f"a quiz needs {MIN_OPTIONS}-{MAX_OPTIONS}")
        for position, option in enumerate(options, start=1):
            text = _text(option)
            if isinstance(option, bool):
                self.add(f"{where}option {position} was read as {str(option).lower()}: "
                         "put it in quotes")
            elif not text:
                self.add(f"{where}option {position} is empty or not text")
        if "answer" not in quiz:
            self.add(f"{where}missing 'answer' (the 0-based index of the right option)")
            return
        answer = quiz["answer"]
        if isinstance(answer, bool) or not isinstance(answer, int):
            self.add(f"{where}'answer' must be the 0-based index of the right option")
        elif options and not 0 <= answer < len(options):
            self.add(f"{where}answer {answer} is out of range: "
                     f"options are numbered 0-{len(options) - 1}")


def _kind(slide: Any) -> str | None:
    if not isinstance(slide, dict):
        return None
    kinds = [k for k in SLIDE_KINDS if k in slide]
    return kinds[0] if len(kinds) == 1 else None


def check(data: dict, ctx) -> list[str]:
    """Problems in one lesson file, each a sentence naming the slide where it is."""
    checker = _Checker(ctx)
    checker.lesson(data)
    return checker.problems


def compile(items: dict[str, dict]) -> dict[str, dict]:  # noqa: A001 (the extension API's name)
    """What the app reads: each lesson by name, text slides rendered to HTML."""
    from app.build import render_body

    md = _markdown()
    lessons = {}
    for name in sorted(items):
        data = items[name]
        slides = []
        for raw in data["slides"]:
            kind = _kind(raw)
            slide: dict[str, Any] = {"kind": kind}
            if kind == "entry":
                slide["entry"] = _text(raw["entry"])
                if "section" in raw:
                    slide["section"] = " ".join(_text(raw["section"]).split())
            elif kind == "text":
                slide["title"] = _text(raw["text"]["title"])
                slide["body_html"] = render_body(md, _text(raw["text"]["body"]))
                slide["sources"] = [_text(s) for s in raw.get("sources", [])]
            elif kind == "tool":
                slide["tool"] = _text(raw["tool"])
            else:
                quiz = raw["quiz"]
                slide["quiz"] = {
                    "question": _text(quiz["question"]),
                    "options": [_text(o) for o in quiz["options"]],
                    "answer": quiz["answer"],
                    "explanation": _text(quiz["explanation"]),
                    "entry": _text(quiz["entry"]),
                }
            slides.append(slide)
        lessons[name] = {
            "title": _text(data["title"]),
            "audience": _text(data.get("audience", "")) or "",
            "minutes": data.get("minutes"),
            "slides": slides,
        }
    return lessons
