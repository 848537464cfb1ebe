"""`opioidref --self-test` (and `OpioidRef --self-test` in a bundle): does this copy work?

It opens the content the app would open (read-only), verifies it, runs searches, renders every
entry, opens the main window and each tool's window, and exports a PDF to a temporary folder.
It prints one line per check ("NAME: ok — details" or "NAME: FAILED: reason") and exits 0 only
if every check passes (1 otherwise, 2 for bad arguments). The user's own data (bookmarks,
notes, settings) is never read or written: the window runs on a temporary user folder.

Qt is used only through app.gui, and only by the checks that need a window. Without a display
on Linux the offscreen platform is used; otherwise the platform the app would use is tested.
Where a windowed bundle has no console (Windows), the report goes to `--output FILE`, or to
`self-test.txt` in the user's data folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TextIO

from app import APP_NAME, __version__, paths
from app.errors import AppError
from app.integrity import quick_integrity_problem, search_index_problem

FTS_CHECK_MAX_BYTES = 200 * 1024 * 1024
"""Databases larger than this skip the full-text index check (it works on a copy in memory)."""
TITLE_SAMPLE = 300
"""At most this many entries are searched for by their title."""
QUERIES = ("overdose", "withdrawal", "narcan", "nalaxone")
"""Queries every edition of the reference must answer ("nalaxone" exercises the typo fallback)."""
EXPECTED = {"narcan": "naloxone"}
"""query -> a word the slug or title of one of its hits must contain."""
HOSTILE = ('"', "'", "*", "NEAR(a b)", "a OR", "AND NOT", "^x", "\x00", "(((", "💊💉",
           "x" * 5000, " " * 300, "naloxone\u202e", "-- ;DROP TABLE entries")
"""Queries that must come back (with or without hits) and never raise."""
TEMPLATES = ("base.html", "entry.html", "home.html", "error.html")


class CheckFailed(Exception):
    """Why a check failed, in words for people."""


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        detail = " ".join(self.detail.split())  # one line, whatever the reason's shape
        return f"{self.name}: ok — {detail}" if self.ok else f"{self.name}: FAILED: {detail}"


# --- content checks (no Qt) -------------------------------------------------------------------


def _listed(what: str, items: list[str], separator: str = ", ") -> str:
    """The first five items after a heading, and "…" when there are more."""
    text = separator.join(items[:5]) + (" …" if len(items) > 5 else "")
    return f"{what}: {text}" if what else text


class SelfTest:
    """The checks, in order; later checks use what earlier ones opened."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.store = None
        self.qt_app = None
        self.window = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        found = [
            ("content opens read-only", self.check_content_opens),
            ("content integrity", self.check_integrity),
            ("resources", self.check_resources),
            ("search", self.check_search),
            ("entries render", self.check_render),
            ("main window", self.check_window),
            ("tool windows", self.check_tools),
            ("PDF export", self.check_pdf),
            ("Spanish edition", self.check_spanish),
        ]
        if importlib.util.find_spec("app.lessons") is not None:
            found.insert(5, ("lessons", self.check_lessons))
            if importlib.util.find_spec("app.gui.presentation") is not None:
                found.append(("presentation window", self.check_presentation))
        return found

    def run(self, emit: Callable[[str], None]) -> list[Outcome]:
        outcomes = []
        for name, check in self.checks():
            started = time.perf_counter()
            try:
                detail = check()
                ok = True
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
                detail, ok = f"{type(exc).__name__}: {exc}", False
            if ok:
                detail += f" ({(time.perf_counter() - started) * 1000:.0f} ms)"
            outcome = Outcome(name, ok, detail)
            outcomes.append(outcome)
            emit(outcome.line())
        return outcomes

    # --- the checks ----------------------------------------------------------------------------
    def _need_store(self):
        if self.store is None:
            raise CheckFailed("not run: the content did not open")
        return self.store

    def check_content_opens(self) -> str:
        from app.database import open_store

        try:
            self.store = open_store()
        except AppError as exc:
            raise CheckFailed(str(exc)) from None
        if self._accepts_writes(self.store.conn):
            raise CheckFailed(f"{self.store.path} accepted a write: it is not opened read-only")
        note = f"; note: {self.store.warning}" if getattr(self.store, "warning", None) else ""
        return f"{self.store.path}{note}"

    @staticmethod
    def _accepts_writes(conn: sqlite3.Connection) -> bool:
        """Try a write inside a transaction that is always rolled back."""
        conn.execute("BEGIN")
        try:
            conn.execute("CREATE TABLE self_test_probe (x)")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc):
                raise CheckFailed(f"a write failed but not as read-only: {exc}") from None
            return False
        finally:
            conn.execute("ROLLBACK")
        return True

    def check_integrity(self) -> str:
        store = self._need_store()
        problem = quick_integrity_problem(store.conn)
        if problem is None and store.path.stat().st_size <= FTS_CHECK_MAX_BYTES:
            problem = search_index_problem(store.conn)
        if problem:
            raise CheckFailed(str(problem))
        meta = store.meta()
        return f"{meta.entry_count} entries, content version {meta.content_version}"

    def check_resources(self) -> str:
        folder = paths.templates_dir()
        missing = [name for name in TEMPLATES if not (folder / name).is_file()]
        if missing:
            raise CheckFailed(f"templates missing from {folder}: {', '.join(missing)}")
        found = f"templates in {folder}"
        if importlib.util.find_spec("app.packs") is not None:
            keys = sorted(paths.trusted_keys_dir().glob("*.pub"))
            if not keys:
                raise CheckFailed(f"no trusted keys (*.pub) in {paths.trusted_keys_dir()}: "
                                  "content updates could not be verified")
            found += f"; {len(keys)} trusted key{'s' if len(keys) != 1 else ''}"
        return found

    def check_search(self) -> str:
        from app.search import Searcher

        store = self._need_store()
        searcher = Searcher(store.conn)
        problems = []
        for query in QUERIES:
            hits = searcher.search(query, 20)
            if not hits:
                problems.append(f"“{query}” found nothing")
            elif query in EXPECTED and not any(
                    EXPECTED[query] in f"{h.slug} {h.title.casefold()}" for h in hits):
                problems.append(f"“{query}” did not find {EXPECTED[query]}")
        for query in HOSTILE:
            searcher.search(query, 20)  # raising fails the check
        entries = store.list_entries()
        step = max(1, len(entries) // TITLE_SAMPLE)
        sample = entries[::step]
        for row in sample:
            hits = searcher.search(row["title"], 5)
            if not hits or hits[0].slug != row["slug"]:
                first = hits[0].slug if hits else "nothing"
                problems.append(f"the title “{row['title']}” found {first} first")
        if problems:
            raise CheckFailed(_listed("", problems, "; "))
        return (f"{len(QUERIES)} queries, {len(HOSTILE)} hostile queries, {len(sample)} entries "
                "found first by their title")

    def check_render(self) -> str:
        """Every page as the window shows it: stored at build time, filled with the page words
        (app.pages), and the style sheet of every theme."""
        from html import unescape

        from app import page_style, pages
        from app.page_labels import labels
        from app.themes import THEME_NAMES

        store = self._need_store()
        words = labels()
        failed = []
        slugs = [row["slug"] for row in store.list_entries()]
        for slug in slugs:
            for lang in store.languages_of(slug):
                try:
                    page, _shown, title = pages.entry_page(store, slug, lang, words)
                except AppError as exc:
                    failed.append(f"{slug} ({lang}: {exc})")
                    continue
                if (title not in unescape(page) or pages.OPEN in page
                        or words["disclaimer"] not in page or pages.ENGLISH["error_title"] in page):
                    failed.append(f"{slug} ({lang})")
        home = pages.home_page(store, "en", words, [])
        if pages.ENGLISH["error_title"] in home or pages.OPEN in home or words["disclaimer"] not in home:
            failed.append("the home page")
        themes = [name for name in THEME_NAMES if "background-color" not in page_style.css(name)]
        if failed or themes:
            raise CheckFailed(_listed("did not render", failed + [f"the {n} theme" for n in themes]))
        return f"{len(slugs)} entries and their translations, the home page, {len(THEME_NAMES)} themes"

    def _need_window(self):
        if self.window is None:
            raise CheckFailed("not run: the main window did not open")
        return self.window

    def check_window(self) -> str:
        store = self._need_store()
        from app.gui.application import create_application
        from app.gui.context import Context
        from app.gui.main_window import MainWindow
        from app.gui.settings import open_settings
        from app.search import Searcher
        from app.userdata import UserData

        self.qt_app = create_application([sys.argv[0] if sys.argv else APP_NAME])
        home = self.workdir / "home"
        settings, _moved = open_settings(home)
        ctx = Context(store=store, searcher=Searcher(store.conn),
                      userdata=UserData(home / "userdata.db"), settings=settings)
        self.window = MainWindow(ctx)
        self.window.show()
        self.qt_app.processEvents()
        slug = store.list_entries()[0]["slug"]
        self.window.open_entry(slug)
        self.qt_app.processEvents()
        title = store.get(slug).title
        if self.window.current_slug != slug or title not in self.window.view.toPlainText():
            raise CheckFailed(f"the entry {slug} did not show in the window")
        return f"platform {self.qt_app.platformName()}, opened {slug}"

    def check_tools(self) -> str:
        window = self._need_window()
        from app.gui.tools import openers

        names = list(openers())
        failed = []
        for name in names:
            try:
                widget = window.open_tool(name)
                self.qt_app.processEvents()
                if widget is None or not widget.isVisible() or not widget.isWindow():
                    failed.append(f"{name} (no window)")
                else:
                    widget.close()
            except Exception as exc:  # noqa: BLE001 - one broken tool must not hide the others
                failed.append(f"{name} ({type(exc).__name__}: {exc})")
        if failed:
            raise CheckFailed("did not open: " + ", ".join(failed))
        return f"{len(names)} opened" + (f": {', '.join(names)}" if names else "")

    def check_pdf(self) -> str:
        store = self._need_store()
        self._need_window()  # PDF export needs the QApplication the window check made
        try:
            from app.gui.printing import export_pdf
        except ImportError as exc:
            raise CheckFailed(f"PDF export is missing from this build ({exc})") from None
        from app.printdoc import entry_print_html

        entry = store.get(store.list_entries()[0]["slug"])
        page = entry_print_html(store, self.window.ctx.renderer, entry.slug)
        target = self.workdir / "self-test.pdf"
        export_pdf(page, target, entry.title)
        if not target.is_file():
            raise CheckFailed("no PDF was written")
        head = target.read_bytes()[:5]
        size = target.stat().st_size
        if head != b"%PDF-" or size < 500:
            raise CheckFailed(f"the file written is not a PDF ({size} bytes, starts {head!r})")
        return f"{entry.slug}: {size:,} bytes"

    def check_spanish(self) -> str:
        """The Spanish interface loads (the app's and Qt's own words) and a translated entry
        reads back; English is put back for the checks after this one."""
        store = self._need_store()
        from PySide6.QtCore import QCoreApplication

        from app.gui import language

        app = self.qt_app or QCoreApplication.instance()
        if app is None:
            raise CheckFailed("not run: no Qt application")
        try:
            if not language.install(app, "es"):
                raise CheckFailed("the Spanish interface translation is missing")
            menu = QCoreApplication.translate("MainWindow", "&File")
            qt_probe = ("QPlatformTheme", "Cancel")  # Qt's own word, not one of ours
            cancel = QCoreApplication.translate(*qt_probe)
        finally:
            language.install(app, "en")
        if menu == "&File":
            raise CheckFailed("the Spanish translation loaded but does not translate the menus")
        translated = [row["slug"] for row in store.list_translations("es")]
        if translated and store.get(translated[0], "es").lang != "es":
            raise CheckFailed(f"the Spanish text of {translated[0]} does not read back")
        qt_words = "Qt's dialogs too" if cancel != "Cancel" else "Qt's own dialogs in English"
        return f"menus ({menu.replace('&', '')}), {qt_words}, {len(translated)} translated entries"

    def check_lessons(self) -> str:
        from app.lessons import lesson_names, lesson_print_html, load_lesson, slide_html
        from app.render import DEFAULT_LABELS, Renderer

        store = self._need_store()
        renderer = Renderer(cache_dir=None)
        names = [name for name, _title in lesson_names(store)]
        failed, slides = [], 0
        for name in names:
            lesson = load_lesson(store, name)
            pages = [slide_html(store, renderer, lesson, i) for i in range(len(lesson.slides))]
            pages.append(lesson_print_html(store, renderer, name))
            slides += len(lesson.slides)
            failed += [f"{name} page {i + 1}" for i, page in enumerate(pages)
                       if DEFAULT_LABELS["error_title"] in page]
        if failed:
            raise CheckFailed(_listed("did not render", failed))
        return f"{len(names)} lessons, {slides} slides and their print documents"

    def check_presentation(self) -> str:
        window = self._need_window()
        from app.gui.presentation import start_presentation
        from app.lessons import lesson_names

        names = [name for name, _title in lesson_names(window.ctx.store)]
        if not names:
            return "no lessons in this content"
        shown = start_presentation(window, names[0])
        self.qt_app.processEvents()
        opened = getattr(shown.lesson, "name", None)
        visible = shown.isVisible()
        shown.close()
        self.qt_app.processEvents()
        if not visible or opened != names[0]:
            raise CheckFailed(f"the lesson {names[0]} did not open in presentation mode")
        return f"opened {names[0]}"

    def close(self) -> None:
        if self.window is not None:
            for widget in list(self.window.tool_windows.values()):
                widget.close()
            self.window.close()
            self.window.ctx.userdata.close()
            self.qt_app.processEvents()
            self.window.deleteLater()
            self.qt_app.processEvents()
        if self.store is not None:
            self.store.close()


# --- the command ----------------------------------------------------------------------------------


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="opioidref --self-test",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    return parser.parse_args(argv)


def _use_offscreen_without_display() -> None:
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test(argv: list[str]) -> int:
    try:
        args = _arguments(list(argv))
    except SystemExit as exc:  # argparse has printed the problem
        return 0 if exc.code == 0 else 2
    output = args.output
    if output is None and sys.stdout is None:  # a windowed bundle without a console
        output = paths.user_data_dir() / "self-test.txt"
    report: TextIO | None = None
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            report = open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            if sys.stderr is not None:
                print(f"opioidref: cannot write the report to {output}: {exc.strerror}",
                      file=sys.stderr)
            return 2

    def emit(line: str) -> None:
        if sys.stdout is not None:
            print(line, flush=True)
        if report is not None:
            report.write(line + "\n")
            report.flush()

    _use_offscreen_without_display()
    started = time.perf_counter()
    emit(f"{APP_NAME} {__version__} self-test ({'bundle' if paths.BUNDLED else 'from source'}, "
         f"{sys.platform})")
    with tempfile.TemporaryDirectory(prefix="opioidref-selftest-",
                                     ignore_cleanup_errors=True) as work:
        test = SelfTest(Path(work))
        try:
            outcomes = test.run(emit)
        finally:
            test.close()
    failed = [o for o in outcomes if not o.ok]
    seconds = time.perf_counter() - started
    if failed:
        emit(f"self-test FAILED: {len(failed)} of {len(outcomes)} checks ({seconds:.1f} s)")
    else:
        emit(f"self-test passed: {len(outcomes)} checks ({seconds:.1f} s)")
    if report is not None:
        report.close()
    return 1 if failed else 0
