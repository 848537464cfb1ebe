"""Guard against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None each time a void C++ method returns,
so any GUI aborts ("deallocating None") after some thousands of calls. pyproject.toml keeps
that release out; this test fails if such a release is installed again.
"""

import sys

from PySide6.QtGui import QTextDocument


def test_void_calls_keep_none_alive(qapp):
    doc = QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(500):
        doc.setDocumentMargin(4)
        doc.setTextWidth(100)
    assert sys.getrefcount(None) - before > -100
