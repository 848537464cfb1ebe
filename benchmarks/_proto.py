import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QTextBrowser, QVBoxLayout, QWidget
from _report import ready
from app import pages, paths, page_style
from app.page_labels import labels
from app.store import Store
from app.themes import THEMES
app = QApplication(sys.argv)
app.setStyle("Fusion")
pal = QPalette()
for role, key in ((QPalette.ColorRole.Window, "surface"), (QPalette.ColorRole.Base, "background"), (QPalette.ColorRole.Text, "text")):
    pal.setColor(role, QColor(THEMES["light"][key]))
app.setPalette(pal)
settings = QSettings("/tmp/s11/x.ini", QSettings.Format.IniFormat); settings.value("zoom")
store = Store(paths.database_path())
html = pages.home_page(store, "en", labels(QApplication.translate), [])
w = QMainWindow(); split = QSplitter(); side = QWidget(); lay = QVBoxLayout(side)
box = QLineEdit(); lay.addWidget(box); lay.addWidget(QLabel()); lay.addStretch(1)
split.addWidget(side); view = QTextBrowser(); view.document().setDefaultStyleSheet(page_style.css("light")); view.setHtml(html)
split.addWidget(view); w.setCentralWidget(split); w.statusBar().addPermanentWidget(QLabel("Content x"))
w.resize(1366, 768); w.show(); box.setFocus()
QTimer.singleShot(0, lambda: (ready(), app.quit()))
app.exec()
