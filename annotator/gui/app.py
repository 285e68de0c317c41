"""Application entry: QApplication set-up, theme, database choice, the main window.

Imports run one way: this module -> :mod:`annotator.gui.main_window` -> its parts.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from annotator.gui import settings as cfg
from annotator.gui.startup import paused_gc

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

# annotator.paths (and platformdirs) is imported only where the sample corpus or the
# default database location is needed, not on a start that names its database.


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(cfg.ORGANIZATION)
        app.setApplicationName(cfg.APPLICATION)
        app.setApplicationDisplayName("Annotator")
    assert isinstance(app, QApplication)
    return app


def create_main_window(target: str, *, offer_samples: bool = False) -> MainWindow:
    """Open the store at ``target`` and build the main window (not yet shown)."""
    with paused_gc():
        from annotator.gui.main_window import MainWindow
        from annotator.gui.theme import apply_theme
        from annotator.store import Store

        ensure_app()
        apply_theme(cfg.theme_name())
        store = Store.open(target)  # creates a missing folder, or says why it cannot
        cfg.remember_database(target)
        window = MainWindow(store, location=target)
    if offer_samples:
        from annotator.gui.sample_offer import offer_samples as offer

        if offer(window, store):
            window.reload()
            docs = window.documents_model.all_documents()
            if docs:
                window.open_document(docs[0].id)
    return window


def _exit_after_show(app: QApplication) -> None:
    """Start-up probe for benchmarks (ANNOTATOR_EXIT_AFTER_SHOW=1): once the event loop
    has run with the window shown, print one line and quit."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        print("annotator: window shown", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def _start_failed(message: str) -> int:
    """The window cannot open its database: say why on stderr and, where someone can
    see it (a start from the menu or a file manager has no terminal), in a dialog."""
    print(f"annotator: {message}", file=sys.stderr)
    from annotator.gui.annotator_prompt import can_ask

    if can_ask():
        from PySide6.QtCore import QCoreApplication

        from annotator.gui import plain_text

        title = QCoreApplication.translate("MainWindow", "Cannot open database")
        plain_text.critical(None, title, message)
    return 1


def main(argv: list[str] | None = None) -> int:
    """``annotator [--db URL] [DB]``: open the window on the database chosen by
    :func:`annotator.database_choice.choose_database`."""
    from annotator.database_choice import choose_database, window_parser

    args = window_parser().parse_args(sys.argv[1:] if argv is None else argv)
    app = ensure_app()
    from annotator.gui import i18n

    i18n.apply(args.lang or i18n.chosen())
    from annotator.gui.crash import install as install_crash_handler

    install_crash_handler()  # log + dialog for unexpected errors; the app keeps running
    from annotator.gui.annotator_prompt import first_run_name
    from annotator.store.errors import StoreError
    from annotator.urls import redact_url

    first_run_name()  # asks once for the annotator's name; the window reads the setting
    target = choose_database(args.database, args.db, last=cfg.last_database)
    try:
        window = create_main_window(target, offer_samples=True)
    except StoreError as error:
        from annotator.gui.error_text import error_text

        return _start_failed(error_text(error).replace(target, redact_url(target)))
    window.show()
    if os.environ.get("ANNOTATOR_EXIT_AFTER_SHOW") == "1":
        _exit_after_show(app)
    code = app.exec()
    window.store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
