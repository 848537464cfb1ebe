"""The tools' windows. Each module here that defines `TOOL_NAME` (a key of app.tools.TOOLS)
and `open_tool(window) -> QWidget` is found automatically; the main window lists it in the
Tools menu and on the home page, and opens it for `tool:NAME` links.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def openers() -> dict[str, ModuleType]:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        name = getattr(module, "TOOL_NAME", None)
        if name:
            found[name] = module
    return found
