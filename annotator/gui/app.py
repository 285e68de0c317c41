"""Application entry: QApplication set-up, theme, database choice, the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtWidgets import QApplication

from annotator.gui import settings as cfg

# annotator.paths (and platformdirs) is imported only where the sample corpus or the
# default database location is needed, not on a start that names its database.


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(cfg.ORGANIZATION)
        app.setApplicationName(cfg.APPLICATION)
        app.setApplicationDisplayName("Annotator")
    return app  # type: ignore[return-value]


def load_samples(store, directory: Path | None = None) -> int:
    """Add the sample articles (seeds/*.txt) to the store; returns how many were added."""
    from annotator.paths import seeds_dir

    directory = directory or seeds_dir()
    added = 0
    with store.atomic():
        for path in sorted(directory.glob("*.txt")):
            text = path.read_text(encoding="utf-8-sig")
            if store.find_document(path.stem, text) is None:
                store.add_document(path.stem, text, {"source": f"seeds/{path.name}"})
                added += 1
    return added


def offer_samples(parent, store) -> int:
    """On an empty database, ask whether to load the sample corpus."""
    if store.documents(counts=False):
        return 0
    from PySide6.QtWidgets import QMessageBox

    from annotator.paths import seeds_dir

    if not any(seeds_dir().glob("*.txt")):
        return 0
    answer = QMessageBox.question(
        parent,
        "Empty database",
        "This database has no documents yet. Load the five sample Arabic news articles?",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    if not store.labels():
        store.apply_preset("anercorp")
    return load_samples(store)


def without_password(target: str) -> str:
    """``target`` with any URL password removed, for remembering it in the settings
    (PostgreSQL then takes the password from PGPASSWORD or ~/.pgpass)."""
    parts = urlsplit(target)
    if "://" not in target or parts.password is None:
        return target
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{parts.username}@{host}" if parts.username else host
    return urlunsplit(parts._replace(netloc=netloc))


_gc_frozen: list[bool] = []  # non-empty once the start-up objects have been frozen


@contextmanager
def _start_up_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the first window is built.

    Start-up creates a few hundred thousand objects that live as long as the application
    (modules, Qt enums, peewee models, widgets) and almost no cyclic garbage. With the
    collector running, the allocation bursts trigger full collections that walk all of
    them again and again (about a sixth of the start-up time). Afterwards the objects made
    so far are frozen (``gc.freeze``), so later collections, and the last one at exit,
    skip them; this happens once per process.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if enabled and not _gc_frozen:
            gc.freeze()
            _gc_frozen.append(True)
    finally:
        if enabled:
            gc.enable()


def create_main_window(target: str, *, offer_samples: bool = False):
    """Open the store at ``target`` and build the main window (not yet shown)."""
    with _start_up_gc():
        from annotator.gui.main_window import MainWindow
        from annotator.gui.theme import apply_theme
        from annotator.store import Store

        ensure_app()
        apply_theme(cfg.theme_name())
        if "://" not in target:
            Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(target)
        cfg.remember("session/last_database", without_password(target))
        window = MainWindow(store, location=target)
    if offer_samples and _offer(window, store):
        window.reload()
        docs = window.documents_model.all_documents()
        if docs:
            window.open_document(docs[0].id)
    return window


def _offer(window, store) -> int:
    return offer_samples(window, store)


def _choose_target(argument: str | None) -> str:
    if argument:
        return argument
    last = cfg.get_str("session/last_database")
    if last and ("://" in last or Path(last).exists()):
        return last
    from annotator.paths import default_database_path

    return str(default_database_path())


def _exit_after_show(app: QApplication) -> None:
    """Start-up probe for benchmarks (ANNOTATOR_EXIT_AFTER_SHOW=1): once the event loop
    has run with the window shown, print one line and quit."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        print("annotator: window shown", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="annotator", description="Label named entities in Arabic text."
    )
    parser.add_argument("database", nargs="?", help="SQLite file or postgresql:// URL to open")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    app = ensure_app()
    from annotator.gui.crash import install as install_crash_handler

    install_crash_handler()  # log + dialog for unexpected errors; the app keeps running
    from annotator.gui.annotator_prompt import first_run_name
    from annotator.store.errors import StoreError

    first_run_name()  # asks once for the annotator's name; the window reads the setting
    try:
        window = create_main_window(_choose_target(args.database), offer_samples=True)
    except StoreError as error:
        print(f"annotator: {error.message}", file=sys.stderr)
        return 1
    window.show()
    if os.environ.get("ANNOTATOR_EXIT_AFTER_SHOW") == "1":
        _exit_after_show(app)
    code = app.exec()
    window.store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
