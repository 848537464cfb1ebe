"""Printing and PDF export as a user does them: the real print and file dialogs driven by the
keyboard, PDFs read back with pypdf (title, a source, the disclaimer, "Page N of M" on every
page), links as text, paper unaffected by zoom and theme, and every kind of bad path."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QApplication, QComboBox, QLineEdit, QRadioButton, QSpinBox,
                               QWidget)
from pypdf import PdfReader

from app import DISCLAIMER
from app.errors import AppError
from app.gui import printing
from app.printdoc import entry_print_html, page_print_html
from app.render import Renderer
from tests.test_cli_export import pdf_pages

DIALOG_TIMEOUT_S = 10


@pytest.fixture
def renderer():
    return Renderer()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.setWindowTitle("parent")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def long_html(store, renderer, paragraphs: int = 120) -> str:
    body = "".join(f"<p>Paragraph {i:03d} says something calm and useful about care.</p>"
                   for i in range(paragraphs))
    return page_print_html(store, renderer, "Long page", body)


def when_dialog(act) -> list[str]:
    """Run act(dialog) on the next modal dialog (the code under test blocks in its exec()).

    Returns a list that collects what went wrong. A dialog still open some seconds after act
    is closed (and reported), so a failing test never leaves the suite waiting.
    """
    errors: list[str] = []
    waited = [0.0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            waited[0] += 0.02
            if waited[0] < DIALOG_TIMEOUT_S:
                QTimer.singleShot(20, poll)
            else:
                errors.append("no dialog appeared")
            return
        try:
            act(dialog)
        except Exception as exc:  # report in the test, never leave a dialog blocking
            errors.append(repr(exc))
            dialog.reject()
            return
        QTimer.singleShot(int(DIALOG_TIMEOUT_S * 1000), lambda: watchdog(dialog))

    def watchdog(dialog):
        try:
            still_open = dialog.isVisible()
        except RuntimeError:  # already deleted: it closed
            return
        if still_open:
            modal = QApplication.activeModalWidget()
            errors.append(f"dialog still open: {modal.windowTitle() if modal else ''}")
            if modal is not None and modal is not dialog:
                modal.reject()
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all, type, and close any completion list, as a user does before pressing Enter."""
    edit.window().activateWindow()
    edit.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    popup = QApplication.activePopupWidget()
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)


def choose_pdf_printer(dialog) -> None:
    combo = dialog.findChild(QComboBox, "printers")
    pdf = [i for i in range(combo.count()) if "PDF" in combo.itemText(i)]
    assert pdf, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(pdf[-1])


# --- PDF export --------------------------------------------------------------------------------


def test_entry_pdf_has_title_source_disclaimer_and_page_number(qapp, store, renderer, tmp_path):
    out = tmp_path / "naloxone.pdf"
    printing.export_pdf(entry_print_html(store, renderer, "naloxone"), out, "Naloxone")
    pages = pdf_pages(out)
    assert len(pages) == 1
    for text in ("Naloxone", "An opioid antagonist", "A test source. Test Publisher, 2020.",
                 "Reviewed: 2026-01-15", " ".join(DISCLAIMER.split()), "Page 1 of 1"):
        assert text in pages[0], text
    reader = PdfReader(str(out))
    assert reader.metadata.title == "Naloxone"
    box = reader.pages[0].mediabox
    size_mm = (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4))
    assert size_mm in {(210, 297), (216, 279)}  # A4 or Letter, portrait


def test_every_page_is_numbered_and_no_line_is_lost_or_repeated(qapp, store, renderer, tmp_path):
    out = tmp_path / "long.pdf"
    printing.export_pdf(long_html(store, renderer), out, "Long page")
    pages = pdf_pages(out)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("Long page") >= 1  # the title in every footer
    text = " ".join(pages)
    for i in range(120):
        assert text.count(f"Paragraph {i:03d} says something calm and useful about care.") == 1, i
    assert " ".join(DISCLAIMER.split()) in pages[-1]


def test_links_print_as_text_not_as_links(qapp, tmp_path):
    out = tmp_path / "links.pdf"
    html = ('<html><body><p>Read <a href="https://example.org/guide">the guide</a> and '
            '<a href="entry:naloxone">Naloxone</a>.</p></body></html>')
    printing.export_pdf(html, out, "Links")
    assert "Read the guide and Naloxone." in pdf_pages(out)[0]
    page = PdfReader(str(out)).pages[0]
    assert not (page["/Annots"].get_object() if "/Annots" in page else [])  # no link areas


