"""Handouts in plain language: every bundled handout reads at grade 8 or easier in English
(Flesch-Kincaid and SMOG) and as "fairly easy" or easier in Spanish (Fernandez-Huerta >= 70).
The figures are printed by benchmarks/reading_level.py and recorded in docs/clinical-review.md."""

from __future__ import annotations

from benchmarks.reading_level import handouts, plain_text, scores


def test_plain_text_makes_each_item_a_sentence():
    assert plain_text("<h2>Call 911</h2><ul><li>Stay with them</li><li>Wait.</li></ul>") == (
        "Call 911.\nStay with them.\nWait.")

def test_a_hard_text_scores_as_hard():
    hard = ("Pharmacological antagonism of mu-opioid receptors precipitates an abrupt "
            "withdrawal syndrome characterised by autonomic hyperactivity and considerable "
            "gastrointestinal distress in physiologically dependent individuals.")
    assert scores(hard, "en")["flesch_kincaid"] > 12

def test_every_bundled_handout_reads_at_grade_8_or_easier(bundled_db):
    rows = handouts(bundled_db)
    assert {lang for _slug, lang, _text in rows} == {"en", "es"}
    assert len(rows) >= 10
    for slug, lang, text in rows:
        figures = scores(text, lang)
        if lang == "en":
            assert figures["flesch_kincaid"] <= 8 and figures["smog"] <= 9, (slug, figures)
        else:
            assert figures["fernandez_huerta"] >= 70, (slug, lang, figures)
