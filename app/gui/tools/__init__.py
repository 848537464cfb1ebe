"""The tools' windows. A module here named after its tool (a key of app.tools.TOOLS) that
defines `TOOL_NAME` (the same name) and `open_tool(window) -> QWidget` is found automatically;
the main window lists it in the Tools menu and on the home page, and opens it for `tool:NAME`
links. Modules are imported only when their tool is opened (start-up stays light); helper
modules start with an underscore.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def available() -> list[str]:
    """Names of the tools that have a window, without importing them."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


def opener(name: str) -> ModuleType | None:
    if name not in available():
        return None
    module = importlib.import_module(f"{__name__}.{name}")
    return module if getattr(module, "TOOL_NAME", None) == name else None


def openers() -> dict[str, ModuleType]:
    """Every tool's module, imported (for the self-test)."""
    return {name: module for name in available() if (module := opener(name)) is not None}
