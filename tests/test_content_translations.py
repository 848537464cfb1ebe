"""Translations (content/es/): validated like entries, tied to their original, and read back
from the database in their language; the command line shows and exports them."""

from __future__ import annotations

import shutil

import pytest

from app.build import build
from app.content import load_content
from app.store import Store
from tests.test_content_validation import edit, problems

ES = "es/overdose/naloxone.md"


def test_fixture_translation_loads(content_copy):
    content = load_content(content_copy)
    [naloxona] = content.translations
    assert (naloxona.slug, naloxona.lang, naloxona.title) == ("naloxone", "es", "Naloxona")
    assert content.homes["es"]["quick_card"]["title"] == "Tarjeta de sobredosis"
    assert "buprenorfina" in content.extra_aliases["buprenorphine"]
    assert "Naloxona" in content.extra_aliases["naloxone"]  # its title finds it too
    assert content.warnings == []


@pytest.mark.parametrize("old, new, expected", [
    ("original_reviewed: 2026-01-15\n", "", "missing required field 'original_reviewed'"),
    ('title: "Naloxona"\n', "", "missing required field 'title'"),
    ("sources: [test-source]", "sources: [other-source]", "not cited by the original"),
    ("reviewed: 2026-02-01", "reviewed: 2999-01-01", "in the future"),
    ("reviewed: 2026-02-01", "reviewed: 2026-02-01\nsee_also: [abscess]", "unknown field(s) see_also"),
    ("(entry:pinpoint-pupils)", "(entry:no-such-entry)", "body links to no entry"),
    ("aliases: [naloxona nasal, espray de naloxona]", "aliases: [skin abscess]", "already a title or alias of abscess"),
])
def test_bad_translation_is_named(content_copy, old, new, expected):
    edit(content_copy / ES, old, new)
    found = problems(content_copy)
    assert any("content/es/overdose/naloxone.md" in p and expected in p for p in found) or \
        any(expected in p for p in found), found


def test_translation_of_no_entry(content_copy):
    shutil.copy(content_copy / ES, content_copy / "es" / "overdose" / "no-such-entry.md")
    assert any("no-such-entry.md" in p and "translation of no entry" in p for p in problems(content_copy))


def test_translation_in_the_wrong_folder(content_copy):
    (content_copy / "es" / "signs").mkdir()
    shutil.move(content_copy / ES, content_copy / "es" / "signs" / "naloxone.md")
    assert any("its original is in overdose/" in p for p in problems(content_copy))


def test_unknown_file_and_folder_in_a_language_folder(content_copy):
    (content_copy / "es" / "notes.txt").write_text("x", encoding="utf-8")
    (content_copy / "es" / "misc").mkdir()
    found = problems(content_copy)
    assert any("notes.txt" in p and "unexpected file" in p for p in found)
    assert any("unknown category folder 'misc'" in p for p in found)


def test_home_card_and_search_words_are_checked(content_copy):
    edit(content_copy / "es" / "home.yaml", "link: recognising-overdose", "link: nowhere")
    (content_copy / "es" / "aliases.yaml").write_text("not-an-entry: [palabra]\n", encoding="utf-8")
    found = problems(content_copy)
    assert any("links to no entry: 'nowhere'" in p for p in found)
    assert any("'not-an-entry' is not an entry" in p for p in found)


def test_a_stale_translation_is_a_warning_not_an_error(content_copy):
    edit(content_copy / "overdose" / "naloxone.md", "reviewed: 2026-01-15", "reviewed: 2026-03-01")
    content = load_content(content_copy)
    assert len(content.translations) == 1
    [warning] = content.warnings
    assert "naloxone.md" in str(warning) and "stale" in str(warning) and "2026-03-01" in str(warning)


def test_the_database_reads_a_translation_back(content_copy, tmp_path):
    db = tmp_path / "c.db"
    build(content_copy, db)
    store = Store(db)
    es = store.get("naloxone", "es")
    assert (es.lang, es.title, es.category, es.red_flags) == (
        "es", "Naloxona", "overdose", ("Señal de alarma de prueba de la naloxona",))
    assert [s.id for s in es.sources] == ["test-source"]
    assert store.get("naloxone").lang == "en" and store.get("naloxone").title == "Naloxone"
    assert store.get("abscess", "es").lang == "en"  # no translation: the original
    assert "naloxona nasal" not in store.get("naloxone").aliases  # found, not shown in English
    assert store.languages_of("naloxone") == ["en", "es"]
    assert store.home("es")["quick_card"]["title"] == "Tarjeta de sobredosis"
    assert store.home("es")["featured"] == store.home()["featured"]
    store.close()


def test_cli_show_and_search_in_spanish(run):
    shown = run("show", "naloxone", "--lang", "es").stdout
    assert "Naloxona" in shown and "Fuentes:" in shown and "llame al 911" in shown
    assert "SEÑALES DE ALARMA" in shown.upper()
    assert "Sources:" in run("show", "naloxone").stdout
    assert "naloxone" in run("search", "espray de naloxona").stdout
    assert "buprenorphine" in run("search", "buprenorfina").stdout
    bad = run("show", "naloxone", "--lang", "fr", expect=2)
    assert "unknown language 'fr'" in bad.stderr


def test_cli_export_in_spanish(run, tmp_path):
    from tests.test_cli_export import pdf_pages

    out = tmp_path / "naloxona.pdf"
    run("export", "naloxone", "--lang", "es", "--pdf", str(out))
    text = "\n".join(pdf_pages(out))
    assert "Naloxona" in text and "Página 1 de" in text
