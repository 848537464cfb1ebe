"""Search as people type: query -> safe FTS5 expression, tiers, fallbacks -> list[SearchHit].

Order of results: exact title, exact alias, title prefix, alias prefix, then bm25 relevance with
the column weights (title > aliases > summary > body); ties by title. The last word is a prefix. When all
words together find nothing, any word will do; when that finds nothing either, each unknown
word is corrected to the closest known word (one or two letters off) and the search runs again.

User text never reaches MATCH as syntax: it is cut into words (letters and digits only) and
each word is double-quoted.
"""

from __future__ import annotations

import bisect
import html
import re
import sqlite3
from dataclasses import dataclass, field

from app.models import SearchHit
from app.schema import FTS_WEIGHTS
from app.textnorm import words

MAX_QUERY_CHARS = 500
MAX_WORDS = 10
MAX_WORD_CHARS = 40
MAX_LIMIT = 200
FEW = 5
"""Fewer all-word results than this: any-word results are added below them."""
STOPWORDS = frozenset(
    "a an and are as at be by can do does for from has have how i in is it its my of on or "
    "so that the their there this to was what when where which who why will with you your".split()
)
_TOP = "\U0010ffff"
_BM25 = "bm25(entries_fts, {}, {}, {}, {})".format(*FTS_WEIGHTS)


@dataclass
class SearchOutcome:
    hits: list[SearchHit] = field(default_factory=list)
    corrected: str | None = None
    """The query as corrected by the typo fallback, when it was used."""


