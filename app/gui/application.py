"""Start the desktop app: QApplication, settings, content, user data, error handling, window."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME, __version__, paths
from app.errors import ContentError, DatabaseError
from app.gui.context import Context
from app.gui.icon import DESKTOP_ID
from app.gui.settings import open_settings
from app.store import Store
from app.userdata import UserData

log = logging.getLogger("opioidref")


def create_application(argv: list[str], icon: bool = True) -> QApplication:
    """The application, named and styled; icon=False leaves its icon to the main window's
    second step (app.gui.main_window), as the app's start does."""
    # Fusion chosen by name, so the first screen is drawn in it without the Python types of
    # QStyle (app.gui.outline_style puts our outlines on it after the first paint).
    app = QApplication.instance() or QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # The style (Fusion, with our outlines and focus ring) is set once, by the first theme (app.gui.theme).
    if icon:
        from app.gui.icon import app_icon

        app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and taskbars match the window to its .desktop
    return app


def open_content() -> Store:
    """Open the content database, building or rebuilding it from a clone; raise with a reason.

    From a clone with broken content, an earlier database is used if there is one.
    """
    from app.database import open_store

    db = paths.database_path()
    try:
        return open_store(memo=paths.user_data_dir() / "cache" / "checked-content.txt")
    except ContentError as exc:
        log.error("content error: %s", exc)
        if db.is_file():
            try:
                store = Store(db)
            except DatabaseError:
                raise exc from None
            store.warning = QCoreApplication.translate("Startup", "The content folder has errors, so the previous build is shown. "
                                "Run 'opioidref build --check' to see them.")
            return store
        raise
    except DatabaseError:
        if paths.content_dir().is_dir() and not paths.BUNDLED:
            from app.build import build

            build(paths.content_dir(), db)  # rebuild a damaged file from the content
            return Store(db)
        raise


def setup_logging(path: Path) -> None:
    """Log the app's own messages (loggers "app.*" and "opioidref") to a file in the user folder."""
    target = str(path.resolve())
    for name in ("app", "opioidref"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        for handler in list(logger.handlers):  # one file per start (tests start several apps)
            if isinstance(handler, logging.FileHandler):
                logger.removeHandler(handler)
                handler.close()
        handler = logging.FileHandler(target, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


def install_excepthook(parent_getter, log_path: Path) -> None:
    shown: set[str] = set()

    def hook(kind, value, tb) -> None:
        report = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", report)
        key = f"{kind.__name__}:{value}"
        if key in shown or QApplication.instance() is None:
            return
        shown.add(key)
        if isinstance(value, sqlite3.DatabaseError):  # one clear message, not a traceback
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(parent_getter(), APP_NAME, QCoreApplication.translate(
                "Startup", "The content database is damaged: %1. If it is an imported update, File → Revert to "
                "previous content goes back to the bundled copy.")
                .replace("%1", str(value)))
            return
        from app.gui.dialogs import ErrorReport

        dialog = ErrorReport(f"{kind.__name__}: {value}", f"{APP_NAME} {__version__}\n{report}",
                             str(log_path), parent_getter())
        dialog.exec()

    sys.excepthook = hook


def build_window(app: QApplication, staged: bool = False):
    """Everything the window needs; returns the window, or None after explaining a fatal problem.

    staged=True (the app's start): the window's first screen only; it completes itself right
    after its first paint (app.gui.main_window)."""
    from app.gui.main_window import MainWindow

    home = paths.user_data_dir()
    home.mkdir(parents=True, exist_ok=True)
    setup_logging(home / "opioidref.log")
    settings, settings_moved = open_settings(home)
    from app.gui import language

    lang = language.choose(settings)
    if not language.install(app, lang):
        lang = "en"
    try:
        store = open_content()
    except (ContentError, DatabaseError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Startup", "OpioidRef cannot open its content"), content_problem_text(exc))
        return None
    userdata = UserData(home / "userdata.db")
    ctx = Context(store=store, userdata=userdata, settings=settings, lang=lang,
                  template_cache=home / "cache" / "templates")
    window = MainWindow(ctx, staged=staged)
    install_excepthook(lambda: window, home / "opioidref.log")
    notices = []
    if settings_moved:
        notices.append(QCoreApplication.translate("Startup", "Your settings file could not be read; default settings are used. "
                           "The old file was kept as %1.").replace("%1", str(settings_moved)))
    if userdata.recovered_from:
        notices.append(QCoreApplication.translate("Startup", "Your bookmarks and notes file was damaged; a new one was started. "
                           "The old file was kept as %1.").replace("%1", str(userdata.recovered_from)))
    if getattr(store, "warning", None):
        notices.append(store.warning)
    window.startup_notices = notices
    return window


def content_problem_text(exc: Exception) -> str:
    if isinstance(exc, ContentError):
        return QCoreApplication.translate("Startup", "The reference content has errors and no earlier build is available:\n\n%1\n\n"
                   "Fix the files named above (see content/README.md) and start again.").replace("%1", str(exc))
    return QCoreApplication.translate("Startup", "%1\n\nWhat to do: from a clone, delete the file and start again to rebuild it; "
               "in an installed copy, reinstall OpioidRef.").replace("%1", str(exc))


def trace_start(window) -> None:
    """Print to stderr, on CLOCK_MONOTONIC (the same clock in every process on the machine),
    when the first screen has been painted and when the window is complete."""
    import time

    def say(what: str) -> None:
        print(f"opioidref-start {what} {time.monotonic():.6f}", file=sys.stderr, flush=True)

    window.first_painted.connect(lambda: say("first-screen"))
    window.completed.connect(lambda: say("complete"))


def run_gui(argv: list[str]) -> int:
    app = create_application(argv, icon=False)
    window = build_window(app, staged=True)
    if window is None:
        return 2
    if os.environ.get("OPIOIDREF_TRACE_START"):  # for benchmarks/startup.py: when, not what
        trace_start(window)
    window.show()
    if window.startup_notices:
        from PySide6.QtWidgets import QMessageBox

        for notice in window.startup_notices:
            QMessageBox.information(window, APP_NAME, notice)
    window.side.focus_search()
    QTimer.singleShot(300, lambda: window.ctx.searcher.warm_up())  # after the window is up and idle
    return app.exec()
