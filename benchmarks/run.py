"""Every benchmark in one run, printed as one table with its targets; ratios come from this run.

    .venv/bin/python benchmarks/run.py [--runs 9] [--size 100000] [--rounds 3] [--no-build]

Rows: start to the main window mapped on Xvfb (MapNotify, benchmarks/startup.py start_to_mapped;
needs Xvfb and python-xlib) from a clone (vs a bare PySide6 window script) and from the bundle
(vs the hello-world bundle, build/hello_app.py), with, in the same runs, when OpioidRef's first
screen was painted and when its window was complete (the lines OPIOIDREF_TRACE_START makes it
print); start to idle with the window complete, offscreen, and the RSS then, for both pairs;
search p50/p95 on the bundled content and on a generated corpus vs one raw FTS5 bm25 LIMIT 20
query, keystroke to results painted, opening an entry's stored page (app.pages.entry_page on
every entry), and the bundle's size vs the hello-world bundle's. Bundles missing from dist/ are
built first (build/make_dist.py) unless --no-build. The start-up and search measurements are
those of benchmarks/startup.py and benchmarks/search.py, imported from there.

Bundled executables cannot report when they are idle, so their start is measured from outside
(Linux): from launch until the main thread first blocks in poll() (the Qt event loop waiting for
work), read from /proc/PID/syscall, with the resident memory at that moment. Both bundles are
measured the same way, alternately, offscreen, with a scratch user folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE), str(ROOT / "build")]

import make_dist  # noqa: E402
import search as search_bench  # noqa: E402
import startup as startup_bench  # noqa: E402

KEYSTROKE_QUERIES = ["narcan", "black wound on the leg", "buprenorphine induction",
                     "pinpoint pupils", "withdrawal", "nalaxone", "tranq", "hep c"]
POLL_SYSCALLS = {"x86_64": {"7", "271"}, "aarch64": {"73"}}
"""poll and ppoll by machine: a main thread blocked in one of them is an idle Qt event loop."""


# --- measurements ------------------------------------------------------------------------------


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start_to_idle(exe: Path, env: dict, timeout: float = 20.0) -> tuple[float, int]:
    """(ms from launch until the main thread first waits in poll(), RSS in KiB then)."""
    polls = POLL_SYSCALLS[platform.machine()]
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            try:
                with open(f"/proc/{proc.pid}/syscall", encoding="ascii") as state:
                    call = state.read().split()[0]
            except (OSError, IndexError):
                call = ""
            if call in polls:
                return (time.perf_counter() - started) * 1000, _rss_kib(proc.pid)
            if proc.poll() is not None:
                raise SystemExit(f"{exe} exited with {proc.returncode} before it was idle")
            time.sleep(0.0002)
        raise SystemExit(f"{exe} was not idle after {timeout:.0f} s")
    finally:
        proc.kill()
        proc.wait()


def alternate(runs: int, first, second) -> tuple[list, list]:
    """Run two probes turn about (after one warm-up each), so machine noise hits both alike."""
    first(), second()
    a, b = [], []
    for _ in range(runs):
        a.append(first())
        b.append(second())
    return a, b


def median_pair(results: list[tuple[float, int]]) -> tuple[float, float]:
    """(median ms, median RSS in MiB)."""
    return statistics.median(t for t, _ in results), statistics.median(r for _, r in results) / 1024


def entry_page_times(db: Path, rounds: int) -> list[float]:
    """What opening an entry costs before Qt lays it out: its stored page read and filled."""
    from app import pages
    from app.page_labels import labels
    from app.store import Store

    store = Store(db)
    words = labels()
    slugs = [row["slug"] for row in store.list_entries()]
    times = []
    for _ in range(rounds):
        for slug in slugs:
            t0 = time.perf_counter()
            pages.entry_page(store, slug, "en", words)
            times.append((time.perf_counter() - t0) * 1000)
    store.close()
    return times


def mapped_rows(table: "Table", runs: int, env: dict, bundles: tuple[Path, Path] | None) -> None:
    """Start to the main window mapped on a real X server (Xvfb), clone and bundle."""
    import shutil

    if not shutil.which("Xvfb"):
        table.add("start to mapped window", "not measured (no Xvfb)", "", "", "<= 1.3x", None)
        return
    from app.xdrive import XServer

    server = XServer()
    try:
        def probe(command, ours):
            return lambda: startup_bench.start_to_mapped(
                command, env, server.display, trace=ours,
                wait_ready=not ours and command[0] == sys.executable)

        # From a clone, the command a user types (README, Quick start: `python -m app` through
        # dev.py, less dev.py's own check of the environment).
        pairs = [("clone", [sys.executable, "-m", "app"], [sys.executable, "_bare_window.py"],
                  "bare window")]
        if bundles:
            pairs.append(("bundle", [str(bundles[0])], [str(bundles[1])], "hello bundle"))
        for label, ours, reference, name in pairs:
            mine, theirs = alternate(runs, probe(ours, True), probe(reference, False))
            m = statistics.median(run[0] for run in mine)
            r = statistics.median(run[0] for run in theirs)
            table.add(f"start to mapped window, {label}", f"{m:.0f} ms", f"{name} {r:.0f} ms",
                      f"{m / r:.2f}x", "<= 1.3x", m <= 1.3 * r)
            for moment, what in (("first-screen", "first screen painted"), ("complete", "window complete")):
                times = [run[2][moment] for run in mine if moment in run[2]]
                if times:
                    t = statistics.median(times)
                    table.add(f"start to {what}, {label}", f"{t:.0f} ms", "", f"mapped +{t - m:.0f} ms",
                              "", None)
    finally:
        server.stop()


def keystroke_times(home: str) -> list[float]:
    os.environ.update({"QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_HOME": home})
    from app.gui.application import build_window, create_application

    qt_app = create_application([sys.argv[0]])
    window = build_window(qt_app)
    window.resize(1366, 768)
    window.show()
    window.ctx.searcher.warm_up()  # what run_gui schedules 300 ms after start
    times = startup_bench.keystrokes(window, KEYSTROKE_QUERIES * 3)
    window.close()
    return times


# --- the run -----------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info
                       if line.startswith("model name"))
        with open("/proc/meminfo", encoding="ascii") as info:
            ram = int(next(line.split()[1] for line in info if line.startswith("MemTotal"))) / 2**20
        memory = f", {ram:.0f} GiB"
    except (OSError, StopIteration):
        memory = ""
    from PySide6 import __version__ as pyside

    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}; "
            f"Python {platform.python_version()}, PySide6 {pyside}; {dt.date.today().isoformat()}")


def ensure_bundles(build: bool) -> bool:
    needed = [(make_dist.APP_NAME, []), (make_dist.HELLO_NAME, ["--hello"])]
    for name, flags in needed:
        if not make_dist.executable(name).exists():
            if not build:
                return False
            subprocess.run([sys.executable, str(ROOT / "build" / "make_dist.py"), "--no-archive",
                            *flags], cwd=ROOT, check=True)
    return True


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, measure: str, ours: str, reference: str, relation: str, target: str,
            met: bool | None) -> None:
        verdict = "n/a" if met is None else ("met" if met else "MISSED")
        self.rows.append((measure, ours, reference, relation, target, verdict))

    def print(self) -> None:
        head = ("measure", "OpioidRef", "reference", "ratio / diff", "target", "")
        widths = [max(len(row[i]) for row in [head, *self.rows]) for i in range(len(head))]
        for row in [head, tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs per probe (median)")
    parser.add_argument("--size", type=int, default=100_000, help="entries in the generated corpus")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the typed queries")
    parser.add_argument("--no-build", action="store_true",
                        help="skip the bundle rows if dist/ lacks them")
    args = parser.parse_args(argv)
    pct = search_bench.percentile
    table = Table()
    home = tempfile.mkdtemp(prefix="opioidref-bench-home-")
    env = {**{k: v for k, v in os.environ.items()
              if not k.startswith("OPIOIDREF_") and k != "PYTHONDONTWRITEBYTECODE"},
           "QT_QPA_PLATFORM": "offscreen", "OPIOIDREF_HOME": home,
           "QT_LOGGING_RULES": "default.warning=false"}  # the offscreen plugin's chatter
    os.environ.pop("OPIOIDREF_DB", None)
    os.environ.pop("OPIOIDREF_CONTENT", None)
    from app.database import ensure_bundled

    ensure_bundled()  # start-up from the clone must not include a build
    have_bundles = ensure_bundles(not args.no_build)
    import compileall  # a user's clone has its byte code cached after the first start

    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    compileall.compile_dir(str(HERE), quiet=1)
    print(f"Machine: {machine()}", flush=True)

    # Start-up and memory.
    print("measuring start-up from the clone …", flush=True)
    app_runs, bare_runs = alternate(args.runs, lambda: startup_bench.probe("_app_window.py", env),
                                    lambda: startup_bench.probe("_bare_window.py", env))
    (app_ms, app_rss), (bare_ms, bare_rss) = median_pair(app_runs), median_pair(bare_runs)
    table.add("start to idle, complete window, clone", f"{app_ms:.0f} ms", f"bare window {bare_ms:.0f} ms",
              f"{app_ms / bare_ms:.2f}x", "<= 1.3x", app_ms <= 1.3 * bare_ms)
    table.add("RSS after start, clone", f"{app_rss:.1f} MiB", f"bare window {bare_rss:.1f} MiB",
              f"{app_rss - bare_rss:+.1f} MiB", "<= +30 MiB", app_rss - bare_rss <= 30)
    print("measuring start-up to the mapped window on Xvfb …", flush=True)
    bundles = ((make_dist.executable(make_dist.APP_NAME), make_dist.executable(make_dist.HELLO_NAME))
               if have_bundles else None)
    mapped_rows(table, args.runs, env, bundles)
    bundle_bytes = hello_bytes = 0
    if have_bundles and platform.machine() in POLL_SYSCALLS and sys.platform.startswith("linux"):
        print("measuring start-up of the bundles …", flush=True)
        ours = make_dist.executable(make_dist.APP_NAME)
        hello = make_dist.executable(make_dist.HELLO_NAME)
        b_runs, h_runs = alternate(args.runs, lambda: start_to_idle(ours, env),
                                   lambda: start_to_idle(hello, env))
        (b_ms, b_rss), (h_ms, h_rss) = median_pair(b_runs), median_pair(h_runs)
        table.add("start to idle, complete window, bundle", f"{b_ms:.0f} ms", f"hello bundle {h_ms:.0f} ms",
                  f"{b_ms / h_ms:.2f}x", "<= 1.3x", b_ms <= 1.3 * h_ms)
        table.add("RSS after start, bundle", f"{b_rss:.1f} MiB", f"hello bundle {h_rss:.1f} MiB",
                  f"{b_rss - h_rss:+.1f} MiB", "<= +30 MiB", b_rss - h_rss <= 30)
    elif have_bundles:
        table.add("start to idle window, bundle", "not measured", "", "", "<= 1.3x", None)

    # Search, at both sizes.
    print("measuring search on the bundled content …", flush=True)
    work = Path(tempfile.mkdtemp(prefix="opioidref-bench-"))
    from app.build import _write, build

    content = build(ROOT / "content", work / "bundled.db")
    typed = search_bench.keystrokes(search_bench.QUERIES)
    small = search_bench.time_both(work / "bundled.db", typed, args.rounds)
    print(f"generating and building {args.size:,} entries …", flush=True)
    import sqlite3

    conn = sqlite3.connect(work / "bundled.db")
    vocabulary = [row[0] for row in conn.execute("SELECT word FROM vocab WHERE length(word) > 2")]
    conn.close()
    _write(search_bench.generated_content(args.size, vocabulary), "benchmark", work / "big.db")
    print("measuring search on the generated corpus …", flush=True)
    large = search_bench.time_both(work / "big.db", typed, max(1, args.rounds - 2))
    for label, figures in ((f"bundled, {len(content.entries)} entries", small),
                           (f"generated, {args.size:,} entries", large)):
        s50, s95 = pct(figures["search"], 50), pct(figures["search"], 95)
        r50, r95 = pct(figures["raw"], 50), pct(figures["raw"], 95)
        table.add(f"search p50 ({label})", f"{s50:.2f} ms", f"raw FTS5 {r50:.2f} ms",
                  f"{s50 / r50:.2f}x", "<= 2x", s50 <= 2 * r50)
        table.add(f"search p95 ({label})", f"{s95:.2f} ms", f"raw FTS5 {r95:.2f} ms",
                  f"{s95 / r95:.2f}x", "<= 2x" + (", <= 1 ms" if figures is small else ""),
                  s95 <= 2 * r95 and (figures is not small or s95 <= 1))

    # The window and rendering.
    print("measuring keystrokes and rendering …", flush=True)
    keys = keystroke_times(home)
    table.add("keystroke -> results painted p95", f"{pct(keys, 95):.2f} ms",
              f"p50 {pct(keys, 50):.2f} ms", "", "<= 16 ms", pct(keys, 95) <= 16)
    renders = entry_page_times(work / "bundled.db", 5)
    table.add("entry page p95 (every entry)", f"{pct(renders, 95):.2f} ms",
              f"p50 {pct(renders, 50):.2f} ms", "", "<= 10 ms", pct(renders, 95) <= 10)

    # Sizes.
    if have_bundles:
        bundle_bytes = make_dist.folder_size(make_dist.bundle_dir(make_dist.APP_NAME))
        hello_bytes = make_dist.folder_size(make_dist.bundle_dir(make_dist.HELLO_NAME))
        table.add("bundle size", f"{bundle_bytes / 2**20:.1f} MiB",
                  f"hello bundle {hello_bytes / 2**20:.1f} MiB",
                  f"{bundle_bytes / hello_bytes:.2f}x", "<= 1.1x",
                  bundle_bytes <= 1.1 * hello_bytes)
    else:
        table.add("bundle size", "not built", "", "", "<= 1.1x", None)

    print()
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
