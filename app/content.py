"""Read and validate the content folder into Entry and Source objects.

Every problem is collected, each naming its file and field, so that an author sees all of them
in one run. Nothing here writes anything.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from app import pictures, yamlsafe
from app.errors import ContentError, ContentProblem
from app import content_ext
from app.models import CATEGORIES, Entry, Source, Translation
from app.tools import TOOLS

LANG_FOLDERS = {"es"}
"""Folders of translations (app.content_translations), not categories."""

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTRY_LINK_RE = re.compile(r"\]\(entry:([^)\s]*)\)")
TOOL_LINK_RE = re.compile(r"\]\(tool:([^)\s]*)\)")
REQUIRED_KEYS = ("title", "summary", "sources", "reviewed")
OPTIONAL_KEYS = ("aliases", "misspellings", "red_flags", "see_also", "handout", "editor_notes")
# editor_notes (entries) and editor_note (sources) are for the people who write and review the
# content: validated, never stored in the database, never rendered.
SOURCE_KEYS = {"title", "publisher", "year", "url", "note", "editor_note"}
EDITOR_TALK = re.compile(
    r"\[CONFLICT|\bTODO\b|\bFIXME\b|(?i:\bre-check|\bnot (?:been )?verified\b|could not be "
    r"(?:confirmed|verified)|has not been (?:re-)?checked|not found in the retrieved|\bretrieved "
    r"(?:text|copy|pages?)\b|\bmirror(?:-| )(?:site|copy)\b|when this entry is (?:next )?reviewed)")
"""Words that speak to editors, not to a nurse: they belong in editor_notes / editor_note."""


def editor_talk(text: str) -> str | None:
    """The first phrase of `text` that speaks to editors, or None."""
    found = EDITOR_TALK.search(text)
    return found.group(0) if found else None


ROOT_FILES = {"sources.yaml", "home.yaml", "coverage.yaml", "README.md"}


@dataclass
class ContentSet:
    entries: list[Entry]
    sources: dict[str, Source]
    home: dict[str, Any] = field(default_factory=dict)
    coverage: dict[str, Any] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)
    """Compiled data of each content extension (app.content_ext), by its NAME."""
    translations: list[Translation] = field(default_factory=list)
    homes: dict[str, dict] = field(default_factory=dict)
    """The home page's overdose card in each other language."""
    extra_aliases: dict[str, list[str]] = field(default_factory=dict)
    """Search words in other languages, by the slug of the entry they find."""
    warnings: list[ContentProblem] = field(default_factory=list)
    """Problems that do not stop the build (a stale translation)."""
    pictures: dict[str, Path] = field(default_factory=dict)
    """The drawings in content/pictures by file name (app.pictures)."""


