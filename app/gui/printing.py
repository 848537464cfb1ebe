"""Print and PDF export of any print HTML (app.printdoc), offline, with numbered pages.

QTextDocument lays the HTML out in page-high slices; each page is painted through a translated
painter and gets a footer with the title and "Page N of M" (QTextDocument alone numbers
nothing). Pages are A4, or Letter where the locale measures in US units, with margins.
The PDF is made in memory and then written beside its destination and renamed into place, so
a failed export never leaves half a file. Nothing is loaded from the network.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale,
                            QMarginsF, QRectF, QSizeF, QStandardPaths, Qt, QUrl)
from PySide6.QtGui import (QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPdfWriter, QPen, QTextDocument)

from app import APP_NAME, __version__
from app.errors import AppError
from app.printdoc import links_as_text, safe_file_name

BODY_POINT_SIZE = 10.5
FOOTER_POINT_SIZE = 8.5
MARGINS_MM = QMarginsF(18, 16, 18, 12)  # left, top, right, bottom
LOCAL_SCHEMES = frozenset({"", "file", "qrc", "data"})

_headless_app: QGuiApplication | None = None
"""The application the CLI creates when none exists (kept alive for the process)."""


# --- a GUI application for the headless CLI ------------------------------------------------


def needs_offscreen(environ, platform: str) -> bool:
    """True where Qt would find no display: a Unix without DISPLAY or WAYLAND_DISPLAY and no
    QT_QPA_PLATFORM chosen by the user."""
    if platform.startswith(("win", "darwin")):
        return False
    return not any(environ.get(key) for key in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication; from the CLI, one created now (offscreen when headless)."""
    global _headless_app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise AppError(QCoreApplication.translate("Printing", "PDF export needs a graphical Qt application; this process "
                               "runs a console-only one."))
        return existing
    if needs_offscreen(os.environ, sys.platform):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _headless_app = QGuiApplication([APP_NAME])
    return _headless_app


# --- layout and painting ---------------------------------------------------------------------


def default_page_layout(locale: QLocale | None = None) -> QPageLayout:
    """A4 portrait, or Letter where the locale measures in US units, with margins in mm."""
    locale = locale or QLocale()
    us = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


class _OfflineDocument(QTextDocument):
    """A text document that loads nothing from the network (images, style sheets)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt API)
        if url.scheme().lower() not in LOCAL_SCHEMES:
            return QByteArray()
        return super().loadResource(kind, url)


def _font(point_size: float) -> QFont:
    # The application font carries the screen zoom; paper always gets the same size.
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    return font


def _footer_text(page: int, count: int) -> str:
    return QCoreApplication.translate("Printing", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))


class _Layout:
    """html laid out on device's pages: page-high slices of one document, and a footer band."""

    def __init__(self, device: QPagedPaintDevice, html: str) -> None:
        self.width, self.height = float(device.width()), float(device.height())
        self.footer_font = _font(FOOTER_POINT_SIZE)
        self.footer_metrics = QFontMetricsF(self.footer_font, device)
        self.body = QSizeF(self.width, self.height - self.footer_metrics.height() * 2.2)
        self.doc = _OfflineDocument()
        self.doc.setDefaultFont(_font(BODY_POINT_SIZE))
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setHtml(links_as_text(html))
        self.doc.setDocumentMargin(0)
        self.doc.setPageSize(self.body)
        self.count = min(self.doc.pageCount(), self._pages_with_content())

    def _pages_with_content(self) -> int:
        """Pages up to the last block that shows something: an empty paragraph that Qt keeps
        after the last one could start a page of its own, printed blank but for the footer."""
        block = self.doc.lastBlock()
        while block.isValid() and not block.text().strip() and block.previous().isValid():
            block = block.previous()
        bottom = self.doc.documentLayout().blockBoundingRect(block).bottom()
        return max(1, math.ceil(bottom / self.body.height() - 1e-6))

    def paint_page(self, painter: QPainter, page: int, title: str) -> None:
        top = (page - 1) * self.body.height()
        painter.save()
        painter.translate(0, -top)
        # one device pixel short of the next page: a picture that starts the next page would
        # otherwise touch this one's clip and be drawn as a hairline at its foot
        self.doc.drawContents(painter, QRectF(0, top, self.body.width(), self.body.height() - 1))
        painter.restore()
        _paint_footer(painter, self.footer_font, self.footer_metrics, self.width, self.height,
                      title, _footer_text(page, self.count))


def page_count(device: QPagedPaintDevice, html: str) -> int:
    """How many pages html takes on device (its page size and margins as set now)."""
    return _Layout(device, html).count


