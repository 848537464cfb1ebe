"""Start-up time and memory of OpioidRef next to a bare PySide6 window, and keystroke latency.

    .venv/bin/python benchmarks/startup.py [--runs 9]

Each probe is a fresh process (offscreen platform) timed from launch until its event loop is
idle with the window shown; the two probes alternate so machine noise hits both alike.
Then, in this process, it types queries letter by letter into the real window and times each
keystroke until the results list has been painted.
Targets: start <= 1.3x the bare window; RSS <= bare + 30 MiB; keystroke p95 <= 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def probe(script: str, env: dict) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE / script)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=HERE)
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            rss = int(line.split()[1])
            break
    else:
        raise SystemExit(f"{script} did not start")
    proc.wait(timeout=30)
    return elapsed * 1000, rss


def start_to_mapped(command: list[str], env: dict, display: str, min_width: int = 300,
                    timeout: float = 30.0, wait_ready: bool = True,
                    trace: bool = False) -> tuple[float, float | None, dict[str, float]]:
    """(ms from launch until the X server maps the program's main window, ms until it prints
    READY or None if it never does, {moment: ms} of the lines OPIOIDREF_TRACE_START makes
    OpioidRef print: "first-screen" painted, window "complete"), on a real X server: one X
    connection listens for MapNotify on the root window (no window manager: top-level windows
    are the root's children). The first mapped window at least min_width wide counts. The
    program is killed afterwards; wait_ready=False (a program that never prints READY, such as
    a bundle) stops at the map, or with trace=True once the window is complete."""
    import select

    from Xlib import X
    from Xlib import display as xdisplay

    conn = xdisplay.Display(display)
    conn.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
    conn.sync()
    extra = {"OPIOIDREF_TRACE_START": "1"} if trace else {}
    started = time.perf_counter()
    launched = time.monotonic()  # the clock of the trace lines
    proc = subprocess.Popen(command, env={**env, **extra, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    mapped = ready = None
    moments: dict[str, float] = {}
    widths: dict[int, int] = {}  # by window id, from the events (the window may be gone by now)

    def waiting() -> bool:
        if mapped is None:
            return True
        if proc.poll() is not None or time.perf_counter() - started > timeout:
            return False
        return (wait_ready and ready is None) or (trace and "complete" not in moments)

    try:
        while waiting():
            if time.perf_counter() - started > timeout:
                raise SystemExit(f"{command[-1]}: no window mapped after {timeout:.0f} s")
            readable, _, _ = select.select([conn.fileno(), proc.stdout, proc.stderr], [], [], 0.5)
            now = time.perf_counter()
            if proc.stdout in readable:
                line = proc.stdout.readline()
                if line.startswith(b"READY") and ready is None:
                    ready = (now - started) * 1000
            if proc.stderr in readable:
                words = proc.stderr.readline().split()
                if len(words) == 3 and words[0] == b"opioidref-start":
                    moments[words[1].decode()] = (float(words[2]) - launched) * 1000
            while conn.pending_events():
                event = conn.next_event()
                if event.type in (X.CreateNotify, X.ConfigureNotify):
                    widths[event.window.id] = event.width
                elif event.type == X.MapNotify and mapped is None:
                    if widths.get(event.window.id, 0) >= min_width:
                        mapped = (now - started) * 1000
    finally:
        proc.kill()
        proc.wait()
        conn.close()
    return mapped, ready, moments


def keystrokes(window, queries: list[str]) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    times = []
    box, view = window.side.search_box, window.side.results
    for query in queries:
        box.clear()
        QApplication.processEvents()
        for char in query:
            t0 = time.perf_counter()
            QTest.keyClick(box, char)
            QApplication.processEvents()  # runs the coalescing timer: search + model reset
            view.viewport().repaint()  # paint the results now
            times.append((time.perf_counter() - t0) * 1000)
        QTest.keyClick(box, Qt.Key.Key_Escape)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "OPIOIDREF_HOME": tempfile.mkdtemp(prefix="opioidref-bench-home-")}
    env.pop("OPIOIDREF_DB", None)
    subprocess.run([sys.executable, "-m", "app", "build"], cwd=ROOT, env=env, check=True,
                   capture_output=True)  # make sure the database is fresh: start-up must not build
    probe("_bare_window.py", env)
    probe("_app_window.py", env)  # warm the file cache for both
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(probe("_bare_window.py", env))
        app.append(probe("_app_window.py", env))
    bare_ms = statistics.median(t for t, _ in bare)
    app_ms = statistics.median(t for t, _ in app)
    bare_rss = statistics.median(r for _, r in bare) / 1024
    app_rss = statistics.median(r for _, r in app) / 1024

    os.environ.update({"QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_HOME": env["OPIOIDREF_HOME"]})
    from app.gui.application import build_window, create_application

    qt_app = create_application([sys.argv[0]])
    window = build_window(qt_app)
    window.resize(1366, 768)
    window.show()
    window.ctx.searcher.warm_up()  # what run_gui schedules 300 ms after start
    times = keystrokes(window, ["narcan", "black wound on the leg", "buprenorphine induction",
                                "pinpoint pupils", "withdrawal", "nalaxone", "tranq", "hep c"] * 3)
    ordered = sorted(times)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[int(0.95 * (len(ordered) - 1))]

    print(f"start to idle window, median of {args.runs} (ms): OpioidRef {app_ms:.0f}, bare PySide6 "
          f"{bare_ms:.0f}, ratio {app_ms / bare_ms:.2f}x (target <= 1.3x: "
          f"{'met' if app_ms <= 1.3 * bare_ms else 'MISSED'})")
    print(f"RSS after start (MiB): OpioidRef {app_rss:.1f}, bare {bare_rss:.1f}, difference "
          f"{app_rss - bare_rss:+.1f} (target <= +30: {'met' if app_rss - bare_rss <= 30 else 'MISSED'})")
    print(f"keystroke to results painted ({len(times)} keys, ms): p50 {p50:.2f}, p95 {p95:.2f} "
          f"(target p95 <= 16: {'met' if p95 <= 16 else 'MISSED'})")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
