"""Search as people type: query -> safe FTS5 expression, tiers, fallbacks -> list[SearchHit].

Order of results: exact title, exact alias, title prefix, alias prefix (these "tiers" use the
query as typed), then the full-text matches ranked by what they match. The words that carry the
question are kept and question words ("how", "much", "not", "after" ...) are dropped as noise.
Each kept word counts by how rare it is in the reference (its inverse document frequency) and
by where it is found: title, then aliases, then summary, then body. So an entry whose title or
alias names a rare query word comes before entries that merely share common words in their
bodies; bm25 breaks ties. The last word is a prefix. When all words together find fewer than
CANDIDATES entries, entries matching any word join them in the same ranking; when nothing matches,
each unknown word is corrected to the closest known word (one or two letters off) and the
search runs again.

User text never reaches MATCH as syntax: it is cut into words (letters and digits only) and
each word is double-quoted.
"""

from __future__ import annotations

import bisect
import html
import math
import re
import sqlite3
from dataclasses import dataclass, field

from app.models import SearchHit
from app.schema import FTS_WEIGHTS
from app.textnorm import key as key_of
from app.textnorm import words

MAX_QUERY_CHARS = 500
MAX_WORDS = 10
MAX_WORD_CHARS = 40
MAX_LIMIT = 200
STOPWORDS = frozenset(
    "a an and are as at be by can do does for from has have how i in is it its my of on or "
    "so that the their there this to was what when where which who why will with you your".split()
)
NOISE = STOPWORDS | frozenset(
    "about after again also am any anything been being but could did doing get gets getting got "
    "had he her him his if into just me much many more most need needs not now off one our out "
    "really should she some someone somebody still than them then they too very was we were "
    "would yet mean means".split()
)
"""Words that carry no topic in a plain-word question ("how much narcan", "still not breathing
after narcan"); dropped before the full-text search unless nothing else is left."""
FIELD_WEIGHTS = (3.0, 2.0, 1.2, 0.6)
"""How much a query word counts for each field it is found in: title, aliases, summary, body."""
CANDIDATES = 40
"""At least this many full-text matches are reranked (more when the limit is higher)."""
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
        self._by_length: dict[int, list[tuple[int, str]]] | None = None
        self._docs: int | None = None
        self._idfs: dict[tuple[str, bool], float] = {}

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
        content = content_words(tokens)
        tiered = self._tiered(tokens, content, limit, category)
        want = max(limit * 2, CANDIDATES)
        strict = self._fts(all_words_expr(content), want + len(tiered), category)
        used, corrected = content, None
        if {row[0] for row in strict} <= {row[0] for row in tiered}:
            # No text beyond the entries the tiers found has every word: try the corrected
            # words too. A misspelling listed by an entry ("withdrawl") still finds that entry
            # first, and then what the right word finds, rather than one result alone.
            fixed = self._correct(content)
            if fixed != content:
                more = self._tiers(" ".join(fixed), limit, category)
                found = self._fts(all_words_expr(fixed), want + len(tiered) + len(more), category)
                if more or found:
                    strict = found
                    known = {row[0] for row in tiered}
                    tiered = tiered + [row for row in more if row[0] not in known]
                    used, corrected = fixed, " ".join(fixed)
        loose: list[tuple] = []
        seen = {row[0] for row in tiered}
        if len(seen | {row[0] for row in strict}) < want and len(used) > 1:
            loose = self._fts(any_word_expr(used), want + len(tiered), category)
            if not tiered and not strict and not loose:
                fixed = self._correct(content)
                if fixed != content:
                    loose = self._fts(any_word_expr(fixed), want, category)
                    if loose:
                        used, corrected = fixed, " ".join(fixed)
        rows = [(*row[:4], 4000.0 - 1000.0 * row[4], row[5]) for row in tiered]
        bodies = {row[0]: row[6] for row in tiered}
        rows += self._rank(used, [r for r in strict if r[0] not in seen],
                           [r for r in loose if r[0] not in seen])
        rows = rows[:limit]
        bodies.update(self._bodies([row[0] for row in rows if row[0] not in bodies]))
        pattern, literals = match_pattern(used), match_literals(used)
        hits = [
            SearchHit(slug=slug, title=title, category=cat, score=round(score, 4),
                      snippet=make_snippet(summary, bodies.get(rowid, ""), pattern, literals=literals))
            for rowid, slug, title, cat, score, summary in rows
        ]
        return SearchOutcome(hits, corrected=corrected)

    # --- ranking ---------------------------------------------------------------------------
    def _tiered(self, tokens: list[str], content: list[str], limit: int,
                category: str | None) -> list[tuple]:
        """The tiers for the query as typed, and for its content words when they differ."""
        rows = self._tiers(" ".join(tokens), limit, category)
        if content != tokens:
            best = {row[0]: row for row in rows}
            for row in self._tiers(" ".join(content), limit, category):
                if row[0] not in best or row[4] < best[row[0]][4]:
                    best[row[0]] = row
            rows = sorted(best.values(), key=lambda r: (r[4], key_of(r[2]), r[0]))[:limit]
        return rows

    def _rank(self, tokens: list[str], strict: list[tuple], loose: list[tuple]) -> list[tuple]:
        """Full-text matches ordered by the rarity of the query words they contain and where they
        contain them: each word adds its weight once for every field it is found in among title,
        aliases and summary, or the body weight when it is only in the body; bm25 breaks ties.
        `strict` rows contain every word somewhere, so a word not in their title, aliases or
        summary is in the body without looking."""
        unique: dict[int, tuple[tuple, bool]] = {}
        for row in strict:
            unique.setdefault(row[0], (row, True))
        for row in loose:
            unique.setdefault(row[0], (row, False))
        if not unique:
            return []
        last = len(tokens) - 1
        patterns = [word_pattern(t, prefix=(i == last)) for i, t in enumerate(tokens)]
        literals = [word_literal(t, prefix=(i == last)) for i, t in enumerate(tokens)]
        weights = [self._idf(t, prefix=(i == last)) for i, t in enumerate(tokens)] \
            if len(tokens) > 1 else [1.0]
        pairs = [(near_pattern(tokens[i], tokens[i + 1], prefix=(i + 1 == last)),
                  weights[i] + weights[i + 1], (literals[i], literals[i + 1])) for i in range(last)]
        head_weights, body_weight = FIELD_WEIGHTS[:3], FIELD_WEIGHTS[3]
        found_in_heads = {}
        folded_heads = {}
        for rowid, (row, _has_all) in unique.items():
            heads = (row[2], row[6], row[5])  # title, aliases, summary
            folded = folded_heads[rowid] = [folded_for(field) for field in heads]
            found_in_heads[rowid] = [
                sum(fw for field, low, fw in zip(heads, folded, head_weights)
                    if (low is None or literal is None or literal in low) and pattern.search(field))
                for pattern, literal in zip(patterns, literals)]
        # A strict row has every word somewhere; for the others, ask the index which words
        # the rest of the entry (the body) contains, rather than scanning bodies here.
        in_body: list[set[int]] = []
        for i, token in enumerate(tokens):
            unsure = [rid for rid, (_row, has_all) in unique.items()
                      if not has_all and not found_in_heads[rid][i]]
            in_body.append(self._containing(token, i == last, unsure) if unsure else set())
        scored = []
        for rowid, ((_id, slug, title, cat, bm25, summary, aliases), has_all) in unique.items():
            heads = (title, aliases, summary)
            total, prominent = 0.0, 0
            for i, weight in enumerate(weights):
                found = found_in_heads[rowid][i]
                prominent += found > 0
                if not found and (has_all or rowid in in_body[i]):
                    found = body_weight
                total += weight * found
            for pattern, weight, (one, two) in pairs:  # query words side by side in a title, alias or summary
                for field, low, fw in zip(heads, folded_heads[rowid], head_weights):
                    if (low is None or ((one is None or one in low) and (two is None or two in low))) \
                            and pattern.search(field):
                        total += weight * fw
                        break
            total += min(50.0, max(0.0, -bm25)) / 1000.0
            # Words found in the title, aliases or summary count first: an entry that names a
            # query word there outranks entries that only share words in their bodies.
            score = min(999.0, 100.0 * prominent + min(99.0, total * 2.0))
            scored.append((rowid, slug, title, cat, score, summary))
        scored.sort(key=lambda r: (-r[4], r[2].casefold(), r[0]))
        return scored

    def _containing(self, word: str, prefix: bool, rowids: list[int]) -> set[int]:
        """Which of these entries contain the word anywhere (the index, not a text scan)."""
        expr = _quote(word) + ("*" if prefix and len(word) >= 3 else "")
        marks = ",".join("?" * len(rowids))
        return {r[0] for r in self.conn.execute(
            f"SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid IN ({marks})",
            (expr, *rowids))}

    def _bodies(self, rowids: list[int]) -> dict[int, str]:
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        return dict(self.conn.execute(
            f"SELECT id, body_text FROM entries WHERE id IN ({marks})", rowids).fetchall())

    def _doc_count(self) -> int:
        if self._docs is None:
            self._docs = self.conn.execute("SELECT count(*) FROM entries").fetchone()[0] or 1
        return self._docs

    def _idf(self, word: str, prefix: bool) -> float:
        """log(1 + N / df): rare words weigh more. df is counted once per word and session (a
        word is counted up to 2,000 entries or a tenth of the reference, which is common enough)."""
        cache_key = (word, prefix)
        if cache_key not in self._idfs:
            n = self._doc_count()
            cap = max(n // 10 + 1, min(n, 2000))
            expr = _quote(word) + ("*" if prefix and len(word) >= 3 else "")
            df = self.conn.execute(
                "SELECT count(*) FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                "LIMIT ?)", (expr, cap)).fetchone()[0]
            if len(self._idfs) > 5000:
                self._idfs.clear()
            self._idfs[cache_key] = math.log(1.0 + n / max(df, 1))
        return self._idfs[cache_key]

    # --- the pipeline ----------------------------------------------------------------------
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
            "SELECT e.id, e.slug, e.title, e.category, m.r, e.summary, e.aliases_text FROM ("
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
        self._lengths()
        from rapidfuzz.distance import Levenshtein  # noqa: F401

    def _lengths(self) -> dict[int, list[tuple[int, str]]]:
        """The vocabulary by word length, each word with its place in alphabetical order."""
        if self._by_length is None:
            by_length: dict[int, list[tuple[int, str]]] = {}
            for place, word in enumerate(self.vocabulary()):
                by_length.setdefault(len(word), []).append((place, word))
            self._by_length = by_length
        return self._by_length

    def _correct(self, tokens: list[str]) -> list[str]:
        corrected = []
        for i, token in enumerate(tokens):
            last = i == len(tokens) - 1
            if len(token) < 3 or token.isdigit() or self._known(token, as_prefix=last):
                corrected.append(token)
            else:
                corrected.append(self._closest(token, 1 if len(token) <= 4 else 2) or token)
        return corrected

    def _closest(self, token: str, max_distance: int) -> str | None:
        """The known word fewest edits away (at most max_distance; the first in alphabetical
        order among equals), or None. Only words whose length is within max_distance of the
        token's can be that close, so only those are compared (rapidfuzz's Levenshtein)."""
        from rapidfuzz.distance import Levenshtein

        by_length = self._lengths()
        best: tuple[int, int, str] | None = None
        for length in range(len(token) - max_distance, len(token) + max_distance + 1):
            for place, word in by_length.get(length, ()):
                cutoff = max_distance if best is None else best[0]
                found = Levenshtein.distance(token, word, score_cutoff=cutoff)
                if found <= cutoff and (best is None or (found, place) < best[:2]):
                    best = (found, place, word)
        return best[2] if best else None


# --- pure helpers (tested directly) ------------------------------------------------------------


def query_words(query: object) -> list[str]:
    """The words of a query, bounded in number and length; anything else is dropped."""
    if query is None:
        return []
    text = query if isinstance(query, str) else str(query)
    return [w[:MAX_WORD_CHARS] for w in words(text[:MAX_QUERY_CHARS])][:MAX_WORDS]


def content_words(tokens: list[str]) -> list[str]:
    """The words of a query that carry its topic: noise words dropped, unless nothing is left."""
    kept = [t for t in tokens if t not in NOISE]
    return kept or list(tokens)


def word_pattern(word: str, prefix: bool) -> re.Pattern:
    """Where a query word occurs in raw text, roughly as the porter tokenizer would match it:
    the last word as a prefix; others with a short ending ("breath" -> "breathing")."""
    if prefix:
        return re.compile(r"\b" + re.escape(word), re.I)
    stem = _stem(word)
    if len(stem) <= 3:
        return re.compile(r"\b" + re.escape(word) + r"(?:s|es)?\b", re.I)
    return re.compile(r"\b" + re.escape(stem) + r"\w{0,4}\b", re.I)


def word_literal(word: str, prefix: bool) -> str | None:
    """Text that every match of word_pattern(word, prefix) starts with, case-folded, or None
    where folding changes the word's length. A field whose case-folded text (folded_for) lacks
    it cannot match: a substring test costs far less than an expression with word boundaries
    and IGNORECASE, and most fields hold no query word, so the expression runs only where it
    may match (the results are the same: tests/test_search.py)."""
    stem = _stem(word)
    literal = word if prefix or len(stem) <= 3 else stem
    folded = literal.casefold()
    return folded if len(folded) == len(literal) else None


def folded_for(text: str) -> str | None:
    """A field case-folded to look for word_literal()s in (same positions as the field), or
    None where folding changes its length and nothing can be ruled out."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


def near_pattern(first: str, second: str, prefix: bool) -> re.Pattern:
    """Two query words next to each other, or with up to two words between them."""
    a = word_pattern(first, prefix=False).pattern
    b = word_pattern(second, prefix=prefix).pattern
    return re.compile(a + r"\W+(?:\w+\W+){0,2}?" + b[2:], re.I)


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


def match_literals(tokens: list[str]) -> tuple[str | None, ...]:
    """What any match of match_pattern(tokens) starts with (see word_literal)."""
    stems = {_stem(t) for t in tokens if t not in STOPWORDS} or {_stem(tokens[-1])}
    return tuple(word_literal(stem, prefix=True) for stem in stems)


def _first_match(text: str, pattern: re.Pattern, literals) -> re.Match | None:
    """pattern.search(text), begun at the first occurrence of a literal (every match starts
    with one: see word_literal) rather than at the start of a long body."""
    start = 0
    if literals is not None:
        folded = folded_for(text)
        if folded is not None and None not in literals:
            places = [place for place in (folded.find(literal) for literal in literals) if place >= 0]
            if not places:
                return None
            start = min(places)
    return pattern.search(text, start)


def make_snippet(summary: str, body: str, pattern: re.Pattern, before: int = 50,
                 after: int = 110, literals: tuple[str | None, ...] | None = None) -> str:
    """The summary if it mentions a query word, else a window of the body around the first
    mention (cut at spaces), with the matching words in bold. literals (match_literals) let a
    text that cannot match be passed over, and the expression start where one first occurs."""
    if _first_match(summary, pattern, literals) is not None:
        return highlight(summary, pattern)
    found = _first_match(body, pattern, literals)
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
