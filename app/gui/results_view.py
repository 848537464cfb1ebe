"""The search results list: a model of SearchHits and a delegate that draws title, category,
markers (bookmark, note) and the highlighted snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models import SearchHit

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


class ResultsModel(QAbstractListModel):
    def __init__(self, category_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.labels = category_labels
        self.bookmarked: set[str] = set()
        self.noted: set[str] = set()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def set_markers(self, bookmarked: set[str], noted: set[str]) -> None:
        self.bookmarked, self.noted = bookmarked, noted
        if self.hits:
            self.dataChanged.emit(self.index(0), self.index(len(self.hits) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        category = self.labels.get(hit.category, hit.category)
        markers = ("★ " if hit.slug in self.bookmarked else "") + ("✎ " if hit.slug in self.noted else "")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {category}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extra = []
            if hit.slug in self.bookmarked:
                extra.append(QApplication.translate("ResultsModel", "bookmarked"))
            if hit.slug in self.noted:
                extra.append(QApplication.translate("ResultsModel", "has a note"))
            return ", ".join([hit.title, category, *extra])
        if role == Qt.ItemDataRole.ToolTipRole:
            return html.unescape(hit.snippet.replace("<b>", "").replace("</b>", ""))
        if role == SLUG_ROLE:
            return hit.slug
        if role == HTML_ROLE:
            return (f"<b>{markers}{html.escape(hit.title)}</b>"
                    f" <span style='font-size:small'>· {html.escape(category)}</span>"
                    f"<br><span style='font-size:small'>{hit.snippet}</span>")
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a row's rich text; the row height follows the text at the current width."""

    MARGIN = 4

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(self.MARGIN)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width(), 120))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRect(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.rect.width() <= 0 and opt.widget is not None:
            opt.rect.setWidth(opt.widget.viewport().width())
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
