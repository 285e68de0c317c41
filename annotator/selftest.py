"""``annotator --self-test``: prove an installed copy works, with no display needed.

Loads the sample corpus into a temporary database, opens the real main window
(offscreen when there is no display), labels a word, undoes it, labels it again, exports
CoNLL and JSONL through the same code as ``annotator export`` and reads the files back.
Every check is made against the database or the written files, not the window's own
state. Prints one line per step; the exit status is 0 only when every step passed.
Nothing outside a temporary directory is touched (Qt settings are redirected there too).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import paths
from annotator.paths import SEEDS_ENV
from annotator.plurals import counted

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow
    from annotator.store import SpanInfo, Store

LABEL_PREFERENCE = ("LOC", "PER", "ORG")


class SelfTestError(Exception):
    """One step failed; ``str()`` is the one-line reason."""


def seeds_dir() -> Path | None:
    """The sample corpus folder, or None when it cannot be found."""
    try:
        found = paths.seeds_dir()
    except FileNotFoundError:
        return None
    return found if any(found.glob("*.txt")) else None


def _use_offscreen_without_display() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _no_space(text: str) -> str:
    return "".join(text.split())


def check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestError(reason)


class _Runner:
    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit = emit
        self.started = time.perf_counter()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        try:
            yield
        except SelfTestError as exc:
            raise SelfTestError(f"{name}: {exc}") from None
        except Exception as exc:  # any crash is a failed step with its reason
            where = traceback.extract_tb(exc.__traceback__)[-1]
            detail = " ".join(str(exc).split()) or exc.__class__.__name__
            raise SelfTestError(
                f"{name}: {exc.__class__.__name__}: {detail} "
                f"({Path(where.filename).name}:{where.lineno})"
            ) from None
        self.emit(f"self-test: {name}: ok")


def _pick_word(text: str) -> tuple[int, int]:
    """A whole-word target: روسيا when the article has it standalone, else the first
    token of four or more letters."""
    from annotator.text import tokenize

    tokens = tokenize(text)
    for token in tokens:
        if token.text == "روسيا":
            return token.start, token.end
    for token in tokens:
        if len(token.text) >= 4 and token.text.isalpha():
            return token.start, token.end
    raise SelfTestError("no word of four letters in the first sample article")


def _matching(spans: list[SpanInfo], start: int, end: int, label: str) -> list[SpanInfo]:
    return [s for s in spans if (s.start, s.end, s.label) == (start, end, label)]


def _read_conll_documents(path: Path) -> list[list[tuple[str, str]]]:
    """Split a ``-DOCSTART-`` CoNLL file into documents of (token, tag) rows."""
    documents: list[list[tuple[str, str]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        fields = line.split()
        if fields[0] == "-DOCSTART-":
            documents.append([])
            continue
        check(len(fields) >= 2, f"{path.name}, line {number}: expected TOKEN ... TAG")
        check(bool(documents), f"{path.name}, line {number}: token before -DOCSTART-")
        documents[-1].append((fields[0], fields[-1]))
    return documents


def _entities(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, joined token text) of each IOB2 entity."""
    found: list[tuple[str, list[str]]] = []
    for token, tag in rows:
        if tag.startswith("B-"):
            found.append((tag[2:], [token]))
        elif tag.startswith("I-"):
            check(bool(found) and found[-1][0] == tag[2:], f"I- tag without its B-: {tag}")
            found[-1][1].append(token)
    return [(label, "".join(parts)) for label, parts in found]


def _check_conll(path: Path, texts: dict[str, str], span: tuple[str, str]) -> str:
    docs = _read_conll_documents(path)
    check(len(docs) == len(texts), f"{len(docs)} documents in CoNLL, {len(texts)} stored")
    remaining = sorted(_no_space(t) for t in texts.values())
    entities: list[tuple[str, str]] = []
    for rows in docs:
        joined = "".join(token for token, _tag in rows)
        check(joined in remaining, "CoNLL tokens do not spell any stored article")
        remaining.remove(joined)
        entities += _entities(rows)
    check(entities == [span], f"CoNLL entities {entities}, expected {[span]}")
    return f"{counted(sum(len(d) for d in docs), 'token')}, {counted(len(docs), 'document')}"


