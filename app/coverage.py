"""Completeness rules for the bundled reference, read from content/coverage.yaml.

The rules are data: a content folder without coverage.yaml (e.g. a test fixture) is only held
to the format rules in content.py.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from app.models import CATEGORIES, Entry, Source

HEADING_RE = re.compile(r"^##\s+(.+?)\s*$", re.M)
KNOWN_KEYS = {
    "min_entries", "min_total", "min_see_also", "min_sections", "required_sections",
    "every_entry_linked", "every_source_cited",
}


def sections(body_md: str) -> list[str]:
    return HEADING_RE.findall(body_md)


def check_coverage(
    rules: dict[str, Any], entries: list[Entry], sources: dict[str, Source]
) -> list[tuple[str | None, str]]:
    """Return (file relative to the content folder, message) for every rule broken."""
    out: list[tuple[str | None, str]] = []
    unknown = set(rules) - KNOWN_KEYS
    if unknown:
        out.append(("coverage.yaml", f"unknown rule(s): {', '.join(sorted(unknown))}"))

    counts = Counter(e.category for e in entries)
    for category, minimum in (rules.get("min_entries") or {}).items():
        if category not in CATEGORIES:
            out.append(("coverage.yaml", f"'min_entries' names an unknown category '{category}'"))
        elif counts[category] < int(minimum):
            out.append((category, f"has {counts[category]} entries; at least {minimum} are required"))
    if len(entries) < int(rules.get("min_total", 0)):
        out.append((None, f"the reference has {len(entries)} entries; at least {rules['min_total']} are required"))

    min_see_also = int(rules.get("min_see_also", 0))
    min_sections = int(rules.get("min_sections", 0))
    required = list(rules.get("required_sections") or [])
    for entry in entries:
        where = entry.path.split("/", 1)[1] if "/" in entry.path else entry.path
        if len(entry.see_also) < min_see_also:
            out.append((where, f"has {len(entry.see_also)} see_also link(s); at least {min_see_also} are required"))
        heads = sections(entry.body_md)
        if len(heads) < min_sections:
            out.append((where, f"has {len(heads)} section(s); at least {min_sections} are required"))
        for name in required:
            if name not in heads:
                out.append((where, f"has no '## {name}' section"))

    if rules.get("every_entry_linked"):
        linked = {target for e in entries for target in e.see_also}
        linked |= {t for e in entries for t in re.findall(r"\]\(entry:([^)\s]*)\)", e.body_md)}
        for entry in entries:
            if entry.slug not in linked:
                where = entry.path.split("/", 1)[1]
                out.append((where, "is an orphan: no other entry links to it (add it to a see_also)"))
    if rules.get("every_source_cited"):
        cited = {sid for e in entries for sid in e.sources}
        for sid in sorted(set(sources) - cited):
            out.append(("sources.yaml", f"source '{sid}' is cited by no entry"))
    return out
