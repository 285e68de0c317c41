"""Import and export through the dialogs' cores and through the real worker thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.gui.dialogs.export_dialog import ExportDialog, execute_export
from annotator.gui.dialogs.export_job import ExportRequest, run_export
from annotator.gui.dialogs.import_dialog import ImportDialog, execute_import
from annotator.gui.dialogs.import_job import ImportRequest, run_import
from annotator.gui.dialogs.progress import CancelledError, CancelToken, Outcome, run_with_progress

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"
DATA = REPO / "tests" / "data"

# Three sentences of a small CoNLL file; the importer joins tokens with single spaces and
# sentences with newlines, so the stored text is known in advance.
CONLL = "محمد\tB-PER\nفي\tO\nالقاهرة\tB-LOC\n.\tO\n\nوزار\tO\nبوتين\tB-PER\n\n"
CONLL_TEXT = "محمد في القاهرة .\nوزار بوتين"


class Reports:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, bool]] = []

    def __call__(self, parent: Any, title: str, message: str, is_error: bool) -> None:
        self.calls.append((title, message, is_error))


def _seed_texts() -> dict[str, str]:
    texts = {}
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
        texts[path.stem] = raw.replace("\r\n", "\n").replace("\r", "\n")
    return texts


def _snapshot(store: Any) -> tuple[Any, ...]:
    docs = store.documents()
    spans = store.spans_by_document([d.id for d in docs], "imported") if docs else {}
    return (
        [(d.name, d.sha256) for d in docs],
        [label.name for label in store.labels()],
        {k: len(v) for k, v in spans.items()},
        store.policy,
        store.revision(),
    )


def _conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_import_seed_folder(store: Any) -> None:
    seen: list[tuple[int, int]] = []
    summary = run_import(
        store, ImportRequest([SEEDS]), progress=lambda d, t, m: seen.append((d, t))
    )
    expected = _seed_texts()
    assert len(expected) == 5
    assert summary.report.documents_created == 5
    docs = {doc.name: doc for doc in store.documents()}
    assert set(docs) == set(expected)
    for name, text in expected.items():
        assert store.document(docs[name].id).text == text
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)


def test_import_conll_file(store: Any, tmp_path: Path) -> None:
    store.apply_preset("conll2003")
    summary = run_import(store, ImportRequest([_conll_file(tmp_path)], annotator="alice"))
    assert summary.report.spans_added == 3
    (doc,) = store.documents()
    text = store.document(doc.id).text
    assert text == CONLL_TEXT
    spans = sorted(
        (s.start, text[s.start : s.end], s.label) for s in store.spans_for(doc.id, "alice")
    )
    assert [(word, label) for _, word, label in spans] == [
        ("محمد", "PER"),
        ("القاهرة", "LOC"),
        ("بوتين", "PER"),
    ]


def test_import_nested_wojood_conll(store: Any) -> None:
    source = DATA / "wojood_sample_train.txt"
    request = ImportRequest([source], format="conll", add_labels=True, policy="nested")
    summary = run_import(store, request)
    begins = sum(
        tag.startswith("B-")
        for line in source.read_text(encoding="utf-8").splitlines()
        for tag in line.split()[1:]
    )
    report = summary.report
    assert report.spans_added == begins + report.repaired
    assert store.policy == "nested"
    docs = store.documents()
    stored = store.spans_by_document([d.id for d in docs], "imported")
    assert sum(len(v) for v in stored.values()) == report.spans_added


def test_import_summary_names_the_files_a_folder_skipped(store: Any, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("زار بوتين موسكو\n", encoding="utf-8")
    (folder / "b.conll").write_text("زار\tO\n", encoding="utf-8")
    summary = run_import(store, ImportRequest([folder]))
    assert summary.report.documents_created == 1
    assert summary.text().endswith("\nSkipped in folders (not .txt): b.conll.")


def test_cancelled_import_leaves_the_database_unchanged(store: Any, tmp_path: Path) -> None:
    store.add_label("PER")
    before = _snapshot(store)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 1:  # the seed folder is imported (inside the transaction): cancel now
            token.cancel()

    request = ImportRequest([SEEDS, _conll_file(tmp_path)], add_labels=True, policy="nested")
    with pytest.raises(CancelledError):
        run_import(store, request, progress, token)
    assert _snapshot(store) == before


def test_failed_import_reports_file_and_line(qtbot: Any, store: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("محمد\tB-PER\nفي\nالقاهرة\tB-LOC\n", encoding="utf-8")
    before = _snapshot(store)
    reports = Reports()
    request = ImportRequest([SEEDS, bad], format=None, add_labels=True)
    assert not execute_import(None, store, request, report=reports)
    ((title, message, is_error),) = reports.calls
    assert is_error and title == "Import failed"
    assert "bad.conll" in message and "line 2" in message
    assert _snapshot(store) == before


def test_import_dialog_runs_in_a_worker_thread(qtbot: Any, store: Any, tmp_path: Path) -> None:
    dialog = ImportDialog(store, None, [SEEDS])
    qtbot.addWidget(dialog)
    dialog.add_paths([_conll_file(tmp_path), SEEDS])  # the duplicate folder is ignored
    dialog.layer_combo.setCurrentText("bob")
    dialog.add_labels_box.setChecked(True)
    request = dialog.request()
    assert request.paths == [SEEDS, tmp_path / "news.conll"]
    assert request.annotator == "bob" and request.add_labels and request.format is None
    reports = Reports()
    assert execute_import(None, store, request, report=reports)
    assert reports.calls[0][0] == "Import finished"
    names = {doc.name for doc in store.documents()}
    assert names == set(_seed_texts()) | {"news"}
    (news,) = [doc for doc in store.documents() if doc.name == "news"]
    assert len(store.spans_for(news.id, "bob")) == 3
    assert {label.name for label in store.labels()} == {"PER", "LOC"}


# --------------------------------------------------------------------------------- export


@pytest.fixture
def corpus(store: Any, tmp_path: Path) -> Any:
    """Seeds plus the small CoNLL document, with spans in the layer "alice"."""
    store.apply_preset("conll2003")
    run_import(store, ImportRequest([SEEDS, _conll_file(tmp_path)], annotator="alice"))
    for doc in store.documents():
        text = store.document(doc.id).text
        if "روسيا" in text:
            start = text.index("روسيا")
            store.add_span(doc.id, "alice", start, start + len("روسيا"), "LOC")
    return store


def test_export_conll_of_the_imported_document(corpus: Any, tmp_path: Path) -> None:
    out = tmp_path / "out" / "news.conll"
    (news,) = [d for d in corpus.documents() if d.name == "news"]
    corpus.set_status(news.id, "done")
    result = run_export(corpus, ExportRequest(out, layer="alice", status="done"))
    assert result.files == [out]
    assert out.read_text(encoding="utf-8") == CONLL


def test_cancelled_export_leaves_no_file(corpus: Any, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "all.jsonl"
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(CancelledError):
        run_export(corpus, ExportRequest(out, format="jsonl", layer="alice"), progress, token)
    assert list(folder.iterdir()) == []  # neither the file, labels.json nor a temporary

    out.write_text("old contents\n", encoding="utf-8")
    token = CancelToken()
    with pytest.raises(CancelledError):
        run_export(corpus, ExportRequest(out, format="jsonl", layer="alice"), progress, token)
    assert out.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in folder.iterdir()] == ["all.jsonl"]


def test_export_job_reads_in_bulk_and_reports_progress(
    corpus: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job goes through ``Store.export_rows``, never one ``document()`` per document."""

    def no_single_reads(self: Any, doc_id: int) -> Any:
        raise AssertionError("the export job read a document on its own")

    monkeypatch.setattr(type(corpus), "document", no_single_reads)
    total = len(corpus.documents(annotator="alice"))
    seen: list[tuple[int, int]] = []
    out = tmp_path / "all.conll"
    result = run_export(
        corpus, ExportRequest(out, layer="alice"), lambda d, t, m: seen.append((d, t))
    )
    assert result.documents == total == 6
    assert (total, total) in seen and seen[-1] == (total, total)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert out.read_text(encoding="utf-8").endswith(CONLL)


