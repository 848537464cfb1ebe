"""Take the README's screenshots as a user sees the app: `python -m app.gui.screenshots [OUTDIR]`.

Starts its own Xvfb (1366×768, no window manager), runs the real app in a scratch user folder
and drives it with keys (xdotool), then captures the screen or a tool's window (ImageMagick's
`import`), so each picture shows what was painted on a real X server, not what `grab()` forces.
Needs Xvfb, xdotool and ImageMagick (`python3 dev.py system-deps` installs them).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from app.xdrive import App, XServer, missing_tools

SIZE = (1366, 768)


def _light_settings(home: Path) -> None:
    """Pictures in the light theme whatever the machine's default, window filling the screen."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.ini").write_text("[General]\ntheme=light\n", encoding="utf-8")


def _save(shot_path: Path, target: Path) -> None:
    shutil.copyfile(shot_path, target)
    print(target)


def _window_shot(app: App, window: str, target: Path) -> None:
    """One window as it is on the screen (cut from the screen: without a compositor, `import
    -window` of a window shows black where another covers it)."""
    app.settle().crop(app.x.geometry(window), target)
    print(target)


def take(out: Path, db: Path | None = None) -> None:
    from app import paths

    out.mkdir(parents=True, exist_ok=True)
    x = XServer(*SIZE)
    scratch = Path(tempfile.mkdtemp(prefix="opioidref-shots-"))
    home = scratch / "home"
    _light_settings(home)
    app = App(x, home, db or paths.database_path(), scratch)
    try:
        app.start()
        _save(app.settle().path, out / "home.png")

        app.key("ctrl+k")
        app.type("black wound on the leg")
        _save(app.settle().path, out / "search.png")

        app.key("ctrl+k")
        app.type("narcan")
        app.settle()
        app.key("Return")
        _save(app.settle().path, out / "entry.png")

        app.key("alt+v", "t", "d")  # View → Theme → Dark
        app.key("ctrl+k")
        app.type("cows score")
        app.settle()
        app.key("Return")
        _save(app.settle().path, out / "dark.png")
        app.key("alt+v", "t", "l")  # back to Light

        app.key("alt+t", "Return")  # Tools → COWS
        cows = app.wait_for_window("^COWS")
        app.settle()
        for digit in "21112121213":  # 17, moderate; one key per call (a fast repeat is autorepeat)
            app.key(digit)
        _window_shot(app, cows, out / "tool-cows.png")
        app.key("Escape")

        app.focus(app.window)
        app.key("alt+t", "Down", "Down", "Down", "Return")  # Tools → body map
        bodymap = app.wait_for_window("^Injection-site body map")
        _window_shot(app, bodymap, out / "tool-bodymap.png")
        app.key("Escape")

        app.focus(app.window)
        app.key("F5")  # choose a lesson: the first
        app.settle()
        app.key("Return")
        app.settle()
        app.key("End", "a")  # the closing quiz, its answer shown
        _save(app.settle().path, out / "presentation.png")
        app.key("Escape")
        app.settle()
        app.quit()

        home_es = scratch / "home-es"  # a first start too: the same window placement
        _light_settings(home_es)
        spanish = App(x, home_es, db or paths.database_path(), scratch, {"OPIOIDREF_LANG": "es"})
        try:
            spanish.start()
            spanish.key("ctrl+k")
            spanish.type("naloxona")
            spanish.settle()
            spanish.key("Return")
            _save(spanish.settle().path, out / "spanish.png")
            spanish.quit()
        finally:
            spanish.kill()
    finally:
        app.kill()
        x.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str]) -> int:
    missing = missing_tools()
    if missing:
        print("screenshots need " + ", ".join(missing) + " (python3 dev.py system-deps)",
              file=sys.stderr)
        return 2
    take(Path(argv[0] if argv else "docs/screenshots"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
