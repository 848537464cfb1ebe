"""Pictures in handouts and on the home card: drawn SVG files in content/pictures, checked at
build time, written into the stored page so that screen, print, PDF and slides need no file,
with a description in every language; every kind of bad picture refused with a sentence."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from pathlib import Path

import pytest

from app import pictures
from app.build import build
from app.content import load_content
from app.printdoc import pictures_for_paper
from tests.test_content_validation import edit, problems

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">'
       '<rect x="10" y="10" width="380" height="180" fill="none" stroke="#000"/></svg>')
IMAGE_LINE = "![Two hands on the chest](image:drawing.svg)"


def with_picture(content: Path, svg: str = SVG, name: str = "drawing.svg") -> Path:
    folder = content / "pictures"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(svg, encoding="utf-8")
    return path


def show_in_entry(content: Path, line: str = IMAGE_LINE) -> None:
    edit(content / "overdose" / "naloxone.md", "Test guidance for naloxone.",
         f"Test guidance for naloxone.\n\n{line}\n")


def test_a_picture_is_written_into_the_page_at_half_its_drawn_size(content_copy, tmp_path):
    with_picture(content_copy)
    show_in_entry(content_copy)
    build(content_copy, tmp_path / "c.db")
    conn = sqlite3.connect(tmp_path / "c.db")
    page = conn.execute("SELECT body_html FROM entries WHERE slug = 'naloxone'").fetchone()[0]
    tag = re.search(r'<p class="picture"><img class="picture" src="data:image/svg\+xml;base64,'
                    r'([A-Za-z0-9+/=]+)" alt="Two hands on the chest" width="200" height="100">'
                    r"</p>", page)
    assert tag, page
    assert base64.b64decode(tag.group(1)).decode() == SVG
    assert "image:" not in page


@pytest.mark.parametrize("svg, expected", [
    (SVG.replace('width="400" ', ""), "needs a width in pixels"),
    ("<html>not a drawing</html>", "is not an SVG drawing"),
    (SVG.replace("<rect", '<image href="https://example.org/x.png"/><rect'), "links to another file"),
    (SVG.replace("<rect", '<image href="photo.png"/><rect'), "links to another file"),
    (SVG.replace("<rect", "<script>alert(1)</script><rect"), "contains a script"),
    (SVG + "<!--" + "x" * 200_000 + "-->", "a picture may have at most 200,000"),
])
def test_a_bad_drawing_is_refused(content_copy, svg, expected):
    with_picture(content_copy, svg)
    found = problems(content_copy)
    assert any(p.startswith("content/pictures/drawing.svg: ") and expected in p for p in found), found


@pytest.mark.parametrize("name", ["Drawing.svg", "my drawing.svg", "drawing.png", "drawing"])
def test_a_badly_named_picture_file_is_refused(content_copy, name):
    with_picture(content_copy, name=name)
    assert any("lower-case words joined by '-', ending in .svg" in p
               for p in problems(content_copy))


def test_a_folder_inside_pictures_is_refused(content_copy):
    (content_copy / "pictures" / "more").mkdir(parents=True)
    assert any("is a folder: pictures are files" in p for p in problems(content_copy))


@pytest.mark.parametrize("line, expected", [
    ("![A photo](https://example.org/photo.png)", "pictures come from content/pictures"),
    ("![A photo](photo.png)", "pictures come from content/pictures"),
    ("![Two hands](image:missing.svg)", "'image:missing.svg' is not in content/pictures"),
    ("![](image:drawing.svg)", "needs a description between the brackets"),
    ("![   ](image:drawing.svg)", "needs a description between the brackets"),
])
def test_a_bad_picture_in_an_entry_is_refused_and_named(content_copy, line, expected):
    with_picture(content_copy)
    show_in_entry(content_copy, line)
    found = problems(content_copy)
    assert any("naloxone.md" in p and expected in p for p in found), found


def test_a_picture_in_a_translation_is_checked_too(content_copy):
    with_picture(content_copy)
    target = content_copy / "es" / "overdose" / "naloxone.md"
    target.write_text(target.read_text(encoding="utf-8") + "\n![](image:drawing.svg)\n",
                      encoding="utf-8")
    found = problems(content_copy)
    assert any("es/overdose/naloxone.md" in p and "needs a description" in p for p in found), found


def test_the_home_card_picture_needs_its_description_in_each_language(content_copy, tmp_path):
    with_picture(content_copy)
    edit(content_copy / "home.yaml", "  title: Overdose quick card\n",
         "  title: Overdose quick card\n  picture: drawing.svg\n")
    found = problems(content_copy)
    assert any(p.startswith("content/home.yaml: ") and "needs a 'picture_alt'" in p
               for p in found), found
    assert any(p.startswith("content/es/home.yaml: ") and "needs a 'picture_alt'" in p
               for p in found), found  # the Spanish card shows the English picture
    edit(content_copy / "home.yaml", "  picture: drawing.svg\n",
         "  picture: drawing.svg\n  picture_alt: \"Steps as pictures\"\n")
    edit(content_copy / "es" / "home.yaml", "  title: Tarjeta de sobredosis\n",
         "  title: Tarjeta de sobredosis\n  picture_alt: \"Los pasos en dibujos\"\n")
    build(content_copy, tmp_path / "c.db")
    meta = dict(sqlite3.connect(tmp_path / "c.db").execute("SELECT key, value FROM metadata"))
    assert 'alt="Steps as pictures"' in json.loads(meta["home"])["quick_card"]["picture_img"]
    assert 'alt="Los pasos en dibujos"' in json.loads(meta["home_es"])["quick_card"]["picture_img"]


def test_a_home_card_picture_that_is_not_there_is_refused(content_copy):
    edit(content_copy / "home.yaml", "  title: Overdose quick card\n",
         "  title: Overdose quick card\n  picture: nowhere.svg\n  picture_alt: \"x\"\n")
    assert any("'quick_card' picture 'nowhere.svg' is not in content/pictures" in p
               for p in problems(content_copy))


def test_a_description_without_a_picture_is_refused(content_copy):
    edit(content_copy / "home.yaml", "  title: Overdose quick card\n",
         "  title: Overdose quick card\n  picture_alt: \"What?\"\n")
    assert any("has a 'picture_alt' but no 'picture'" in p for p in problems(content_copy))


def test_every_bundled_drawing_is_valid_and_used():
    content = load_content(Path(__file__).resolve().parent.parent / "content")
    used = set(re.findall(r"image:([a-z0-9-]+\.svg)",
                          " ".join(t.body_md for t in [*content.entries, *content.translations])))
    used.add(content.home["quick_card"]["picture"])
    assert used == set(content.pictures), "a drawing no page shows, or a page showing none"


@pytest.mark.parametrize("slug, count", [("handout-using-naloxone", 3), ("handout-wound-care", 1)])
def test_bundled_handouts_carry_their_pictures_in_both_languages(bundled_db, slug, count):
    conn = sqlite3.connect(bundled_db)
    english = conn.execute("SELECT body_html FROM entries WHERE slug = ?", (slug,)).fetchone()[0]
    spanish = conn.execute("SELECT body_html FROM translations WHERE slug = ? AND lang = 'es'",
                           (slug,)).fetchone()[0]
    for page in (english, spanish):
        assert page.count('<img class="picture" src="data:image/svg+xml;base64,') == count
        alts = re.findall(r'<img class="picture"[^>]* alt="([^"]+)"', page)
        assert len(alts) == count and all(len(alt) > 40 for alt in alts)
    assert set(re.findall(r'alt="([^"]+)"', english)).isdisjoint(re.findall(r'alt="([^"]+)"', spanish))


def test_the_bundled_home_card_has_its_picture_in_both_languages(bundled_db):
    meta = dict(sqlite3.connect(bundled_db).execute("SELECT key, value FROM metadata"))
    for key in ("home", "home_es"):
        img = json.loads(meta[key])["quick_card"]["picture_img"]
        assert img.startswith('<img class="picture" src="data:image/svg+xml;base64,'), key


def test_paper_shows_pictures_smaller_and_leaves_other_images_alone():
    html = ('<p class="picture"><img class="picture" src="data:x" alt="a" width="440" height="168">'
            '</p><img src="data:y" width="100" height="50">')
    paper = pictures_for_paper(html, 0.5)
    assert 'alt="a" width="220" height="84"' in paper
    assert '<img src="data:y" width="100" height="50">' in paper


def test_shown_size_keeps_the_proportions_and_a_limit(tmp_path):
    wide = tmp_path / "wide.svg"
    wide.write_text(SVG.replace('width="400" height="200"', 'width="2000" height="500"'))
    assert pictures.shown_size(wide) == (pictures.SHOWN_MAX, 160)
