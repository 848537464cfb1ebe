"""The `opioidref` command: headless verbs over the core; no verb opens the desktop app.

Exit codes: 0 success (a search with no hits included), 1 unknown entry, 2 usage or content
error. Errors are one clear line on stderr (a content error lists each problem on its own line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from app import APP_NAME, __version__
from app.constants import CATEGORIES
from app.errors import AppError

# json, html, re and time are imported where used: with no command this module only starts the
# desktop app, whose start is measured in milliseconds (README, Benchmarks).


class UsageError(AppError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="opioidref", description=f"{APP_NAME}: offline reference on opioids. "
                     "With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the content, search, rendering, tools and PDF export; exit 0 if all pass")
    verbs = parser.add_subparsers(dest="verb", parser_class=_Parser, metavar="COMMAND")

    p = verbs.add_parser("search", help="search the reference")
    p.add_argument("query", nargs="*", help="words to search for (use -- before a query that starts with -)")
    p.add_argument("--category", choices=list(CATEGORIES))
    p.add_argument("--limit", type=_positive_int, default=20)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verbs.add_parser("show", help="show one entry")
    p.add_argument("slug")
    p.add_argument("--format", choices=["text", "html", "json"], default="text")
    p.add_argument("--lang", default="en", help="language: en (default) or es, where translated")

    p = verbs.add_parser("list", help="list entries")
    p.add_argument("--category", choices=list(CATEGORIES))
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verbs.add_parser("build", help="compile content/ into the SQLite database")
    p.add_argument("--content", type=Path, help="content folder (default: the bundled content/)")
    p.add_argument("--out", type=Path, help="database file to write")
    p.add_argument("--check", action="store_true", help="validate only; write nothing")
    for module in _verb_modules():
        VERBS.update(module.register(verbs))
    return parser


def _verb_modules():
    import importlib
    import pkgutil

    from app import verbs

    for info in sorted(pkgutil.iter_modules(verbs.__path__), key=lambda i: i.name):
        yield importlib.import_module(f"app.verbs.{info.name}")


def _parse(argv: list[str]) -> argparse.Namespace:
    """Parse, letting a search query's words and its options come in any order."""
    args, extras = _parser().parse_known_args(argv)
    if extras:
        if args.verb != "search" or any(e.startswith("-") and e != "-" for e in extras):
            raise UsageError(f"unrecognized arguments: {' '.join(extras)} (see 'opioidref --help')")
        args.query += extras
    return args


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1 or value > 200:
        raise argparse.ArgumentTypeError(f"{value} is out of range (1 to 200)")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv:
            from app.gui.application import run_gui

            return run_gui([sys.argv[0]])
        if argv[0] == "--self-test":
            from app.selftest import run_self_test

            return run_self_test(argv[1:])
        args = _parse(argv)
        if args.verb is None:
            raise UsageError("no command given (see 'opioidref --help')")
        return _run_verb(args)
    except AppError as exc:
        print(f"opioidref: {exc}", file=sys.stderr)
        return exc.exit_code
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in BUILD_TIME_PACKAGES and exc.name not in BUILD_TIME_MODULES:
            raise
        print("opioidref: this copy reads the reference but does not compile it (the installed app "
              "leaves out the content tools). Build or make packs from a clone of the source, with "
              "its Quick start.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


BUILD_TIME_PACKAGES = {"sqlite_utils", "markdown_it", "frontmatter", "yaml"}
BUILD_TIME_MODULES = {"app.build", "app.build_pages", "app.content", "app.content_ext",
                      "app.content_translations", "app.coverage", "app.yamlsafe", "app.translations_build"}
"""What compiles the reference from content/: a clone has it; the bundle leaves it out
(build/opioidref.spec), and a verb that needs it says so in one line."""


def _run_verb(args) -> int:
    """Run a verb; a database error on a read is one clear line, never a traceback. When the
    imported content fails while being read, the verb runs again on the bundled copy."""
    import json
    import sqlite3

    from app.database import content_source, imported_set_aside
    from app.errors import DatabaseError

    damaged = (sqlite3.DatabaseError, json.JSONDecodeError, UnicodeDecodeError)
    try:
        return VERBS[args.verb](args)
    except damaged as exc:
        reason = f"the content database is damaged: {exc}"
        source = content_source()
    if source.source == "imported":
        print(f"opioidref: {reason}; using the bundled copy.", file=sys.stderr)
        with imported_set_aside(reason):
            try:
                return VERBS[args.verb](args)
            except damaged as exc:
                reason, source = f"the content database is damaged: {exc}", content_source()
    raise DatabaseError(f"{reason[:1].upper()}{reason[1:]} ({source.path}). From a clone, delete it and "
                        "run again to rebuild it; otherwise reinstall OpioidRef.")


# --- verbs -----------------------------------------------------------------------------------


def _store():
    from app.database import open_store

    return open_store()


def cmd_search(args) -> int:
    from app.search import Searcher

    store = _store()
    hits = Searcher(store.conn).search(" ".join(args.query), args.limit, args.category)
    if args.json:
        _print_json([{"slug": h.slug, "title": h.title, "category": h.category,
                      "snippet": h.snippet, "score": h.score} for h in hits])
        return 0
    if not hits:
        print("No entries found.")
    for i, h in enumerate(hits, 1):
        print(f"{i:>2}. {h.title}  [{h.category}]  ({h.slug})")
        print(f"    {_plain(h.snippet)}")
    return 0


def cmd_show(args) -> int:
    from app import cli_language
    from app.page_labels import labels as page_labels

    lang = cli_language.check(args.lang)
    store = _store()
    entry = store.get(args.slug, lang)
    labels = page_labels(cli_language.translate_for(lang))
    if args.format == "html":
        from app.render import Renderer

        print(Renderer().entry(entry, labels=labels))
    elif args.format == "json":
        _print_json({
            "slug": entry.slug, "title": entry.title, "category": entry.category,
            "summary": entry.summary, "aliases": list(entry.aliases),
            "red_flags": list(entry.red_flags), "see_also": [s for s, _t in entry.see_also],
            "sources": [{"id": s.id, "title": s.title, "publisher": s.publisher, "year": s.year,
                         "url": s.url} for s in entry.sources],
            "reviewed": entry.reviewed, "body": entry.body_md, "lang": entry.lang,
            "languages": store.languages_of(entry.slug),
        })
    else:
        print(entry_as_text(entry, labels))
    return 0


def cmd_list(args) -> int:
    rows = _store().list_entries(args.category)
    if args.json:
        _print_json(rows)
        return 0
    width = max((len(r["slug"]) for r in rows), default=0)
    for r in rows:
        print(f"{r['slug']:<{width}}  {r['title']}  [{r['category']}]")
    return 0


def cmd_build(args) -> int:
    import time

    from app import paths
    from app.build import build
    from app.content import load_content

    content_dir = args.content or paths.content_dir()
    started = time.perf_counter()
    if args.check:
        content = load_content(content_dir)
        _print_warnings(content)
        print(f"Content OK: {len(content.entries)} entries, {len(content.sources)} sources"
              + (f", {len(content.translations)} translation"
                 f"{'' if len(content.translations) == 1 else 's'}." if content.translations else "."))
        return 0
    out = args.out or paths.database_path()
    content = build(content_dir, out)
    _print_warnings(content)
    ms = (time.perf_counter() - started) * 1000
    print(f"Built {len(content.entries)} entries into {out} in {ms:.0f} ms.")
    return 0


def _print_warnings(content) -> None:
    for warning in content.warnings:
        print(f"warning: {warning}", file=sys.stderr)


VERBS = {"search": cmd_search, "show": cmd_show, "list": cmd_list, "build": cmd_build}


# --- text output ------------------------------------------------------------------------------


def _print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _plain(fragment: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"</?b>", "", fragment))


def entry_as_text(entry, labels: dict | None = None) -> str:
    from app.page_labels import labels as page_labels

    words = labels or page_labels()
    category = words["categories"].get(entry.category, CATEGORIES[entry.category])
    lines = [entry.title, "=" * len(entry.title), category, "", entry.summary, ""]
    if entry.aliases:
        lines += [f"{words['aliases']}: {', '.join(entry.aliases)}", ""]
    if entry.red_flags:
        lines += [f"{words['red_flags'].upper()}:"] + [f"  ! {f}" for f in entry.red_flags] + [""]
    lines += [entry.body_md.rstrip(), ""]
    if entry.see_also:
        lines += [f"{words['see_also']}: " + ", ".join(f"{t} ({s})" for s, t in entry.see_also), ""]
    lines += [f"{words['sources']}:"]
    lines += [f"  {i}. {s.title}. {s.publisher}, {s.year}." + (f" {s.url}" if s.url else "")
              for i, s in enumerate(entry.sources, 1)]
    lines += ["", f"{words['reviewed']}: {entry.reviewed}", "", words["disclaimer"]]
    return "\n".join(lines)