def _check_jsonl(path: Path, texts: dict[str, str], span: tuple[int, int, str]) -> str:
    lines = [x for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    check(len(lines) == len(texts), f"{len(lines)} JSONL records, {len(texts)} stored")
    seen: list[tuple[int, int, str]] = []
    for number, line in enumerate(lines, start=1):
        record = json.loads(line)
        name = record.get("name")
        check(name in texts, f"{path.name}, line {number}: unknown document {name!r}")
        text = texts[name]
        check(record.get("text") == text, f"{path.name}, line {number}: text differs from store")
        tokens = [t["text"] if isinstance(t, dict) else t for t in record["tokens"]]
        tags = record["ner_tags"]
        check(len(tokens) == len(tags), f"{path.name}, line {number}: tokens/ner_tags lengths")
        check("".join(tokens) == _no_space(text), f"{path.name}, line {number}: tokens != text")
        for item in record.get("spans", []):
            start, end, label = item["start"], item["end"], item["label"]
            seen.append((start, end, label))
            expected = [(label, _no_space(text[start:end]))]
            check(
                _entities(list(zip(tokens, tags, strict=True))) == expected,
                f"{path.name}, line {number}: ner_tags do not mark {text[start:end]!r}",
            )
    check(seen == [span], f"JSONL spans {seen}, expected {[span]}")
    return counted(len(lines), "record")


def _pump(app: QCoreApplication, seconds: float = 0.05) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()


def _run(workdir: Path, emit: Callable[[str], None]) -> None:
    runner = _Runner(emit)
    db_path = workdir / "self-test.annotator"
    texts: dict[str, str] = {}

    with runner.step("sample corpus"):
        from annotator.formats.import_files import import_paths
        from annotator.store import Store

        seeds = seeds_dir()
        check(seeds is not None, f"sample corpus not found (set {SEEDS_ENV})")
        assert seeds is not None
        seed_files = sorted(seeds.glob("*.txt"))
        store = Store.open(str(db_path))
        report = import_paths(store, [str(p) for p in seed_files], fmt="text")
        docs = store.documents()
        check(len(docs) == len(seed_files), f"{len(docs)} documents for {len(seed_files)} files")
        check(report.documents_created == len(seed_files), "import report count is wrong")
        if not store.labels():
            store.apply_preset("conll2003")
        names = [label.name for label in store.labels()]
        label = next((n for n in LABEL_PREFERENCE if n in names), names[0] if names else "")
        check(bool(label), "no labels after applying a preset")
        for info in docs:
            texts[info.name] = store.document(info.id).text

    try:
        _gui_and_export(runner, store, db_path, workdir, texts, label)
    finally:
        store.close()
    emit(f"self-test: OK ({time.perf_counter() - runner.started:.1f} s)")


def _gui_and_export(
    runner: _Runner,
    store: Store,
    db_path: Path,
    workdir: Path,
    texts: dict[str, str],
    label: str,
) -> None:
    app, window = _open_window(runner, db_path, workdir)
    try:
        first = store.documents()[0]
        text = texts[first.name]
        start, end = _pick_word(text)
        with runner.step(f"open document {first.name}"):
            window.open_document(first.id)
            _pump(app)
        layer = _label_undo_label(runner, app, window, store, first.id, (start, end, label))
        exported = (text, layer, (start, end, label))
        _export_and_read(runner, store, db_path, workdir, texts, exported)
        _assistant(runner, store, db_path, layer, text[start:end])
    finally:
        window.close()
        _pump(app)
        if window.store is not store:
            window.store.close()
        window.deleteLater()
        _pump(app)


def _open_window(runner: _Runner, db_path: Path, workdir: Path) -> tuple[QApplication, MainWindow]:
    with runner.step("main window"):
        from PySide6.QtCore import QSettings

        settings_dir = workdir / "settings"
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_dir))
            QSettings.setPath(QSettings.Format.NativeFormat, scope, str(settings_dir))
        from annotator.gui import app as gui_app

        app = gui_app.ensure_app()
        window = gui_app.create_main_window(str(db_path))
        window.show()
        _pump(app)
        check(window.isVisible(), "the main window is not shown")
    runner.emit(f"self-test: platform {app.platformName()}")
    return app, window


