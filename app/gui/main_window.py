"""The main window: layout, menus and wiring. The panels do the work; the core does the thinking.

Started by the app (staged=True), the window is built in two steps. The first screen is what
the reader sees at once: the search box (focused: typing is taken at once), the entry view
with the home page, the status line and the menu titles, in the chosen theme and zoom. The
rest (the lists, the notes panel, the find bar, the menus' actions and shortcuts, the outline
style) is built right after the first paint, in slices (_build_steps) between which keys and
clicks are handled; a menu opened meanwhile fills itself as it opens, and finish_building()
completes the window at once wherever something needs all of it. Only the first step's
classes are imported before the window shows: PySide6 builds the Python types of a Qt class,
with all its enums, the first time it is used, and those of the Qt namespace and QStyle alone
cost about 25 ms. Built directly (tests, the self-test), the window is complete at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app import APP_NAME, page_style, pages
from app.constants import CATEGORIES
from app.errors import AppError, UnknownEntry
from app.gui import theme
from app.gui.context import Context
from app.gui.entry_view import EntryView
from app.gui.settings import float_value
from app.gui.side_panel import SidePanel
from app.navigation import Navigator

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.7, 3.0, 0.1
FINISH_LATEST_MS = 1000
"""A window that is never painted (started minimised, covered) is completed after this."""
MENUS = ("file", "edit", "view", "go", "entry", "tools", "help")


class MainWindow(QMainWindow):
    first_painted = Signal()
    """A staged window's first screen has been painted (its second step begins)."""
    completed = Signal()
    """The second step has run: the window is complete."""

    def __init__(self, ctx: Context, base_font: QFont | None = None, staged: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.nav = Navigator()
        self._scroll: dict[str, int] = {}
        """Scroll position of each page key when it was left."""
        self.current_slug: str | None = None
        self.tool_windows: dict[str, QWidget] = {}
        self.built = False
        """Whether finish_building() has run (the window is complete)."""
        self._menus_built = self._hurry = False
        self._base_font = base_font
        self.category_labels = self._category_labels()
        self.setWindowTitle(APP_NAME)

        self.side = SidePanel(ctx, self.category_labels, staged=True)
        self.view = EntryView()
        self.reader = QWidget()
        self.reader_layout = QVBoxLayout(self.reader)
        self.reader_layout.setContentsMargins(0, 0, 0, 0)
        self.reader_layout.addWidget(self.view, 1)
        self.right = QSplitter()  # made vertical with the notes panel (a lone child looks the same)
        self.right.addWidget(self.reader)
        self.split = QSplitter()
        self.split.addWidget(self.side)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        self.setCentralWidget(self.split)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menu_titles()

        self.zoom = float_value(ctx.settings, "zoom", 1.0, ZOOM_MIN, ZOOM_MAX)
        self.theme_choice = str(ctx.settings.value("theme", "system"))
        if self.theme_choice not in theme.THEME_CHOICES:
            self.theme_choice = "system"
        self._restore_geometry()
        if self.zoom != 1.0:  # (at 1.0 the first screen keeps the application's font as it is)
            self.apply_zoom()
        self._first_theme = theme.first_guess(self.theme_choice)
        theme.apply(QApplication.instance(), self._first_theme, styled=False)
        self.view.set_page_style(page_style.css(self._first_theme))
        self._show_status()
        self.show_home()
        self._steps = self._build_steps()
        if staged:  # the rest right after the first paint, or in any case after FINISH_LATEST_MS
            self.view.after_first_paint = self._first_painted
            QTimer.singleShot(FINISH_LATEST_MS, self.finish_building)
        else:
            self.finish_building()

    def _first_painted(self) -> None:
        self.first_painted.emit()
        QTimer.singleShot(0, self._next_step)

    def _next_step(self) -> None:
        """One slice of the second step; the next one after the events that came meanwhile
        (a key typed, a click) have been handled."""
        if self.built:
            return
        step = next(self._steps, True)
        if step is not True:  # None: go on at once; a number: wait that many milliseconds
            QTimer.singleShot(step or 0, self._next_step)

    def finish_building(self) -> None:
        """Complete the window at once (what is left of the second step)."""
        self._hurry = True
        if not self.built:
            for _slice in self._steps:
                pass

    def _fill_menus_now(self) -> None:
        """A menu is opening: run the second step as far as the menus' actions."""
        while not self._menus_built and next(self._steps, True) is not True:
            pass

    def _build_steps(self):
        """Everything not on the first screen, in slices of a few milliseconds each (a yield
        between them): the lists, notes panel, find bar, menus' actions and shortcuts, the
        outline style; then the page state is brought up to date and `completed` emitted."""
        from PySide6.QtCore import Qt  # the Qt namespace's Python types alone: about 15 ms

        yield
        from app.gui import outline_style  # noqa: F401 (QStyle's types: about 9 ms)

        yield
        from app.gui import results_view  # noqa: F401 (the item views' and delegates' types)

        yield
        from app.gui import list_tabs  # noqa: F401

        yield
        self.view.after_first_paint = None
        self.side.finish()
        self.view.describe()
        self.side.entry_requested.connect(self._open_from_side)
        self.side.entry_in_language.connect(self._open_from_side)
        self.view.entry_link.connect(self.open_entry)
        self.view.language_link.connect(lambda slug, lang: self.open_entry(slug, lang=lang))
        self.view.tool_link.connect(self.open_tool)
        self.view.external_link.connect(self.open_external)
        yield
        from app.gui.find_bar import FindBar
        from app.gui.notes_panel import NotesPanel

        app = QApplication.instance()
        if app.windowIcon().isNull():  # (the app's start leaves it to here)
            from app.gui.icon import app_icon

            app.setWindowIcon(app_icon())
        self.find_bar = FindBar(self.view)
        self.reader_layout.addWidget(self.find_bar)
        self.notes = NotesPanel(self.ctx.userdata, self.ctx.settings)
        self.right.setOrientation(Qt.Orientation.Vertical)
        self.right.addWidget(self.notes)
        self.right.setStretchFactor(0, 4)
        self.right.setStretchFactor(1, 1)
        self._restore_panel_sizes()
        self.notes.saved.connect(lambda _slug: self.side.refresh_saved())
        self.notes.toggled.connect(self._notes_toggled)
        yield
        self._build_actions()
        self._build_menus()
        self._menus_built = True
        self.side.tabs.set_tab_order(self.side.search_box, self.view)
        self.setTabOrder(self.view, self.notes.editor)
        app.installEventFilter(self)  # mouse back/forward buttons anywhere in the window
        yield
        while QApplication.activePopupWidget() is not None and not self._hurry:
            yield 50  # a new style closes open menus: not while the reader is in one
        self.built = True
        self.apply_zoom()
        was = self._first_theme
        theme.apply(app, self.theme_name)  # now with its outline style
        self._check_theme_actions()
        if self.theme_name != was:  # the desktop's scheme differed from the first guess
            self.view.set_page_style(page_style.css(self.theme_name))
            self.reload_page()
        self._sync_page_state()
        self.completed.emit()

    # --- building --------------------------------------------------------------------------
    def _category_labels(self) -> dict[str, str]:
        from app.page_labels import labels

        translated = labels(QApplication.translate)["categories"]
        return {key: translated.get(key, label) for key, label in CATEGORIES.items()}

    def _action(self, text: str, slot, shortcuts=(), name: str = ""):
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        sequences = []
        for shortcut in shortcuts:  # a standard key may equal an explicit one: keep each once,
            for sequence in (QKeySequence.keyBindings(shortcut)  # or Qt calls it ambiguous
                             if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]):
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        if sequences:
            action.setShortcuts(sequences)
        action.triggered.connect(slot)
        action.setObjectName(name or text)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        a = self._action
        self.act_focus_search = a(self.tr("&Search"), self.side.focus_search, ["Ctrl+K", "Ctrl+L"], "search")
        self.act_quit = a(self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"], "quit")
        self.act_find = a(self.tr("&Find in Entry…"), self.find_bar.open_bar, ["Ctrl+F"], "find")
        self.act_find_next = a(self.tr("Find &Next"), lambda: self.find_bar.find(True), ["F3"], "find-next")
        self.act_find_prev = a(self.tr("Find &Previous"), lambda: self.find_bar.find(False), ["Shift+F3"], "find-previous")
        self.act_back = a(self.tr("&Back"), self.go_back, ["Alt+Left"], "back")
        self.act_forward = a(self.tr("&Forward"), self.go_forward, ["Alt+Right"], "forward")
        self.act_home = a(self.tr("&Home"), self.show_home, ["Alt+Home"], "home")
        self.act_bookmark = a(self.tr("&Bookmark This Entry"), self.toggle_bookmark, ["Ctrl+D"], "bookmark")
        self.act_bookmark.setCheckable(True)
        self.act_note = a(self.tr("Write a &Note"), self.focus_note, ["Ctrl+Shift+N"], "note")
        self.act_clear_history = a(self.tr("&Clear History"), self.clear_history, [], "clear-history")
        self.act_zoom_in = a(self.tr("Zoom &In"), lambda: self.set_zoom(self.zoom + ZOOM_STEP),
                             ["Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn], "zoom-in")
        self.act_zoom_out = a(self.tr("Zoom &Out"), lambda: self.set_zoom(self.zoom - ZOOM_STEP),
                              ["Ctrl+-", QKeySequence.StandardKey.ZoomOut], "zoom-out")
        self.act_zoom_reset = a(self.tr("&Reset Zoom"), lambda: self.set_zoom(1.0), ["Ctrl+0"], "zoom-reset")
        self.act_about = a(self.tr("&About OpioidRef"), self.show_about, [], "about")
        self.act_print = a(self.tr("&Print…"), self.print_entry, ["Ctrl+P"], "print")
        self.act_preview = a(self.tr("Print Pre&view…"), self.preview_entry, ["Ctrl+Shift+P"], "print-preview")
        self.act_export_pdf = a(self.tr("&Export PDF…"), self.export_entry_pdf, ["Ctrl+Shift+E"], "export-pdf")
        self.act_import = a(self.tr("&Import Content Update…"), self.import_content_update, [], "import-content")
        self.act_revert = a(self.tr("&Revert to Previous Content…"), self.revert_content, [], "revert-content")
        self.act_present = a(self.tr("&Present a Lesson…"), self.start_presentation, ["F5"], "present")
        self.act_full_screen = a(self.tr("&Full Screen"), self.toggle_full_screen, ["F11"], "full-screen")
        self.act_full_screen.setCheckable(True)
        self.theme_actions = QActionGroup(self)
        names = {"system": self.tr("Follow &System"), "light": self.tr("&Light"),
                 "dark": self.tr("&Dark"), "contrast": self.tr("&High Contrast")}
        for key in theme.THEME_CHOICES:
            action = QAction(names[key], self, checkable=True)
            action.setObjectName(f"theme-{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.apply_theme(k))
            self.theme_actions.addAction(action)

    def _build_language_menu(self, menu) -> None:
        """View → Language: each language named in itself; the choice applies at the next start."""
        from PySide6.QtGui import QAction, QActionGroup

        from app.gui import language
        from app.constants import LANGUAGES

        group = QActionGroup(self)
        chosen = str(self.ctx.settings.value(language.SETTING, self.ctx.lang))
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setChecked(code == (chosen if chosen in LANGUAGES else self.ctx.lang))
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        note = menu.addAction(self.tr("Takes effect at the next start"))
        note.setEnabled(False)

    def choose_language(self, code: str) -> None:
        from app.gui import language

        self.ctx.settings.setValue(language.SETTING, code)
        if code != self.ctx.lang:
            self.statusBar().showMessage(
                self.tr("The language will change when OpioidRef is started again."), 8000)

    def _build_menu_titles(self) -> None:
        """The menu bar with its menus' names, empty: the first screen has its final height."""
        bar = self.menuBar()
        titles = (self.tr("&File"), self.tr("&Edit"), self.tr("&View"), self.tr("&Go"),
                  self.tr("E&ntry"), self.tr("&Tools"), self.tr("&Help"))
        self.menus = {key: bar.addMenu(title) for key, title in zip(MENUS, titles)}
        self.tools_menu = self.menus["tools"]
        for menu in self.menus.values():  # opened (Alt+T) before the second step: fill it now
            menu.aboutToShow.connect(self._fill_menus_now)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction

        menu = self.menus["file"]
        menu.addAction(self.act_print)
        menu.addAction(self.act_preview)
        menu.addAction(self.act_export_pdf)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_revert)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menus["edit"]
        for action in (self.act_focus_search, self.act_find, self.act_find_next, self.act_find_prev):
            menu.addAction(action)
        menu = self.menus["view"]
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_present)
        menu.addAction(self.act_full_screen)
        themes = menu.addMenu(self.tr("&Theme"))
        themes.addActions(self.theme_actions.actions())
        self._build_language_menu(menu.addMenu(self.tr("&Language")))
        menu = self.menus["go"]
        for action in (self.act_back, self.act_forward, self.act_home):
            menu.addAction(action)
        menu = self.menus["entry"]
        for action in (self.act_bookmark, self.act_note):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_clear_history)
        for number, (name, title) in enumerate(self.tool_titles().items(), start=1):
            action = QAction(f"&{number} {title}", self)  # Alt+T, then 1–4
            action.setObjectName(f"tool-{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.open_tool(n))
            self.tools_menu.addAction(action)
        self.menus["help"].addAction(self.act_about)

    # --- tools -----------------------------------------------------------------------------
    def tool_titles(self) -> dict[str, str]:
        """Tools that have a window, with their translated titles, in app.tools order."""
        from app.gui.tools import available
        from app.tools import TOOLS

        names = available()
        return {name: QApplication.translate("Tools", title) for name, title in TOOLS.items()
                if name in names}

    def open_tool(self, name: str):
        """Open a tool's window (one per tool; shown again if already open)."""
        from app.gui.tools import opener

        module = opener(name)
        if module is None:
            self.statusBar().showMessage(self.tr("This tool is not available."), 4000)
            return None
        widget = self.tool_windows.get(name)
        if widget is None:
            widget = module.open_tool(self)
            self.tool_windows[name] = widget
            widget.destroyed.connect(lambda _obj=None, n=name: self.tool_windows.pop(n, None))
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    # --- pages -----------------------------------------------------------------------------
    def labels(self) -> dict:
        from app.page_labels import labels

        return {**labels(QApplication.translate), "categories": self.category_labels}

    def language_note(self, slug: str, shown: str) -> dict | None:
        """The line above an entry about its other language, or None."""
        languages = self.ctx.store.languages_of(slug)
        if shown != "en":
            return {"text": "", "link": f"entry:{slug}?lang=en", "link_text": self.tr("Also in English")}
        if self.ctx.lang != "en" and self.ctx.lang not in languages:
            return {"text": self.tr("This entry is not translated yet; it is shown in English."),
                    "link": "", "link_text": ""}
        other = next((lang for lang in languages if lang != "en"), None)
        if other is None:
            return None
        names = {"es": self.tr("Also in Spanish (Español)")}
        return {"text": "", "link": f"entry:{slug}?lang={other}", "link_text": names.get(other, other)}

    @property
    def theme_name(self) -> str:
        return theme.resolve(self.theme_choice)

    def show_home(self, record: bool = True) -> None:
        if record:
            self._remember_scroll()
        html = pages.home_page(self.ctx.store, self.ctx.lang, self.labels(), list(self.tool_titles().items()))
        self.view.show_html(html)
        self.current_slug = None
        self.setWindowTitle(APP_NAME)
        if record:
            self.nav.visit("home")
        self._sync_page_state()

    def _sync_page_state(self) -> None:
        """The notes panel and the page actions for the home page (on an entry, open_entry
        does this); nothing before the window is complete."""
        if not self.built:
            return
        if self.current_slug is None:
            self.notes.show_entry(None)
            self.act_bookmark.setChecked(False)
            self.act_bookmark.setEnabled(False)
            self.act_note.setEnabled(False)
        self._update_nav_actions()

    def open_entry(self, slug: str, record: bool = True, lang: str | None = None) -> None:
        """Open an entry in the interface language where it is translated (or in `lang`)."""
        self.finish_building()  # (a no-op once complete)
        if record:
            self._remember_scroll()
        try:
            page, shown, title = pages.entry_page(self.ctx.store, slug, lang or self.ctx.lang, self.labels(),
                                                  lambda shown: self.language_note(slug, shown))
        except UnknownEntry as exc:
            self._show_missing(slug, str(exc))
        else:
            self.shown_lang = shown
            self.view.show_html(page)
            self.current_slug = slug
            self.notes.show_entry(slug, title)
            self.act_bookmark.setEnabled(True)
            self.act_note.setEnabled(True)
            self.act_bookmark.setChecked(self.ctx.userdata.is_bookmarked(slug))
            self.setWindowTitle(f"{title} — {APP_NAME}")
            self.ctx.userdata.record_visit(slug, title)
            self.side.refresh_saved()
        if record:
            self.nav.visit(f"entry:{slug}")
        self._update_nav_actions()
        if self.find_bar.isVisible():
            self.find_bar.update_count()

    def _open_from_side(self, slug: str, lang: str | None = None) -> None:
        """Chosen in a list or by Enter in the search box: open it and move to the text, so
        that reading keys (arrows, Page Down) and entry shortcuts act on the entry. From the
        results, the words the search matched are marked and the view opens at the first."""
        self.open_entry(slug, lang=lang)
        if self.side.tabs.currentWidget() is self.side.results:
            hit = next((h for h in self.side.model.hits if h.slug == slug), None)
            if hit is not None:
                import html

                words = [html.unescape(w) for w in re.findall(r"<b>(.*?)</b>", hit.snippet)]
                self.view.highlight(words or self.side.search_box.text().split())
        from PySide6.QtCore import Qt

        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_missing(self, slug: str, message: str) -> None:
        saved = {m.slug: m.title for m in (*self.ctx.userdata.bookmarks(), *self.ctx.userdata.notes(),
                                            *self.ctx.userdata.history())}
        title = saved.get(slug, slug)
        self.view.show_html(pages.error_html(
            self.tr("Not in this version of the reference"),
            self.tr("“%1” is not in the current content. Your note on it, if any, is kept below.")
            .replace("%1", title) + " " + message, self.labels()["disclaimer"]))
        self.current_slug = slug
        self.notes.show_entry(slug, title)
        self.act_note.setEnabled(True)
        self.act_bookmark.setEnabled(self.ctx.userdata.is_bookmarked(slug))
        self.act_bookmark.setChecked(self.ctx.userdata.is_bookmarked(slug))

    def _show_page(self, page: str | None) -> None:
        if page is None:
            return
        if page == "home":
            self.show_home(record=False)
        else:
            self.open_entry(page.removeprefix("entry:"), record=False)

    def go_back(self) -> None:
        self._remember_scroll()
        self._show_page(self.nav.back())
        self._restore_scroll()

    def go_forward(self) -> None:
        self._remember_scroll()
        self._show_page(self.nav.forward())
        self._restore_scroll()

    def _remember_scroll(self) -> None:
        """Where the reader was on the page being left (Alt+Left brings them back there)."""
        if self.nav.current:
            self._scroll[self.nav.current] = self.view.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        value = self._scroll.get(self.nav.current or "", 0)
        if value:
            self.view.verticalScrollBar().setValue(value)
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(value))  # after layout

    def _update_nav_actions(self) -> None:
        self.act_back.setEnabled(self.nav.can_go_back())
        self.act_forward.setEnabled(self.nav.can_go_forward())

    def reload_page(self) -> None:
        self._show_page(self.nav.current or "home")

    # --- actions ---------------------------------------------------------------------------
    def open_external(self, url: QUrl) -> None:
        from app.gui import dialogs  # dialogs load on first use, not at start-up

        if url.scheme() in ("http", "https", "mailto") and dialogs.confirm_external(self, url):
            QDesktopServices.openUrl(url)

    def toggle_bookmark(self) -> None:
        if not self.current_slug:
            self.act_bookmark.setChecked(False)
            return
        title = self.notes.title or self.current_slug
        on = self.ctx.userdata.toggle_bookmark(self.current_slug, title)
        self.act_bookmark.setChecked(on)
        self.statusBar().showMessage(self.tr("Bookmarked") if on else self.tr("Bookmark removed"), 3000)
        self.side.refresh_saved()

    def focus_note(self) -> None:
        if self.current_slug:
            self.notes.open_and_focus()

    def _notes_toggled(self, on: bool) -> None:
        """An opened notes panel gets a fifth of the reader's height; a closed one its header."""
        total = sum(self.right.sizes())
        if on and total > 0:
            self.right.setSizes([total * 4 // 5, total - total * 4 // 5])

    def clear_history(self) -> None:
        self.ctx.userdata.clear_history()
        self.side.refresh_saved()

    def set_zoom(self, value: float) -> None:
        self.zoom = round(min(max(value, ZOOM_MIN), ZOOM_MAX), 2)
        self.apply_zoom()
        self.ctx.settings.setValue("zoom", self.zoom)

    @property
    def base_font(self) -> QFont:
        """The font that zoom 1.0 stands for: the application's font when first asked."""
        from PySide6.QtGui import QFont  # (its Python type costs a millisecond to make)

        if not isinstance(self._base_font, QFont):
            self._base_font = QFont(self._base_font or QApplication.font())
        return self._base_font

    def apply_zoom(self) -> None:
        from PySide6.QtGui import QFont

        font = QFont(self.base_font)
        size = self.base_font.pointSizeF() if self.base_font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.zoom)
        QApplication.setFont(font)
        if self.side.built:
            self.side.results.doItemsLayout()

    def apply_theme(self, choice: str) -> None:
        self.theme_choice = choice if choice in theme.THEME_CHOICES else "system"
        theme.apply(QApplication.instance(), self.theme_name)
        self.view.set_page_style(page_style.css(self.theme_name))
        self._check_theme_actions()
        if self.ctx.settings.value("theme") != self.theme_choice:  # no rewrite at every start
            self.ctx.settings.setValue("theme", self.theme_choice)
        if self.nav.current:
            self.reload_page()

    def _check_theme_actions(self) -> None:
        for action in self.theme_actions.actions():
            action.setChecked(action.objectName() == f"theme-{self.theme_choice}")

    def start_presentation(self) -> None:
        from app.gui.presentation import start_presentation  # loads on first use

        self.presentation = start_presentation(self)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            from app.gui.windowing import show_full_screen

            show_full_screen(self)
        self.act_full_screen.setChecked(self.isFullScreen())

    def show_about(self) -> None:
        from app.gui import dialogs

        dialogs.about(self, self.ctx.store.meta(), str(self.ctx.store.path))

    def _show_status(self) -> None:
        meta = self.ctx.store.metadata()  # (not .meta(): its record class is not needed yet)
        self.status_label.setText(
            self.tr("Content %1 · %2 entries · reviewed %3")
            .replace("%1", meta.get("content_version", "")).replace("%2", meta.get("entry_count", "0"))
            .replace("%3", meta.get("last_reviewed", "")))

    # --- print and PDF -----------------------------------------------------------------------
    def _print_document(self) -> tuple[str, str, str] | None:
        """(html, title, file name) of the open entry for paper, or None on the home page."""
        from app.printdoc import print_document

        if not self.current_slug:
            self.statusBar().showMessage(self.tr("Open an entry to print it."), 4000)
            return None
        try:
            document = print_document(self.ctx.store, self.ctx.renderer, self.current_slug, self.labels(),
                                      getattr(self, "shown_lang", self.ctx.lang))
        except AppError:
            self.statusBar().showMessage(self.tr("This entry is not in the current content."), 4000)
            return None
        return document.html, document.title, document.file_name

    def print_entry(self) -> None:
        """File → Print… (Ctrl+P): the open entry or handout, black on white, numbered pages."""
        document = self._print_document()
        if document:
            from app.gui.printing import print_html

            print_html(self, document[0], document[1])

    def preview_entry(self) -> None:
        """File → Print Preview… (Ctrl+Shift+P): the printout's pages before printing."""
        document = self._print_document()
        if document:
            from app.gui.printing import preview_html

            preview_html(self, document[0], document[1])

    def export_entry_pdf(self) -> None:
        """File → Export PDF…: the same printout written to a file."""
        document = self._print_document()
        if document:
            from pathlib import Path

            from app.gui.printing import export_pdf_dialog

            written = export_pdf_dialog(self, *document,
                                        last_folder=str(self.ctx.settings.value("pdf_folder", "")))
            if written:
                self.ctx.settings.setValue("pdf_folder", str(Path(written).parent))
                self.statusBar().showMessage(self.tr("Saved the PDF as %1").replace("%1", written), 8000)

    # --- content updates -------------------------------------------------------------------
    def import_content_update(self, path: str | None = None) -> None:
        """File → Import content update…: verify a signed pack, ask before a downgrade, install."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app import packs

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Content Update"), "",
                self.tr("OpioidRef content packs (*.orpack);;All files (*)"))
        if not path:
            return
        try:
            check = packs.inspect(path)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Content update refused"), self.tr(
                "This file was not installed, and nothing was changed.\n\n%1").replace("%1", str(exc)))
            return
        if check.older:
            answer = QMessageBox.question(
                self, self.tr("Install older content?"),
                self.tr("This update is not newer than the content in use (%1). Install it anyway?")
                .replace("%1", check.older),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        result = self._change_content(lambda: packs.install(path, allow_downgrade=bool(check.older)))
        if result is not None:
            self._report_content_change(self.tr("The content was updated."), result.removed)

    def revert_content(self) -> None:
        """File → Revert to previous content: one step back (or to the bundled content)."""
        from PySide6.QtWidgets import QMessageBox

        from app import packs

        answer = QMessageBox.question(
            self, self.tr("Revert content?"),
            self.tr("Go back to the content that was in use before the last update?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = self._change_content(packs.revert)
        if result is not None:
            message = (self.tr("The previous content is in use again.") if result.restored == "previous"
                       else self.tr("The bundled content is in use again."))
            self._report_content_change(message, result.removed)

    def _change_content(self, change):
        """Run an install or revert with the database closed (Windows cannot replace an open
        file), then open whatever content is now chosen. Returns the result, or None."""
        from PySide6.QtWidgets import QMessageBox

        self.notes.save_now()
        self.ctx.store.close()
        try:
            result = change()
        except AppError as exc:
            result = None
            QMessageBox.warning(self, self.tr("Content not changed"), str(exc))
        self._reopen_content()
        return result

    def _reopen_content(self) -> None:
        from app.database import open_source
        from app.search import Searcher

        store, _source = open_source()
        self.ctx.store, self.ctx.searcher = store, Searcher(store.conn)
        self.side.fill_browse_lists()
        self.side.refresh_saved()
        self.side.run_search()
        self._show_status()
        self.reload_page()

    def _report_content_change(self, message: str, removed: list[tuple[str, str]]) -> None:
        from PySide6.QtWidgets import QMessageBox

        if removed:
            titles = "\n".join(f"• {title}" for _slug, title in removed)
            message += "\n\n" + self.tr(
                "These entries are no longer in the reference; your bookmarks and notes on them "
                "are kept:") + "\n" + titles
        QMessageBox.information(self, self.tr("Content update"), message)

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.ctx.settings
        geometry, split = s.value("geometry"), s.value("split")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored:  # first start: most of the screen, up to 1400 × 900
            screen = QApplication.primaryScreen()
            area = screen.availableGeometry() if screen else None
            self.resize(min(1400, area.width()) if area else 1200, min(900, area.height()) if area else 760)
        if isinstance(split, QByteArray):
            self.split.restoreState(split)
        else:
            side = int(self.width() * 0.36)
            self.split.setSizes([side, self.width() - side])

    def _restore_panel_sizes(self) -> None:
        """The reader and notes split; on a first start, room for the list names on one row
        where the window allows (up to 45 % of its width); else they wrap."""
        s = self.ctx.settings
        split, right = s.value("split"), s.value("right")
        if not isinstance(split, QByteArray):
            tabs = self.side.tabs.oneRowWidth() + 24
            side = max(int(self.width() * 0.36), min(tabs, int(self.width() * 0.45)))
            self.split.setSizes([side, self.width() - side])
        if isinstance(right, QByteArray):
            self.right.restoreState(right)
        else:
            self.right.setSizes([600, 140])

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("geometry", self.saveGeometry())
        if self.built:  # (closed before it was complete: the panels keep their saved sizes)
            self.notes.save_now()
            s.setValue("split", self.split.saveState())
            s.setValue("right", self.right.saveState())
        s.setValue("zoom", self.zoom)
        s.setValue("theme", self.theme_choice)
        s.sync()

    def _is_window_shortcut(self, event) -> bool:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        if not self.isActiveWindow() or not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == sequence for action in self.actions() for sequence in action.shortcuts())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from app.gui.tools._tool_window import ToolWindow

        for tool in self.findChildren(ToolWindow):  # each may ask before its data is lost
            if tool.isVisible() and not tool.close():
                event.ignore()
                return
        self.save_state()
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtCore import QEvent, Qt

        if event.type() == QEvent.Type.ShortcutOverride and self._is_window_shortcut(event):
            # Text fields claim some Ctrl+letter keys for editing (on X11 Ctrl+K deletes to the
            # end of the line, Ctrl+D deletes a character): this window's shortcuts win.
            return True
        if event.type() == QEvent.Type.MouseButtonRelease and self.isActiveWindow():
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False
