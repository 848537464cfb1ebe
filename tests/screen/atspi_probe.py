"""Read a running app's accessibility tree over AT-SPI, as a screen reader does, and print it
as JSON. Run by the system interpreter, which has Debian's python3-pyatspi (the venv has not):

    /usr/bin/python3 atspi_probe.py tree APP_NAME     every node of the app's windows
    /usr/bin/python3 atspi_probe.py focused APP_NAME  the object that has the keyboard focus

A node: role, name, description, states (showing, focused, focusable, checked, enabled),
text (through the Text interface, when the object has one) and children. A list or tree
gives its first few items only: the A–Z list alone has a hundred.
"""

from __future__ import annotations

import json
import sys

import pyatspi

STATES = {"showing": pyatspi.STATE_SHOWING, "focused": pyatspi.STATE_FOCUSED,
          "focusable": pyatspi.STATE_FOCUSABLE, "checked": pyatspi.STATE_CHECKED,
          "enabled": pyatspi.STATE_ENABLED}
ITEMS_PER_LIST = 8
TEXT_CHARS = 20000


def node(acc, depth: int = 0) -> dict:
    state = acc.getState()
    out = {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
           "states": sorted(key for key, value in STATES.items() if state.contains(value)),
           "text": None, "children": []}
    try:
        text = acc.queryText()
        out["text"] = text.getText(0, min(text.characterCount, TEXT_CHARS))
    except NotImplementedError:
        pass
    if depth < 40:
        count = acc.childCount
        if out["role"] in ("list", "tree", "table"):
            count = min(count, ITEMS_PER_LIST)
        for index in range(count):
            child = acc.getChildAtIndex(index)
            if child is not None:
                out["children"].append(node(child, depth + 1))
    return out


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def focused(acc):
    """The focused object among showing ones (a depth-first walk of what is on screen)."""
    state = acc.getState()
    if state.contains(pyatspi.STATE_FOCUSED) and acc.getRoleName() not in ("page tab", "frame"):
        return acc
    if not state.contains(pyatspi.STATE_SHOWING) and acc.getRoleName() != "application":
        return None
    for index in range(acc.childCount):
        child = acc.getChildAtIndex(index)
        if child is not None and (hit := focused(child)) is not None:
            return hit
    return None


def main(argv: list[str]) -> int:
    command, name = argv
    app = find_app(name)
    if app is None:
        print(json.dumps(None))
        return 1
    if command == "tree":
        print(json.dumps(node(app)))
    else:
        hit = focused(app)
        print(json.dumps(None if hit is None else {"role": hit.getRoleName(), "name": hit.name or ""}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
