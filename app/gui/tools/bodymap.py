"""The injection-site body map: front and back figures with clickable sites, the same sites in
a list for the keyboard, and a detail pane linking to the complications' entries.

The figures (resources/images/bodymap-*.svg) are neutral grey; the hotspots are painted here in
the palette's colours (the accent for the selected site), so every theme works. The geometry
and the hit-testing are in app.tools.bodymap (no Qt).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QToolTip, QVBoxLayout, QWidget)

from app import paths
from app.gui.entry_view import EntryView
from app.gui.tools._tool_window import ToolWindow
from app.tools import bodymap
from app.tools.bodymap import Site

TOOL_NAME = "bodymap"
MIN_TARGET = 11.0
"""Smallest hotspot radius in pixels (more at larger zoom), so a site stays easy to hit."""
DEFAULT_ASPECT = 200 / 480


def figure_path(view: str):
    return paths.resources_dir() / "images" / f"bodymap-{view}.svg"


class BodyMapCanvas(QWidget):
    """Both figures side by side, scaled to the widget, with the sites' hotspots."""

    site_clicked = Signal(str)

    def __init__(self, sites: list[Site], parent=None) -> None:
        super().__init__(parent)
        self.sites = sites
        self.selected: str | None = None
        self.hovered: str | None = None
        self.figures = {view: QSvgRenderer(str(figure_path(view)), self) for view in bodymap.VIEWS}
        box = self.figures["front"].viewBoxF()
        self.aspect = box.width() / box.height() if box.height() > 0 else DEFAULT_ASPECT
        self.captions = {"front": self.tr("Front"), "back": self.tr("Back")}
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list beside it is the keyboard's way in
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setMinimumSize(220, 280)
        self.setAccessibleName(self.tr("Body map, front and back"))
        self.setAccessibleDescription(self.tr("Marked injection sites. Click one, or choose it "
                                              "from the list of sites."))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(440, 560)

    # --- geometry --------------------------------------------------------------------------
    def rects(self) -> dict[str, bodymap.Rect]:
        caption = self.fontMetrics().height() + 6
        return bodymap.figure_rects(self.width(), self.height(), self.aspect, caption)

    def min_radius(self) -> float:
        return max(MIN_TARGET, self.fontMetrics().height() * 0.55)

    def circle(self, site: Site) -> bodymap.Circle:
        return bodymap.hotspot(site, self.rects()[site.view], self.min_radius())

    def site_at(self, point: QPointF) -> Site | None:
        return bodymap.site_at(self.sites, self.rects(), point.x(), point.y(), self.min_radius())

    def set_selected(self, site_id: str | None) -> None:
        self.selected = site_id
        self.update()

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rects = self.rects()
        caption_height = self.fontMetrics().height()
        for view, rect in rects.items():
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(rect.x, rect.y - caption_height - 6, rect.w, caption_height),
                             Qt.AlignmentFlag.AlignCenter, self.captions[view])
            if self.figures[view].isValid():
                self.figures[view].render(painter, QRectF(rect.x, rect.y, rect.w, rect.h))
        for site in self.sites:
            if site.view in rects:
                self._paint_hotspot(painter, palette, site, rects[site.view])
        painter.end()

    def _paint_hotspot(self, painter: QPainter, palette: QPalette, site: Site, rect) -> None:
        circle = bodymap.hotspot(site, rect, self.min_radius())
        accent = palette.color(QPalette.ColorRole.Highlight)
        centre = QPointF(circle.x, circle.y)
        if site.id == self.selected:
            fill = QColor(accent)
            fill.setAlpha(200)
            painter.setBrush(fill)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2.5))
            painter.drawEllipse(centre, circle.radius, circle.radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent, 2.5))
            painter.drawEllipse(centre, circle.radius + 4, circle.radius + 4)
            return
        fill = QColor(accent)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.setPen(QPen(accent, 3.0 if site.id == self.hovered else 2.0))
        painter.drawEllipse(centre, circle.radius, circle.radius)

    # --- mouse -----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            site = self.site_at(event.position())
            if site is not None:
                self.site_clicked.emit(site.id)
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        site = self.site_at(event.position())
        hovered = site.id if site else None
        if hovered != self.hovered:
            self.hovered = hovered
            shape = Qt.CursorShape.PointingHandCursor if site else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            site = self.site_at(QPointF(event.pos()))
            if site is not None:
                QToolTip.showText(event.globalPos(), site.name, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class BodyMapWindow(ToolWindow):
    def __init__(self, main_window) -> None:
        super().__init__(main_window, self.tr("Injection-site body map"))
        self.store = main_window.ctx.store
        self.sites = bodymap.sites_from(self.store.extra("bodymap"))

        self.canvas = BodyMapCanvas(self.sites)
        self.canvas.site_clicked.connect(self.select_site)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Injection sites"))
        self.list.setAccessibleDescription(self.tr("Choose a site to see what is seen there and "
                                                   "the complications most linked to it."))
        view_names = {"front": self.tr("front"), "back": self.tr("back")}
        for site in self.sites:
            self.list.addItem(QListWidgetItem(
                self.tr("%1 (%2)").replace("%1", site.name)
                .replace("%2", view_names.get(site.view, site.view))))
        self.list.setWordWrap(True)  # long names wrap at large zoom instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda _item: self.detail.setFocus())
        list_label = QLabel(self.tr("&Sites"))
        list_label.setBuddy(self.list)

        self.detail = EntryView()
        self.detail.setAccessibleName(self.tr("Site details"))
        self.detail.entry_link.connect(self.open_entry)
        self.detail.tool_link.connect(main_window.open_tool)
        self.detail.external_link.connect(main_window.open_external)
        detail_label = QLabel(self.tr("&Details"))
        detail_label.setBuddy(self.detail)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(list_label)
        side_layout.addWidget(self.list, 2)
        side_layout.addWidget(detail_label)
        side_layout.addWidget(self.detail, 5)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.canvas)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([460, 540])

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the body map"))
        self.close_button.clicked.connect(self.close)
        scope = QLabel(self.tr("For recognition and referral only: what is seen at each site and "
                               "which complications to look for."))
        scope.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(scope, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.list, self.detail)
        self.setTabOrder(self.detail, self.close_button)

        self.fit(1000, 680)
        if self.sites:
            self.list.setCurrentRow(0)  # details show at once; arrows move from here
        else:
            self.show_empty()
        self.list.setFocus()

    def labels(self) -> dict[str, str]:
        return {
            "front": self.tr("Front"), "back": self.tr("Back"),
            "what_you_see": self.tr("What you see"),
            "complications": self.tr("Complications most linked to this site"),
            "notes": self.tr("Take care"), "sources": self.tr("Sources"),
        }

    def show_empty(self) -> None:
        text = self.tr("The body map is not in this version of the content.")
        self.detail.setHtml(f"<p>{escape(text)}</p>")

    def select_site(self, site_id: str) -> None:
        """Select a site (from the figure or the list): list, figure and details agree."""
        ids = [site.id for site in self.sites]
        if site_id in ids:
            self.list.setCurrentRow(ids.index(site_id))

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sites):
            return
        site = self.sites[row]
        self.canvas.set_selected(site.id)
        self.detail.show_html(bodymap.site_details(self.store, site, self.labels()))

    def open_entry(self, slug: str) -> None:
        self.main_window.open_entry(slug)
        self.main_window.raise_()
        self.main_window.activateWindow()


def open_tool(window) -> QWidget:
    return BodyMapWindow(window)
