"""The comparison and body-map data: validated by the build (bad data refused, file named),
stored, and turned into pages, hotspots and hits without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.build import build
from app.content_ext import bodymap as bodymap_data
from app.content import load_content
from app.errors import ContentError
from app.render import Renderer
from app.search import Searcher
from app.store import Store
from app.themes import THEMES
from app.tools import bodymap, comparison
from tests.conftest import ROOT

# Valid data over the fixture content's entries and sources (also used by the GUI tests).
BODYMAP_YAML = """\
sites:
  - id: groin
    name: Groin (inner thigh)
    view: front
    hotspot: {x: 0.6, y: 0.5, r: 0.07}
    what_you_see: A painful lump in the groin crease.
    complications: [abscess, xylazine-wounds]
    notes: [Image before incising a groin mass.]
    sources: [test-source]
  - id: hand
    name: Back of the hand
    view: back
    hotspot: {x: 0.85, y: 0.6, r: 0.06}
    what_you_see: Marks over the small veins.
    complications: [xylazine-wounds]
    sources: [other-source]
"""

COMPARISON_YAML = """\
rows:
  - feature: Pupils
    intoxication: Small, pinned pupils.
    withdrawal: Wide pupils.
    links: [pinpoint-pupils, dilated-pupils]
    sources: [test-source]
  - feature: Breathing
    intoxication: Slow and shallow.
    withdrawal: Faster than usual.
    links: [recognising-overdose, naloxone]
    sources: [other-source, test-source]
notes:
  - text: If unsure, treat it as an overdose.
    sources: [test-source]
