"""Drive the real app on a real X server, as a person would: Xvfb, xdotool keys, screenshots
read back as pixels (ImageMagick) and text (tesseract). Nothing here looks at the app's objects.

Development tooling, not part of the app's run time (the bundle leaves it out): the screen
tests (tests/screen/) and the README's screenshots (app.gui.screenshots) use it.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick", "convert": "imagemagick",
         "tesseract": "tesseract-ocr"}


def missing_tools() -> list[str]:
    """Debian packages to install for the screen tests, if any of their programs is missing."""
    return sorted({package for program, package in TOOLS.items() if not shutil.which(program)})


class XServer:
    """One Xvfb on a display it picks itself (-displayfd), for a test module."""

    def __init__(self, width: int = 1366, height: int = 768) -> None:
        self.size = (width, height)
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        return env

    def xdotool(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True,
                              timeout=30)
        if check and proc.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout.strip()

    def geometry(self, window: str) -> Box:
        """Where a window is on the screen (no window manager: no frame around it)."""
        values = dict(line.split("=", 1) for line in
                      self.xdotool("getwindowgeometry", "--shell", window).splitlines() if "=" in line)
        return Box(int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))

    def screenshot(self, path: Path) -> Screenshot:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True,
                       timeout=30, capture_output=True)
        return Screenshot(path)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


_SHOT_NUMBERS = itertools.count(1)
"""One numbering for every app of a run: a restarted app must not overwrite the shots of the
one before it (they are the record of what a failed test saw)."""


class App:
    """The real `opioidref` as a subprocess on an X server, with its own user folder."""

    def __init__(self, x: XServer, home: Path, db: Path, shots: Path,
                 env: dict[str, str] | None = None) -> None:
        self.x, self.home, self.db, self.shots = x, home, db, shots
        self.extra_env = dict(env or {})
        self.proc: subprocess.Popen | None = None
        self.window = ""

    def start(self, timeout: float = 30.0) -> None:
        env = {**self.x.env(), "OPIOIDREF_HOME": str(self.home), "OPIOIDREF_DB": str(self.db),
               **self.extra_env}
        self.log = open(self.shots / "app.log", "a")  # noqa: SIM115 (kept open while it runs)
        self.proc = subprocess.Popen([sys.executable, "-m", "app"], cwd=ROOT, env=env,
                                     stdout=self.log, stderr=self.log)
        self.window = self.wait_for_window("OpioidRef", timeout)
        self.focus(self.window)

    def wait_for_window(self, name: str, timeout: float = 15.0) -> str:
        """The id of a visible window of the app whose title matches `name` (a regex)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}")
            found = self.x.xdotool("search", "--onlyvisible", "--pid", str(self.proc.pid),
                                   "--name", name, check=False)
            if found:
                return found.splitlines()[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window named {name!r} appeared within {timeout} s")

    def visible_windows(self) -> list[str]:
        out = self.x.xdotool("search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", ".",
                             check=False)
        return out.splitlines()

    def focus(self, window: str) -> None:
        # Without a window manager keys go nowhere until a window has the input focus.
        self.x.xdotool("windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        self.x.xdotool("type", "--delay", "25", "--", text)

    def key(self, *keys: str) -> None:
        self.x.xdotool("key", "--delay", "60", *keys)

    def settle(self, timeout: float = 6.0) -> Screenshot:
        """Screenshots until two in a row are the same (the app has stopped painting)."""
        deadline = time.monotonic() + timeout
        last = None
        while True:
            time.sleep(0.25)
            shot = self.x.screenshot(self.shots / f"shot-{next(_SHOT_NUMBERS):04d}.png")
            digest = shot.digest()
            if digest == last or time.monotonic() > deadline:
                return shot
            last = digest

    def quit(self, timeout: float = 15.0) -> int:
        self.key("ctrl+q")
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self.log.close()

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if getattr(self, "log", None):
            self.log.close()


@dataclass(frozen=True)
class Box:
    """A part of the screen, in pixels."""
    x: int
    y: int
    w: int
    h: int

    @property
    def geometry(self) -> str:
        return f"{self.w}x{self.h}+{self.x}+{self.y}"


class Screenshot:
    def __init__(self, path: Path) -> None:
        self.path = path

    def digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def _magick(self, box: Box, *ops: str) -> str:
        proc = subprocess.run(["convert", str(self.path), "-crop", box.geometry, "+repage", *ops],
                              capture_output=True, text=True, check=True, timeout=30)
        return proc.stdout

    def crop(self, box: Box, target: Path) -> Path:
        self._magick(box, str(target))
        return target

    def ink(self, box: Box) -> float:
        """The share of the box's pixels that differ from its most common colour."""
        histogram = self._magick(box, "-format", "%c", "histogram:info:-")
        counts = [int(m) for m in re.findall(r"^\s*(\d+):", histogram, re.M)]
        return 1 - max(counts) / sum(counts) if counts else 0.0

    def luminance(self, box: Box) -> float:
        """Mean luminance of the box, 0 (black) to 1 (white)."""
        return float(self._magick(box, "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"))

    def text(self, box: Box, invert: bool | None = None) -> str:
        """What tesseract reads in the box. Light text on dark is inverted first: by default
        when the box is mostly dark; `invert=True` reads a light-on-dark part of a light box
        (a selected row)."""
        dark = self.luminance(box) < 0.5 if invert is None else invert
        crop = self.path.with_name(f"{self.path.stem}-{box.x}-{box.y}-{box.w}-{box.h}.png")
        ops = ["-colorspace", "Gray", *(["-negate"] if dark else []), "-resize", "150%"]
        self._magick(box, *ops, str(crop))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        proc = subprocess.run(["tesseract", str(crop), "-", "--psm", "4"], capture_output=True,
                              text=True, env=env, timeout=60)
        return proc.stdout

    def text_height(self, box: Box, word: str) -> int:
        """The pixel height of `word` where tesseract finds it in the box (0 if not found)."""
        crop = self.path.with_name(f"{self.path.stem}-tsv.png")
        self._magick(box, "-colorspace", "Gray", str(crop))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        out = subprocess.run(["tesseract", str(crop), "-", "--psm", "4", "tsv"], capture_output=True,
                             text=True, env=env, timeout=60).stdout
        heights = [int(cols[9]) for line in out.splitlines()
                   if len(cols := line.split("\t")) == 12 and normal(cols[11]) == normal(word)]
        return max(heights, default=0)


def normal(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", text.casefold()).strip()


def reads(text: str, expected: str, score: float = 85) -> bool:
    """Whether OCR text contains `expected`, allowing for a few misread letters."""
    return fuzz.partial_ratio(normal(expected), " ".join(normal(text).split())) >= score
