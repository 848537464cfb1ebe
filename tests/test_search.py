"""Search: tiers, aliases, prefixes, plain-word questions, typos, categories and hostile input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.search import (all_words_expr, any_word_expr, content_words, highlight, make_snippet, match_pattern,
                        near_pattern, query_words, word_pattern)


def slugs(searcher, query, **kw):
    return [h.slug for h in searcher.search(query, **kw)]


def test_exact_title_first(searcher):
    assert slugs(searcher, "Naloxone")[0] == "naloxone"


def test_title_prefix_then_others(searcher):
    found = slugs(searcher, "nalox")
    assert found[:2] == ["naloxone", "naloxone-children"]  # both title prefixes, by title
    assert "recognising-overdose" in found  # body mention comes after


def test_exact_title_beats_title_prefix(searcher):
    found = slugs(searcher, "abscess")
    assert found[0] == "abscess"


def test_alias_match(searcher):
    assert slugs(searcher, "narcan")[0] == "naloxone"
    assert slugs(searcher, "Suboxone")[0] == "buprenorphine"
    assert slugs(searcher, "dope sick")[0] == "withdrawal-overview"
    assert slugs(searcher, "tranq")[0] == "xylazine-wounds"


def test_alias_tier_ranks_above_body_mentions(searcher):
    # "kloxxado" is only an alias of naloxone
    hits = searcher.search("kloxx")
    assert hits[0].slug == "naloxone" and hits[0].score >= 1000


def test_scores_descend(searcher):
    hits = searcher.search("naloxone")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_last_word_is_prefix(searcher):
    assert "withdrawal-overview" in slugs(searcher, "withdr")
    assert "pinpoint-pupils" in slugs(searcher, "pinpoint pup")


def test_plurals_and_stemming(searcher):
    assert "xylazine-wounds" in slugs(searcher, "wound")
    assert "abscess" in slugs(searcher, "abscesses") or "abscess" in slugs(searcher, "abscess")


def test_accents_and_width_are_folded(searcher):
    assert slugs(searcher, "CAFÉ") == ["withdrawal-overview"]
    assert slugs(searcher, "ｎａｒｃａｎ")[0] == "naloxone"
    assert slugs(searcher, "nar\u200bcan")[0] == "naloxone"
    assert slugs(searcher, "naïve") == ["withdrawal-overview"]


def test_plain_question_falls_back_to_any_word(searcher):
    found = slugs(searcher, "what does a black wound on my leg mean")
    assert found and found[0] == "xylazine-wounds"
    assert "abscess" in found


def test_typo_fallback(searcher):
    outcome = searcher.run("nalaxone")
    assert outcome.hits[0].slug == "naloxone"
    assert outcome.corrected == "naloxone"
    assert slugs(searcher, "narkan")[0] == "naloxone"
    assert slugs(searcher, "buprenorfine")[0] == "buprenorphine"


def test_no_typo_correction_when_exact_words_match(searcher):
    assert searcher.run("naloxone").corrected is None


def test_nonsense_finds_nothing(searcher):
    assert searcher.search("qwertyzxcv") == []


def test_category_filter(searcher):
    assert slugs(searcher, "pupils", category="withdrawal") == ["dilated-pupils"]
    assert slugs(searcher, "pupils", category="signs") == ["pinpoint-pupils"]
    assert slugs(searcher, "narcan", category="support") == []


def test_limit(searcher):
    assert len(searcher.search("opioid", limit=2)) == 2
    assert searcher.search("opioid", limit=0) == []
    assert searcher.search("opioid", limit="nonsense")  # falls back to the default


def test_snippet_is_escaped_html_with_highlights(searcher):
    hit = searcher.search("severe flu")[0]
    assert hit.slug == "withdrawal-overview"
    assert "<b>" in hit.snippet and "<script" not in hit.snippet


def test_no_duplicates(searcher):
    found = slugs(searcher, "naloxone narcan")
    assert len(found) == len(set(found))


def test_query_words_are_bounded():
    assert len(query_words("word " * 5000)) == 10
    assert all(len(w) <= 40 for w in query_words("a" * 10000))
    assert query_words(None) == []
    assert query_words('title:"x" OR NEAR(a b) -c *') == ["title", "x", "or", "near", "a", "b", "c"]


def test_match_expressions_quote_every_word():
    assert all_words_expr(["heroin", "withdr"]) == '"heroin" "withdr"*'
    assert any_word_expr(["black", "on", "leg"]) == '"black" OR "leg"*'
    assert any_word_expr(["dope", "s"]) == '"dope" OR "s"'


def test_question_words_are_noise():
    assert content_words(["how", "much", "narcan"]) == ["narcan"]
    assert content_words(["still", "not", "breathing", "after", "narcan"]) == ["breathing", "narcan"]
    assert content_words(["how", "much"]) == ["how", "much"]  # nothing else left: keep them


def test_word_patterns_follow_the_stemmer_roughly():
    assert word_pattern("breaths", prefix=False).search("Rescue breathing")
    assert not word_pattern("red", prefix=False).search("reduced")
    assert word_pattern("nalox", prefix=True).search("Naloxone")
    assert near_pattern("breathing", "narcan", prefix=True).search("not breathing after Narcan")
    assert not near_pattern("breathing", "narcan", prefix=True).search("breathing. One two three four narcan")


def test_title_word_outranks_common_body_words(searcher):
    # "how" and "much" are everywhere; "narcan" is a rare alias word
    assert slugs(searcher, "how much narcan")[0] == "naloxone"


def test_snippet_highlighting():
    pattern = match_pattern(["wounds", "leg"])
    assert highlight("<a> Wound on the legs", pattern) == "&lt;a&gt; <b>Wound</b> on the <b>legs</b>"
    body = " ".join(f"w{i}" for i in range(100)) + " a leg wound here " + " ".join(f"z{i}" for i in range(100))
    snippet = make_snippet("A summary.", body, pattern)
    assert snippet.startswith("…") and snippet.endswith("…") and "<b>leg</b> <b>wound</b>" in snippet
    assert len(snippet) < 200
    assert make_snippet("A wound summary.", body, pattern) == "A <b>wound</b> summary."
    assert make_snippet("Plain.", "nothing here", pattern) == "Plain."


HOSTILE = [
    '"', '""', "'", "*", "-", "--", "NEAR", "NEAR(a b)", "a AND b", "OR", "NOT x", "AND",
    "title:naloxone", "body_text:x", "^start", "x:", "{title}: x", "(", ")", "()", "a) OR (b",
    "'; DROP TABLE entries; --", "1=1", "\\", "\x00", "\u200b", "\ufeff", "😀", "🧪💉", "ｔｉｔｌｅ：",
    " ", "\n\t", "x" * 10000, "a " * 5000, "𝕟𝕒𝕝𝕠𝕩𝕠𝕟𝕖", "%", "_", "[", "]", "naloxone*", "*naloxone",
]


def test_hostile_inputs_return_lists(searcher):
    for text in HOSTILE:
        result = searcher.search(text)
        assert isinstance(result, list), text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), category=st.sampled_from([None, "signs", "overdose", "nope"]))
def test_any_text_never_raises(searcher, text, category):
    assert isinstance(searcher.search(text, category=category), list)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(['"', "*", "-", "NEAR", "AND", "OR", "NOT", "(", ")", ":",
                                       "title:", "^", "naloxone", "x", "'", "\\", "😀"]), max_size=12))
def test_fts_syntax_soup_never_raises(searcher, words):
    assert isinstance(searcher.search(" ".join(words)), list)
    assert isinstance(searcher.search("".join(words)), list)


def test_the_typo_correction_finds_what_rapidfuzz_extract_one_finds(searcher):
    """app.search compares a mistyped word only with known words of a close length; the answer
    is the one rapidfuzz's extractOne gives over the whole vocabulary (fewest edits, then the
    first in alphabetical order), for misspellings of known words and for random letters."""
    import random

    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    vocab = searcher.vocabulary()
    rng = random.Random(11)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def misspelt(word: str) -> str:
        chars = list(word)
        for _ in range(rng.randint(1, 3)):
            where = rng.randrange(len(chars) + 1)
            kind = rng.choice("swap insert delete".split())
            if kind == "insert" or len(chars) < 2:
                chars.insert(where, rng.choice(letters))
            elif kind == "swap":
                chars[min(where, len(chars) - 1)] = rng.choice(letters)
            else:
                del chars[min(where, len(chars) - 1)]
        return "".join(chars)

    tokens = [misspelt(rng.choice(vocab)) for _ in range(400)]
    tokens += ["".join(rng.choice(letters) for _ in range(rng.randint(3, 12))) for _ in range(200)]
    for token in tokens:
        limit = 1 if len(token) <= 4 else 2
        expected = process.extractOne(token, vocab, scorer=Levenshtein.distance, score_cutoff=limit)
        assert searcher._closest(token, limit) == (expected[0] if expected else None), token


_FIELD_CHARS = "abcdeinorstuw ,.-'\"&<>()ſKİßéÉ"


@given(st.text(alphabet="abcdeinorstuwſKİßé", min_size=1, max_size=8),
       st.text(alphabet=_FIELD_CHARS, max_size=120), st.booleans())
def test_a_word_found_by_its_expression_is_found_by_its_literal(word, field, prefix):
    """The ranking runs a word's expression only on fields that hold its literal: that must
    never skip a field the expression matches (odd case foldings included)."""
    from app.search import folded_for, word_literal, word_pattern

    literal, folded = word_literal(word, prefix), folded_for(field)
    if word_pattern(word, prefix).search(field) and literal is not None and folded is not None:
        assert literal in folded


@given(st.lists(st.text(alphabet="abcdeinorstuwſKé", min_size=1, max_size=7), min_size=1, max_size=3),
       st.text(alphabet=_FIELD_CHARS, max_size=80), st.text(alphabet=_FIELD_CHARS, max_size=400))
def test_snippets_are_the_same_with_and_without_the_literal_shortcut(tokens, summary, body):
    from app.search import make_snippet, match_literals, match_pattern

    pattern = match_pattern(tokens)
    assert make_snippet(summary, body, pattern, literals=match_literals(tokens)) == \
        make_snippet(summary, body, pattern)
