"""The Spanish interface: every tr() string of the sources is in the .ts and translated, each
translation keeps its placeholders, its keyboard mnemonic and its plural forms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "opioidref_es.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!amp;|lt;|gt;|apos;|quot;|&)[^\s&]")


def messages(path: Path = TS):
    for context in ET.parse(path).getroot():
        for message in context.findall("message"):
            yield context.findtext("name"), message


def forms(message) -> list[str]:
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return [n.text or "" for n in numerus] if numerus else [translation.text or ""]


def test_every_message_is_translated():
    unfinished = [(ctx, m.findtext("source")) for ctx, m in messages()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(f.strip() for f in forms(m))]
    assert not unfinished, unfinished


def test_translations_keep_placeholders_and_one_mnemonic():
    wrong = []
    for ctx, message in messages():
        source = message.findtext("source")
        for form in forms(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)) and \
                    not (message.get("numerus") == "yes" and set(PLACEHOLDER.findall(form)) <= {"%n"}):
                wrong.append((ctx, source, form, "placeholders"))
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(form)):
                wrong.append((ctx, source, form, "mnemonic"))
    assert not wrong, wrong


def test_plural_messages_have_singular_and_plural():
    plural = [m for _c, m in messages() if m.get("numerus") == "yes"]
    assert plural
    for message in plural:
        singular, many = forms(message)
        assert "%n" in singular and "%n" in many and singular != many


def test_menu_titles_have_distinct_mnemonics():
    titles = {m.findtext("source"): forms(m)[0] for ctx, m in messages() if ctx == "MainWindow"}
    menus = ["&File", "&Edit", "&View", "&Go", "E&ntry", "&Tools", "&Help"]
    letters = [MNEMONIC.search(titles[m]).group(0).lower() for m in menus]
    assert len(set(letters)) == len(letters), dict(zip(menus, letters))


def test_the_ts_holds_every_string_of_the_sources(tmp_path):
    """lupdate run afresh on app/ finds nothing new: a tr() string added without its
    translation fails here."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
        if lupdate is None:
            pytest.fail("pyside6-lupdate is missing (it comes with PySide6)")
    copy = tmp_path / "opioidref_es.ts"
    shutil.copy(TS, copy)
    sources = [str(p) for p in sorted((ROOT / "app").rglob("*.py"))
               if p.name not in ("xdrive.py", "screenshots.py")]
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], check=True,
                   capture_output=True, cwd=ROOT)
    fresh = {(ctx, m.findtext("source")) for ctx, m in messages(copy)}
    kept = {(ctx, m.findtext("source")) for ctx, m in messages()}
    assert fresh - kept == set(), f"not in opioidref_es.ts (run pyside6-lupdate): {sorted(fresh - kept)}"
    new = [(ctx, m.findtext("source")) for ctx, m in messages(copy)
           if m.find("translation").get("type") == "unfinished"]
    assert not new, new


def test_english_has_the_plural_forms_of_every_count():
    """English reads "1 result", "2 results" through opioidref_en.ts (plural forms only)."""
    english = {(ctx, m.findtext("source")): forms(m)
               for ctx, m in messages(TS.with_name("opioidref_en.ts"))}
    plural = {(ctx, m.findtext("source")) for ctx, m in messages() if m.get("numerus") == "yes"}
    assert plural <= set(english), plural - set(english)
    for key in plural:
        one, many = english[key]
        assert "(s)" not in one + many and one != many, (key, one, many)


def test_no_translatable_text_hides_inside_an_f_string():
    """lupdate does not read f-strings: a tr("…") inside one never reaches the .ts, and its
    words stay English in the Spanish edition (this was "Caution" in the COWS window)."""
    import io
    import tokenize

    hidden = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            if token.type == tokenize.STRING and token.string[:2].lower() in ("f'", 'f"', "rf", "fr") \
                    and re.search(r"""\btr(?:anslate)?\(\s*(?:"[^"]*",\s*)?['"]""", token.string):
                hidden.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
            elif token.type == tokenize.STRING and token.string[:1].lower() == "f" \
                    and re.search(r"""\btr\(\s*['"]""", token.string):
                hidden.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert not hidden, hidden
