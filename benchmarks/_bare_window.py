"""The reference point for start-up: a bare PySide6 window (QMainWindow + QLineEdit + QTextBrowser)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QSplitter, QTextBrowser

from _report import ready

app = QApplication(sys.argv)
window = QMainWindow()
split = QSplitter()
split.addWidget(QLineEdit())
browser = QTextBrowser()
browser.setHtml("<h1>Hello</h1><p>A bare window.</p>")
split.addWidget(browser)
window.setCentralWidget(split)
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: (ready(), app.quit()))
app.exec()
