"""Dialogs: about, confirm an external link, the unexpected-error report, notices."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from app import APP_NAME, DISCLAIMER, __version__
from app.models import ContentMeta


def confirm_external(parent: QWidget, url: QUrl) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Open in your web browser?"))
    box.setText(parent.tr("This link leads outside OpioidRef:"))
    box.setInformativeText(url.toString() + "\n\n" + parent.tr(
        "OpioidRef works offline. Open it in your web browser (needs a network)?"))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def about(parent: QWidget, meta: ContentMeta, source: str) -> None:
    QMessageBox.about(
        parent,
        parent.tr("About %1").replace("%1", APP_NAME),
        "<h3>{} {}</h3><p>{}</p><p>{}: {}<br>{}: {}<br>{}: {}<br>{}: {}</p><p>{}</p>".format(
            APP_NAME, __version__,
            parent.tr("Offline reference on heroin and other opioids."),
            parent.tr("Content version"), meta.content_version,
            parent.tr("Entries"), meta.entry_count,
            parent.tr("Last reviewed"), meta.last_reviewed,
            parent.tr("Content file"), source,
            parent.tr(DISCLAIMER),
        ),
    )


class ErrorReport(QDialog):
    """An unexpected error: what happened in one line, and a copyable report."""

    def __init__(self, summary: str, report: str, log_path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        text = QLabel(self.tr("OpioidRef hit an unexpected problem and carried on. "
                              "Your notes and bookmarks are safe.") + "\n\n" + summary)
        text.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        where = QLabel(self.tr("The report is also written to: %1").replace("%1", log_path))
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.report, where, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def copy_report(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.report.toPlainText())
