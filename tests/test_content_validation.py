"""Bad content is refused with a message naming the file and what is wrong; all at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.content import load_content
from app.errors import ContentError


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(content)
    return [str(p) for p in info.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_content_is_valid(content_copy):
    content = load_content(content_copy)
    assert len(content.entries) == 10
    assert {e.category for e in content.entries} == {
        "signs", "overdose", "withdrawal", "complications", "treatment", "support"}


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ('title: "Naloxone"', 'title: ""', "'title' is empty"),
        ('title: "Naloxone"\n', "", "missing required field 'title'"),
        ('summary: "An opioid antagonist that reverses opioid overdose."\n', "", "missing required field 'summary'"),
        ("sources: [test-source]", "sources: []", "'sources' must list at least one"),
        ("sources: [test-source]\n", "", "missing required field 'sources'"),
        ("sources: [test-source]", "sources: [no-such-source]", "unknown source id 'no-such-source'"),
        ("reviewed: 2026-01-15", "reviewed: 2026-13-45", "'reviewed' is not a valid date"),
        ("reviewed: 2026-01-15", "reviewed: soon", "'reviewed' is not a valid date"),
        ("reviewed: 2026-01-15", "reviewed: 2999-01-01", "is in the future"),
        ("reviewed: 2026-01-15\n", "", "missing required field 'reviewed'"),
        ("see_also: [recognising-overdose, pinpoint-pupils]", "see_also: [nowhere]", "'see_also' points at no entry: 'nowhere'"),
        ("see_also: [recognising-overdose, pinpoint-pupils]", "see_also: recognising-overdose", "'see_also' must be a list"),
        ("aliases: [Narcan, Kloxxado, nasal naloxone]", "aliases: [Narcan, Narcan]", "more than once"),
        ("aliases: [Narcan, Kloxxado, nasal naloxone]", "aliases: [Abscess]", "is the title of another entry"),
        ("aliases: [Narcan, Kloxxado, nasal naloxone]", "aliases: [boil]", "is also an alias of"),
        ("title: \"Naloxone\"", "title: \"Abscess\"", "duplicate title 'Abscess'"),
        ("title: \"Naloxone\"", "title: [unclosed", "YAML error"),
        ("title: \"Naloxone\"", "title: \"Naloxone\"\ntitle: \"Again\"", "appears twice"),
        ("title: \"Naloxone\"", "title: \"Naloxone\"\nauthor: me", "unknown field(s) author"),
        ("  - \"Test red flag for naloxone\"", "  - Test: red flag", "put the whole item in quotes"),
        ("Test guidance for naloxone.", "See [this](entry:missing-page).", "body links to no entry: 'entry:missing-page'"),
    ],
)
def test_bad_entry_field_is_named(content_copy, old, new, expected):
    target = content_copy / "overdose" / "naloxone.md"
    edit(target, old, new)
    found = problems(content_copy)
    assert any(expected in p for p in found), found
    assert any(p.startswith("content/overdose/naloxone.md") for p in found), found


def test_empty_body(content_copy):
    target = content_copy / "overdose" / "naloxone.md"
    text = target.read_text(encoding="utf-8")
    target.write_text(text[: text.index("## What it is")], encoding="utf-8")
    assert any("empty body" in p and "naloxone.md" in p for p in problems(content_copy))


def test_no_front_matter(content_copy):
    (content_copy / "signs" / "plain.md").write_text("Just text\n", encoding="utf-8")
    assert any("signs/plain.md: has no front matter" in p for p in problems(content_copy))


def test_not_utf8(content_copy):
    (content_copy / "signs" / "latin.md").write_bytes(b"---\ntitle: caf\xe9\n---\nbody\n")
    assert any("signs/latin.md: is not valid UTF-8" in p for p in problems(content_copy))


def test_unknown_category_folder(content_copy):
    (content_copy / "recipes").mkdir()
    assert any("unknown category folder 'recipes'" in p for p in problems(content_copy))


class FakeExtension:
    """A content extension as app.content_ext would find one."""

    NAME = "things"
    FILES = "things/*.yaml"

    @staticmethod
    def check(data, ctx):
        problems = []
        if "title" not in data:
            problems.append("missing 'title'")
        for slug in data.get("links", []):
            if slug not in ctx.present:
                problems.append(f"links to no entry: '{slug}'")
        return problems

    @staticmethod
    def compile(items):
        return {"count": len(items), "items": items}


@pytest.fixture
def fake_extension(monkeypatch):
    from app import content_ext

    monkeypatch.setattr(content_ext, "extensions", lambda: [FakeExtension])


def test_extension_folder_is_validated_and_compiled(content_copy, fake_extension, tmp_path):
    from app.build import build
    from app.store import Store

    (content_copy / "things").mkdir()
    (content_copy / "things" / "good.yaml").write_text("title: Good\nlinks: [naloxone]\n", encoding="utf-8")
    content = load_content(content_copy)
    assert content.extras["things"]["count"] == 1
    build(content_copy, tmp_path / "x.db")
    assert Store(tmp_path / "x.db").extra("things")["items"]["good"]["title"] == "Good"
    (content_copy / "things" / "bad.yaml").write_text("links: [ghost]\n", encoding="utf-8")
    (content_copy / "things" / "Bad_Name.yaml").write_text("title: x\n", encoding="utf-8")
    (content_copy / "things" / "notes.txt").write_text("x", encoding="utf-8")
    found = problems(content_copy)
    assert "content/things/bad.yaml: missing 'title'" in found
    assert "content/things/bad.yaml: links to no entry: 'ghost'" in found
    assert any("things/Bad_Name.yaml: invalid name" in p for p in found)
    assert any("things/notes.txt: unexpected file" in p for p in found)


def test_handout_flag(content_copy):
    edit(content_copy / "support" / "where-to-get-help.md", "reviewed:", "handout: true\nreviewed:")
    content = load_content(content_copy)
    assert [e.slug for e in content.entries if e.handout] == ["where-to-get-help"]
    edit(content_copy / "support" / "where-to-get-help.md", "handout: true", "handout: maybe")
    assert any("'handout' must be true or false" in p for p in problems(content_copy))


@pytest.mark.parametrize("name", ["Bad_Slug.md", "double--hyphen.md", "-lead.md", "ünï.md"])
def test_invalid_slug(content_copy, name):
    source = (content_copy / "signs" / "pinpoint-pupils.md").read_text(encoding="utf-8")
    (content_copy / "signs" / name).write_text(source.replace("Pinpoint pupils (miosis)", "Other title"), encoding="utf-8")
    assert any("invalid slug" in p and name in p for p in problems(content_copy))


def test_duplicate_slug_across_categories(content_copy):
    source = (content_copy / "signs" / "pinpoint-pupils.md").read_text(encoding="utf-8")
    (content_copy / "withdrawal" / "pinpoint-pupils.md").write_text(
        source.replace("Pinpoint pupils (miosis)", "Another title").replace("pinned pupils, miosis, small pupils", "x1"),
        encoding="utf-8")
    assert any("duplicate slug 'pinpoint-pupils'" in p for p in problems(content_copy))


def test_non_markdown_file_in_category(content_copy):
    (content_copy / "signs" / "notes.txt").write_text("x", encoding="utf-8")
    assert any("signs/notes.txt: is not a Markdown entry" in p for p in problems(content_copy))


def test_sources_yaml_problems(content_copy):
    (content_copy / "sources.yaml").write_text(
        "test-source: {title: T, publisher: P, year: 2020, url: ftp://x}\n"
        "other-source: {title: T}\n"
        "Bad Id: {title: T, publisher: P, year: 1}\n", encoding="utf-8")
    found = problems(content_copy)
    assert any("not an http(s) address" in p for p in found)
    assert any("source 'other-source' is missing 'publisher'" in p for p in found)
    assert any("source id 'Bad Id'" in p for p in found)
    assert all(p.startswith("content/sources.yaml") for p in found)


def test_missing_sources_yaml(content_copy):
    (content_copy / "sources.yaml").unlink()
    assert any("sources.yaml: is missing" in p for p in problems(content_copy))


def test_home_yaml_links_checked(content_copy):
    edit(content_copy / "home.yaml", "overdose: [naloxone]", "overdose: [ghost]")
    assert any("home.yaml: 'featured' points at no entry: 'ghost'" in p for p in problems(content_copy))


def test_every_problem_reported_in_one_run(content_copy):
    edit(content_copy / "overdose" / "naloxone.md", 'title: "Naloxone"', 'title: ""')
    edit(content_copy / "signs" / "pinpoint-pupils.md", "reviewed: 2026-01-15", "reviewed: never")
    (content_copy / "recipes").mkdir()
    found = problems(content_copy)
    assert len(found) >= 3
    assert {re.split(r"[:/]", p)[1] for p in found} >= {"overdose", "signs", "recipes"}


def test_coverage_rules(content_copy):
    (content_copy / "coverage.yaml").write_text(
        "min_entries: {signs: 2}\nmin_see_also: 3\nevery_entry_linked: true\n"
        "every_source_cited: true\nrequired_sections: [Notes]\n", encoding="utf-8")
    found = problems(content_copy)
    assert any("signs: has 1 entries; at least 2" in p for p in found)
    assert any("see_also link(s); at least 3" in p for p in found)
    assert any("has no '## Notes' section" in p for p in found)
    assert any("source 'other-source' is cited by no entry" in p for p in found)
    assert any("naloxone-children.md: is an orphan" in p for p in found)


def test_editor_notes_are_kept_out_of_the_reference(content_copy, tmp_path):
    from app.build import build
    from app.store import Store

    edit(content_copy / "overdose" / "naloxone.md", "reviewed:",
         "editor_notes:\n  - \"Re-check the spray label wording (EDITORONLY).\"\nreviewed:")
    edit(content_copy / "sources.yaml", "test-source:", "test-source:\n  editor_note: EDITORSOURCE")
    db = tmp_path / "content.db"
    build(content_copy, db)
    raw = db.read_bytes()
    assert b"EDITORONLY" not in raw and b"EDITORSOURCE" not in raw
    assert Store(db).get("naloxone").title == "Naloxone"
    edit(content_copy / "overdose" / "naloxone.md", "editor_notes:\n", "editor_notes: one note\n")
    assert any("'editor_notes' must be a list" in p for p in problems(content_copy))


@pytest.mark.parametrize("old, new, said", [
    ("Test guidance for naloxone.", "Test guidance. [CONFLICT] sources differ.", "[CONFLICT"),
    ("Test guidance for naloxone.", "Test guidance. TODO: add the dose.", "TODO"),
    ("Test guidance for naloxone.", "Re-check wording on the label.", "Re-check"),
    ("Test guidance for naloxone.", "The label was revised and that text has not been re-checked.", "re-check"),
    ("Test guidance for naloxone.", "This was not found in the retrieved SAMHSA text.", "not found in the retrieved"),
    ('summary: "An opioid antagonist that reverses opioid overdose."',
     'summary: "An opioid antagonist (dose not verified)."', "not verified"),
    ('  - "Test red flag for naloxone"', '  - "Could not be confirmed in the label"', "ould not be confirmed"),
    ("Test guidance for naloxone.", "Check the numbers when this entry is reviewed.", "when this entry is reviewed"),
])
def test_bedside_text_that_speaks_to_editors_is_refused(content_copy, old, new, said):
    edit(content_copy / "overdose" / "naloxone.md", old, new)
    found = problems(content_copy)
    assert any("naloxone.md" in p and "speaks to editors" in p and said in p for p in found), found


def test_a_source_note_that_speaks_to_editors_is_refused(content_copy):
    path = content_copy / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    first_title = re.search(r"^(\s+title: .*)$", text, re.M).group(1)
    path.write_text(text.replace(first_title, first_title + "\n  note: read on a mirror site, not the original", 1),
                    encoding="utf-8")
    assert any("its note speaks to editors" in p and "mirror site" in p for p in problems(content_copy))


def test_bedside_words_like_recheck_the_pulse_are_fine(content_copy):
    edit(content_copy / "overdose" / "naloxone.md", "Test guidance for naloxone.",
         "Recheck the pulse every 2 minutes; verify the dose with the pharmacist.")
    load_content(content_copy)
