"""The search results list: a model of SearchHits and a delegate that draws title, category,
markers (bookmark, note) and the highlighted snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QFont, QPalette, QStandardItem, QStandardItemModel, QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.roles import HTML_ROLE, SLUG_ROLE
from app.models import SearchHit



class ResultsModel(QStandardItemModel):
    """Search hits as items, with the roles the delegate draws. Item data stays in C++, so the
    view's many data() calls for unused roles never cross into Python."""

    def __init__(self, category_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.labels = category_labels
        self.bookmarked: set[str] = set()
        self.noted: set[str] = set()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        items = []
        for hit in hits:
            item = QStandardItem()
            item.setEditable(False)
            item.setData(hit.slug, SLUG_ROLE)
            item.setData(html.unescape(hit.snippet.replace("<b>", "").replace("</b>", "")),
                         Qt.ItemDataRole.ToolTipRole)
            self._describe(item, hit)
            items.append(item)
        self.clear()
        if items:
            self.invisibleRootItem().appendRows(items)  # one insertion, one layout

    def set_markers(self, bookmarked: set[str], noted: set[str]) -> None:
        self.bookmarked, self.noted = bookmarked, noted
        for row, hit in enumerate(self.hits):
            self._describe(self.item(row), hit)

    def _describe(self, item: QStandardItem, hit: SearchHit) -> None:
        category = self.labels.get(hit.category, hit.category)
        marked = hit.slug in self.bookmarked
        noted = hit.slug in self.noted
        markers = ("★ " if marked else "") + ("✎ " if noted else "")
        spoken = [hit.title, category]
        if marked:
            spoken.append(QApplication.translate("ResultsModel", "bookmarked"))
        if noted:
            spoken.append(QApplication.translate("ResultsModel", "has a note"))
        item.setData(f"{hit.title} — {category}", Qt.ItemDataRole.DisplayRole)
        item.setData(", ".join(spoken), Qt.ItemDataRole.AccessibleTextRole)
        item.setData(f"<b>{markers}{html.escape(hit.title)}</b>"
                     f" <span style='font-size:small'>· {html.escape(category)}</span>"
                     f"<br><span style='font-size:small'>{hit.snippet}</span>", HTML_ROLE)


class HitDelegate(QStyledItemDelegate):
    """Draws a row's rich text in a row of fixed height: the title line and two lines of
    snippet (a title that wraps takes a snippet line; what does not fit is clipped at a line).

    Every row has the same height, so the view lays out any number of rows at once without
    asking for their text (uniform item sizes, one pass): nothing is left to a later layout
    pass that could leave the list unpainted. Laid-out documents are cached by
    (html, width, font): a keystroke lays out each newly visible row once.
    """

    MARGIN = 4
    CACHE_LIMIT = 400

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple, QTextDocument] = {}
        self._heights: dict[str, int] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QTextDocument, int]:
        """The row's laid-out document and the height of its last line that fits the row."""
        html_text = index.data(HTML_ROLE) or ""
        width = max(option.rect.width(), 120)
        key = (html_text, width, option.font.toString())
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > self.CACHE_LIMIT:
                self._cache.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(self.MARGIN)
            doc.setHtml(html_text)
            doc.setTextWidth(width)
            cached = self._cache[key] = (doc, _whole_lines(doc, self.row_height(option.font)))
        return cached

    def paint(self, painter, option, index) -> None:
        # The view's option already has the state, rect and palette this needs.
        opt = QStyleOptionViewItem(option)
        doc, visible = self._document(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRect(0, 0, opt.rect.width(), min(visible, opt.rect.height())))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()
        return QSize(max(width, 120), self.row_height(option.font))

    def row_height(self, font: QFont) -> int:
        """A bold title line and two small snippet lines, as QTextDocument lays them out."""
        key = font.toString()
        height = self._heights.get(key)
        if height is None:
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(self.MARGIN)
            doc.setHtml("<b>Xg</b><br><span style='font-size:small'>Xg<br>Xg</span>")
            height = self._heights[key] = int(doc.size().height())
        return height


def _whole_lines(doc: QTextDocument, limit: int) -> int:
    """The bottom of the last laid-out line that ends within `limit` pixels: clipping there
    never shows half a line."""
    doc.documentLayout()  # lays the document out
    bottom = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            line_bottom = top + line.y() + line.height()
            if line_bottom > limit:
                return int(bottom)
            bottom = line_bottom
        block = block.next()
    return int(limit)
