"""The tools and presentation mode, reached by keyboard and read back from the screen."""

from __future__ import annotations

import pytest

from app.tools import cows
from app.xdrive import Box, reads


@pytest.fixture(scope="module")
def app(launch):
    return launch()


def whole(app) -> Box:
    return Box(0, 0, *app.x.size)


def test_cows_opens_from_the_tools_menu_and_scores_by_digits(app):
    app.key("alt+t", "Return")  # Tools → the first tool, COWS
    app.wait_for_window("^COWS")
    app.settle()  # the new window takes the keyboard itself, as a user sees it do
    # The second choice of every item, as a nurse would key it in.
    points = {item.key: item.allowed[1] for item in cows.ITEMS}
    for value in points.values():  # one key at a time: a fast repeat of one key is autorepeat
        app.key(str(value))
    score = cows.score(points)
    text = app.settle().text(whole(app))
    assert reads(text, f"COWS {score.total} of {cows.MAX_TOTAL}"), text
    assert reads(text, score.band.label), (score.band.label, text)
    app.key("alt+F4")


def test_f5_presents_a_lesson_and_esc_leaves(app):
    app.focus(app.window)
    app.key("F5")
    chooser = app.wait_for_window("lesson|Lesson|Present")
    app.focus(chooser)
    app.key("Return")  # the first lesson
    shot = app.settle()
    assert shot.luminance(whole(app)) < 0.35  # full screen, high contrast
    assert reads(shot.text(whole(app)), "Injection-site complications")
    app.key("Escape")
    shot = app.settle()
    assert shot.luminance(whole(app)) > 0.6  # the light main window again
    assert reads(shot.text(Box(0, 0, app.x.size[0], 30)), "File Edit View")
