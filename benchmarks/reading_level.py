"""Reading level of every handout, English and Spanish, as printed for a family.

    .venv/bin/python benchmarks/reading_level.py [content.db]

English: Flesch-Kincaid grade and SMOG grade (target: grade 6-8 or easier). Spanish:
Fernandez-Huerta ease (70-80 reads like grade 7, 80-90 like grade 6; target >= 70). Each list
item and heading counts as a sentence, as a reader takes it. textstat is pinned to 0.7.3 in
the test extra: later releases fetch a pronouncing dictionary from the network on first use.
"""

from __future__ import annotations

import html
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TAG_RE = re.compile(r"<[^>]+>")


def plain_text(body_html: str) -> str:
    """The words a reader reads: one line per paragraph, item or heading, each ending a
    sentence."""
    lines = (line.strip() for line in html.unescape(_TAG_RE.sub("\n", body_html)).split("\n"))
    return "\n".join(line if line.endswith((".", ":", "?", "!")) else line + "."
                     for line in lines if line)


def handouts(db: Path) -> list[tuple[str, str, str]]:
    """(slug, language, plain text) of every handout's body, English then its translations."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = [(slug, "en", plain_text(body)) for slug, body in conn.execute(
            "SELECT slug, body_html FROM entries WHERE handout = 1 ORDER BY slug")]
        rows += [(slug, lang, plain_text(body)) for slug, lang, body in conn.execute(
            "SELECT t.slug, t.lang, t.body_html FROM translations t JOIN entries e USING (slug) "
            "WHERE e.handout = 1 ORDER BY t.lang, t.slug")]
    finally:
        conn.close()
    return rows


def scores(text: str, lang: str) -> dict[str, float]:
    import textstat

    textstat.set_lang("en_US" if lang == "en" else lang)
    if lang == "es":
        return {"fernandez_huerta": textstat.fernandez_huerta(text)}
    return {"flesch_kincaid": textstat.flesch_kincaid_grade(text),
            "smog": textstat.smog_index(text)}


def main(argv: list[str]) -> int:
    db = Path(argv[0]) if argv else ROOT / "var" / "content.db"
    for slug, lang, text in handouts(db):
        figures = "  ".join(f"{name} {value:5.1f}" for name, value in scores(text, lang).items())
        print(f"{slug:40} {lang}  {figures}  ({len(text.split())} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
