"""Read and validate the translations of the reference (content/<lang>/), at build time.

    content/es/<category>/<slug>.md   an entry in Spanish: same folder and slug as the original
    content/es/home.yaml              the home page's overdose card (quick_card) in Spanish
    content/es/aliases.yaml           Spanish search words for entries not yet translated

A translation carries its own title, summary, body, red flags, search words and `reviewed`
date, and `original_reviewed`: the original's `reviewed` date it follows. A translation of no
entry, a source its original does not cite, or a search word that another entry owns is an
error; an original reviewed after its translation is a warning (the translation is stale).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from app import content as c
from app.models import Entry, Translation
from app.textnorm import key

TRANSLATION_KEYS = {"title", "summary", "sources", "reviewed", "original_reviewed", "aliases",
                    "red_flags", "editor_notes"}
REQUIRED = ("title", "summary", "sources", "reviewed", "original_reviewed")
LANG_FOLDERS = c.LANG_FOLDERS
LANG_FILES = {"home.yaml", "aliases.yaml"}


def load_translations(content_dir: Path, entries: list[Entry], present: set[str], problems,
                      warnings, today: dt.date) -> tuple[list[Translation], dict[str, dict],
                                                         dict[str, list[str]]]:
    """Every language folder: (translations, home card by language, extra search words by slug)."""
    originals = {e.slug: e for e in entries}
    translations: list[Translation] = []
    homes: dict[str, dict] = {}
    extra_aliases: dict[str, list[str]] = {}
    for lang in sorted(LANG_FOLDERS):
        folder = content_dir / lang
        if not folder.is_dir():
            continue
        unexpected = (f"unexpected file (a language folder holds <category>/ folders, "
                      f"{' and '.join(sorted(LANG_FILES))})")
        for category, file in c.entry_files(folder, problems, LANG_FILES, set(), unexpected):
            found = _load_one(file, lang, category, originals, present, problems, warnings, today)
            if found is not None:
                translations.append(found)
        home = c._load_optional_yaml(folder / "home.yaml", problems)
        if home:
            _check_home(folder / "home.yaml", home, present, problems)
            homes[lang] = {"quick_card": home.get("quick_card", {})}
        aliases = c._load_optional_yaml(folder / "aliases.yaml", problems)
        for slug, words in (aliases or {}).items():
            where = folder / "aliases.yaml"
            if slug not in originals:
                problems.add(where, f"'{slug}' is not an entry")
                continue
            items = c._text_list({"aliases": words}, "aliases", lambda m, w=where: problems.add(w, f"'{slug}': {m}"))
            extra_aliases.setdefault(str(slug), []).extend(items)
    for t in translations:
        extra_aliases.setdefault(t.slug, []).extend([t.title, *t.aliases])
    _check_search_words(entries, extra_aliases, content_dir, problems)
    _add_short_titles(entries, translations, extra_aliases)
    return translations, homes, {s: list(dict.fromkeys(w)) for s, w in extra_aliases.items()}


def _load_one(path: Path, lang: str, category: str, originals: dict[str, Entry], present: set[str],
              problems, warnings, today: dt.date) -> Translation | None:
    before = len(problems.items)

    def report(message: str) -> None:
        problems.add(path, message)

    original = originals.get(path.stem)
    if original is None:
        report(f"is a translation of no entry: there is no {category}/{path.name}"
               + ("" if path.stem not in present else " that builds"))
        return None
    if original.category != category:
        report(f"is in {category}/ but its original is in {original.category}/")
    read = c.read_front_matter(path, problems)
    if read is None:
        return None
    meta, body = read
    unknown = set(map(str, meta)) - TRANSLATION_KEYS
    if unknown:
        report(f"unknown field(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(TRANSLATION_KEYS))}; "
               "see_also and handout come from the original)")
    for key in REQUIRED:
        if key not in meta:
            report(f"missing required field '{key}'")
    title = c._required_text(meta, "title", report) if "title" in meta else ""
    summary = c._required_text(meta, "summary", report) if "summary" in meta else ""
    if summary and "\n" in summary:
        report("'summary' must be one sentence on one line")
    sources = c._text_list(meta, "sources", report)
    for sid in sources:
        if sid not in original.sources:
            report(f"source '{sid}' is not cited by the original ({original.path}): a translation "
                   "says only what its original says")
    if "sources" in meta and not sources:
        report("'sources' must list at least one source id")
    aliases = c._text_list(meta, "aliases", report)
    red_flags = c._text_list(meta, "red_flags", report)
    c._text_list(meta, "editor_notes", report)
    reviewed = c._reviewed_date(meta, report, today) if "reviewed" in meta else ""
    followed = c._reviewed_date({"reviewed": meta["original_reviewed"]}, lambda m: report(
        m.replace("'reviewed'", "'original_reviewed'")), today) if "original_reviewed" in meta else ""
    if not body:
        report("has an empty body: write the translation below the front matter")
    for field_name, text in (("title", title), ("summary", summary), ("red_flags", " ".join(red_flags)),
                             ("body", body)):
        if said := c.editor_talk(text):
            report(f"the {field_name} speaks to editors (\"{said}\"); move it to 'editor_notes'")
    for target in dict.fromkeys(c.ENTRY_LINK_RE.findall(body)):
        if target not in present:
            report(f"body links to no entry: 'entry:{target}'")
    if len(problems.items) > before:
        return None
    if followed < original.reviewed:
        warnings.add(path, f"may be stale: it follows the original as reviewed on {followed}, and "
                           f"{original.path} was reviewed again on {original.reviewed}")
    return Translation(slug=original.slug, lang=lang, title=title, summary=summary,
                       body_md=body + "\n", reviewed=reviewed, original_reviewed=followed,
                       aliases=tuple(aliases), red_flags=tuple(red_flags), sources=tuple(sources),
                       path=path.relative_to(path.parents[3]).as_posix())


def _check_home(path: Path, home: dict[str, Any], present: set[str], problems) -> None:
    unknown = set(home) - {"quick_card"}
    if unknown:
        problems.add(path, f"unknown key(s) {', '.join(sorted(map(str, unknown)))} (a translated "
                           "home page has only 'quick_card')")
    card = home.get("quick_card")
    if not isinstance(card, dict) or not isinstance(card.get("title"), str) \
            or not isinstance(card.get("steps"), list):
        problems.add(path, "'quick_card' needs a 'title' and a list of 'steps'")
        return
    for number, step in enumerate(card["steps"], start=1):
        if not isinstance(step, dict) or not all(isinstance(step.get(k), str) and step.get(k).strip()
                                                 for k in ("label", "text")):
            problems.add(path, f"'quick_card' step {number} needs a 'label' and a 'text'")
        elif step.get("link") and step["link"] not in present:
            problems.add(path, f"'quick_card' step {number} links to no entry: '{step['link']}'")


def _add_short_titles(entries: list[Entry], translations: list[Translation],
                      extra: dict[str, list[str]]) -> None:
    """A translated title without its brackets ("Naloxona" of "Naloxona (Narcan)") finds its
    entry too, unless it is already another entry's word."""
    taken = {key(w) for e in entries for w in (e.title, *e.aliases, *e.misspellings)}
    taken |= {key(w) for words in extra.values() for w in words}
    for t in translations:
        short = re.sub(r"\s*\([^)]*\)", " ", t.title).strip()
        if short and key(short) not in taken:
            extra[t.slug].append(short)
            taken.add(key(short))


def _check_search_words(entries: list[Entry], extra: dict[str, list[str]], content_dir: Path,
                        problems) -> None:
    """A search word belongs to one entry: across titles, aliases and every language's words."""
    owner: dict[str, str] = {}
    for entry in entries:
        for word in (entry.title, *entry.aliases, *entry.misspellings):
            owner.setdefault(key(word), entry.slug)
    for slug, words in extra.items():
        for word in words:
            other = owner.setdefault(key(word), slug)
            if other != slug:
                problems.add(content_dir, f"search word '{word}' of {slug} is already a title or "
                                          f"alias of {other}")
