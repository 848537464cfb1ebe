"""Content beyond entries: data files that the build validates and stores in the database.

Each module in this package is one kind of data, found automatically. It defines:

    NAME = "bodymap"            # key in the database: Store.extra(NAME)
    FILES = "bodymap.yaml"      # glob under content/: a root file or e.g. "lessons/*.yaml"
    def check(data, ctx) -> list[str]:
        '''Problems in one file's parsed YAML, each a sentence for the author.'''
    def compile(items: dict[str, object]) -> object:   # optional
        '''items maps each file's stem to its data; returns what the database stores (JSON).'''

The content loader reads each matching file with the strict YAML loader, reports problems
against that file, and puts compile(items) (default: items) into ContentSet.extras[NAME].
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType

from app.models import Entry, Source


@dataclass
class CheckContext:
    """What a check may look at: every entry by slug and the bibliography."""

    entries: dict[str, Entry] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    """Slugs of every entry file present, valid or not (link targets)."""


def extensions() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(module)
    return found


def root_files() -> set[str]:
    return {m.FILES for m in extensions() if "/" not in m.FILES}


def folders() -> set[str]:
    return {m.FILES.split("/", 1)[0] for m in extensions() if "/" in m.FILES}
