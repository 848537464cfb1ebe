"""What a nurse sees when she searches: the list shows what the status line counts."""

from __future__ import annotations

import pytest

from app.search import Searcher
from app.store import Store
from tests.screen.conftest import regions
from app.xdrive import reads

QUERIES = [
    "naloxone",                          # one word
    "black wound on the leg",            # several words
    "nalaxone",                          # a typo
    "dope sick",                         # a street term
    "still not breathing after narcan",  # a question in plain words
    "abcess on arm",                     # a typo among plain words
    "tranq",                             # a street name
    "precipitated",                      # a clinical word
    "pinpoint pupils",                   # a sign
    "hep c",                             # an abbreviation
]


@pytest.fixture(scope="module")
def app(launch):
    return launch()


@pytest.fixture(scope="module")
def core(screen_db):
    store = Store(screen_db)
    yield Searcher(store.conn)
    store.close()


def short(title: str) -> str:
    """The part of a title before its bracketed lay term, as OCR reads it reliably."""
    return title.split("(")[0].strip()[:40]


@pytest.mark.parametrize("query", QUERIES)
def test_results_list_shows_rows_for_every_query(app, core, query):
    area = regions(app.x)
    app.key("ctrl+k")
    app.type(query)
    shot = app.settle()
    hits = core.run(query, 30).hits
    assert hits, f"the core finds nothing for {query!r}"
    assert shot.ink(area["list"]) > 0.04, f"the results list is blank for {query!r}"
    listed = shot.text(area["list"])
    wanted = [short(h.title) for h in hits[:4]]
    if not any(reads(listed, title) for title in wanted):
        listed += shot.text(area["first row"], invert=True)  # selected: light on dark
    assert any(reads(listed, title) for title in wanted), (query, wanted, listed)
    assert reads(shot.text(area["status"]), f"{len(hits)} result"), query


def test_no_hits_says_so(app):
    area = regions(app.x)
    app.key("ctrl+k")
    app.type("zzqxv wqzx")
    shot = app.settle()
    assert reads(shot.text(area["status"]), "No entries match")
