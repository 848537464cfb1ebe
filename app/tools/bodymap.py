"""The injection-site body map without Qt: sites (content/bodymap.yaml), where the two figures
and their hotspots fall in a canvas of any size, which site a point hits, and the detail HTML.

Coordinates: a hotspot's x and y run from 0 to 1 across and down its figure, and r is a
fraction of the figure's width (see app/content_ext/bodymap.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup

from app.models import Source

VIEWS = ("front", "back")

LABELS: dict[str, str] = {
    "front": "Front",
    "back": "Back",
    "what_you_see": "What you see",
    "complications": "Complications most linked to this site",
    "notes": "Take care",
    "sources": "Sources",
}
"""English texts of the detail pane; the GUI passes translated ones."""


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    view: str
    x: float
    y: float
    r: float
    what_you_see: str
    complications: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Circle:
    x: float
    y: float
    radius: float

    def contains(self, px: float, py: float) -> bool:
        return math.hypot(px - self.x, py - self.y) <= self.radius


def sites_from(data: dict | None) -> list[Site]:
    """The sites as the content database stores them (Store.extra("bodymap"))."""
    return [
        Site(id=s["id"], name=s["name"], view=s["view"], x=s["x"], y=s["y"], r=s["r"],
             what_you_see=s["what_you_see"], complications=tuple(s["complications"]),
             notes=tuple(s["notes"]), sources=tuple(s["sources"]))
        for s in (data or {}).get("sites", [])
    ]


def figure_rects(width: float, height: float, aspect: float, caption: float = 0.0,
                 margin: float = 8.0) -> dict[str, Rect]:
    """Where the front and back figures go, side by side, in a width x height canvas.

    aspect is a figure's width / height; caption is the height kept above each figure for its
    label. Each figure is as large as its half of the canvas allows, centred, never distorted.
    """
    slot_w = max(width / 2 - 2 * margin, 1.0)
    slot_h = max(height - caption - 2 * margin, 1.0)
    fig_w = min(slot_w, slot_h * aspect)
    fig_h = fig_w / aspect
    top = margin + caption + (slot_h - fig_h) / 2
    rects = {}
    for index, view in enumerate(VIEWS):
        left = index * width / 2 + margin + (slot_w - fig_w) / 2
        rects[view] = Rect(left, top, fig_w, fig_h)
    return rects


def hotspot(site: Site, rect: Rect, min_radius: float = 0.0) -> Circle:
    """The site's circle in canvas coordinates, never smaller than min_radius (to stay easy
    to click)."""
    return Circle(rect.x + site.x * rect.w, rect.y + site.y * rect.h,
                  max(site.r * rect.w, min_radius))


def site_at(sites: list[Site], rects: dict[str, Rect], px: float, py: float,
            min_radius: float = 0.0) -> Site | None:
    """The site whose hotspot contains the point; the nearest centre wins where two overlap."""
    best, best_distance = None, math.inf
    for site in sites:
        rect = rects.get(site.view)
        if rect is None:
            continue
        circle = hotspot(site, rect, min_radius)
        if circle.contains(px, py):
            distance = math.hypot(px - circle.x, py - circle.y)
            if distance < best_distance:
                best, best_distance = site, distance
    return best


def detail_html(site: Site, titles: dict[str, str], sources: list[Source],
                labels: dict | None = None) -> str:
    """The detail pane for one site: what is seen, linked complications, notes and sources.

    Plain HTML without colours, so the pane follows the window's palette (every theme).
    """
    t = {**LABELS, **(labels or {})}
    parts = [Markup("<h2>{}</h2><p><i>{}</i></p>").format(site.name, t.get(site.view, site.view)),
             Markup("<h3>{}</h3><p>{}</p>").format(t["what_you_see"], site.what_you_see),
             Markup("<h3>{}</h3><ul>").format(t["complications"])]
    parts += [Markup('<li><a href="entry:{}">{}</a></li>').format(slug, titles.get(slug, slug))
              for slug in site.complications]
    parts.append(Markup("</ul>"))
    if site.notes:
        parts.append(Markup("<h3>{}</h3><ul>").format(t["notes"]))
        parts += [Markup("<li>{}</li>").format(note) for note in site.notes]
        parts.append(Markup("</ul>"))
    if sources:
        parts.append(Markup("<h3>{}</h3><ol>").format(t["sources"]))
        parts += [Markup("<li>{}. {}, {}.</li>").format(s.title, s.publisher, s.year)
                  for s in sources]
        parts.append(Markup("</ol>"))
    return str(Markup("").join(parts))


def site_details(store, site: Site, labels: dict | None = None) -> str:
    """detail_html with the entry titles and sources looked up in the content database."""
    return detail_html(site, store.titles(list(site.complications)),
                       store.sources(list(site.sources)), labels)
