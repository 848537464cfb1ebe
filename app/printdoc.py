"""The print version of an entry, handout, lesson or tool page: one complete HTML document.

Black on white (the "print" palette), whatever theme the screen uses; title, category, summary,
red flags, body, see-also titles, sources with their year, reviewed date, content version and
the disclaimer. Links print as their titles: paper cannot follow them. No Qt here:
app.gui.printing lays the HTML out on pages and numbers them.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from markupsafe import Markup

from app.errors import AppError, UnknownEntry

PRINT_THEME = "print"
LESSON_PREFIX = "lesson:"

_LINK_TAG_RE = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)
_TITLE_RE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_PICTURE_SIZE_RE = re.compile(r'(<img class="picture"[^>]*?) width="(\d+)" height="(\d+)"')
PRINT_PICTURE_SCALE = 0.65
"""Pictures on paper at this share of their size on screen: read at arm's length, not across
a desk, and a handout must fit on two pages."""
_UNSAFE_FILE_CHARS_RE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


@dataclass(frozen=True)
class PrintDocument:
    """What a print or PDF export needs: the page footer's title, the HTML, a file name."""

    title: str
    html: str
    file_name: str
    """A suggested PDF file name, e.g. "naloxone.pdf"."""


def links_as_text(html: str) -> str:
    """Remove every <a> tag and keep its text, so each link prints as its title."""
    return _LINK_TAG_RE.sub("", html)


def for_paper(html: str) -> str:
    """A page as printed: links as their text, pictures at their size for paper."""
    return pictures_for_paper(links_as_text(html))


def pictures_for_paper(html: str, scale: float = PRINT_PICTURE_SCALE) -> str:
    """Every picture of the page (app.pictures) shown at `scale` of its size on screen."""
    return _PICTURE_SIZE_RE.sub(
        lambda m: f'{m.group(1)} width="{round(int(m.group(2)) * scale)}" '
                  f'height="{round(int(m.group(3)) * scale)}"', html)


def document_title(html: str) -> str:
    """The text of the document's <title>, or "" if it has none."""
    found = _TITLE_RE.search(html)
    return " ".join(html_lib.unescape(found.group(1)).split()) if found else ""


def safe_file_name(name: str, default: str = "opioidref.pdf") -> str:
    """A file name with no folder parts or characters that Windows, macOS or Linux refuse."""
    cleaned = _UNSAFE_FILE_CHARS_RE.sub("-", name).strip(" .-")
    return cleaned or default


def entry_print_html(store, renderer, slug: str, labels: dict | None = None) -> str:
    """The print document of one entry or handout. Raises UnknownEntry for an unknown slug."""
    return _entry_html(store, renderer, store.get(slug), labels)


def page_print_html(store, renderer, title: str, body_html: str,
                    labels: dict | None = None) -> str:
    """Any page on paper (a tool's summary, a lesson): the title, body_html (trusted HTML
    built by the caller with escaping), the content version and the disclaimer."""
    html = renderer.page("print_base.html", PRINT_THEME, labels, title=title,
                         body=Markup(body_html), meta=store.meta())
    return for_paper(html)


def print_document(store, renderer, name: str, labels: dict | None = None,
                   lang: str = "en") -> PrintDocument:
    """The document for a name as the CLI takes it: an entry or handout slug, or lesson:NAME.

    Raises AppError (exit code 2) with a sentence for people when nothing has that name.
    """
    name = name.strip()
    if name.startswith(LESSON_PREFIX):
        return _lesson_document(store, renderer, name[len(LESSON_PREFIX):].strip())
    if not name:
        raise AppError("Give the slug of an entry or handout, or lesson:NAME.")
    try:
        entry = store.get(name, lang)  # its translation in `lang`, where there is one
    except UnknownEntry as exc:
        raise AppError(str(exc)) from None
    return PrintDocument(handout_title(entry) if entry.handout else entry.title,
                         _entry_html(store, renderer, entry, labels),
                         safe_file_name(f"{entry.slug}.pdf"))


HANDOUT_PREFIX = re.compile(r"^handout:\s*", re.IGNORECASE)


def handout_title(entry) -> str:
    """A handout's title on paper: without the "Handout:" that tells it apart in the app."""
    title = HANDOUT_PREFIX.sub("", entry.title)
    return title[:1].upper() + title[1:]


def publishers(sources) -> list[str]:
    """A handout's sources as one short line's parts: each publisher and year once, without
    the bracketed detail ("McGraw Hill (AccessEmergencyMedicine)" prints as "McGraw Hill") or
    an unknown year ("n.d."); a list of authors prints as their bracketed organisation
    ("Weimer MB, et al. (American Society of Addiction Medicine)")."""
    parts = []
    for source in sources:
        name, _, detail = source.publisher.partition(" (")
        if "et al" in name and detail.rstrip(")").strip():
            name = detail.rstrip(")")
        name = name.strip()
        year = source.year.strip() if source.year and source.year.strip() != "n.d." else ""
        parts.append(f"{name} {year}".strip())
    return list(dict.fromkeys(part for part in parts if part))


def _entry_html(store, renderer, entry, labels: dict | None) -> str:
    if entry.handout:  # for a family to take home (print_handout.html)
        html = renderer.page("print_handout.html", PRINT_THEME, labels, entry=entry,
                             title=handout_title(entry), publishers=publishers(entry.sources),
                             body=Markup(entry.body_html))
        return for_paper(html)
    html = renderer.page("print_entry.html", PRINT_THEME, labels, entry=entry,
                         body=Markup(entry.body_html), meta=store.meta())
    return for_paper(html)


def _lesson_document(store, renderer, lesson: str) -> PrintDocument:
    if not lesson:
        raise AppError("Give the lesson's name after 'lesson:' (lesson:NAME).")
    try:
        from app.lessons import lesson_print_html
    except ModuleNotFoundError as exc:
        if exc.name != "app.lessons":
            raise
        raise AppError("Lessons are not available in this version of OpioidRef.") from None
    try:
        html = links_as_text(lesson_print_html(store, renderer, lesson))
    except AppError as exc:
        raise AppError(str(exc)) from None
    return PrintDocument(document_title(html) or lesson, html,
                         safe_file_name(f"lesson-{lesson}.pdf"))