class Searcher:
    """Searches one open content database. Cheap to create; the vocabulary loads on demand."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._vocab: list[str] | None = None

    def search(self, query: object, limit: int = 20, category: str | None = None) -> list[SearchHit]:
        return self.run(query, limit, category).hits

    def run(self, query: object, limit: int = 20, category: str | None = None) -> SearchOutcome:
        tokens = query_words(query)
        try:
            limit = max(0, min(int(limit), MAX_LIMIT))
        except (TypeError, ValueError):
            limit = 20
        if not tokens or limit == 0:
            return SearchOutcome()
        category = category or None
        # All words; if none match, all words with typos corrected; then, when that leaves
        # fewer than FEW results, any word fills the list below them.
        used, corrected = tokens, None
        hits = self._search_tokens(tokens, limit, category, any_word=False)
        if not hits:
            fixed = self._correct(tokens)
            if fixed != tokens:
                hits = self._search_tokens(fixed, limit, category, any_word=False)
                if hits:
                    used, corrected = fixed, " ".join(fixed)
        if len(hits) < min(FEW, limit) and len(tokens) > 1:
            more = self._search_tokens(used, limit, category, any_word=True)
            if not hits and not more:
                fixed = self._correct(tokens)
                if fixed != tokens:
                    more = self._search_tokens(fixed, limit, category, any_word=True)
                    corrected = " ".join(fixed) if more else None
            hits = _append_below(hits, more, limit)
        return SearchOutcome(hits, corrected=corrected)

    # --- the pipeline ----------------------------------------------------------------------
    def _search_tokens(self, tokens: list[str], limit: int, category: str | None,
                       any_word: bool) -> list[SearchHit]:
        phrase = " ".join(tokens)
        tiered = [] if any_word else self._tiers(phrase, limit, category)
        seen = {row[0] for row in tiered}
        expr = any_word_expr(tokens) if any_word else all_words_expr(tokens)
        ranked = self._fts(expr, limit + len(seen), category)
        rows = [(*row[:4], 4000.0 - 1000.0 * row[4], *row[5:]) for row in tiered]
        for rowid, slug, title, cat, bm25, summary, body in ranked:
            if rowid not in seen:
                rows.append((rowid, slug, title, cat, min(999.0, max(0.0, -bm25)), summary, body))
                seen.add(rowid)
        # Snippets are made in Python from the returned rows only, so their cost does not
        # grow with the number of matches.
        pattern = match_pattern(tokens)
        return [
            SearchHit(slug=slug, title=title, category=cat, score=round(score, 4),
                      snippet=make_snippet(summary, body, pattern))
            for _rowid, slug, title, cat, score, summary, body in rows[:limit]
        ]

    def _tiers(self, phrase: str, limit: int, category: str | None) -> list[tuple]:
        """Exact title (0), exact alias (1), title prefix (2), alias prefix (3); each by title.

        A title is exact also without its bracketed part: "Naloxone (Narcan)" for "naloxone".
        An exact alias ("NA", "OD") is more specific than a title that merely starts with the
        same letters, so it ranks above title prefixes.
        """
        cat_sql = " AND e.category = ?" if category else ""
        cat_arg = (category,) if category else ()
        upper = phrase + _TOP
        titles = self.conn.execute(
            "SELECT e.id, e.slug, e.title, e.category, CASE WHEN e.title_norm = ? THEN 0 ELSE 2 END, "
            "e.summary, e.body_text, e.title_norm "
            f"FROM entries e WHERE e.title_norm >= ? AND e.title_norm < ?{cat_sql} "
            "ORDER BY 5, e.title_norm, e.id LIMIT ?",
            (phrase, phrase, upper, *cat_arg, limit),
        ).fetchall()
        aliases = self.conn.execute(
            "SELECT e.id, e.slug, e.title, e.category, CASE WHEN MIN(a.alias_norm <> ?) THEN 3 ELSE 1 END, "
            "e.summary, e.body_text, e.title_norm "
            "FROM aliases a JOIN entries e ON e.slug = a.slug "
            f"WHERE a.alias_norm >= ? AND a.alias_norm < ?{cat_sql} "
            "GROUP BY e.id ORDER BY 5, e.title_norm, e.id LIMIT ?",
            (phrase, phrase, upper, *cat_arg, limit),
        ).fetchall()
        short = self.conn.execute(
            "SELECT e.id, e.slug, e.title, e.category, 0, e.summary, e.body_text, e.title_norm "
            f"FROM entries e WHERE e.title_short = ?{cat_sql} LIMIT ?",
            (phrase, *cat_arg, limit),
        ).fetchall()
        best: dict[int, tuple] = {}
        for row in short + titles + aliases:
            if row[0] not in best or row[4] < best[row[0]][4]:
                best[row[0]] = row
        ordered = sorted(best.values(), key=lambda r: (r[4], r[7], r[0]))[:limit]
        return [row[:7] for row in ordered]

    def _fts(self, expr: str, limit: int, category: str | None) -> list[tuple]:
        cat_sql = " AND rowid IN (SELECT id FROM entries WHERE category = ?)" if category else ""
        cat_arg = (category,) if category else ()
        return self.conn.execute(
            "SELECT e.id, e.slug, e.title, e.category, m.r, e.summary, e.body_text FROM ("
            f"SELECT rowid AS id, {_BM25} AS r FROM entries_fts "
            f"WHERE entries_fts MATCH ?{cat_sql} ORDER BY r LIMIT ?"
            ") m JOIN entries e ON e.id = m.id ORDER BY m.r, m.id",
            (expr, *cat_arg, limit),
        ).fetchall()

    # --- typo fallback ---------------------------------------------------------------------
    def vocabulary(self) -> list[str]:
        if self._vocab is None:
            self._vocab = [r[0] for r in self.conn.execute("SELECT word FROM vocab ORDER BY word")]
        return self._vocab

    def _known(self, word: str, as_prefix: bool) -> bool:
        vocab = self.vocabulary()
        i = bisect.bisect_left(vocab, word)
        if i < len(vocab) and (vocab[i] == word or (as_prefix and vocab[i].startswith(word))):
            return True
        return False

    def warm_up(self) -> None:
        """Load the typo index ahead of need (the app calls this once it is idle)."""
        self.vocabulary()
        import rapidfuzz.process  # noqa: F401

    def _correct(self, tokens: list[str]) -> list[str]:
        corrected = []
        for i, token in enumerate(tokens):
            last = i == len(tokens) - 1
            if len(token) < 3 or token.isdigit() or self._known(token, as_prefix=last):
                corrected.append(token)
                continue
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            max_distance = 1 if len(token) <= 4 else 2
            best = process.extractOne(
                token, self.vocabulary(), scorer=Levenshtein.distance, score_cutoff=max_distance
            )
            corrected.append(best[0] if best else token)
        return corrected


# --- pure helpers (tested directly) ------------------------------------------------------------


def query_words(query: object) -> list[str]:
    """The words of a query, bounded in number and length; anything else is dropped."""
    if query is None:
        return []
    text = query if isinstance(query, str) else str(query)
    return [w[:MAX_WORD_CHARS] for w in words(text[:MAX_QUERY_CHARS])][:MAX_WORDS]


def _append_below(hits: list[SearchHit], more: list[SearchHit], limit: int) -> list[SearchHit]:
    """hits, then the hits of `more` not already there; scores kept descending."""
    seen = {h.slug for h in hits}
    out = list(hits)
    for hit in more:
        if len(out) >= limit:
            break
        if hit.slug in seen:
            continue
        if out and hit.score >= out[-1].score:
            hit = SearchHit(hit.slug, hit.title, hit.category, hit.snippet,
                            round(max(out[-1].score - 0.001, 0.0), 4))
        out.append(hit)
        seen.add(hit.slug)
    return out


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def all_words_expr(tokens: list[str]) -> str:
    """Every word must match; the last one as a prefix: "heroin" "withdr"*."""
    parts = [_quote(t) for t in tokens[:-1]] + [_quote(tokens[-1]) + "*"]
    return " ".join(parts)


def any_word_expr(tokens: list[str]) -> str:
    """Any word may match (stopwords dropped unless nothing else is left). The last word is a
    prefix only from three letters on: "dope s" must not widen to every word starting with s."""
    kept = [t for t in tokens[:-1] if t not in STOPWORDS]
    last = tokens[-1]
    parts = [_quote(t) for t in kept] + [_quote(last) + ("*" if len(last) >= 3 else "")]
    return " OR ".join(parts)


def _stem(word: str) -> str:
    """A crude stem so that "wounds" also lights up "wound" (highlighting only)."""
    for suffix in ("ing", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def match_pattern(tokens: list[str]) -> re.Pattern:
    """Words of the text that a query's words would match, for highlighting."""
    stems = sorted({_stem(t) for t in tokens if t not in STOPWORDS} or {_stem(tokens[-1])},
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in stems) + r")\w*", re.I)


def make_snippet(summary: str, body: str, pattern: re.Pattern, before: int = 50,
                 after: int = 110) -> str:
    """The summary if it mentions a query word, else a window of the body around the first
    mention (cut at spaces), with the matching words in bold."""
    if pattern.search(summary):
        return highlight(summary, pattern)
    found = pattern.search(body)
    if found is None:
        return highlight(summary, pattern)
    lo = max(0, found.start() - before)
    hi = min(len(body), found.end() + after)
    if lo > 0:
        space = body.find(" ", lo, found.start())
        lo = space + 1 if space != -1 else lo
    if hi < len(body):
        space = body.rfind(" ", found.end(), hi)
        hi = space if space != -1 else hi
    return ("…" if lo > 0 else "") + highlight(body[lo:hi], pattern) + ("…" if hi < len(body) else "")


def highlight(text: str, pattern: re.Pattern) -> str:
    """Escaped HTML of text with <b> around the words the pattern matches."""
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last: m.start()]))
        out.append("<b>" + html.escape(m.group()) + "</b>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