def test_screen_zoom_does_not_change_the_paper(qapp, store, renderer, tmp_path):
    html = long_html(store, renderer)
    printing.export_pdf(html, tmp_path / "normal.pdf", "Long page")
    font = QApplication.font()
    zoomed = QApplication.font()
    zoomed.setPointSizeF(font.pointSizeF() * 3)
    QApplication.setFont(zoomed)
    try:
        printing.export_pdf(html, tmp_path / "zoomed.pdf", "Long page")
    finally:
        QApplication.setFont(font)
    assert pdf_pages(tmp_path / "zoomed.pdf") == pdf_pages(tmp_path / "normal.pdf")


@pytest.mark.parametrize("language, country, size", [
    (QLocale.Language.English, QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
    (QLocale.Language.German, QLocale.Country.Germany, QPageSize.PageSizeId.A4),
    (QLocale.Language.Spanish, QLocale.Country.Spain, QPageSize.PageSizeId.A4),
])
def test_paper_size_follows_the_locale(qapp, language, country, size):
    layout = printing.default_page_layout(QLocale(language, country))
    assert layout.pageSize().id() == size
    assert layout.orientation() == layout.Orientation.Portrait
    margins = layout.margins()
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 10


def test_remote_resources_are_refused_local_ones_load(qapp, tmp_path, monkeypatch):
    image = tmp_path / "dot.png"
    from PySide6.QtGui import QImage

    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    doc = printing._OfflineDocument()
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    remote = doc.loadResource(kind, QUrl("https://example.org/tracker.png"))
    assert isinstance(remote, QByteArray) and remote.isEmpty()
    local = doc.loadResource(kind, QUrl.fromLocalFile(str(image)))
    assert not local.isNull() and local.width() == 4

    attempts = []

    def refuse(self, *args):
        attempts.append(args)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    html = f'<p>A <img src="https://example.org/x.png"> and <img src="{image.as_uri()}"></p>'
    printing.export_pdf(html, tmp_path / "img.pdf", "Images")
    assert attempts == []
    assert (tmp_path / "img.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("where, message", [
    ("missing/x.pdf", "does not exist; the PDF was not written"),
    ("a-file.txt/x.pdf", "does not exist; the PDF was not written"),
    ("", "is a folder; give a file name for the PDF"),
])
def test_bad_paths_are_explained(qapp, tmp_path, where, message):
    (tmp_path / "a-file.txt").write_text("x")
    with pytest.raises(AppError) as info:
        printing.export_pdf("<p>x</p>", tmp_path / where, "X")
    assert message in str(info.value) and info.value.exit_code == 2
    assert not list(tmp_path.rglob("*.pdf"))


@pytest.mark.parametrize("path", ["", "   ", None])
def test_no_file_name(qapp, path):
    with pytest.raises(AppError, match="Give a file name for the PDF"):
        printing.export_pdf("<p>x</p>", path, "X")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_scraps(qapp, tmp_path, monkeypatch):
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"the old file")

    def fail(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(printing.os, "replace", fail)
    with pytest.raises(AppError) as info:
        printing.export_pdf("<p>new</p>", out, "X")
    assert f"The PDF could not be written to {out} (Permission denied)" in str(info.value)
    assert out.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.pdf"]


def test_written_file_gets_ordinary_permissions(qapp, tmp_path):
    out = tmp_path / "perm.pdf"
    printing.export_pdf("<p>x</p>", out, "X")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_range_beyond_the_document_is_explained(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "r.pdf"))
    with pytest.raises(AppError, match="This document has 1 pages"):
        printing.paint_document(printer, "<p>short</p>", "Short", first=5, last=6)


# --- headless --------------------------------------------------------------------------------


