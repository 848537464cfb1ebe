"""A small line chart of scores over time (time across, score up) with dashed lines where
bands start, painted in the window's palette colours so it follows the theme and the zoom."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class TrendChart(QWidget):
    def __init__(self, maximum: int, band_lines: tuple[int, ...], empty_text: str, parent=None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.band_lines = band_lines
        self.empty_text = empty_text
        self.points: list[tuple[datetime, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleDescription(empty_text)

    def set_points(self, points: list[tuple[datetime, int]], description: str) -> None:
        self.points = sorted(points)
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * 22, line * 11)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * 8, line * 11)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        self.updateGeometry()  # the font (zoom) sets the height

    # --- geometry --------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance(str(self.maximum)) + 10
        right = metrics.horizontalAdvance("00:00") // 2 + 6
        return QRectF(self.rect()).adjusted(left, metrics.height() * 0.8, -right, -metrics.height() * 1.6)

    def y_of(self, value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * value / self.maximum

    def x_positions(self, plot: QRectF) -> list[float]:
        if not self.points:
            return []
        first, last = self.points[0][0], self.points[-1][0]
        span = (last - first).total_seconds()
        if span <= 0:
            return [plot.center().x()] * len(self.points)
        pad = self.fontMetrics().horizontalAdvance("00:00") / 2  # keep marks and labels off the axis
        left, width = plot.left() + pad, plot.width() - 2 * pad
        return [left + width * (when - first).total_seconds() / span for when, _ in self.points]

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.PlaceholderText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        plot = self.plot_rect()
        metrics = self.fontMetrics()
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for value in (0, *self.band_lines, self.maximum):
            y = self.y_of(value, plot)
            if value not in (0, self.maximum):
                painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if not self.points:
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        xs = self.x_positions(plot)
        marks = [QPointF(x, self.y_of(total, plot)) for x, (_when, total) in zip(xs, self.points)]
        accent = pal.color(QPalette.ColorRole.Highlight)
        path = QPainterPath(marks[0])
        for mark in marks[1:]:
            path.lineTo(mark)
        painter.setPen(QPen(accent, 2))
        painter.drawPath(path)
        radius = max(3.0, metrics.height() / 5)
        painter.setBrush(accent)
        for mark in marks:
            painter.drawEllipse(mark, radius, radius)
        painter.setPen(text)
        for mark, (_when, total) in zip(marks, self.points):
            painter.drawText(QRectF(mark.x() - 30, mark.y() - radius - metrics.height(), 60, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(total))
        times = {0: self.points[0][0], len(marks) - 1: self.points[-1][0]}
        for index, when in times.items():
            x = marks[index].x()
            painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, when.strftime("%H:%M"))
