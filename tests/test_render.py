"""Rendering: escaping, links, the disclaimer on every page, StrictUndefined, error pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jinja2
import pytest

from app import DISCLAIMER
from app.render import Renderer


@pytest.fixture
def renderer():
    return Renderer()


def test_entry_page_parts(renderer, store):
    page = renderer.entry(store.get("naloxone"))
    assert "<h1>Naloxone</h1>" in page
    assert "Overdose" in page  # category label
    assert "Red flags — act now" in page and "Test red flag for naloxone" in page
    assert 'href="entry:recognising-overdose"' in page and "Recognising an overdose" in page
    assert "A test source. Test Publisher, 2020." in page
    assert "Reviewed: 2026-01-15" in page
    assert page.rstrip().endswith("</html>")
    assert page.index(DISCLAIMER) > page.index("Reviewed")


def test_body_links_become_entry_links(renderer, store):
    page = renderer.entry(store.get("recognising-overdose"))
    assert '<a href="entry:naloxone">naloxone</a>' in page


def test_text_is_escaped(renderer, store):
    entry = dataclasses.replace(store.get("naloxone"), title="<script>x</script>",
                                red_flags=("a < b & c",), summary='"quoted" <i>')
    page = renderer.entry(entry)
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "a &lt; b &amp; c" in page
    assert "&#34;quoted&#34; &lt;i&gt;" in page


@pytest.mark.parametrize("theme", ["light", "dark", "contrast", "unknown", None])
def test_every_page_has_the_disclaimer(renderer, store, theme):
    meta = store.meta()
    for page in (
        renderer.entry(store.get("abscess"), theme=theme),
        renderer.home(store.home(), {"overdose": [("naloxone", "Naloxone")]}, meta, theme=theme),
        renderer.error("Oops", "Something <b>bad</b>", theme=theme),
    ):
        assert DISCLAIMER in page


def test_dark_theme_colours_the_page(renderer, store):
    assert "#1e1f22" in renderer.entry(store.get("abscess"), theme="dark")
    assert "#1e1f22" not in renderer.entry(store.get("abscess"), theme="light")


def test_home_page(renderer, store):
    page = renderer.home(store.home(), {"overdose": [("naloxone", "Naloxone")]}, store.meta())
    assert "Overdose quick card" in page and 'href="entry:recognising-overdose"' in page
    assert 'href="entry:naloxone"' in page
    assert store.meta().content_version in page


def test_labels_can_be_translated(renderer, store):
    page = renderer.entry(store.get("naloxone"), labels={"sources": "Fuentes", "categories": {"overdose": "Sobredosis"}})
    assert "Fuentes" in page and "Sobredosis" in page


def test_strict_undefined_turns_into_an_error_page(tmp_path, store):
    templates = Path(__file__).resolve().parent.parent / "resources" / "templates"
    for name in ("base.html", "error.html", "home.html"):
        (tmp_path / name).write_text((templates / name).read_text())
    (tmp_path / "entry.html").write_text('{% extends "base.html" %}{% block body %}{{ entry.no_such_field }}{% endblock %}')
    renderer = Renderer(tmp_path)
    with pytest.raises(jinja2.UndefinedError):
        renderer.env.get_template("entry.html").render(entry=store.get("naloxone"), t={}, labels={}, categories={})
    page = renderer.entry(store.get("naloxone"))
    assert "could not be shown" in page and DISCLAIMER in page


def test_source_lines_never_end_in_two_full_stops():
    from app.models import Source, StoredEntry
    from app.render import Renderer

    entry = StoredEntry(slug="x", category="signs", title="X", summary="S.", body_md="b",
                        body_html="<p>b</p>", reviewed="2026-01-01",
                        sources=(Source("a", "Is it safe?", "Pub", "n.d."),
                                 Source("b", "A guide.", "Pub", "2020")))
    html = Renderer().entry(entry)
    assert "n.d.." not in html and "safe?." not in html and "guide.." not in html
    assert "Is it safe? Pub, n.d." in html and "A guide. Pub, 2020." in html
