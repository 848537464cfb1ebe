"""The Spanish edition in the window: OPIOIDREF_LANG=es (or View → Language, at the next start)
shows no English string of the interface, entries in Spanish where translated, the other
language one click away, and print labels in Spanish."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabBar, QWidget

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "opioidref_es.ts"


def english_only() -> set[str]:
    """Interface strings whose Spanish differs (so an English one on screen is a miss)."""
    out = set()
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [n.text for n in translation.findall("numerusform")] or [translation.text]
            if source and source not in forms and len(source) > 3:
                out.add(source.replace("&", ""))
    return out


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QAbstractButton, QLabel)):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        texts += [child.toolTip(), child.accessibleName()]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [t.replace("&", "") for t in texts if t]


def test_spanish_interface_shows_no_english_string(start, monkeypatch, qtbot):
    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    english = english_only()
    assert window.act_quit.text() == "&Salir" or "Salir" in window.act_quit.text()
    windows = [window]
    for name in window.tool_titles():
        windows.append(window.open_tool(name))
    from app.gui.presentation import start_presentation
    from app.lessons import lesson_names

    lessons = [name for name, _title in lesson_names(window.ctx.store)]
    if lessons:
        windows.append(start_presentation(window, lessons[0]))
    leaks = sorted({(w.objectName() or type(w).__name__, t) for w in windows
                    for t in shown_texts(w) if t in english})
    assert not leaks, leaks
    assert "resultados" in type_and_read(qtbot, window, "naloxone")
    for tool in windows[1:]:
        tool.close()


def type_and_read(qtbot, window, text: str) -> str:
    qtbot.keyClicks(window.side.search_box, text)
    qtbot.waitUntil(lambda: bool(window.side.status.text()), timeout=2000)
    return window.side.status.text()


def test_a_translated_entry_opens_in_spanish_with_english_one_click_away(start, monkeypatch, qtbot):
    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    window.open_entry("naloxone")
    text = window.view.toPlainText()
    assert "Naloxona" in text and "Qué hacer" in text
    assert "Señales de alarma" in text or "alarma" in text.lower()
    assert "En una emergencia, llame al 911" in text  # the disclaimer, in Spanish
    assert "También en inglés" in text
    window.view.language_link.emit("naloxone", "en")  # the link's signal, as a click sends it
    text = window.view.toPlainText()
    assert "Naloxone" in text and "Test guidance for naloxone" in text
    assert "También en español" in text


def test_an_untranslated_entry_says_so(start, monkeypatch):
    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    window.open_entry("abscess")
    assert "todavía no está traducida" in window.view.toPlainText()


def test_english_interface_offers_the_spanish_version(start, monkeypatch):
    monkeypatch.setenv("OPIOIDREF_LANG", "en")
    window = start()
    window.open_entry("naloxone")
    assert "Also in Spanish" in window.view.toPlainText()
    window.open_entry("abscess")
    assert "Spanish" not in window.view.toPlainText()


def test_language_menu_is_remembered_for_the_next_start(start, monkeypatch):
    monkeypatch.delenv("OPIOIDREF_LANG", raising=False)
    window = start()
    assert window.ctx.lang == "en"
    window.findChild(QAction, "language-es").trigger()
    assert "started again" in window.statusBar().currentMessage()
    window.close()
    again = start()
    assert again.ctx.lang == "es"
    assert "Archivo" in again.menuBar().actions()[0].text()
    again.findChild(QAction, "language-en").trigger()
    again.close()
    assert start().ctx.lang == "en"


def test_spanish_home_shows_the_spanish_overdose_card(start, monkeypatch):
    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    assert "Tarjeta de sobredosis" in window.view.toPlainText()
    assert "Llame al 911" in window.view.toPlainText()


def test_qt_own_dialog_words_are_spanish_too(start, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    start()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") != "Print Preview"


def test_spanish_results_show_a_translated_entry_in_spanish_title_and_summary(start, monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    from app.gui.results_view import SLUG_ROLE

    monkeypatch.setenv("OPIOIDREF_LANG", "es")
    window = start()
    type_and_read(qtbot, window, "naloxone")
    model = window.side.model
    rows = {model.item(r).data(SLUG_ROLE): model.item(r) for r in range(model.rowCount())}
    item = rows["naloxone"]
    assert item.data(Qt.ItemDataRole.DisplayRole).startswith("Naloxona — ")
    assert item.data(Qt.ItemDataRole.ToolTipRole) == "Un antagonista de los opioides que revierte la sobredosis."
    untranslated = [i for slug, i in rows.items() if slug != "naloxone"]
    assert untranslated and all("Un antagonista" not in i.data(Qt.ItemDataRole.ToolTipRole)
                                for i in untranslated)  # the others keep their own snippet
