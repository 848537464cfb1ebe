"""Intoxication vs withdrawal: the side-by-side table in its own window, printable.

The page is rendered by the core (app.tools.comparison, resources/templates/comparison.html)
in the window's theme and again whenever the theme changes; it prints in the light theme.
Entry links open in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.gui.entry_view import EntryView
from app.gui.tools._tool_window import ToolWindow
from app.tools import comparison

TOOL_NAME = "comparison"


class ComparisonWindow(ToolWindow):
    def __init__(self, main_window) -> None:
        super().__init__(main_window, self.tr("Intoxication vs withdrawal"))
        self.comparison = comparison.load(main_window.ctx.store)

        self.view = EntryView()
        self.view.setAccessibleName(self.tr("Comparison table"))
        self.view.setAccessibleDescription(
            self.tr("Each row compares one feature; the last column links to its entries."))
        self.view.entry_link.connect(self.open_entry)
        self.view.tool_link.connect(main_window.open_tool)
        self.view.external_link.connect(main_window.open_external)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the comparison"))
        self.print_button.setToolTip(self.tr("Print the table (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_page)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the comparison"))
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.print_button)
        self.setTabOrder(self.print_button, self.close_button)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_page)

        self.fit(960, 680)
        self.refresh()
        self.view.setFocus()

    def labels(self) -> dict[str, str]:
        return {
            "comparison_title": self.tr("Intoxication vs withdrawal"),
            "comparison_intro": self.tr(
                "Intoxication slows the body down; withdrawal speeds it up. Breathing and "
                "consciousness decide which one is the emergency."),
            "feature": self.tr("Feature"),
            "intoxication": self.tr("Intoxication / overdose"),
            "withdrawal": self.tr("Withdrawal"),
            "entries": self.tr("In the reference"),
            "notes": self.tr("Notes"),
            "sources": self.tr("Sources"),
            "no_rows": self.tr("The comparison table is not in this version of the content."),
        }

    def page_html(self, theme: str) -> str:
        return comparison.page_html(self.main_window.ctx.renderer, self.comparison, theme,
                                    self.labels())

    def refresh(self) -> None:
        """Render in the main window's current theme, keeping the scroll position."""
        position = self.view.verticalScrollBar().value()
        self.view.setHtml(self.page_html(self.main_window.theme_name))
        self.view.verticalScrollBar().setValue(position)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed
            self.refresh()
        super().changeEvent(event)

    def open_entry(self, slug: str) -> None:
        self.main_window.open_entry(slug)
        self.main_window.raise_()
        self.main_window.activateWindow()

    def print_page(self) -> bool:
        from app.gui.printing import print_html  # loads on first use

        return print_html(self, self.page_html("print"), self.tr("Intoxication vs withdrawal"))


def open_tool(window) -> QWidget:
    return ComparisonWindow(window)