"""


def write_tool_data(content: Path, bodymap_yaml: str = BODYMAP_YAML,
                    comparison_yaml: str = COMPARISON_YAML) -> None:
    (content / "bodymap.yaml").write_text(bodymap_yaml, encoding="utf-8")
    (content / "comparison.yaml").write_text(comparison_yaml, encoding="utf-8")


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(content)
    return [str(p) for p in info.value.problems]


def edited(text: str, old: str, new: str) -> str:
    assert old in text, f"test data changed: {old!r}"
    return text.replace(old, new, 1)


# --- the bundled content -------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled_store(bundled_db):
    store = Store(bundled_db)
    yield store
    store.close()


def test_bundled_comparison_has_the_rows_the_issue_asks_for(bundled_store):
    data = bundled_store.extra("comparison")
    features = [row["feature"] for row in data["rows"]]
    assert features == ["Pupils", "Breathing", "Heart rate and blood pressure",
                        "Temperature and skin", "Consciousness and movement", "Gut",
                        "Secretions", "Mood", "Main danger"]
    page = comparison.load(bundled_store)
    for row in page.rows:
        assert row.links and row.refs, row.feature
        for slug, title in row.links:
            assert bundled_store.get(slug).title == title
    assert {s.id for s in page.sources} >= {"samhsa-tip-45", "dsm-5-tr"}


def test_bundled_body_map_marks_every_common_site(bundled_store):
    sites = {s.id: s for s in bodymap.sites_from(bundled_store.extra("bodymap"))}
    assert set(sites) >= {"crook-of-arm", "forearm", "hand", "foot", "leg", "groin", "neck", "popping"}
    assert {s.view for s in sites.values()} == {"front", "back"}
    groin = sites["groin"]
    assert {"groin-dvt", "femoral-pseudoaneurysm"} <= set(groin.complications)
    assert any("image before incising" in note.casefold() for note in groin.notes)
    # Darke 2001 figures, exactly as the fact sheet gives them.
    expected = {"crook-of-arm": "99%", "forearm": "71%", "hand": "53%", "foot": "19%",
                "leg": "18%", "neck": "10%", "groin": "6%"}
    for sid, figure in expected.items():
        assert figure in sites[sid].what_you_see, sid
        assert "darke-2001" in sites[sid].sources, sid


def test_bundled_body_map_says_nothing_about_how_to_inject(bundled_store):
    data = bundled_store.extra("bodymap")
    text = " ".join(str(v) for site in data["sites"] for v in site.values()).casefold()
    for phrase in ("how to inject", "needle size", "tourniquet", "find a vein", "safer injecting"):
        assert phrase not in text, phrase


@pytest.mark.parametrize("query, slug", [
    ("body map", "injection-site-progression"), ("bodymap", "injection-site-progression"),
    ("injection sites map", "injection-site-progression"),
    ("intoxication vs withdrawal", "withdrawal-vs-intoxication"),
    ("comparison table", "withdrawal-vs-intoxication"), ("OD vs withdrawal", "withdrawal-vs-intoxication"),
])
def test_search_finds_the_tools_entries_by_name(bundled_store, query, slug):
    assert Searcher(bundled_store.conn).search(query)[0].slug == slug


@pytest.mark.parametrize("slug, tool", [
    ("injection-site-progression", "bodymap"), ("withdrawal-vs-intoxication", "comparison"),
])
def test_each_tool_has_an_entry_that_opens_it(bundled_store, slug, tool):
    assert f"](tool:{tool})" in bundled_store.get(slug).body_md


# --- validation ----------------------------------------------------------------------------

def test_valid_data_is_stored(content_copy, tmp_path):
    write_tool_data(content_copy)
    build(content_copy, tmp_path / "c.db")
    store = Store(tmp_path / "c.db")
    sites = store.extra("bodymap")["sites"]
    assert [s["id"] for s in sites] == ["groin", "hand"]
    assert sites[0]["x"] == 0.6 and sites[0]["notes"] == ["Image before incising a groin mass."]
    assert sites[1]["notes"] == []
    table = store.extra("comparison")
    assert [r["feature"] for r in table["rows"]] == ["Pupils", "Breathing"]
    assert table["notes"][0]["sources"] == ["test-source"]
    store.close()


def test_absent_files_store_empty_data(content_copy):
    extras = load_content(content_copy).extras
    assert extras["bodymap"] == {"sites": []}
    assert extras["comparison"] == {"rows": [], "notes": []}


BAD_BODYMAP = [
    ("complications: [abscess, xylazine-wounds]", "complications: [abscess, ghost-entry]",
     "site 'groin' 'complications' points at no entry: 'ghost-entry'"),
    ("    what_you_see: A painful lump in the groin crease.\n", "", "site 'groin' is missing 'what_you_see'"),
    ("    name: Groin (inner thigh)\n", "", "site 'groin' is missing 'name'"),
    ("    sources: [test-source]\n", "", "site 'groin' is missing 'sources'"),
    ("sources: [test-source]", "sources: [no-such-source]", "site 'groin' has an unknown source id 'no-such-source'"),
    ("sources: [test-source]", "sources: []", "site 'groin' 'sources' must list at least one item"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 1.5, y: 0.5, r: 0.07}", "site 'groin' 'hotspot' x = 1.5 is out of range"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 0.6, y: -0.1, r: 0.07}", "site 'groin' 'hotspot' y = -0.1 is out of range"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 0.6, y: 0.5, r: 0}", "site 'groin' 'hotspot' r = 0 is out of range"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 0.6, y: 0.5, r: 0.9}", "site 'groin' 'hotspot' r = 0.9 is out of range"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: .nan, y: 0.5, r: 0.07}", "site 'groin' 'hotspot' x = nan is out of range"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: left, y: 0.5, r: 0.07}", "site 'groin' 'hotspot' x must be a number"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: true, y: 0.5, r: 0.07}", "site 'groin' 'hotspot' x must be a number"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 0.6, r: 0.07}", "site 'groin' 'hotspot' is missing 'y'"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "{x: 0.6, y: 0.5, r: 0.07, z: 1}", "'hotspot' has unknown field(s) z"),
    ("{x: 0.6, y: 0.5, r: 0.07}", "[0.6, 0.5, 0.07]", "'hotspot' must be a mapping"),
    ("    hotspot: {x: 0.6, y: 0.5, r: 0.07}\n", "", "site 'groin' is missing 'hotspot'"),
    ("view: front", "view: side", "site 'groin' has view 'side': use front or back"),
    ("id: hand", "id: groin", "site 'groin' repeats the id of site 1"),
    ("id: groin", "id: Groin Area", "site 'Groin Area' has an invalid id"),
    ("    view: front\n", "    view: front\n    colour: red\n", "site 'groin' has unknown field(s) colour"),
    ("notes: [Image before incising a groin mass.]", "notes: Image before incising.",
     "site 'groin' 'notes' must be a list"),
    ("sites:\n", "sites:\n  - just text\n", "site 1 must be a mapping of fields"),
    ("sites:\n", "title: Body map\nsites:\n", "has unknown top-level key(s) title"),
]


@pytest.mark.parametrize("old, new, expected", BAD_BODYMAP)
def test_bad_bodymap_is_refused_naming_the_file(content_copy, old, new, expected):
    write_tool_data(content_copy, bodymap_yaml=edited(BODYMAP_YAML, old, new))
    found = problems(content_copy)
    assert any(p.startswith("content/bodymap.yaml: ") and expected in p for p in found), found


BAD_COMPARISON = [
    ("links: [pinpoint-pupils, dilated-pupils]", "links: [pinpoint-pupils, nowhere]",
     "row 1 ('Pupils') 'links' points at no entry: 'nowhere'"),
    ("links: [pinpoint-pupils, dilated-pupils]", "links: []", "row 1 ('Pupils') 'links' must list at least one item"),
    ("    withdrawal: Wide pupils.\n", "", "row 1 ('Pupils') is missing 'withdrawal'"),
    ("  - feature: Pupils\n", "  - \n", "row 1 is missing 'feature'"),
    ("sources: [other-source, test-source]", "sources: [other-source, mystery]",
     "row 2 ('Breathing') has an unknown source id 'mystery'"),
    ("    withdrawal: Wide pupils.\n", "    withdrawal: Wide pupils.\n    colour: red\n",
     "row 1 ('Pupils') has unknown field(s) colour"),
    ("feature: Breathing", "feature: pupils", "row 2 ('pupils') repeats the feature of row 1"),
    ("intoxication: Slow and shallow.", "intoxication: ''", "row 2 ('Breathing') has an empty or non-text 'intoxication'"),
    ("links: [recognising-overdose, naloxone]", "links: [naloxone, naloxone]", "lists naloxone more than once"),
    ("  - text: If unsure, treat it as an overdose.\n    sources: [test-source]",
     "  - text: If unsure, treat it as an overdose.\n    sources: [gone]", "note 1 has an unknown source id 'gone'"),
    ("rows:\n", "rows: []\nold_rows:\n", "'rows' must be a list with at least one record"),
]


@pytest.mark.parametrize("old, new, expected", BAD_COMPARISON)
def test_bad_comparison_is_refused_naming_the_file(content_copy, old, new, expected):
    write_tool_data(content_copy, comparison_yaml=edited(COMPARISON_YAML, old, new))
    found = problems(content_copy)
    assert any(p.startswith("content/comparison.yaml: ") and expected in p for p in found), found


def test_every_problem_is_reported_at_once(content_copy):
    bad = edited(edited(BODYMAP_YAML, "complications: [xylazine-wounds]", "complications: [ghost]"),
                 "sources: [other-source]", "sources: [nope]")
    write_tool_data(content_copy, bodymap_yaml=bad,
                    comparison_yaml=edited(COMPARISON_YAML, "links: [pinpoint-pupils, dilated-pupils]",
                                           "links: [ghost]"))
    found = problems(content_copy)
    assert "content/bodymap.yaml: site 'hand' 'complications' points at no entry: 'ghost'" in found
    assert "content/bodymap.yaml: site 'hand' has an unknown source id 'nope' (not in sources.yaml)" in found
    assert "content/comparison.yaml: row 1 ('Pupils') 'links' points at no entry: 'ghost'" in found


def test_yaml_that_is_not_a_mapping_is_refused(content_copy):
    write_tool_data(content_copy, bodymap_yaml="- just\n- a list\n")
    assert "content/bodymap.yaml: must be a mapping of keys to values" in problems(content_copy)


# --- the body map without Qt ---------------------------------------------------------------

SITES = bodymap.sites_from(bodymap_data.compile({"bodymap": yaml.safe_load(BODYMAP_YAML)}))


@pytest.mark.parametrize("width, height", [(800, 600), (300, 900), (1000, 200), (50, 50)])
def test_figures_fit_side_by_side_without_distortion(width, height):
    rects = bodymap.figure_rects(width, height, aspect=0.5, caption=20, margin=4)
    front, back = rects["front"], rects["back"]
    for rect in (front, back):
        assert rect.w / rect.h == pytest.approx(0.5)
        assert rect.y >= 4 + 20 - 1e-9  # below the caption
    if width >= 100 and height >= 100:
        assert front.x >= 0 and front.x + front.w <= width / 2 + 1e-9
        assert back.x >= width / 2 and back.x + back.w <= width + 1e-9
        assert front.y + front.h <= height + 1e-9
    assert back.x > front.x and back.y == front.y and back.w == front.w


def test_hotspots_scale_with_their_figure_and_hits_find_the_site():
    rects = {"front": bodymap.Rect(10, 20, 200, 400), "back": bodymap.Rect(300, 20, 200, 400)}
    groin, hand = SITES
    circle = bodymap.hotspot(groin, rects["front"])
    assert (circle.x, circle.y, circle.radius) == pytest.approx((10 + 120, 20 + 200, 14))
    assert bodymap.site_at(SITES, rects, circle.x, circle.y) == groin
    assert bodymap.site_at(SITES, rects, circle.x + 13, circle.y) == groin
    assert bodymap.site_at(SITES, rects, circle.x + 15, circle.y) is None
    assert bodymap.site_at(SITES, rects, circle.x + 15, circle.y, min_radius=20) == groin
    back = bodymap.hotspot(hand, rects["back"])
    assert bodymap.site_at(SITES, rects, back.x, back.y) == hand
    # The same point on the other figure is not the hand.
    assert bodymap.site_at(SITES, rects, back.x - 290, back.y) is None


def test_overlapping_hotspots_pick_the_nearest_centre():
    near = bodymap.Site("a", "A", "front", 0.5, 0.5, 0.2, "", ("x",), (), ("s",))
    far = bodymap.Site("b", "B", "front", 0.6, 0.5, 0.2, "", ("x",), (), ("s",))
    rects = {"front": bodymap.Rect(0, 0, 100, 100)}
    assert bodymap.site_at([near, far], rects, 52, 50) == near
    assert bodymap.site_at([near, far], rects, 58, 50) == far
    assert bodymap.site_at([near, far], {}, 52, 50) is None  # no figure laid out


def test_detail_html_links_each_complication_and_escapes_text():
    from app.models import Source

    site = bodymap.Site("neck", "Neck <b>", "front", 0.5, 0.1, 0.05, "Scars & <script>x</script>",
                        ("abscess", "cellulitis"), ("Image it <first>",), ("s1",))
    html = bodymap.detail_html(site, {"abscess": "Abscess"},
                               [Source("s1", "A <title>", "Pub", "2020")], {"front": "Delante"})
    assert "<script>" not in html and "&lt;script&gt;" in html and "Neck &lt;b&gt;" in html
    assert html.index('href="entry:abscess">Abscess<') < html.index('href="entry:cellulitis">cellulitis<')
    assert "Image it &lt;first&gt;" in html and "A &lt;title&gt;. Pub, 2020." in html
    assert "Delante" in html
    plain = bodymap.detail_html(bodymap.Site("x", "X", "back", 0.5, 0.5, 0.1, "Seen.", ("a",), (), ()), {}, [])
    assert "Take care" not in plain and "Sources" not in plain and "Back" in plain


def test_site_details_look_up_titles_and_sources(content_copy, tmp_path):
    write_tool_data(content_copy)
    build(content_copy, tmp_path / "c.db")
    store = Store(tmp_path / "c.db")
    groin = bodymap.sites_from(store.extra("bodymap"))[0]
    html = bodymap.site_details(store, groin)
    assert 'href="entry:abscess">Abscess<' in html and 'href="entry:xylazine-wounds">Xylazine wounds<' in html
    assert "A test source. Test Publisher, 2020." in html
    store.close()


# --- the comparison without Qt -------------------------------------------------------------

@pytest.fixture
def tool_store(content_copy, tmp_path):
    write_tool_data(content_copy)
    build(content_copy, tmp_path / "c.db")
    store = Store(tmp_path / "c.db")
    yield store
    store.close()


def test_sources_are_numbered_by_first_citation(tool_store):
    page = comparison.load(tool_store)
    assert [s.id for s in page.sources] == ["test-source", "other-source"]
    assert [row.refs for row in page.rows] == [(1,), (1, 2)]  # numbered by first citation, listed in order
    assert page.notes[0].refs == (1,)
    assert page.rows[1].links == (("recognising-overdose", "Recognising an overdose"), ("naloxone", "Naloxone"))


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_comparison_page_links_every_row_to_its_entries(tool_store, theme):
    page = comparison.load(tool_store)
    html = comparison.page_html(Renderer(), page, theme, {"withdrawal": "Abstinencia"})
    for row in page.rows:
        assert row.feature in html and row.intoxication in html and row.withdrawal in html
        for slug, title in row.links:
            assert f'<a href="entry:{slug}">{title}</a>' in html
    assert "Abstinencia" in html and "Intoxication / overdose" in html
    assert THEMES[theme]["background"] in html
    assert "https://example.org/source" in html
    assert "If unsure, treat it as an overdose." in html


def test_comparison_page_escapes_content_and_says_when_empty():
    page = comparison.build(
        {"rows": [{"feature": "<i>Pupils</i>", "intoxication": "a & b", "withdrawal": "<script>",
                   "links": ["x"], "sources": ["unknown"]}], "notes": []}, {}, {})
    html = comparison.page_html(Renderer(), page, "light")
    assert "&lt;i&gt;Pupils&lt;/i&gt;" in html and "a &amp; b" in html and "<script>" not in html
    assert '<a href="entry:x">x</a>' in html
    assert page.rows[0].refs == () and page.sources == ()
    empty = comparison.page_html(Renderer(), comparison.build(None, {}, {}), "dark")
    assert comparison.LABELS["no_rows"] in empty


def test_cited_sources_keep_order_and_skip_unknown_ids(tool_store):
    found = tool_store.sources(["other-source", "missing", "test-source"])
    assert [s.id for s in found] == ["other-source", "test-source"]
    assert tool_store.sources([]) == []


def test_svg_figures_exist_and_load_nothing_remote():
    for view in bodymap.VIEWS:
        text = (ROOT / "resources" / "images" / f"bodymap-{view}.svg").read_text(encoding="utf-8")
        assert "viewBox=\"0 0 200 480\"" in text
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in text and "<image" not in text and "<text" not in text


def test_comparison_footnote_numbers_are_sorted_and_unique():
    from app.models import Source
    from app.tools.comparison import build as build_comparison

    sources = {sid: Source(sid, sid.upper(), "P", "2020") for sid in ("a", "b", "c")}
    data = {"rows": [{"feature": "One", "intoxication": "x", "withdrawal": "y", "links": [],
                      "sources": ["a", "b"]},
                     {"feature": "Two", "intoxication": "x", "withdrawal": "y", "links": [],
                      "sources": ["c", "a", "c"]}], "notes": []}
    page = build_comparison(data, {}, sources)
    assert [row.refs for row in page.rows] == [(1, 2), (1, 3)]
    assert [s.id for s in page.sources] == ["a", "b", "c"]


def test_bundled_comparison_footnotes_read_in_order(bundled_store):
    from app.tools.comparison import build as build_comparison

    data = bundled_store.extra("comparison")
    sources = {s.id: s for s in bundled_store.sources(
        [sid for row in data["rows"] for sid in row["sources"]]
        + [sid for note in data.get("notes", []) for sid in note["sources"]])}
    page = build_comparison(data, {}, sources)
    for refs in [row.refs for row in page.rows] + [note.refs for note in page.notes]:
        assert list(refs) == sorted(set(refs))
