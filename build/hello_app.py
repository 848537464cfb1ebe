"""The size and start-up yardstick: a slim hello-world PySide6 window, bundled like OpioidRef.

It shows what any PySide6 widgets app shows (a main window with a line edit and a text view).
build/hello.spec bundles it with the same Qt trimming as OpioidRef, so `dist/HelloQt` is the
least a PySide6 widgets app costs: the yardstick for the bundle size and start-up ratios.
"""

import sys

from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QSplitter, QTextBrowser


def main() -> int:
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
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