@pytest.mark.parametrize("environ, platform, expected", [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
    ({"DISPLAY": ""}, "freebsd14", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_offscreen_only_where_there_is_no_display(environ, platform, expected):
    assert printing.needs_offscreen(environ, platform) is expected


def test_the_running_application_is_used(qapp):
    assert printing.ensure_gui_application() is QApplication.instance()


# --- the print dialog ------------------------------------------------------------------------


def test_escape_cancels_printing(qtbot, parent, messages):
    errors = when_dialog(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert printing.print_html(parent, "<p>x</p>", "Naloxone") is False
    assert errors == [] and messages == []


def test_print_to_file_from_the_dialog(qtbot, parent, store, renderer, tmp_path):
    out = tmp_path / "printed.pdf"
    seen = {}

    def act(dialog):
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.accessibleName()
        choose_pdf_printer(dialog)
        type_into(qtbot, dialog.findChild(QLineEdit, "filename"), str(out))
        qtbot.keyClick(dialog.findChild(QLineEdit, "filename"), Qt.Key.Key_Return)

    errors = when_dialog(act)
    html = entry_print_html(store, renderer, "naloxone")
    assert printing.print_html(parent, html, "Naloxone") is True
    assert errors == []
    assert seen == {"title": "Print “Naloxone”", "name": "Print"}
    pages = pdf_pages(out)
    assert "A test source" in pages[0] and "Page 1 of 1" in pages[0]


def test_print_a_range_of_pages(qtbot, parent, store, renderer, tmp_path):
    out = tmp_path / "range.pdf"
    html = long_html(store, renderer)
    seen = {}

    def act(dialog):
        choose_pdf_printer(dialog)
        type_into(qtbot, dialog.findChild(QLineEdit, "filename"), str(out))
        dialog.findChild(QRadioButton, "printRange").click()
        first, last = dialog.findChild(QSpinBox, "from"), dialog.findChild(QSpinBox, "to")
        seen["max"] = last.maximum()
        type_into(qtbot, last.lineEdit(), "3")
        type_into(qtbot, first.lineEdit(), "2")
        qtbot.keyClick(first, Qt.Key.Key_Return)

    errors = when_dialog(act)
    assert printing.print_html(parent, html, "Long page") is True
    assert errors == []
    pages = pdf_pages(out)
    total = seen["max"]
    assert total >= 3
    assert len(pages) == 2
    assert f"Page 2 of {total}" in pages[0] and f"Page 3 of {total}" in pages[1]


def test_a_failed_print_is_explained(qtbot, parent, messages, monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AppError("The printer or file could not be opened for writing.")

    monkeypatch.setattr(printing, "paint_document", refuse)

    def act(dialog):
        choose_pdf_printer(dialog)
        type_into(qtbot, dialog.findChild(QLineEdit, "filename"), str(tmp_path / "x.pdf"))
        qtbot.keyClick(dialog.findChild(QLineEdit, "filename"), Qt.Key.Key_Return)

    errors = when_dialog(act)
    assert printing.print_html(parent, "<p>x</p>", "X") is False
    assert errors == []
    assert messages == [("warning", "The printer or file could not be opened for writing.")]


# --- the export dialog ------------------------------------------------------------------------


def test_export_dialog_suggests_a_safe_name_and_adds_pdf(qtbot, parent, store, renderer, tmp_path):
    seen = {}

    def act(dialog):
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["suggested"] = edit.text()
        seen["title"] = dialog.windowTitle()
        type_into(qtbot, edit, str(tmp_path / "handout"))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    errors = when_dialog(act)
    html = entry_print_html(store, renderer, "where-to-get-help")
    path = printing.export_pdf_dialog(parent, html, "Where to get help", "help/me:now")
    assert errors == []
    assert seen == {"suggested": "help-me-now.pdf", "title": "Export PDF"}
    assert path == str(tmp_path / "handout.pdf")
    assert "Where to get help" in pdf_pages(tmp_path / "handout.pdf")[0]


def test_export_dialog_escape_writes_nothing(qtbot, parent, tmp_path, messages):
    errors = when_dialog(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert printing.export_pdf_dialog(parent, "<p>x</p>", "X", "x.pdf") is None
    assert errors == [] and messages == []


def test_export_dialog_explains_a_failed_write(qtbot, parent, messages, monkeypatch, tmp_path):
    def fail(src, dst):  # the disk refuses the file (full, locked by a PDF viewer, read-only)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(printing.os, "replace", fail)
    target = tmp_path / "refused.pdf"

    def act(dialog):
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        type_into(qtbot, edit, str(target))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    errors = when_dialog(act)
    assert printing.export_pdf_dialog(parent, "<p>x</p>", "X", "x.pdf") is None
    assert errors == []
    assert messages == [("warning", f"The PDF could not be written to {target} "
                                    "(Permission denied). Choose another folder or file name.")]
    assert list(tmp_path.iterdir()) == []


# --- from the app window ------------------------------------------------------------------------


def test_print_the_open_entry_from_the_dark_theme(start, qtbot, tmp_path):
    """What File → Print… will do: the open entry, black on white whatever the theme."""
    window = start()
    window.apply_theme("dark")
    window.open_entry("recognising-overdose")
    html = entry_print_html(window.ctx.store, window.ctx.renderer, window.current_slug,
                            window.labels())
    assert "#1e1f22" not in html and "#e8e8e8" not in html  # no dark-theme colours
    out = tmp_path / "from-window.pdf"

    def act(dialog):
        choose_pdf_printer(dialog)
        type_into(qtbot, dialog.findChild(QLineEdit, "filename"), str(out))
        qtbot.keyClick(dialog.findChild(QLineEdit, "filename"), Qt.Key.Key_Return)

    errors = when_dialog(act)
    assert printing.print_html(window, html, "Recognising an overdose") is True
    assert errors == []
    text = pdf_pages(out)[0]
    assert "may be overdosing. See naloxone." in text and "Page 1 of 1" in text


def test_print_preview_shows_the_pages_and_esc_closes_it(start, qtbot):
    """Ctrl+Shift+P on an entry: the preview shows the printout's pages; Esc leaves it."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = start()
    window.open_entry("abscess")
    seen = {}

    def look_then_escape():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintPreviewDialog) and w.isVisible())
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.update(title=dialog.windowTitle(), pages=preview.pageCount(),
                    fits=dialog.width() <= dialog.screen().availableGeometry().width())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(300, look_then_escape)
    qtbot.keyClick(window.view, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen["pages"] >= 1
    assert "Abscess" in seen["title"]
    assert seen["fits"]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QPrintPreviewDialog) and w.isVisible()]


def test_print_preview_on_the_home_page_says_what_to_do(start, qtbot):
    window = start()
    qtbot.keyClick(window.side.search_box, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Open an entry" in window.statusBar().currentMessage()


def test_export_from_the_window_says_where_and_remembers_the_folder(start, qtbot, tmp_path):

    window = start()
    window.open_entry("abscess")
    folder = tmp_path / "handouts"
    folder.mkdir()
    seen = []

    def act(dialog):
        seen.append(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        type_into(qtbot, edit, str(folder / "abscess"))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    errors = when_dialog(act)
    window.export_entry_pdf()
    assert errors == []
    assert (folder / "abscess.pdf").is_file()
    assert "Saved the PDF as" in window.statusBar().currentMessage()
    assert str(folder / "abscess.pdf") in window.statusBar().currentMessage()

    def look(dialog):
        seen.append(dialog.directory().absolutePath())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    errors = when_dialog(look)
    window.export_entry_pdf()
    assert seen[-1] == str(folder)  # the next export starts where the last one went


def test_closing_the_find_bar_clears_the_highlight(start, qtbot):
    window = start()
    window.open_entry("naloxone")
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "naloxone")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.view.textCursor().hasSelection()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert not window.view.textCursor().hasSelection()


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
@pytest.mark.parametrize("slug, pictures", [("handout-using-naloxone", 3), ("handout-wound-care", 1),
                                            ("handout-what-withdrawal-feels-like", 0)])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_bundled_handouts_print_on_two_pages_with_their_pictures(qapp, bundled_db, tmp_path,
                                                                 paper, slug, pictures, lang):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from app.printdoc import print_document
    from app.store import Store

    store = Store(bundled_db)
    try:
        document = print_document(store, Renderer(), slug, lang=lang)
    finally:
        store.close()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout.Orientation.Portrait,
                                     printing.MARGINS_MM, QPageLayout.Unit.Millimeter))
    count = printing.paint_document(writer, document.html, document.title)
    del writer
    out = tmp_path / "handout.pdf"
    out.write_bytes(bytes(buffer.data()))
    assert count <= 2
    reader = PdfReader(str(out))
    assert len(reader.pages) == count
    drawn = sum(len(page.images) for page in reader.pages)
    assert drawn == pictures  # each drawing loaded from its data: URL and painted
    assert " ".join(DISCLAIMER.split()) in " ".join(pdf_pages(out))
