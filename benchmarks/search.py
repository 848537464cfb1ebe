"""Search speed next to a raw FTS5 query, on the bundled content and on a generated 100k corpus.

    .venv/bin/python benchmarks/search.py [--size 100000] [--rounds 3]

For every query typed letter by letter (what the GUI runs on each keystroke), it times
`Searcher.search(query, 20)` and, on the same database, one raw
`SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY bm25(entries_fts) LIMIT 20`
with the same MATCH expression. Prints p50/p95 of both and their ratio, plus build times.
Targets: p95 <= 5 ms on the bundled content; p95 ratio <= 2x at both sizes.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.build import _write, build  # noqa: E402
from app.content import ContentSet  # noqa: E402
from app.models import CATEGORIES, Entry, Source  # noqa: E402
from app.search import Searcher, all_words_expr, query_words  # noqa: E402

QUERIES = [
    "narcan", "naloxone nasal", "pinpoint pupils", "dope sick", "cows", "black wound on the leg",
    "buprenorphine induction", "methadone", "abscess groin", "xylazine", "fentanyl", "withdrawal",
    "tranq", "endocarditis", "hep c", "suboxone", "skin popping", "overdose", "nalaxone", "help",
]


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix of every query, as typed."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1) if q[:i].strip()]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def time_both(db: Path, typed: list[str], rounds: int) -> dict[str, list[float]]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    searcher = Searcher(conn)
    searcher.vocabulary()  # the typo index loads once per session, like in the app
    raw_sql = ("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
               "ORDER BY bm25(entries_fts, 10, 6, 3, 1) LIMIT 20")
    ours, raw = [], []
    for _ in range(rounds):
        for text in typed:
            expr = all_words_expr(query_words(text))
            t0 = time.perf_counter()
            conn.execute(raw_sql, (expr,)).fetchall()
            t1 = time.perf_counter()
            searcher.search(text, 20)
            t2 = time.perf_counter()
            raw.append((t1 - t0) * 1000)
            ours.append((t2 - t1) * 1000)
    conn.close()
    return {"search": ours, "raw": raw}


def generated_content(size: int, vocabulary: list[str], seed: int = 7) -> ContentSet:
    rng = random.Random(seed)
    sources = {"gen": Source(id="gen", title="Generated", publisher="Benchmark", year="2026")}
    cats = list(CATEGORIES)
    entries = []
    for i in range(size):
        title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 4))).capitalize() + f" {i}"
        body = "## What it is\n" + " ".join(rng.choice(vocabulary) for _ in range(rng.randint(60, 160))) + "\n"
        entries.append(Entry(
            slug=f"e{i}", category=cats[i % len(cats)], title=title,
            summary=" ".join(rng.choice(vocabulary) for _ in range(12)) + ".", body_md=body,
            reviewed="2026-01-01", aliases=tuple(rng.choice(vocabulary) + f" {i}" for _ in range(2)),
            see_also=(f"e{(i + 1) % size}", f"e{(i + 2) % size}"), sources=("gen",),
            path=f"content/{cats[i % len(cats)]}/e{i}.md",
        ))
    entries.sort(key=lambda e: (e.title.casefold(), e.slug))
    return ContentSet(entries=entries, sources=sources)


def row(label: str, figures: dict[str, list[float]]) -> str:
    s50, s95 = percentile(figures["search"], 50), percentile(figures["search"], 95)
    r50, r95 = percentile(figures["raw"], 50), percentile(figures["raw"], 95)
    return (f"{label:<22} {s50:>8.2f} {s95:>8.2f} {r50:>8.2f} {r95:>8.2f} "
            f"{s50 / max(r50, 1e-6):>7.2f}x {s95 / max(r95, 1e-6):>7.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    typed = keystrokes(QUERIES)
    work = Path(tempfile.mkdtemp(prefix="opioidref-bench-"))

    t0 = time.perf_counter()
    content = build(ROOT / "content", work / "bundled.db")
    bundled_build = time.perf_counter() - t0
    bundled = time_both(work / "bundled.db", typed, args.rounds)

    vocabulary = sorted({w for e in content.entries for w in query_words(e.body_md.replace("\n", " ")) +
                         e.body_md.lower().split() if w.isalpha() and len(w) > 2})
    big = generated_content(args.size, vocabulary)
    t0 = time.perf_counter()
    _write(big, "benchmark", work / "big.db")
    big_build = time.perf_counter() - t0
    large = time_both(work / "big.db", typed, max(1, args.rounds - 2))

    print(f"Search, {len(typed)} keystroke queries x rounds; times in ms (p50, p95); ratio = search / raw FTS5")
    print(f"{'corpus':<22} {'srch p50':>8} {'srch p95':>8} {'raw p50':>8} {'raw p95':>8} {'p50 x':>8} {'p95 x':>8}")
    print(row(f"bundled ({len(content.entries)})", bundled))
    print(row(f"generated ({args.size:,})", large))
    print(f"build: bundled content {bundled_build * 1000:.0f} ms; generated {args.size:,} entries "
          f"{big_build:.1f} s")
    targets = [
        ("bundled p95 <= 5 ms", percentile(bundled["search"], 95) <= 5),
        ("bundled p95 ratio <= 2x", percentile(bundled["search"], 95) <= 2 * percentile(bundled["raw"], 95)),
        ("100k p95 ratio <= 2x", percentile(large["search"], 95) <= 2 * percentile(large["raw"], 95)),
    ]
    for name, ok in targets:
        print(f"target {name}: {'met' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
