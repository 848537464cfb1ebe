"""The import-time check that every page of a content database can be shown and printed: each
entry on screen and on paper, each lesson (every slide and its print version), the comparison
table, the body map's sites and a few searches. About 250 ms on the bundled content, so it runs
before an update is installed, not at every start (app.integrity says what runs when).

Anything raised while showing a page fails the check, whatever its kind: the point is that no
page of an accepted update can end in a traceback later.
"""

from __future__ import annotations

from app.integrity import Problem

SEARCH_SAMPLE = 20
"""Entries whose titles are searched for (spread over the whole list)."""


def display_problem(store) -> Problem | None:
    from app.render import Renderer

    renderer = Renderer(strict=True)
    try:
        slugs = [row["slug"] for row in store.list_entries()]
    except Exception as exc:  # noqa: BLE001
        return Problem("display", f"the list of entries cannot be shown ({type(exc).__name__}: {exc})")
    for slug in slugs:
        problem = _attempt(f"the entry {slug!r}", _show_entry, store, renderer, slug)
        if problem:
            return problem
    for what, show in _extra_pages():
        problem = _attempt(what, show, store, renderer)
        if problem:
            return problem
    return _attempt("search", _search, store, slugs)


def _attempt(what: str, show, *args) -> Problem | None:
    try:
        show(*args)
    except Exception as exc:  # noqa: BLE001 - any failure of any page fails the check
        return Problem("display", f"{what} cannot be shown ({type(exc).__name__}: {exc})")
    return None


def _show_entry(store, renderer, slug: str) -> None:
    from app.cli import entry_as_text
    from app.printdoc import print_document

    entry = store.get(slug)
    renderer.entry(entry)
    entry_as_text(entry)
    print_document(store, renderer, slug)


def _extra_pages():
    yield "the lessons", _show_lessons
    yield "the intoxication vs withdrawal table", _show_comparison
    yield "the body map", _show_bodymap


def _show_lessons(store, renderer) -> None:
    from app.lessons import lesson_names, load_lesson, slide_html
    from app.printdoc import print_document

    for name, _title in lesson_names(store):
        lesson = load_lesson(store, name)
        for index in range(len(lesson.slides)):
            slide_html(store, renderer, lesson, index, revealed=True)
        print_document(store, renderer, f"lesson:{name}")


def _show_comparison(store, renderer) -> None:
    from app.tools import comparison

    comparison.page_html(renderer, comparison.load(store), None)


def _show_bodymap(store, renderer) -> None:
    from app.tools import bodymap

    for site in bodymap.sites_from(store.extra("bodymap")):
        bodymap.site_details(store, site)


def _search(store, slugs: list[str]) -> None:
    from app.search import Searcher

    searcher = Searcher(store.conn)
    titles = store.titles(slugs[:: max(1, len(slugs) // SEARCH_SAMPLE)])
    for title in titles.values():
        searcher.search(title, 5)
    searcher.search("nalxone withdrawl", 5)  # the typo fallback reads the vocabulary
