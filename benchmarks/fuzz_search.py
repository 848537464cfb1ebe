"""Random-input run of the search: 100,000 hostile and ordinary queries, zero exceptions allowed.

    .venv/bin/python benchmarks/fuzz_search.py [--count 100000] [--seed N] [--db FILE]

Queries mix the content's own words, titles and aliases (with typos, prefixes and case and
accent changes) with what people and programs paste: FTS5 syntax (quotes, *, ^, NEAR, AND/OR/NOT,
column filters, parentheses), punctuation, control characters, NUL, lone surrogates, emoji,
right-to-left and combining marks, zero-width characters, very long words and very many
words, and non-string values. Limits and categories vary too (valid, unknown, empty).
Without --db it builds content/ into a temporary file first. Prints the number of queries, of
exceptions (grouped, with a reproducer each), of queries with hits, and the time per query
(p50, p95, max, with the slowest query). Exits 1 if anything raised. Not part of the default
test run (100,000 queries take about 90 s); the hypothesis tests in tests/ cover the same ground lightly.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.models import CATEGORIES  # noqa: E402
from app.search import Searcher  # noqa: E402

FTS_SYNTAX = ['"', '""', "*", "^", ":", "(", ")", "NEAR", "NEAR(", "AND", "OR", "NOT", "+", "-",
              "title:", "body_text:", "{title summary}:", "entries_fts", "rank", "bm25", "'", ";",
              "--", "/*", "*/", "\\", "%", "_", "NEAR/3", "MATCH", "\x00", "\t", "\n", "\r"]
ODD_TEXT = ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u0301", "\u0308", "💊", "💉",
            "🧪", "ﬁ", "ＮＡＲＣＡＮ", "ß", "İ", "ı", "ǅ", "Ⅻ", "٣", "中文", "עברית", "العربية",
            "\ud800", "\udfff", "\x7f", "\x1b[31m", "\u2028", "\u0000\u0000", "𝔫𝔞𝔯𝔠𝔞𝔫"]
ALPHABET = "abcdefghijklmnopqrstuvwxyzáéíñöü0123456789 -'\".,;:!?*()[]{}<>/\\|&^%$#@~`+="


def corpus_words(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """(vocabulary words, titles and aliases) of the database being searched."""
    vocab = [r[0] for r in conn.execute("SELECT word FROM vocab")]
    phrases = [r[0] for r in conn.execute("SELECT title FROM entries")]
    phrases += [r[0] for r in conn.execute("SELECT alias FROM aliases")]
    return vocab, phrases


def mutate(rng: random.Random, text: str) -> str:
    """A typo, a cut, a case or accent change, or an inserted oddity."""
    if not text:
        return text
    i = rng.randrange(len(text))
    kind = rng.randrange(7)
    if kind == 0:
        return text[:i] + text[i + 1:]
    if kind == 1:
        return text[:i] + rng.choice(ALPHABET) + text[i:]
    if kind == 2:
        return text[:i] + rng.choice(ALPHABET) + text[i + 1:]
    if kind == 3:
        return text[: max(1, i)]  # a prefix, as typed
    if kind == 4:
        return text.upper() if rng.random() < 0.5 else text.swapcase()
    if kind == 5:
        return text[:i] + rng.choice(ODD_TEXT) + text[i:]
    return text[:i] + rng.choice(FTS_SYNTAX) + text[i:]


def random_query(rng: random.Random, vocab: list[str], phrases: list[str]) -> object:
    kind = rng.randrange(12)
    if kind == 0:
        return rng.choice(vocab)
    if kind == 1:
        return mutate(rng, rng.choice(phrases))
    if kind == 2:
        return " ".join(mutate(rng, rng.choice(vocab)) for _ in range(rng.randint(1, 6)))
    if kind == 3:
        parts = [rng.choice(vocab + FTS_SYNTAX) for _ in range(rng.randint(1, 12))]
        return rng.choice([" ", "", "\t"]).join(parts)
    if kind == 4:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
    if kind == 5:
        return "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 30)))
    if kind == 6:
        return "".join(rng.choice(ODD_TEXT + FTS_SYNTAX) for _ in range(rng.randint(1, 15)))
    if kind == 7:
        word = rng.choice(vocab)
        return (word + rng.choice(["", " ", "-"])) * rng.randint(20, 2000)
    if kind == 8:
        return " ".join(rng.choice(vocab) for _ in range(rng.randint(10, 300)))
    if kind == 9:
        return rng.choice([None, 0, -1, 3.5, float("nan"), b"narcan", ["narcan"], {"q": 1}, True,
                           "", " ", "\x00", "*", '"', "NEAR", "a" * 100_000])
    if kind == 10:
        return '"' + rng.choice(phrases) + rng.choice(['"', "", '*"', '" OR "x'])
    return mutate(rng, mutate(rng, rng.choice(vocab + phrases)))


def random_options(rng: random.Random) -> tuple[int, str | None]:
    limit = rng.choice([20, 20, 20, 1, 5, 200, 0, -1, -10**9, 10**9, 10**18])
    category = rng.choice([None, None, None, "", "nope", "'; DROP TABLE entries; --",
                           *CATEGORIES])
    return limit, category


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def fuzz(db: Path, count: int, seed: int) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    searcher = Searcher(conn)
    vocab, phrases = corpus_words(conn)
    rng = random.Random(seed)
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    times: list[float] = []
    slowest = (0.0, "")
    with_hits = 0
    started = time.perf_counter()
    for _ in range(count):
        query = random_query(rng, vocab, phrases)
        limit, category = random_options(rng)
        t0 = time.perf_counter()
        try:
            hits = searcher.search(query, limit, category)
            if not isinstance(hits, list):
                raise TypeError(f"search returned {type(hits).__name__}, not a list")
        except Exception as exc:  # noqa: BLE001 - counting every kind is the point
            key = f"{type(exc).__name__}: {str(exc)[:120]}"
            errors[key] += 1
            examples.setdefault(key, f"search({query!r:.200}, {limit!r}, {category!r})\n"
                                     + "".join(traceback.format_exc(limit=-3)))
            continue
        elapsed = (time.perf_counter() - t0) * 1000
        times.append(elapsed)
        if elapsed > slowest[0]:
            slowest = (elapsed, repr(query)[:80])
        with_hits += bool(hits)
    seconds = time.perf_counter() - started
    conn.close()
    print(f"fuzzed search: {count:,} queries (seed {seed}) on {db} in {seconds:.1f} s")
    print(f"exceptions: {sum(errors.values())}")
    for key, n in errors.most_common():
        print(f"  {n:>6} x {key}\n{examples[key]}")
    if times:
        print(f"queries with hits: {with_hits:,}; time per query: "
              f"p50 {percentile(times, 50):.2f} ms, p95 {percentile(times, 95):.2f} ms, "
              f"max {slowest[0]:.1f} ms ({slowest[1]})")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one, printed")
    parser.add_argument("--db", type=Path,
                        help="database to search (default: content/ built fresh)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    if args.db:
        return fuzz(args.db, args.count, seed)
    from app.build import build

    with tempfile.TemporaryDirectory(prefix="opioidref-fuzz-") as work:
        db = Path(work) / "content.db"
        build(ROOT / "content", db)
        return fuzz(db, args.count, seed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