def paint_document(device: QPagedPaintDevice, html: str, title: str,
                   first: int = 0, last: int = 0) -> int:
    """Paint html on device's pages, each with the footer; return the document's page count.

    first/last (1-based, 0 for no limit) choose a range of pages, as a print dialog does;
    the footer still numbers each page within the whole document. Links print as their text.
    """
    layout = _Layout(device, html)
    pages = list(range(max(first, 1), min(last or layout.count, layout.count) + 1))
    if not pages:
        raise AppError(QCoreApplication.translate("Printing", "This document has %1 pages; there is nothing to print in the "
                           "range asked for.").replace("%1", str(layout.count)))
    painter = QPainter()
    if not painter.begin(device):
        raise AppError(QCoreApplication.translate("Printing", "The printer or file could not be opened for writing."))
    try:
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            layout.paint_page(painter, page, title)
    finally:
        painter.end()
    return layout.count


def _paint_footer(painter: QPainter, font: QFont, metrics: QFontMetricsF, width: float,
                  height: float, title: str, page_text: str) -> None:
    painter.save()
    painter.setFont(font)
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(max(1.0, metrics.height() / 20))
    painter.setPen(pen)
    rule = height - metrics.height() * 1.5
    painter.drawLine(0, int(rule), int(width), int(rule))
    baseline = height - metrics.descent()
    page_width = metrics.horizontalAdvance(page_text)
    room = max(0.0, width - page_width - metrics.horizontalAdvance("    "))
    painter.drawText(0, int(baseline), metrics.elidedText(title, Qt.TextElideMode.ElideRight, room))
    painter.drawText(int(width - page_width), int(baseline), page_text)
    painter.restore()


# --- PDF ----------------------------------------------------------------------------------------


def render_pdf(html: str, title: str) -> tuple[bytes, int]:
    """The PDF of html (in memory) and its page count."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(default_page_layout())
    count = paint_document(writer, html, title)
    del writer
    buffer.close()
    return bytes(buffer.data()), count


def _check_target(path) -> Path:
    text = str(path).strip() if path is not None else ""
    if not text:
        raise AppError(QCoreApplication.translate("Printing", "Give a file name for the PDF."))
    target = Path(text).expanduser()
    if target.is_dir():
        raise AppError(QCoreApplication.translate("Printing", "%1 is a folder; give a file name for the PDF, such as "
                           "entry.pdf.").replace("%1", str(target)))
    if not target.parent.is_dir():
        raise AppError(QCoreApplication.translate("Printing", "The folder %1 does not exist; the PDF was not written.")
                       .replace("%1", str(target.parent)))
    return target


def _write_file(target: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: all or nothing."""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _write_error(target, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        raise _write_error(target, exc) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def _write_error(target: Path, exc: OSError) -> AppError:
    reason = exc.strerror or str(exc)
    return AppError(QCoreApplication.translate("Printing", "The PDF could not be written to %1 (%2). Choose another folder or "
                        "file name.").replace("%1", str(target)).replace("%2", reason))


def export_pdf(html: str, path, title: str) -> None:
    """Write html as a PDF at path; raise AppError with a clear message if it cannot be written."""
    target = _check_target(path)
    data, _count = render_pdf(html, title)
    _write_file(target, data)


def export_pdf_dialog(parent, html: str, title: str, suggested_name: str,
                      last_folder: str | None = None) -> str | None:
    """Ask where to save (the folder used last, else Documents), export, and return the path
    written; None if the user cancelled or the export failed (after saying why)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    name = safe_file_name(suggested_name)
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    folder = last_folder if last_folder and Path(last_folder).is_dir() else \
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    dialog = QFileDialog(parent, QCoreApplication.translate("Printing", "Export PDF"), str(Path(folder) / name),
                         QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    dialog.setObjectName("export-pdf-dialog")
    dialog.setAccessibleName(QCoreApplication.translate("Printing", "Export PDF"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    if not accepted or not files:
        return None
    path = files[0]
    try:
        export_pdf(html, path, title)
    except AppError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Export PDF"), str(exc))
        return None
    return path


# --- printing ---------------------------------------------------------------------------------


def _printer(title: str):
    """A high-resolution printer on the locale's paper, named for the document."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout())
    printer.setDocName(title)
    printer.setCreator(f"{APP_NAME} {__version__}")
    return printer


def print_html(parent, html: str, title: str) -> bool:
    """Show the print dialog and print; False if the user cancelled or printing failed."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
    from PySide6.QtWidgets import QDialog, QMessageBox

    printer = _printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print “%1”").replace("%1", title))
    dialog.setAccessibleName(QCoreApplication.translate("Printing", "Print"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, max(1, page_count(printer, html)))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        paint_document(printer, html, title, printer.fromPage(), printer.toPage())
    except AppError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), str(exc))
        return False
    return True


def preview_html(parent, html: str, title: str) -> None:
    """Show the printout page by page (zoom, page setup, print from there), as it will print."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from app.gui.windowing import fit_to_screen

    printer = _printer(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Preview: %1").replace("%1", title))
    dialog.setAccessibleName(QCoreApplication.translate("Printing", "Print Preview"))
    failed: list[str] = []

    def paint(target) -> None:
        try:
            paint_document(target, html, title)
        except AppError as exc:
            failed.append(str(exc))

    dialog.paintRequested.connect(paint)
    fit_to_screen(dialog, 1000, 900)
    dialog.exec()
    dialog.deleteLater()
    if failed:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print Preview"), failed[-1])
