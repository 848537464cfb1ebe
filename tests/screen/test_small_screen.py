"""A small screen (800×600, an old laptop or a projector's lowest mode): the window fits,
the results list paints, and presentation mode covers the whole screen."""

from __future__ import annotations

import pytest

from app.xdrive import Box, reads
from tests.screen.conftest import regions

SCREEN = (800, 600)


@pytest.fixture(scope="module")
def app(launch):
    return launch()


def test_window_fits_the_screen(app):
    box = app.x.geometry(app.window)
    assert box.x >= 0 and box.y >= 0
    assert box.x + box.w <= SCREEN[0] and box.y + box.h <= SCREEN[1], box


def test_results_paint_on_a_small_screen(app):
    app.key("ctrl+k")
    app.type("abscess")
    shot = app.settle()
    listed = regions(app.x)["list"]
    assert shot.ink(listed) > 0.04
    assert reads(shot.text(Box(listed.x, listed.y, listed.w, 60), invert=True), "Abscess")


def test_presentation_covers_the_small_screen(app):
    app.key("F5")
    chooser = app.wait_for_window("lesson|Lesson|Present")
    box = app.x.geometry(chooser)
    assert (box.w, box.h) == SCREEN, box
    shot = app.settle()
    assert shot.luminance(Box(0, 0, *SCREEN)) < 0.3  # the dark presentation style
    app.key("Escape")
    app.settle()