def test_export_cancelled_through_the_progress_runner(
    qtbot: Any, corpus: Any, tmp_path: Path
) -> None:
    def cancelling_runner(parent: Any, title: str, job: Any) -> Outcome:
        def wrapped(progress: Any, cancel: CancelToken) -> Any:
            def report(done: int, total: int, message: str) -> None:
                if done == 1:
                    cancel.cancel()  # what the progress dialog's Cancel button does
                progress(done, total, message)

            return job(report, cancel)

        return run_with_progress(parent, title, wrapped)

    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "x.conll"
    reports = Reports()
    request = ExportRequest(out, layer="alice")
    assert not execute_export(None, corpus, request, runner=cancelling_runner, report=reports)
    assert reports.calls == [
        ("Export cancelled", "The export was cancelled: no file was written.", False)
    ]
    assert list(folder.iterdir()) == []


def test_export_dialog_jsonl_split(qtbot: Any, corpus: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(corpus, None)
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError, match="where"):
        dialog.request()
    dialog.output_edit.setText(str(tmp_path / "split"))
    dialog.format_combo.setCurrentText("jsonl")
    dialog.layer_combo.setCurrentText("alice")
    dialog.split_box.setChecked(True)
    dialog.split_edit.setText("80/x")
    with pytest.raises(ValueError):
        dialog.request()
    dialog.split_edit.setText("60/20/20")
    dialog.seed_spin.setValue(7)
    request = dialog.request()
    assert (request.format, request.layer, request.split, request.seed) == (
        "jsonl",
        "alice",
        (60, 20, 20),
        7,
    )
    reports = Reports()
    assert execute_export(None, corpus, request, report=reports)
    assert reports.calls[0][0] == "Export finished"
    folder = tmp_path / "split"
    assert sorted(p.name for p in folder.iterdir()) == [
        "dev.jsonl",
        "labels.json",
        "test.jsonl",
        "train.jsonl",
    ]
    records = [
        json.loads(line)
        for name in ("train", "dev", "test")
        for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(r["name"] for r in records) == sorted(d.name for d in corpus.documents())
    spans = [s for r in records for s in r["spans"]]
    assert spans and all(
        r["text"][s["start"] : s["end"]] == s["text"] for r in records for s in r["spans"]
    )
    assert "روسيا" in {s["text"] for s in spans}


def test_export_dialog_conll_options(qtbot: Any, corpus: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(corpus, None, tmp_path / "out.conll")
    qtbot.addWidget(dialog)
    dialog.scheme_combo.setCurrentText("BIOES")
    assert not dialog.scheme_note.isHidden()
    dialog.docstart_box.setChecked(True)
    request = dialog.request()
    assert (request.scheme, request.docstart, request.output) == (
        "BIOES",
        True,
        tmp_path / "out.conll",
    )
    dialog.format_combo.setCurrentText("json")
    assert not dialog.docstart_box.isEnabled()
    assert dialog.request().docstart is False


def test_export_dialog_offers_hf_with_its_row_unit(qtbot: Any, corpus: Any, tmp_path: Path) -> None:
    from annotator.formats.common import EXPORT_FORMATS

    dialog = ExportDialog(corpus, None, tmp_path / "hf" / "train.jsonl")
    qtbot.addWidget(dialog)
    offered = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert offered == list(EXPORT_FORMATS) and "hf" in offered
    assert not dialog.hf_unit_combo.isEnabled()  # conll is the first choice
    dialog.format_combo.setCurrentText("hf")
    assert dialog.hf_unit_combo.isEnabled() and not dialog.docstart_box.isEnabled()
    assert dialog.request().hf_unit == "sentence"
    dialog.hf_unit_combo.setCurrentIndex(dialog.hf_unit_combo.findData("document"))
    dialog.layer_combo.setCurrentText("alice")
    request = dialog.request()
    assert (request.format, request.hf_unit, request.scheme) == ("hf", "document", "IOB2")
    reports = Reports()
    assert execute_export(None, corpus, request, report=reports)
    assert reports.calls[0][0] == "Export finished"
    rows = [
        json.loads(line)
        for line in (tmp_path / "hf" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    # one row per document, its id the document id
    assert [row["id"] for row in rows] == [str(d.id) for d in corpus.documents()]
    assert all(set(row) == {"id", "tokens", "ner_tags"} for row in rows)
    news = rows[-1]
    assert news["tokens"] == CONLL_TEXT.split()
    assert news["ner_tags"] == ["B-PER", "O", "B-LOC", "O", "O", "B-PER"]
    labels = json.loads((tmp_path / "hf" / "train.labels.json").read_text(encoding="utf-8"))
    assert set(news["ner_tags"]) <= set(labels["ner_tags"])


def test_export_request_refuses_an_unknown_hf_unit(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="paragraph"):
        ExportRequest(tmp_path / "x.jsonl", format="hf", hf_unit="paragraph").options()


def test_import_file_filter_shows_every_file_the_import_reads_by_its_name() -> None:
    """File > Import > Add files…: a brat `.ann` file (imported as brat, README) and every
    CoNLL suffix must be choosable under the default filter, or the user picks the `.txt`
    of a brat pair and gets it as plain text, its annotations left behind."""
    import fnmatch

    from annotator.formats.common import CONLL_SUFFIXES
    from annotator.gui.dialogs.import_dialog import IMPORT_FILTER

    supported = IMPORT_FILTER.split(";;")[0]
    patterns = supported[supported.index("(") + 1 : supported.index(")")].split()
    for suffix in sorted({".ann", ".txt", ".jsonl", ".json", *CONLL_SUFFIXES}):
        assert any(fnmatch.fnmatch(f"a{suffix}", p) for p in patterns), suffix


def test_unknown_labels_are_explained_in_the_dialogs_words(
    qtbot: Any, store: Any, tmp_path: Path
) -> None:
    """The window has no --add-labels: the refusal names the dialog's own check box."""
    conll = _conll_file(tmp_path)
    reports = Reports()
    assert not execute_import(None, store, ImportRequest([conll]), report=reports)
    ((title, message, is_error),) = reports.calls
    assert is_error and title == "Import failed"
    assert conll.name in message
    assert "labels not defined yet: LOC, PER" in message
    assert "--add-labels" not in message
    assert "Add labels that are not defined yet" in message
