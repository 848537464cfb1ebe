"""Heard, not only seen: the running app's accessibility tree read over AT-SPI, as a screen
reader (Orca) reads it, on its own session bus. Keys come from xdotool; the tree and the
focused object from Debian's python3-pyatspi run by the system interpreter (atspi_probe.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.screen.conftest import require

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
TABS = ["Results", "Categories", "A–Z", "Bookmarks", "History", "Handouts"]
MENUS = ["File", "Edit", "View", "Go", "Entry", "Tools", "Help"]
NAMED_ROLES = {"push button", "check box", "radio button", "menu item", "page tab", "list",
               "tree", "text", "toggle button", "combo box", "spin button", "page tab list"}


def _missing() -> list[str]:
    missing = []
    if not shutil.which("dbus-daemon"):
        missing.append("dbus-daemon")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def bus(xserver):
    """A private session bus; the AT-SPI bus is started on it on demand (org.a11y.Bus)."""
    require(_missing())
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    address = daemon.stdout.readline().strip()
    # Start the accessibility bus and its registry now, as a desktop session does, so that
    # the app finds them when it starts (else it joins only some time after they appear).
    subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi; pyatspi.Registry.getDesktop(0).childCount"],
                   env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}, capture_output=True,
                   timeout=60)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)


@pytest.fixture(scope="module")
def app(launch, bus):
    return launch(env={"DBUS_SESSION_BUS_ADDRESS": bus, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                       "QT_ACCESSIBILITY": "1"})


def probe(app, bus, command: str):
    env = {**os.environ, **app.x.env(), "DBUS_SESSION_BUS_ADDRESS": bus}
    proc = subprocess.run([SYSTEM_PYTHON, str(PROBE), command, "OpioidRef"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip(), proc.stderr
    return json.loads(proc.stdout)


def walk(node):
    yield node
    for child in node["children"]:
        yield from walk(child)


def showing(tree):
    """The nodes on screen: showing themselves and every ancestor."""
    def visit(node):
        if node["role"] != "application" and "showing" not in node["states"]:
            return
        yield node
        for child in node["children"]:
            yield from visit(child)
    return list(visit(tree))


def one(nodes, role: str, name: str):
    found = [n for n in nodes if n["role"] == role and n["name"] == name]
    assert found, f"no {role} named {name!r} among {sorted({(n['role'], n['name']) for n in nodes})}"
    return found[0]


def test_controls_on_screen_have_names_and_roles(app, bus):
    app.key("ctrl+k")
    app.type("narcan")
    app.settle()
    tree = probe(app, bus, "tree")
    assert tree is not None, "the app is not on the accessibility bus"
    nodes = showing(tree)
    search = one(nodes, "text", "Search the reference")
    assert search["text"] == "narcan"
    assert "focused" in search["states"]
    assert one(nodes, "push button", "Clear the search")
    assert any(n["role"] == "label" and "result" in n["name"] for n in nodes), "the count is not read"
    results = one(nodes, "list", "Search results")
    items = [c["name"] for c in results["children"] if c["role"] == "list item"]
    assert items and items[0] == "Naloxone (Narcan), Overdose", items  # title and category
    assert all(", " in name for name in items), items
    tabs = [n for n in nodes if n["role"] == "radio button"]  # one list of six is shown
    assert [t["name"] for t in tabs] == TABS
    assert [t["name"] for t in tabs if "checked" in t["states"]] == ["Results"]
    bar = next(n for n in walk(tree) if n["role"] == "menu bar")
    assert [c["name"] for c in bar["children"] if c["role"] == "menu item"] == MENUS
    unnamed = [(n["role"], n["description"]) for n in walk(tree)
               if n["role"] in NAMED_ROLES and not n["name"].strip()
               and ("showing" in n["states"] or n["role"] == "menu item")]
    assert not unnamed, f"controls without a name: {unnamed}"
    categories = next(n for n in walk(tree) if n["role"] == "tree")
    assert all(c["name"] != "1" for c in categories["children"])


def test_entry_text_is_read_through_the_text_interface(app, bus):
    app.key("ctrl+k")
    app.type("narcan")
    app.settle()
    app.key("Return")
    app.settle()
    nodes = showing(probe(app, bus, "tree"))
    entry = one(nodes, "label", "Entry")  # Qt's role for a read-only rich text view
    assert entry["text"] and "Naloxone (Narcan)" in entry["text"]
    assert "Red flags" in entry["text"]
    assert "does not replace" in entry["text"]  # the disclaimer is read too
    notes = one(nodes, "check box", "My notes")  # the notes line, closed
    assert "checked" not in notes["states"]
    assert one(nodes, "label", "kept on this computer only")


def test_home_page_offers_no_note(app, bus):
    app.key("alt+Home")
    app.settle()
    nodes = showing(probe(app, bus, "tree"))
    assert not [n for n in nodes if n["name"] in ("My notes", "My notes on this entry")]
    entry = one(nodes, "label", "Entry")
    assert "Suspected overdose" in entry["text"]


def test_tab_moves_search_then_lists_then_entry_and_back(app, bus):
    app.key("ctrl+k")
    seen = [probe(app, bus, "focused")]
    for _ in range(60):
        app.key("Tab")
        seen.append(probe(app, bus, "focused"))
        if seen[-1] == seen[0] and len(seen) > 2:
            break
    names = [s["name"] for s in seen if s]
    order = [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
    assert order[:4] == ["Search the reference", "Results", "Search results", "Entry"], order
    assert names[-1] == "Search the reference", f"Tab never came back to the search box: {order}"


def test_cows_window_is_named_item_by_item(app, bus):
    app.key("alt+t", "Return")
    app.wait_for_window("^COWS")
    app.settle()
    tree = probe(app, bus, "tree")
    frames = [c for c in tree["children"] if c["name"].startswith("COWS")]
    assert frames, [c["name"] for c in tree["children"]]
    # Qt gives a top-level QWidget the role "filler" (a QDialog would be "dialog", at the cost
    # of Enter pressing a default button): the window is found by its name, as Orca says it.
    nodes = list(walk(frames[0]))
    radios = [n for n in nodes if n["role"] == "radio button"]
    assert len(radios) >= 11 * 3
    assert all(n["name"].strip() for n in radios)
    buttons = {n["name"] for n in nodes if n["role"] == "push button"}
    assert {"Record score", "Clear form"} <= {b.replace("&", "") for b in buttons}, buttons
    app.key("Escape")
