"""The COWS tool: score the form by keyboard, see the total and band live, record scores over
time (table and trend chart), copy or print a summary for the chart. Nothing is written to
disk; closing the window forgets the series."""

from __future__ import annotations

import re
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.gui.tools._cows_item import ItemSelector
from app.gui.tools._tool_window import EntryLink, ToolWindow
from app.gui.tools._trend_chart import TrendChart
from app.tools import cows

TOOL_NAME = "cows"

def tr(text: str) -> str:
    return QCoreApplication.translate("cows", text)


def open_tool(window) -> QWidget:
    return CowsWindow(window)


class CowsWindow(ToolWindow):
    def __init__(self, main_window) -> None:
        super().__init__(main_window, self.tr("COWS: Clinical Opiate Withdrawal Scale"))
        self.series = cows.Series()
        self.clock = datetime.now
        """Where the time of a recorded score comes from (tests replace it)."""

        self.items = [ItemSelector(item, n) for n, item in enumerate(cows.ITEMS, 1)]
        form = QWidget()
        form_layout = QVBoxLayout(form)
        intro = QLabel(escape(tr(cows.INSTRUCTIONS)) + "<br>" + self.tr(
            "<b>Keys:</b> type each item's points (the form's values only; the next item follows); "
            "Up/Down move between items, Left/Right change a value, Backspace clears it; "
            "Ctrl+Enter records the score; Ctrl+Shift+C copies the summary; Ctrl+P prints it."))
        intro.setWordWrap(True)
        form_layout.addWidget(intro)
        for selector in self.items:
            selector.changed.connect(self.update_result)
            selector.advance.connect(lambda step, s=selector: self.move_focus(s, step))
            selector.refused.connect(self._refuse)
            selector.focused.connect(lambda s=selector: self.form_scroll.ensureWidgetVisible(s, 0, 40))
            form_layout.addWidget(selector)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setAccessibleName(self.tr("COWS items"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self._series_box())
        side_layout.addWidget(self._guidance_box())
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.form_scroll)
        split.addWidget(self.side_scroll)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self._result_bar())
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.act_record = self.shortcut(["Ctrl+Return", "Ctrl+Enter"], self.record, self.tr("Record score"))
        self.act_copy = self.shortcut(["Ctrl+Shift+C"], self.copy_summary, self.tr("Copy summary"))
        self.act_print = self.shortcut(["Ctrl+P"], self.print_summary, self.tr("Print summary"))
        self._tab_order()
        self.fit(1100, 760)
        self.update_result()
        self.refresh_series()
        self.items[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building --------------------------------------------------------------------------
    def _button(self, text: str, slot, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(slot)
        return button

    def _result_bar(self) -> QWidget:
        bar = QWidget()
        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        self.total_label.setAccessibleName(self.tr("COWS total"))  # and the total as its description
        self.band_label = QLabel()
        self.band_label.setTextFormat(Qt.TextFormat.RichText)
        self.band_label.setWordWrap(True)
        self.band_label.setAccessibleDescription(self.tr("Band"))  # its text is what is read
        self.record_button = self._button(self.tr("&Record score"), self.record,
                                          self.tr("Record this score with the time (Ctrl+Enter)"))
        self.clear_button = self._button(self.tr("C&lear form"), self.clear_form,
                                         self.tr("Clear every item of the form"))
        result = QVBoxLayout()
        result.addWidget(self.total_label)
        result.addWidget(self.band_label)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(result, 1)
        layout.addWidget(self.record_button)
        layout.addWidget(self.clear_button)
        return bar

    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        """A titled part of the side panel (a wrapping heading: a group box title would not wrap
        at high zoom)."""
        box = QWidget()
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 12)
        heading = QLabel(f"<b><big>{escape(title)}</big></b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        return box, layout

    def _series_box(self) -> QWidget:
        box, layout = self._section(self.tr("Scores recorded in this window"))
        self.table = QTableWidget(0, len(cows.TABLE_HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in cows.TABLE_HEADERS])
        self.table.setAccessibleName(self.tr("Recorded scores"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = TrendChart(cows.MAX_TOTAL, cows.BAND_LINES, self.tr("Record a score to see the trend."))
        self.chart.setAccessibleName(self.tr("Trend of COWS totals, with lines where the bands start "
                                             "(5, 13, 25, 37)"))
        self.copy_button = self._button(self.tr("&Copy summary"), self.copy_summary,
                                        self.tr("Copy a plain-text summary for the chart (Ctrl+Shift+C)"))
        self.print_button = self._button(self.tr("&Print…"), self.print_summary,
                                         self.tr("Print the summary (Ctrl+P)"))
        self.reset_button = self._button(self.tr("&Forget all"), self.reset,
                                         self.tr("Forget every recorded score"))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addWidget(self.chart)
        layout.addLayout(buttons)
        layout.addWidget(self.forget_note(self.tr(
            "Nothing is saved on this computer: closing this window forgets these scores.")))
        return box

    def _guidance_box(self) -> QWidget:
        box, layout = self._section(self.tr("Starting buprenorphine: COWS thresholds by source"))
        self.compared_label = QLabel()
        self.compared_label.setWordWrap(True)
        layout.addWidget(self.compared_label)
        self.threshold_labels = []
        for threshold in cows.THRESHOLDS:
            label = QLabel()
            label.setWordWrap(True)
            layout.addWidget(label)
            self.threshold_labels.append((threshold, label))
        for text, source in cows.WARNINGS:
            caution = self.tr("Caution")  # outside the f-string: lupdate reads no f-strings
            warning = QLabel(f"<b>{escape(caution)}</b> ({escape(tr(source))}): {escape(tr(text))}")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        titles = self.main_window.ctx.store.titles(list(cows.RELATED_ENTRIES))
        self.entry_links = []
        if titles:
            read_more = self.tr("Read more (opens in the main window)")
            heading = QLabel(f"<b>{escape(read_more)}</b>")
            heading.setWordWrap(True)
            layout.addWidget(heading)
        for slug in cows.RELATED_ENTRIES:
            if slug in titles:
                link = EntryLink(slug, titles[slug], self.tr("Open the entry: %1").replace("%1", titles[slug]))
                link.activated.connect(self.open_entry)
                layout.addWidget(link)
                self.entry_links.append(link)
        return box

    def open_entry(self, slug: str) -> None:
        self.main_window.open_entry(slug)
        self.main_window.raise_()
        self.main_window.activateWindow()

    def _tab_order(self) -> None:
        chain = [*self.items, self.record_button, self.clear_button, self.table, self.copy_button,
                 self.print_button, self.reset_button, *self.entry_links]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    # --- the form --------------------------------------------------------------------------
    def points(self) -> dict[str, int]:
        return {s.item.key: s.value for s in self.items if s.value is not None}

    def move_focus(self, selector: ItemSelector, step: int) -> None:
        index = self.items.index(selector) + step
        if index >= len(self.items):
            self.record_button.setFocus(Qt.FocusReason.TabFocusReason)
        elif index >= 0:
            self.items[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _refuse(self, message: str) -> None:
        """A key that is not a value of the item: said until the next value is entered."""
        self.show_status(message)
        self._refusal_shown = True

    def update_result(self) -> None:
        if getattr(self, "_refusal_shown", False):  # a valid value now: the warning is stale
            self.show_status("")
            self._refusal_shown = False
        points = self.points()
        total = sum(points.values())
        if len(points) == len(cows.ITEMS):
            band = cows.band_of(total)
            # Large enough to read across a room or at arm's length, and it follows the zoom.
            self.total_label.setText('<span style="font-size:x-large">' + self.tr(
                "<big><b>COWS %1</b> of %2</big>").replace("%1", str(total))
                .replace("%2", str(cows.MAX_TOTAL)) + "</span>")
            self.band_label.setText('<span style="font-size:large"><b>' + escape(self.tr(
                "Band: %1").replace("%1", tr(band.label))) + "</b></span>")
        else:
            self.total_label.setText(self.tr("<big>So far <b>%1</b></big> (%2 of %3 items scored)")
                                     .replace("%1", str(total)).replace("%2", str(len(points)))
                                     .replace("%3", str(len(cows.ITEMS))))
            self.band_label.setText(escape(self.tr("Score every item to see the total and band.")))
        self.total_label.setAccessibleDescription(re.sub(r"<[^>]+>", "", self.total_label.text()))
        self.update_guidance()

    def clear_form(self) -> None:
        for selector in self.items:
            selector.set_value(None)
        self.items[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the series ------------------------------------------------------------------------
    def record(self) -> None:
        points = self.points()
        missing = [tr(s.item.title) for s in self.items if s.value is None]
        if missing:
            self.show_status(self.tr("Not recorded: score every item first. Missing: %1.")
                             .replace("%1", ", ".join(missing)))
            first_missing = next(s for s in self.items if s.value is None)
            first_missing.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        entry = self.series.record(points, self.clock())
        self.refresh_series()
        self.show_status(self.tr("Recorded COWS %1 (%2) at %3. The form is cleared for the next score.")
                         .replace("%1", str(entry.score.total)).replace("%2", tr(entry.score.band.label))
                         .replace("%3", entry.when.strftime("%H:%M")))
        self.clear_form()

    def reset(self) -> None:
        if not self.series.records:
            self.show_status(self.tr("There are no recorded scores."))
            return
        answer = QMessageBox.question(
            self, self.tr("Forget all scores?"),
            self.tr("Forget the %1 recorded scores? This cannot be undone.").replace("%1", str(len(self.series))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.series.clear()
            self.refresh_series()
            self.show_status(self.tr("All scores forgotten."))

    def may_close(self) -> bool:
        """Recorded scores live only in this window: offer to copy them before they go."""
        count = len(self.series.records)
        if not count:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the COWS?"),
                          self.tr("%n recorded score(s) will be lost. Copy the summary first?", "", count),
                          parent=self)
        copy = box.addButton(self.tr("&Copy Summary and Close"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard Scores"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep Open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(self.summary())
            return True
        return box.clickedButton() is discard

    def refresh_series(self) -> None:
        records = self.series.records
        self.table.setRowCount(len(records))
        for row, rec in enumerate(records):
            cells = [rec.when.strftime("%H:%M"), str(rec.score.total), tr(rec.score.band.label),
                     rec.score.items_text(tr)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        description = "; ".join(self.tr("%1 at %2").replace("%1", str(r.score.total))
                                .replace("%2", r.when.strftime("%H:%M")) for r in records)
        self.chart.set_points([(r.when, r.score.total) for r in records],
                              description or self.chart.empty_text)
        self.fit_table()
        has_records = bool(records)
        for widget in (self.copy_button, self.print_button, self.reset_button):
            widget.setEnabled(has_records)
        self.update_guidance()

    def fit_table(self) -> None:
        """As tall as its rows (up to six; then it scrolls), so the chart stays in view."""
        self.table.resizeRowsToContents()
        rows = range(min(max(self.table.rowCount(), 1), 6))
        height = sum(self.table.rowHeight(r) if r < self.table.rowCount() else self.table.verticalHeader()
                     .defaultSectionSize() for r in rows)
        self.table.setFixedHeight(height + self.table.horizontalHeader().sizeHint().height()
                                  + 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_table()

    def summary(self) -> str:
        return self.series.summary_text(tr)

    def copy_summary(self) -> None:
        if not self.series.records:
            self.show_status(self.tr("Nothing to copy yet: record a score first."))
            return
        self.copy_text(self.summary(), self.tr(
            "Summary of %n score(s) copied; paste it into the chart.", "", len(self.series)))

    def print_summary(self) -> None:
        if not self.series.records:
            self.show_status(self.tr("Nothing to print yet: record a score first."))
            return
        try:
            from app.gui.printing import print_html
            from app.printdoc import page_print_html
        except ImportError:
            self.show_status(self.tr("Printing is not available in this version; copy the summary instead."))
            return
        ctx, title = self.main_window.ctx, tr(cows.TITLE)
        page = page_print_html(ctx.store, ctx.renderer, title, self.series.summary_html(tr),
                               self.main_window.labels())
        if print_html(self, page, title):
            self.show_status(self.tr("Summary sent to the printer."))

    # --- guidance --------------------------------------------------------------------------
    def update_guidance(self) -> None:
        points = self.points()
        if len(points) == len(cows.ITEMS):
            total = sum(points.values())
            self.compared_label.setText(self.tr("Compared with the form above: COWS %1.").replace("%1", str(total)))
        elif self.series.records:
            last = self.series.records[-1]
            total = last.score.total
            self.compared_label.setText(self.tr("Compared with the last recorded score: COWS %1 at %2.")
                                        .replace("%1", str(total)).replace("%2", last.when.strftime("%H:%M")))
        else:
            total = None
            self.compared_label.setText(self.tr("Score every item to compare the total with each threshold."))
        for threshold, label in self.threshold_labels:
            if total is None:
                mark = ""
            elif total >= threshold.minimum:
                mark = self.tr("✔ reached") + " · "
            else:
                mark = self.tr("not reached") + " · "
            label.setText(f"{escape(mark)}<b>{escape(tr(threshold.source))}</b>: {escape(tr(threshold.text))}")
            label.setAccessibleName(f"{mark}{tr(threshold.source)}: {tr(threshold.text)}")