def _label_undo_label(
    runner: _Runner,
    app: QApplication,
    window: MainWindow,
    store: Store,
    doc_id: int,
    span: tuple[int, int, str],
) -> str:
    """Label, undo, label again through the window, checked in the database; the layer."""
    start, end, label = span
    text = store.document(doc_id).text

    def stored() -> list[SpanInfo]:
        return _matching(store.spans_for(doc_id), start, end, label)

    with runner.step(f"label {text[start:end]} [{start}, {end}) as {label}"):
        check(not stored(), "the span exists before labelling")
        window.label_range(start, end, label)
        _pump(app)
        check(len(stored()) == 1, "the span is not in the database")

    with runner.step("undo"):
        stack = window.undo_stack()
        check(stack is not None, "no undo stack for the open document")
        assert stack is not None
        stack.undo()
        _pump(app)
        check(not stored(), "the span is still in the database after undo")

    with runner.step("label again"):
        window.label_range(start, end, label)
        _pump(app)
        found = stored()
        check(len(found) == 1, "the span is not in the database")
    return found[0].annotator


def _export_and_read(
    runner: _Runner,
    store: Store,
    db_path: Path,
    workdir: Path,
    texts: dict[str, str],
    exported: tuple[str, str, tuple[int, int, str]],
) -> None:
    """Export CoNLL and JSONL as ``annotator export`` does and read both back; ``exported``
    is the labelled document's text, the layer and the one span in it."""
    from annotator.formats.export import ExportOptions, export

    text, layer, (start, end, label) = exported
    with runner.step("export CoNLL"):
        conll = workdir / "out" / "self-test.conll"
        conll.parent.mkdir()
        options = ExportOptions(format="conll", layer=layer, docstart=True)
        export(store, options, conll, database=str(db_path))
        detail = _check_conll(conll, texts, (label, _no_space(text[start:end])))
    runner.emit(f"self-test: CoNLL {detail}")

    with runner.step("export JSONL"):
        jsonl = workdir / "out" / "self-test.jsonl"
        export(store, ExportOptions(format="jsonl", layer=layer), jsonl, database=str(db_path))
        detail = _check_jsonl(jsonl, texts, (start, end, label))
    runner.emit(f"self-test: JSONL {detail}")


def _assistant(runner: _Runner, store: Store, db_path: Path, layer: str, word: str) -> None:
    """Train the assistant as the window does (its worker process: in a bundle, the
    bundle's own executable) and find the labelled word in the other documents."""
    import json
    import os
    import subprocess

    from annotator.suggest import crf, stored
    from annotator.suggest.assistant import predict_documents
    from annotator.suggest.worker import command

    with runner.step("assistant"):
        check(crf.crfsuite() is not None, "python-crfsuite does not load (memory only)")
        env = {**os.environ, "ANNOTATOR_DB": str(db_path)}
        done = subprocess.run(
            command([layer], held_out=False),
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        events = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
        last = events[-1] if events else {}
        reason = last.get("message") or (done.stderr.strip().splitlines() or ["no output"])[-1]
        check(done.returncode == 0 and last.get("event") == "finished", f"training: {reason}")
        latest = stored.load_latest(store)
        check(latest is not None, "no model stored after training")
        assert latest is not None
        texts = {d.id: store.document(d.id).text for d in store.documents()}
        found = predict_documents(store, latest[1], list(texts), None)
        words = {texts[doc][p.start : p.end] for doc, spans in found.items() for p in spans}
        check(word in words, f"the assistant does not suggest {word!r}")
    suggested = counted(sum(map(len, found.values())), "span")
    runner.emit(f"self-test: assistant suggests {suggested}")


def run_self_test(emit: Callable[[str], None] | None = None) -> int:
    """Run every step; 0 when all pass, 1 with a one-line reason on the first failure."""
    out = emit or (lambda line: print(line, flush=True))
    _use_offscreen_without_display()
    os.environ.pop("ANNOTATOR_EXIT_AFTER_SHOW", None)
    with tempfile.TemporaryDirectory(prefix="annotator-self-test-") as tmp:
        try:
            _run(Path(tmp), out)
        except SelfTestError as exc:
            out(f"self-test: FAILED: {exc}")
            return 1
    return 0