class _StrictYAMLHandler(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yamlsafe.load(fm)


class _Problems:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.items: list[ContentProblem] = []

    def add(self, path: Path | None, message: str) -> None:
        name = None
        if path is not None:
            try:
                name = path.relative_to(self.root.parent).as_posix()
            except ValueError:
                name = str(path)
        self.items.append(ContentProblem(name, message))


def load_content(content_dir: Path, today: dt.date | None = None) -> ContentSet:
    """Load and validate everything; raise ContentError listing every problem."""
    content_dir = Path(content_dir)
    problems = _Problems(content_dir)
    if not content_dir.is_dir():
        problems.add(None, f"content folder not found: {content_dir}")
        raise ContentError(problems.items)
    today = today or dt.date.today()

    sources = _load_sources(content_dir / "sources.yaml", problems)
    entries = _load_entries(content_dir, problems, today)
    if not entries and not problems.items:
        problems.add(content_dir, "has no entries: add <category>/<slug>.md files")
    home = _load_optional_yaml(content_dir / "home.yaml", problems)
    coverage = _load_optional_yaml(content_dir / "coverage.yaml", problems)
    # Links are checked against every entry file present, valid or not, so that one broken
    # entry does not also make every link to it an error.
    present = {p.stem for c in CATEGORIES for p in (content_dir / c).glob("*.md")}
    _check_cross_references(entries, sources, present, problems)
    _check_home(content_dir / "home.yaml", home, present, problems)
    extras = _load_extensions(content_dir, entries, sources, present, problems)
    from app.content_translations import load_translations

    warnings = _Problems(content_dir)
    translations, homes, extra_aliases = load_translations(content_dir, entries, present, problems,
                                                           warnings, today)
    if coverage:
        from app.coverage import check_coverage

        for path_hint, message in check_coverage(coverage, entries, sources):
            problems.add(content_dir / path_hint if path_hint else None, message)
    drawings = _check_pictures(content_dir, [*entries, *translations], home, homes, problems)
    if problems.items:
        raise ContentError(problems.items)
    entries.sort(key=lambda e: (e.title.casefold(), e.slug))
    return ContentSet(entries=entries, sources=sources, home=home or {}, coverage=coverage or {},
                      extras=extras, translations=translations, homes=homes,
                      extra_aliases=extra_aliases, warnings=warnings.items, pictures=drawings)


def _load_extensions(content_dir: Path, entries: list[Entry], sources: dict[str, Source],
                     present: set[str], problems: _Problems) -> dict[str, Any]:
    ctx = content_ext.CheckContext({e.slug: e for e in entries}, sources, present)
    extras: dict[str, Any] = {}
    for ext in content_ext.extensions():
        items: dict[str, Any] = {}
        if "/" in ext.FILES:
            folder = content_dir / ext.FILES.split("/", 1)[0]
            matching = set(content_dir.glob(ext.FILES))
            for stray in sorted(folder.iterdir()) if folder.is_dir() else []:
                if stray not in matching and not stray.name.startswith("."):
                    problems.add(stray, f"unexpected file: this folder holds {ext.FILES.split('/', 1)[1]} files")
        for path in sorted(content_dir.glob(ext.FILES)):
            if not path.is_file() or path.name.startswith("."):
                continue
            if path.suffix not in (".yaml", ".yml"):
                problems.add(path, "is not a YAML file (.yaml)")
                continue
            data = _load_optional_yaml(path, problems)
            if data is None:
                continue
            if "/" in ext.FILES and not SLUG_RE.match(path.stem):
                problems.add(path, f"invalid name '{path.stem}': use lowercase letters, digits and hyphens")
                continue
            messages = ext.check(data, ctx)
            for message in messages:
                problems.add(path, message)
            if not messages:
                items[path.stem] = data
        compile_items = getattr(ext, "compile", None)
        extras[ext.NAME] = compile_items(items) if compile_items else items
    return extras


# --- reading files -------------------------------------------------------------------------


def _read_text(path: Path, problems: _Problems) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(path, f"cannot be read ({exc.strerror or exc})")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(path, f"is not valid UTF-8 text (bad byte at position {exc.start})")
        return None


def _load_optional_yaml(path: Path, problems: _Problems) -> dict[str, Any] | None:
    if not path.exists():
        return None
    text = _read_text(path, problems)
    if text is None:
        return None
    try:
        data = yamlsafe.load(text)
    except yaml.YAMLError as exc:
        problems.add(path, yamlsafe.describe(exc))
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.add(path, "must be a mapping of keys to values")
        return None
    return data


def _load_sources(path: Path, problems: _Problems) -> dict[str, Source]:
    if not path.exists():
        problems.add(path, "is missing: the bibliography every entry cites from")
        return {}
    data = _load_optional_yaml(path, problems)
    if data is None:
        return {}
    sources: dict[str, Source] = {}
    for key, value in data.items():
        sid = str(key)
        if not SLUG_RE.match(sid):
            problems.add(path, f"source id '{sid}' must be lowercase letters, digits and hyphens")
            continue
        if not isinstance(value, dict):
            problems.add(path, f"source '{sid}' must be a mapping with title, publisher and year")
            continue
        unknown = set(map(str, value)) - SOURCE_KEYS
        if unknown:
            problems.add(path, f"source '{sid}' has unknown field(s): {', '.join(sorted(unknown))}")
        fields = {}
        for name in ("title", "publisher", "year"):
            text = _clean_text(value.get(name))
            if not text:
                problems.add(path, f"source '{sid}' is missing '{name}'")
            fields[name] = text or ""
        url = _clean_text(value.get("url")) or None
        if url and not re.match(r"^https?://\S+$", url):
            problems.add(path, f"source '{sid}' has a url that is not an http(s) address: {url}")
        note = _clean_text(value.get("note")) or None
        if note and (said := editor_talk(note)):
            problems.add(path, f"source '{sid}': its note speaks to editors (\"{said}\"); move it "
                               "to 'editor_note', which is never shown")
        sources[sid] = Source(id=sid, url=url, note=note, **fields)
    return sources


def entry_files(root: Path, problems: _Problems, allowed_files: set[str], skip: set[str],
                unexpected: str):
    """(category, path) of each <category>/<slug>.md under root, in name order; anything else
    is noted as a problem (a stray file, an unknown folder, a non-Markdown file)."""
    for path in sorted(root.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_file():
            if path.name not in allowed_files:
                problems.add(path, unexpected)
            continue
        if path.name in skip:
            continue
        if path.name not in CATEGORIES:
            known = ", ".join(CATEGORIES)
            problems.add(path, f"unknown category folder '{path.name}' (known: {known})")
            continue
        for file in sorted(path.iterdir()):
            if file.name.startswith("."):
                continue
            if file.is_dir() or file.suffix != ".md":
                problems.add(file, "is not a Markdown entry (<slug>.md)")
                continue
            yield path.name, file


def _load_entries(content_dir: Path, problems: _Problems, today: dt.date) -> list[Entry]:
    entries: list[Entry] = []
    for category, file in entry_files(content_dir, problems, ROOT_FILES | content_ext.root_files(),
                                      content_ext.folders() | LANG_FOLDERS | {pictures.FOLDER},
                                      "unexpected file at the top of the content folder"):
        entry = _load_entry(file, category, problems, today)
        if entry is not None:
            entries.append(entry)
    return entries


def read_front_matter(path: Path, problems: _Problems) -> tuple[dict, str] | None:
    """The front matter (a mapping) and body of a Markdown file, or None with the problem noted."""
    text = _read_text(path, problems)
    if text is None:
        return None
    if not text.lstrip().startswith("---"):
        problems.add(path, "has no front matter: the file must start with a line '---'")
        return None
    try:
        post = frontmatter.loads(text, handler=_StrictYAMLHandler())
    except yaml.YAMLError as exc:
        problems.add(path, f"front matter {yamlsafe.describe(exc)}")
        return None
    except ValueError as exc:
        problems.add(path, f"front matter cannot be read: {exc}")
        return None
    meta = post.metadata
    if not isinstance(meta, dict) or not meta:
        problems.add(path, "front matter is empty or not a mapping")
        return None
    return meta, post.content.strip()


def _load_entry(path: Path, category: str, problems: _Problems, today: dt.date) -> Entry | None:
    before = len(problems.items)
    slug = path.stem
    if not SLUG_RE.match(slug):
        problems.add(path, f"invalid slug '{slug}': use lowercase letters, digits and single hyphens")
    read = read_front_matter(path, problems)
    if read is None:
        return None
    meta, body = read

    def report(message: str) -> None:
        problems.add(path, message)

    unknown = set(map(str, meta)) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS)
    if unknown:
        allowed = ", ".join(REQUIRED_KEYS + OPTIONAL_KEYS)
        report(f"unknown field(s) {', '.join(sorted(unknown))} (allowed: {allowed})")
    title = _required_text(meta, "title", report)
    summary = _required_text(meta, "summary", report)
    if summary and "\n" in summary:
        report("'summary' must be one sentence on one line")
    aliases = _text_list(meta, "aliases", report)
    misspellings = _text_list(meta, "misspellings", report)
    red_flags = _text_list(meta, "red_flags", report)
    see_also = _text_list(meta, "see_also", report)
    sources = _text_list(meta, "sources", report)
    if "sources" in meta and not sources:
        report("'sources' must list at least one source id from sources.yaml")
    elif "sources" not in meta:
        report("missing required field 'sources'")
    for name, values in (("aliases", aliases + misspellings), ("see_also", see_also), ("sources", sources)):
        folded = [v.casefold() for v in values]
        repeated = sorted({v for v in folded if folded.count(v) > 1})
        if repeated:
            report(f"'{name}' lists {', '.join(repeated)} more than once")
    _text_list(meta, "editor_notes", report)  # checked for shape, then left out of the Entry
    reviewed = _reviewed_date(meta, report, today)
    handout = meta.get("handout", False)
    if not isinstance(handout, bool):
        report("'handout' must be true or false")
    if not body:
        report("has an empty body: write the entry below the front matter")
    for field_name, text in (("title", title), ("summary", summary), ("red_flags", " ".join(red_flags)),
                             ("body", body)):
        if said := editor_talk(text):
            report(f"the {field_name} speaks to editors (\"{said}\"): readers see it at the bedside "
                   "and in print; move it to 'editor_notes'")
    if len(problems.items) > before:
        return None
    return Entry(
        slug=slug,
        category=category,
        title=title,
        summary=summary,
        body_md=body + "\n",
        reviewed=reviewed,
        aliases=tuple(aliases),
        misspellings=tuple(misspellings),
        red_flags=tuple(red_flags),
        see_also=tuple(see_also),
        sources=tuple(sources),
        handout=handout is True,
        path=path.relative_to(path.parent.parent.parent).as_posix(),
    )


# --- field helpers -------------------------------------------------------------------------


def _clean_text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _required_text(meta: dict, key: str, report) -> str:
    if key not in meta:
        report(f"missing required field '{key}'")
        return ""
    value = meta[key]
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        report(f"'{key}' must be text")
        return ""
    text = str(value).strip()
    if not text:
        report(f"'{key}' is empty")
    return text


def _text_list(meta: dict, key: str, report) -> list[str]:
    value = meta.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        report(f"'{key}' must be a list (write it as [a, b] or one '- item' per line)")
        return []
    if not isinstance(value, list):
        report(f"'{key}' must be a list")
        return []
    items = []
    for item in value:
        if isinstance(item, dict):
            report(f"'{key}' has an item that YAML read as 'key: value' because it contains "
                   f"': ' — put the whole item in quotes: {_preview(item)}")
            continue
        if not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
            report(f"'{key}' has an empty or non-text item: {item!r}")
            continue
        items.append(str(item).strip())
    return items


def _preview(item: dict) -> str:
    text = "; ".join(f"{k}: {v}" for k, v in item.items())
    return text if len(text) <= 60 else text[:57] + "..."


def _reviewed_date(meta: dict, report, today: dt.date) -> str:
    if "reviewed" not in meta:
        report("missing required field 'reviewed' (an ISO date, YYYY-MM-DD)")
        return ""
    value = meta["reviewed"]
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            report(f"'reviewed' is not a valid date: {value!r} (use YYYY-MM-DD)")
            return ""
    if not isinstance(value, dt.date):
        report(f"'reviewed' is not a valid date: {value!r} (use YYYY-MM-DD)")
        return ""
    if value > today + dt.timedelta(days=1):
        report(f"'reviewed' date {value.isoformat()} is in the future")
        return ""
    return value.isoformat()


# --- whole-set checks ----------------------------------------------------------------------


def _check_cross_references(
    entries: list[Entry], sources: dict[str, Source], present: set[str], problems
) -> None:
    by_slug: dict[str, Entry] = {}
    by_title: dict[str, Entry] = {}
    for entry in entries:
        where = problems.root.parent / entry.path
        if entry.slug in by_slug:
            problems.add(where, f"duplicate slug '{entry.slug}' (also {by_slug[entry.slug].path})")
        by_slug.setdefault(entry.slug, entry)
        key = entry.title.casefold()
        if key in by_title:
            problems.add(where, f"duplicate title '{entry.title}' (also {by_title[key].path})")
        by_title.setdefault(key, entry)
    alias_owner: dict[str, Entry] = {}
    for entry in entries:
        where = problems.root.parent / entry.path
        for target in entry.see_also:
            if target == entry.slug:
                problems.add(where, "'see_also' links the entry to itself")
            elif target not in present:
                problems.add(where, f"'see_also' points at no entry: '{target}'")
        for target in dict.fromkeys(ENTRY_LINK_RE.findall(entry.body_md)):
            if target not in present:
                problems.add(where, f"body links to no entry: 'entry:{target}'")
        for name in dict.fromkeys(TOOL_LINK_RE.findall(entry.body_md)):
            if name not in TOOLS:
                problems.add(where, f"body links to no tool: 'tool:{name}' (known: {', '.join(TOOLS)})")
        for sid in entry.sources:
            if sid not in sources:
                problems.add(where, f"unknown source id '{sid}' (not in sources.yaml)")
        for alias in (*entry.aliases, *entry.misspellings):
            key = alias.casefold()
            other_title = by_title.get(key)
            if other_title is not None and other_title.slug != entry.slug:
                problems.add(where, f"alias '{alias}' is the title of another entry ({other_title.path})")
            owner = alias_owner.get(key)
            if owner is not None and owner.slug != entry.slug:
                problems.add(where, f"alias '{alias}' is also an alias of {owner.path}")
            alias_owner.setdefault(key, entry)


def _check_pictures(content_dir: Path, texts, home: dict | None, homes: dict[str, dict],
                    problems: _Problems) -> dict[str, Path]:
    """Every drawing in content/pictures, and every picture an entry or a home card shows."""
    found: dict[str, Path] = {}
    where = pictures.folder(content_dir)
    for path in sorted(where.iterdir()) if where.is_dir() else []:
        if path.name.startswith("."):
            continue
        trouble = ["is a folder: pictures are files"] if path.is_dir() else pictures.check_file(path)
        for message in trouble:
            problems.add(path, message)
        if not trouble:
            found[path.name] = path
    available = set(found)
    for text in texts:
        for message in pictures.check_body(text.body_md, available):
            problems.add(problems.root.parent / text.path, message)
    cards = {content_dir / "home.yaml": (home or {}).get("quick_card")}
    cards.update({content_dir / lang / "home.yaml": h.get("quick_card") for lang, h in homes.items()})
    english = cards[content_dir / "home.yaml"] if isinstance(cards[content_dir / "home.yaml"], dict) else {}
    for path, card in cards.items():
        if not isinstance(card, dict):
            continue
        name = card.get("picture", english.get("picture"))
        if name is None:
            if "picture_alt" in card:
                problems.add(path, "'quick_card' has a 'picture_alt' but no 'picture'")
            continue
        if not isinstance(name, str) or name not in available:
            problems.add(path, f"'quick_card' picture '{name}' is not in content/{pictures.FOLDER}")
        alt = card.get("picture_alt")
        if not isinstance(alt, str) or not alt.strip():
            problems.add(path, "'quick_card' needs a 'picture_alt': what the picture shows, in words")
    return found


def _check_home(path: Path, home: dict | None, slugs: set[str], problems) -> None:
    if not home:
        return
    featured = home.get("featured", {})
    if not isinstance(featured, dict):
        problems.add(path, "'featured' must map categories to lists of slugs")
        return
    for category, items in featured.items():
        if category not in CATEGORIES:
            problems.add(path, f"'featured' names an unknown category '{category}'")
        for slug in items if isinstance(items, list) else [items]:
            if slug not in slugs:
                problems.add(path, f"'featured' points at no entry: '{slug}'")
    steps = home.get("quick_card", {}).get("steps", []) if isinstance(home.get("quick_card"), dict) else []
    for step in steps:
        link = step.get("link") if isinstance(step, dict) else None
        if link and link not in slugs:
            problems.add(path, f"'quick_card' step links to no entry: '{link}'")
