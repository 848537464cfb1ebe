"""Opening, moving back and forth, finding, bookmarking, themes and zoom, seen on the screen;
and a restart that remembers them."""

from __future__ import annotations

import re

import pytest

from tests.screen.conftest import regions
from app.xdrive import Box, reads

HOME_WORDS = "Suspected overdose"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("reader-home")


@pytest.fixture(scope="module")
def app(launch, home):
    return launch(home)


def right_half(app) -> Box:
    w, h = app.x.size
    return Box(int(w * 0.33) + 20, 0, w - int(w * 0.33) - 20, h)


def open_by_search(app, query: str):
    app.key("ctrl+k")
    app.type(query)
    app.settle()
    app.key("Return")
    return app.settle()


def test_home_page_is_shown_first(app):
    shot = app.settle()
    assert reads(shot.text(regions(app.x)["reader"]), HOME_WORDS)


def test_enter_opens_the_first_result(app):
    shot = open_by_search(app, "narcan")
    reader = shot.text(regions(app.x)["reader"])
    assert reads(reader, "Naloxone")
    assert not reads(reader, HOME_WORDS)


def test_back_and_forward(app):
    open_by_search(app, "pinpoint pupils")
    app.key("alt+Left")
    assert reads(app.settle().text(regions(app.x)["title"]), "Naloxone")
    app.key("alt+Right")
    assert reads(app.settle().text(regions(app.x)["title"]), "Pinpoint pupils")


def test_find_in_entry_shows_n_of_m(app):
    open_by_search(app, "narcan")
    app.key("ctrl+f")
    app.type("naloxone")
    app.key("Return")
    w, h = app.x.size
    corner = Box(int(w * 0.72), int(h * 0.55), w - int(w * 0.72), int(h * 0.35))  # the bar's end
    text = app.settle().text(corner)
    # tesseract often reads the small "2 of 50" as "20f50": allow for its spaces and o/0.
    assert re.search(r"\b2\s*[o0]\s*f\s*\d+", text), text
    app.key("Escape")


def test_bookmark_then_bookmarks_tab_lists_it(app):
    open_by_search(app, "pinpoint pupils")
    app.key("ctrl+d")
    app.key("alt+b")  # the Bookmarks tab
    assert reads(app.settle().text(regions(app.x)["list"]), "Pinpoint pupils")


def bottom_of_reader(app) -> Box:
    w, h = app.x.size
    side = int(w * 0.33)
    return Box(side + 20, int(h * 0.72), w - side - 20, int(h * 0.25))


def test_notes_line_is_absent_at_home_and_opens_by_ctrl_shift_n(app):
    app.key("alt+Home")
    assert not reads(app.settle().text(bottom_of_reader(app)), "My notes")
    open_by_search(app, "abscess")
    assert reads(app.settle().text(bottom_of_reader(app)), "My notes")
    app.key("ctrl+shift+n")
    app.type("Swab sent to lab")
    assert reads(app.settle().text(bottom_of_reader(app)), "Swab sent to lab")
    app.key("ctrl+k")  # leave the note for the search box before the next test types


def test_zoom_makes_the_title_taller(app):
    open_by_search(app, "tranq")
    box = regions(app.x)["title"]
    before = app.settle().text_height(box, "Xylazine")
    app.key("ctrl+equal", "ctrl+equal", "ctrl+equal")
    after = app.settle().text_height(box, "Xylazine")
    assert before > 0 and after > before * 1.2, (before, after)
    app.key("ctrl+0")


def test_dark_theme_is_dark_and_readable(app):
    app.key("alt+v", "t", "d")  # View → Theme → Dark
    shot = app.settle()
    assert shot.luminance(regions(app.x)["reader"]) < 0.3
    assert reads(shot.text(regions(app.x)["title"]), "Xylazine")
    assert shot.luminance(regions(app.x)["list"]) < 0.3


def test_restart_remembers_theme_zoom_and_bookmark(app, launch, home):
    app.key("ctrl+equal", "ctrl+equal")
    # "sedatives": a word of the title the search does not mark (marks upset tesseract)
    zoomed = app.settle().text_height(regions(app.x)["reader"], "sedatives")
    assert app.quit() == 0
    again = launch(home)
    shot = open_by_search(again, "tranq")
    assert shot.luminance(regions(again.x)["reader"]) < 0.3  # still dark
    assert zoomed > 0 and shot.text_height(regions(again.x)["reader"], "sedatives") >= zoomed * 0.9
    again.key("alt+b")
    assert reads(again.settle().text(regions(again.x)["list"]), "Pinpoint pupils")
