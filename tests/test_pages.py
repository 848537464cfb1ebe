"""Pages stored at build time (app.build_pages), filled at run time (app.pages), are the pages
the templates render on demand: same HTML, in any interface language, with any page words."""

from __future__ import annotations

import pytest

from app import page_style, pages
from app.build_pages import featured
from app.errors import UnknownEntry
from app.page_labels import labels
from app.render import Renderer
from app.themes import THEME_NAMES


def _odd_words():
    """Page words as a translation might give them, with characters HTML must escape."""
    return labels(lambda _context, text: f"<{text.upper()} & co>")


@pytest.mark.parametrize("words", [labels(), _odd_words()], ids=["english", "escaped"])
def test_every_stored_entry_page_is_the_rendered_page(store, words):
    renderer = Renderer()
    slugs = [row["slug"] for row in store.list_entries()]
    assert slugs
    for slug in slugs:
        for lang in store.languages_of(slug):
            page, shown, title = pages.entry_page(store, slug, lang, words)
            entry = store.get(slug, lang)
            assert (shown, title) == (lang, entry.title)
            assert page == renderer.entry(entry, None, words, styled=False), slug
            assert pages.OPEN not in page and pages.CLOSE not in page


def test_language_note_and_tools_are_filled_in(store):
    note = {"text": "Not translated <yet>", "link": "entry:naloxone?lang=en", "link_text": "English"}
    page, _shown, _title = pages.entry_page(store, "naloxone", "en", labels(), lambda shown: note)
    assert 'Not translated &lt;yet&gt; <a href="entry:naloxone?lang=en">English</a>' in page
    home = pages.home_page(store, "en", labels(), [("cows", "COWS & co")])
    assert '<a href="tool:cows">COWS &amp; co</a>' in home
    assert home == Renderer().home(store.home(), featured(store), store.meta(), None, labels(),
                                   [("cows", "COWS & co")], styled=False)


def test_a_missing_translation_falls_back_to_english(store):
    page, shown, title = pages.entry_page(store, "naloxone", "xx", labels())
    assert shown == "en" and title == store.get("naloxone").title


def test_an_unknown_entry_is_refused(store):
    with pytest.raises(UnknownEntry):
        store.page("no-such-entry")


def test_stored_pages_carry_no_colours_and_every_theme_supplies_them(store):
    page, _shown, _title = pages.entry_page(store, "naloxone", "en", labels())
    assert "<style" not in page and "#" not in page.split("<body>")[0]
    for name in THEME_NAMES:
        css = page_style.css(name)
        assert "table.flags" in css and "background-color" in css
    assert page_style.css("dark") != page_style.css("light")


def test_the_pages_escape_is_the_standard_librarys():
    import html

    from hypothesis import given
    from hypothesis import strategies as st

    from app.pages import escape

    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("&<>\"'")))
    def same(text):
        assert escape(text) == html.escape(text)
        assert escape(text, quote=False) == html.escape(text, quote=False)

    same()
