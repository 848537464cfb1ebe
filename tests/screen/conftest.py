"""End-to-end tests on a real X server: one Xvfb per module, the real app as a subprocess.

Missing programs skip these tests with one line saying what to install, except under CI
(CI=true), where a skip would hide a broken screen: there they fail.
"""

from __future__ import annotations

import os
import shutil

import pytest

from app.xdrive import App, Box, XServer, missing_tools


def require(missing: list[str]) -> None:
    """Skip (fail under CI) with one line naming the Debian packages to install."""
    if not missing:
        return
    message = ("screen tests need " + ", ".join(missing)
               + " (apt-get install " + " ".join(missing) + ", or run: python3 dev.py system-deps)")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def xserver(request):
    """1366×768 unless the module sets SCREEN = (width, height)."""
    require(missing_tools())
    server = XServer(*getattr(request.module, "SCREEN", (1366, 768)))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def screen_db(bundled_db, tmp_path_factory):
    """The bundled content, built once per session, copied for this module's app."""
    dest = tmp_path_factory.mktemp("screen-db") / "content.db"
    shutil.copy(bundled_db, dest)
    return dest


@pytest.fixture(scope="module")
def launch(xserver, screen_db, tmp_path_factory):
    """Start the app (a new user folder per module unless one is given); killed at the end."""
    started: list[App] = []
    shots = tmp_path_factory.mktemp("shots")

    def _launch(home=None, env=None) -> App:
        app = App(xserver, home or tmp_path_factory.mktemp("home"), screen_db, shots, env)
        app.start()
        started.append(app)
        return app

    yield _launch
    for app in started:
        app.kill()


def regions(x: XServer) -> dict[str, Box]:
    """Where the first-start window puts things (the side panel takes about a third)."""
    w, h = x.size
    side = int(w * 0.33)
    return {
        "status": Box(0, 45, side, 30),
        "list": Box(9, 99, side - 30, h - 145),
        "first row": Box(9, 99, side - 30, 50),
        "reader": Box(side + 30, 20, w - side - 60, int(h * 0.7)),
        "title": Box(side + 30, 20, w - side - 60, 120),
        "window": Box(0, 0, w, h),
    }
