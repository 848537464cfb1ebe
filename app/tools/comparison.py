"""Intoxication vs withdrawal: the comparison table (content/comparison.yaml) made ready for
resources/templates/comparison.html. No Qt: the GUI window and any other face render the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Source

LABELS: dict[str, str] = {
    "comparison_title": "Intoxication vs withdrawal",
    "comparison_intro": "Intoxication slows the body down; withdrawal speeds it up. Breathing and "
                        "consciousness decide which one is the emergency.",
    "feature": "Feature",
    "intoxication": "Intoxication / overdose",
    "withdrawal": "Withdrawal",
    "entries": "In the reference",
    "notes": "Notes",
    "sources": "Sources",
    "no_rows": "The comparison table is not in this version of the content.",
}
"""English texts of the page; the GUI passes translated ones."""


@dataclass(frozen=True)
class Row:
    feature: str
    intoxication: str
    withdrawal: str
    links: tuple[tuple[str, str], ...]
    """(slug, title) of each linked entry, in the author's order."""
    refs: tuple[int, ...]
    """Numbers of the row's sources in the page's source list."""


@dataclass(frozen=True)
class Note:
    text: str
    refs: tuple[int, ...]


@dataclass(frozen=True)
class Comparison:
    rows: tuple[Row, ...]
    notes: tuple[Note, ...]
    sources: tuple[Source, ...]
    """Every source cited, numbered in order of first citation (1-based in the page)."""


def build(data: dict | None, titles: dict[str, str], sources: dict[str, Source]) -> Comparison:
    """The page's content from the stored table, entry titles by slug and sources by id."""
    data = data or {}
    order: list[str] = []

    def refs(ids: list[str]) -> tuple[int, ...]:
        numbers = []
        for sid in ids:
            if sid not in sources:
                continue
            if sid not in order:
                order.append(sid)
            numbers.append(order.index(sid) + 1)
        return tuple(sorted(set(numbers)))  # "1,4,5", never "4,1,5" or "1,1"

    rows = tuple(
        Row(feature=row["feature"], intoxication=row["intoxication"], withdrawal=row["withdrawal"],
            links=tuple((slug, titles.get(slug, slug)) for slug in row["links"]),
            refs=refs(row["sources"]))
        for row in data.get("rows", [])
    )
    notes = tuple(Note(text=n["text"], refs=refs(n["sources"])) for n in data.get("notes", []))
    return Comparison(rows=rows, notes=notes, sources=tuple(sources[sid] for sid in order))


def load(store) -> Comparison:
    """The comparison as the content database holds it."""
    data = store.extra("comparison") or {}
    slugs = [slug for row in data.get("rows", []) for slug in row["links"]]
    cited = (*data.get("rows", []), *data.get("notes", []))
    ids = list(dict.fromkeys(sid for item in cited for sid in item["sources"]))
    sources = {s.id: s for s in store.sources(ids)}
    return build(data, store.titles(list(dict.fromkeys(slugs))), sources)


def page_html(renderer, comparison: Comparison, theme: str | None,
              labels: dict | None = None) -> str:
    """The whole page (base.html: theme colours, disclaimer); links are entry:<slug>."""
    merged = {**LABELS, **(labels or {})}
    return renderer.page("comparison.html", theme, merged, comparison=comparison)
