"""The left side: the search box, then tabs with results, categories, A–Z, bookmarks, history.

Built in two steps when the window starts (staged=True): the search box and status line for
the first screen, then the lists (finish(), right after the first paint). The Qt classes the
lists need are imported there, not at the top: the first screen does without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.constants import LANGUAGES
from app.gui.context import Context
from app.gui.roles import LANG_ROLE, SLUG_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

SEARCH_LIMIT = 30


class SidePanel(QWidget):
    entry_requested = Signal(str)
    entry_in_language = Signal(str, str)
    """A handout chosen in a given language: slug, language."""
    """The user chose an entry (slug) in any of the lists."""

    def __init__(self, ctx: Context, category_labels: dict[str, str], parent=None,
                 staged: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = category_labels
        self.built = False
        """Whether the lists are there (finish()); until then only the search box is."""

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search: a sign, a drug, a wound, a brand name…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.search_box)
        self._layout.addWidget(self.status)
        if not staged:
            self.finish()

    def finish(self) -> None:
        """Build the lists and connect the search box (once); words typed before are searched."""
        if self.built:
            return
        self.built = True
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QListView, QListWidget, QTreeWidget

        from app.gui.list_tabs import ListTabs
        from app.gui.results_view import HitDelegate, ResultsModel

        # Accessible names here, not for the first screen: the first one starts Qt's
        # accessibility support (about 4 ms).
        self.search_box.setAccessibleName(self.tr("Search the reference"))
        # No accessible name: a screen reader then reads the count itself ("16 result(s)").
        self.status.setAccessibleDescription(self.tr("Search status"))
        self.search_box.setClearButtonEnabled(True)
        clear = self.search_box.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:  # Qt's own clear button: give it a name a screen reader can say
            clear.setText(self.tr("Clear the search"))
            clear.setToolTip(self.tr("Clear the search (Esc)"))

        self.model = ResultsModel(self.labels, self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results"))
        # Rows of one height (see HitDelegate), laid out in one pass: a batched layout left the
        # list blank on X11 after some queries while the status line counted the results.
        self.results.setUniformItemSizes(True)
        self.results.setLayoutMode(QListView.LayoutMode.SinglePass)
        # Selecting the first hit must not force the layout of every row: scroll explicitly.
        self.results.setAutoScroll(False)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.categories = QTreeWidget()
        self.categories.setHeaderHidden(True)
        self.categories.setHeaderLabels([self.tr("Category")])  # read out, though not shown
        self.categories.setAccessibleName(self.tr("Browse by category"))
        self.a_to_z = QListWidget()
        self.a_to_z.setAccessibleName(self.tr("All entries A to Z"))
        self.bookmarks = QListWidget()
        self.bookmarks.setAccessibleName(self.tr("Bookmarks"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Recently opened"))
        self.handouts = QListWidget()
        self.handouts.setAccessibleName(self.tr("Handouts to print for people and families"))

        self.tabs = ListTabs()
        self.tabs.strip.setAccessibleName(self.tr("Lists"))
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.tabs.addTab(self.categories, self.tr("&Categories"))
        self.tabs.addTab(self.a_to_z, self.tr("A–&Z"))
        self.tabs.addTab(self.bookmarks, self.tr("&Bookmarks"))
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        self.tabs.addTab(self.handouts, self.tr("Hand&outs"))  # Alt+H is Help
        self._layout.addWidget(self.tabs, 1)

        # A zero-delay single shot coalesces a burst of edits into one search per event-loop pass.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._pending.start)
        self.search_box.installEventFilter(self)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.categories.itemActivated.connect(self._open_tree_item)
        self.categories.itemClicked.connect(self._open_tree_item)
        for widget in (self.a_to_z, self.bookmarks, self.history, self.handouts):
            widget.itemActivated.connect(self._open_list_item)
            widget.itemClicked.connect(self._open_list_item)

        self.fill_browse_lists()
        self.refresh_saved()
        if self.search_box.text().strip():  # typed while the lists were being built
            self._pending.start()

    # --- search ------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self.model.set_hits([])
            self.status.clear()
            return
        outcome = self.ctx.searcher.run(text, SEARCH_LIMIT)
        hits = outcome.hits
        lang = getattr(self.ctx, "lang", "en")
        if lang != "en" and hits:  # translated entries under their own title and summary
            import html
            from dataclasses import replace

            heads = self.ctx.store.translated_heads([h.slug for h in hits], lang)
            hits = [replace(h, title=heads[h.slug][0], snippet=html.escape(heads[h.slug][1]))
                    if h.slug in heads else h for h in hits]
        self.model.set_hits(hits)
        self.tabs.setCurrentWidget(self.results)
        if outcome.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if not outcome.hits:
            self.status.setText(self.tr("No entries match “%1”.").replace("%1", text.strip()[:80]))
        else:
            count = self.tr("%n result(s)", "", len(outcome.hits))
            if outcome.corrected:
                shown = self.tr("Showing results for “%1”.").replace("%1", outcome.corrected)
                count = f"{shown} · {count}"
            self.status.setText(count)

    def focus_search(self) -> None:
        if self.built:
            from PySide6.QtCore import Qt

            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:  # the first screen: no focus reason, which would build the Qt namespace's types
            self.search_box.setFocus()
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtCore import QEvent

        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if self._pending.isActive():
                self._pending.stop()
                self.run_search()
            rows = self.model.rowCount()
            if not rows:
                return False
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                    Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
            current = self.results.currentIndex().row()
            row = min(max(current + step, 0), rows - 1) if current >= 0 else 0
            self.tabs.setCurrentWidget(self.results)
            index = self.model.index(row, 0)
            self.results.setCurrentIndex(index)
            self.results.scrollTo(index)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pending.isActive():
                self._pending.stop()
                self.run_search()
            index = self.results.currentIndex()
            if not index.isValid() and self.model.rowCount():
                index = self.model.index(0, 0)
            if index.isValid():
                self._open_index(index)
            return True
        if key == Qt.Key.Key_Escape and self.search_box.text():
            self.search_box.clear()
            return True
        return False

    # --- browse lists ------------------------------------------------------------------
    def fill_browse_lists(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTreeWidgetItem

        self.categories.clear()
        self.a_to_z.clear()
        self.handouts.clear()
        self._fill_handouts()
        rows = self.ctx.store.list_entries()
        by_category: dict[str, list[dict]] = {c: [] for c in self.labels}
        for row in rows:
            by_category.setdefault(row["category"], []).append(row)
            self.a_to_z.addItem(self._item(row["slug"], row["title"]))
        for category, items in by_category.items():
            parent = QTreeWidgetItem([f"{self.labels.get(category, category)} ({len(items)})"])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            for row in items:
                child = QTreeWidgetItem([row["title"]])
                child.setData(0, SLUG_ROLE, row["slug"])
                child.setToolTip(0, row["summary"])
                parent.addChild(child)
            self.categories.addTopLevelItem(parent)

    def _fill_handouts(self) -> None:
        """Handouts in every language they exist in, the interface's language first; each item
        opens in its own language."""
        lang = getattr(self.ctx, "lang", "en")
        english = self.ctx.store.list_entries(handouts_only=True)
        others = {code: self.ctx.store.list_translations(code, handouts_only=True)
                  for code in LANGUAGES if code != "en"}
        by_language = {"en": english, **others}
        tagged = any(others.values())
        for code in sorted(by_language, key=lambda c: c != lang):
            for row in by_language[code]:
                text = f"{row['title']} · {LANGUAGES[code]}" if tagged else row["title"]
                item = self._item(row["slug"], text)
                item.setData(LANG_ROLE, code)
                self.handouts.addItem(item)

    def refresh_saved(self) -> None:
        """Bookmarks, history and result markers, after any change to user data."""
        data = self.ctx.userdata
        existing = {row["slug"] for row in self.ctx.store.list_entries()}
        for widget, marks in ((self.bookmarks, data.bookmarks()), (self.history, data.history())):
            widget.clear()
            for mark in marks:
                gone = mark.slug not in existing
                label = mark.title + (self.tr(" (no longer in the reference)") if gone else "")
                widget.addItem(self._item(mark.slug, label))
        self.model.set_markers({b.slug for b in data.bookmarks()}, data.noted_slugs())

    @staticmethod
    def _item(slug: str, text: str) -> QListWidgetItem:
        from PySide6.QtWidgets import QListWidgetItem

        item = QListWidgetItem(text)
        item.setData(SLUG_ROLE, slug)
        return item

    def _open_index(self, index) -> None:
        slug = index.data(SLUG_ROLE)
        if slug:
            self.entry_requested.emit(slug)

    def _open_tree_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        slug = item.data(0, SLUG_ROLE)
        if slug:
            self.entry_requested.emit(slug)
        else:
            item.setExpanded(not item.isExpanded())

    def _open_list_item(self, item: QListWidgetItem) -> None:
        slug = item.data(SLUG_ROLE)
        if slug and item.data(LANG_ROLE):
            self.entry_in_language.emit(slug, item.data(LANG_ROLE))
        elif slug:
            self.entry_requested.emit(slug)
