"""content/bodymap.yaml: the injection sites marked on the body map's front and back figures.

    sites:
      - id: groin                       # lowercase letters, digits and hyphens; unique
        name: Groin (inner thigh)
        view: front                     # front or back: which figure the hotspot is on
        hotspot: {x: 0.58, y: 0.54, r: 0.07}
        what_you_see: Scars or wounds in the crease of the groin ...
        complications: [groin-dvt, femoral-pseudoaneurysm]   # entry slugs, at least one
        notes: [Image any groin lump before anyone cuts into it.]   # optional
        sources: [darke-2001, roszler-1989]                  # ids from sources.yaml

The hotspot is in the figure's own coordinates: x and y from 0 (left, top) to 1 (right,
bottom) of the figure; r, the radius, as a fraction of the figure's width (above 0, at most
MAX_RADIUS). Recognition only: the texts say what is seen, never how to inject.
"""

from __future__ import annotations

import re
from typing import Any

from app.content_ext import CheckContext
from app.content_ext.comparison import RecordCheck, records, top_level

NAME = "bodymap"
FILES = "bodymap.yaml"

VIEWS = ("front", "back")
MAX_RADIUS = 0.25
SITE_KEYS = {"id", "name", "view", "hotspot", "what_you_see", "complications", "notes", "sources"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check(data: dict, ctx: CheckContext) -> list[str]:
    problems: list[str] = []
    top_level(data, {"sites"}, problems)
    ids: dict[str, int] = {}
    for number, site in enumerate(records(data, "sites", problems), start=1):
        record = RecordCheck(site, f"site {number}", ctx, problems)
        if not record.ok:
            continue
        sid = record.text("id")
        if sid:
            record.where = f"site '{sid}'"
            if not ID_RE.match(sid):
                record.report("has an invalid id: use lowercase letters, digits and hyphens")
            if sid in ids:
                record.report(f"repeats the id of site {ids[sid]}")
            ids.setdefault(sid, number)
        record.only(SITE_KEYS)
        record.text("name")
        view = record.text("view")
        if view and view not in VIEWS:
            record.report(f"has view '{view}': use {' or '.join(VIEWS)}")
        _check_hotspot(record)
        record.text("what_you_see")
        record.slugs("complications")
        record.texts("notes", required=False)
        record.sources()
    return problems


def _check_hotspot(record: RecordCheck) -> None:
    hotspot = record.record.get("hotspot")
    if hotspot is None:
        record.report("is missing 'hotspot' ({x: …, y: …, r: …})")
        return
    if not isinstance(hotspot, dict):
        record.report("'hotspot' must be a mapping {x: …, y: …, r: …}")
        return
    unknown = sorted(set(map(str, hotspot)) - {"x", "y", "r"})
    if unknown:
        record.report(f"'hotspot' has unknown field(s) {', '.join(unknown)} (allowed: x, y, r)")
    limits = {"x": (0.0, 1.0, "from 0 to 1"), "y": (0.0, 1.0, "from 0 to 1"),
              "r": (0.0, MAX_RADIUS, f"above 0 and at most {MAX_RADIUS}")}
    for key, (low, high, wording) in limits.items():
        value = hotspot.get(key)
        if value is None:
            record.report(f"'hotspot' is missing '{key}'")
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            record.report(f"'hotspot' {key} must be a number, not {value!r}")
        elif not (low <= value <= high) or (key == "r" and value <= 0):
            record.report(f"'hotspot' {key} = {value} is out of range ({wording})")


def compile(items: dict[str, Any]) -> dict[str, Any]:  # noqa: A001 (the extension API's name)
    """The sites as stored, in the author's order (no sites when the file is absent)."""
    data = items.get("bodymap") or {}
    sites = []
    for site in data.get("sites", []):
        hotspot = site["hotspot"]
        sites.append({
            "id": str(site["id"]).strip(),
            "name": str(site["name"]).strip(),
            "view": str(site["view"]).strip(),
            "x": float(hotspot["x"]), "y": float(hotspot["y"]), "r": float(hotspot["r"]),
            "what_you_see": str(site["what_you_see"]).strip(),
            "complications": [str(s).strip() for s in site["complications"]],
            "notes": [str(n).strip() for n in site.get("notes") or []],
            "sources": [str(s).strip() for s in site["sources"]],
        })
    return {"sites": sites}
