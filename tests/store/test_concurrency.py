"""Several connections and processes writing to one database."""

from __future__ import annotations

import itertools
import subprocess
import sys
import threading
import time

from annotator.store import SpanRefused, Store

WORDS = 400


def writer(
    url: str, doc_id: int, layer: str, seconds: float, acked: list[int], errors: list[str]
) -> None:
    """Adds a span on each word ("ab") in turn until time runs out."""
    store = Store.open(url)
    try:
        deadline = time.monotonic() + seconds
        position = 0
        while time.monotonic() < deadline and position < WORDS * 3:
            info = store.add_span(doc_id, layer, position, position + 2, "LOC")
            acked.append(info.id)
            position += 3
    except Exception as exc:  # reported to the main thread, which fails the test
        errors.append(repr(exc))
    finally:
        store.close()


def test_concurrent_writers_lose_nothing(store: Store, store_url: str) -> None:
    store.add_label("LOC")
    doc = store.add_document("d", "ab " * WORDS)
    acked: dict[str, list[int]] = {"one": [], "two": []}
    errors: list[str] = []
    for layer in acked:
        store.annotator(layer)
    threads = [
        threading.Thread(target=writer, args=(store_url, doc.id, layer, 2.0, acked[layer], errors))
        for layer in acked
    ]
    revision = store.revision()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert all(len(ids) > 10 for ids in acked.values())
    for layer, ids in acked.items():
        stored = {s.id for s in store.spans_for(doc.id, layer)}
        assert stored == set(ids)
    assert store.revision() == revision + sum(len(ids) for ids in acked.values())


def test_racing_overlapping_spans_only_one_wins(store: Store, store_url: str) -> None:
    """Two connections add overlapping spans in one flat layer: validation must see the
    other's committed span, so exactly one of each pair is accepted."""
    store.add_label("LOC")
    doc = store.add_document("d", "abcd " * 40)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def race(offset: int) -> None:
        own = Store.open(store_url)
        try:
            for i in range(40):
                barrier.wait(timeout=30)
                try:
                    own.add_span(doc.id, "gold", i * 5 + offset, i * 5 + offset + 3, "LOC")
                    outcomes.append("ok")
                except SpanRefused:
                    outcomes.append("refused")
        finally:
            own.close()

    threads = [threading.Thread(target=race, args=(offset,)) for offset in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert outcomes.count("ok") == 40 and outcomes.count("refused") == 40
    spans = store.spans_for(doc.id, "gold")
    assert len(spans) == 40
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_revision_seen_by_a_second_store(store: Store, store_url: str) -> None:
    watcher = Store.open(store_url)
    try:
        seen = watcher.revision()
        store.add_label("PER")
        assert watcher.revision() == seen + 1
        assert [label.name for label in watcher.labels()] == ["PER"]
    finally:
        watcher.close()


def test_revision_and_data_seen_across_processes(store: Store, store_url: str) -> None:
    seen = store.revision()
    code = (
        "import sys\n"
        "from annotator.store import Store\n"
        "s = Store.open(sys.argv[1])\n"
        "s.apply_preset('conll2003')\n"
        "d = s.add_document('from-child', 'نص من عملية أخرى')\n"
        "s.add_span(d.id, 'child', 0, 2, 'PER')\n"
        "s.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, store_url], check=True, timeout=60)
    assert store.revision() > seen
    (doc,) = store.documents()
    assert doc.name == "from-child" and doc.span_count == 1
    assert [s.label for s in store.spans_for(doc.id, "child")] == ["PER"]
