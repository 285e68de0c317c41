"""The document list through the real window: titles beside names, the text filter
(matching key: harakat, tatweel, alef forms ignored), sorting by the headers, flagged
only, combined with the status filter; no Qt warning meanwhile."""

from __future__ import annotations

import pytest
from conftest import SEEDS, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_labelling import token_of

from annotator.gui.models.documents import FLAG, NAME, SPANS, STATUS, TITLE
from annotator.text.matching import match_key

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# The offscreen platform plugin's own notice when a window is shown (not about our code).
PLATFORM_NOTICE = "This plugin does not support"


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    yield
    bad = [
        r.message
        for r in qtlog.records
        if r.type != 0 and not r.message.startswith(PLATFORM_NOTICE)  # 0 is QtDebugMsg
    ]
    assert bad == []


@pytest.fixture
def listed(qtbot, window):
    qtbot.waitUntil(window.documents.details_ready)
    return window


def shown(window, column: int = NAME) -> list[str]:
    model = window.documents_model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def seed_names_with(word: str) -> list[str]:
    """Seeds whose name or text holds ``word`` by the matching key (read from the files)."""
    needle = match_key(word).key
    return [
        seed.stem
        for seed in sorted(SEEDS.glob("*.txt"))
        if needle in match_key(seed.stem + "\n" + seed.read_text(encoding="utf-8")).key
    ]


def filter_by(qtbot, window, text: str) -> None:
    edit = window.documents.text_filter
    edit.setFocus()
    with qtbot.waitSignal(window.documents.filtered, timeout=10_000):
        edit.selectAll()
        type_text(edit, text)
    assert edit.text() == text


def click_header(qtbot, window, column: int) -> None:
    header = window.documents_table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_each_document_shows_its_title_beside_its_name(qtbot, listed) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert shown(listed) == [seed.stem for seed in seeds]
    titles = [seed.read_text(encoding="utf-8").split("\n")[0].strip() for seed in seeds]
    assert shown(listed, TITLE) == [" ".join(title.split()) for title in titles]
    model = listed.documents_model
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"
    assert listed.documents_table.textElideMode() == Qt.TextElideMode.ElideRight
    tip = model.data(model.index(0, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert titles[0].split()[0] in tip and tip.startswith("<qt>")  # shown literally


def test_the_filter_matches_texts_with_the_matching_key(qtbot, listed) -> None:
    expected = seed_names_with("جونج")
    assert 0 < len(expected) < 5
    filter_by(qtbot, listed, "جونج")
    assert shown(listed) == expected
    assert listed.documents.filter_state.text() == f"{len(expected)} of 5 documents match"
    # harakat, tatweel and another alef form in the query change nothing
    filter_by(qtbot, listed, "الرَّئيـــس الروسي")
    plain = seed_names_with("الرئيس الروسي")
    assert 0 < len(plain) < 5 and shown(listed) == plain
    filter_by(qtbot, listed, "يونغ أون")  # one alef form for another
    assert shown(listed) == seed_names_with("يونغ اون") == ["001_aea3b55345c5cdac"]
    filter_by(qtbot, listed, "نص لا يوجد")
    assert shown(listed) == []
    filter_by(qtbot, listed, "003_14f")  # names are matched too
    assert shown(listed) == ["003_14f3083f4d14cd84"]
    with qtbot.waitSignal(listed.documents.filtered, timeout=10_000):
        listed.documents.text_filter.clear()
    assert len(shown(listed)) == 5
    assert not listed.documents.filter_state.isVisible()


def test_choosing_a_filtered_row_opens_that_document(qtbot, listed) -> None:
    filter_by(qtbot, listed, "003_14f")
    table = listed.documents_table
    rect = table.visualRect(listed.documents_model.index(0, NAME))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert listed.session().name == "003_14f3083f4d14cd84"


def test_headers_sort_by_status_span_count_and_name(qtbot, listed) -> None:
    docs = listed.documents_model.all_documents()
    listed.open_document(docs[3].id)
    for word in ("بوتين", "روسيا"):
        assert listed.label_range(*token_of(listed.article_view.text(), word), "PERS")
    listed.open_document(docs[1].id)
    assert listed.label_range(*token_of(listed.article_view.text(), "موسكو"), "LOC")
    listed.set_status("done", docs[2].id)
    click_header(qtbot, listed, SPANS)
    assert shown(listed, SPANS)[-2:] == ["1", "2"] and shown(listed)[-1] == docs[3].name
    click_header(qtbot, listed, SPANS)
    assert shown(listed)[0] == docs[3].name and shown(listed, SPANS)[:2] == ["2", "1"]
    click_header(qtbot, listed, STATUS)
    statuses = shown(listed, STATUS)
    assert statuses == ["new", "new", "in progress", "in progress", "done"]
    click_header(qtbot, listed, NAME)
    assert shown(listed) == sorted(d.name for d in docs)
    click_header(qtbot, listed, NAME)
    assert shown(listed) == sorted((d.name for d in docs), reverse=True)
    # the open document stays the current row whatever the order
    current = listed.documents_table.currentIndex().row()
    assert listed.documents_model.doc_id(current) == listed.current_document_id()


def test_flagged_only_and_the_status_filter_combine_with_the_text_filter(qtbot, listed) -> None:
    docs = listed.documents_model.all_documents()
    qtbot.keyClick(listed.article_view, Qt.Key.Key_G, CTRL_SHIFT)  # flag the open document
    assert listed.store.document_note(docs[0].id, listed.annotator()).flagged
    assert shown(listed, FLAG)[0] == "⚑"
    listed.documents.flagged_only.setChecked(True)
    assert shown(listed) == [docs[0].name]
    listed.documents.flagged_only.setChecked(False)
    listed.set_status("done", docs[1].id)
    combo = listed.status_filter
    combo.setCurrentIndex(combo.findData("new"))
    filter_by(qtbot, listed, "جونج")
    assert docs[1].name in seed_names_with("جونج")
    assert shown(listed) == [n for n in seed_names_with("جونج") if n != docs[1].name]
    combo.setCurrentIndex(0)
    assert shown(listed) == seed_names_with("جونج")
    listed.undo_stack().undo()  # the flag is an undo step of the open document
    assert not listed.store.document_note(docs[0].id, listed.annotator())
    listed.documents.flagged_only.setChecked(True)
    assert shown(listed) == []


def test_a_document_added_elsewhere_is_listed_and_found(qtbot, listed, db_path) -> None:
    from annotator.store import Store

    filter_by(qtbot, listed, "زيارة مفاجئة")
    assert shown(listed) == []
    with Store.open(db_path) as other:
        other.add_document("added", "عنوان الخبر\nزيارةٌ مفاجئة للرئيس")
    with qtbot.waitSignal(listed.documents.filtered, timeout=10_000):
        listed.poll_revision()
    assert shown(listed) == ["added"]
    qtbot.waitUntil(listed.documents.details_ready)
    assert shown(listed, TITLE) == ["عنوان الخبر"]
    QApplication.processEvents()


@pytest.fixture
def many_path(tmp_path):
    """A project of 300 short documents (more than the list shows at once)."""
    from annotator.store import Store

    path = tmp_path / "many.annotator"
    with Store.open(path) as store:
        store.apply_preset("anercorp")
        for i in range(300):
            store.add_document(f"doc-{i:03}", f"خبر رقم {i}\nزار الرئيس موسكو")
    return path


def test_the_list_keeps_its_scroll_position_when_other_documents_change(
    qtbot, make_window, many_path
) -> None:
    """Scrolled away from the open document, the list stays where it was when another
    document changes here or in another program (the poll re-reads the list)."""
    from annotator.store import Store

    window = make_window(many_path)
    qtbot.waitUntil(window.documents.all_details_ready, timeout=10_000)
    bar = window.documents_table.verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(bar.maximum())
    end = bar.value()
    docs = window.documents_model.all_documents()
    window.set_status("done", docs[150].id)  # another document, from this window
    QApplication.processEvents()
    assert bar.value() == end
    with Store.open(many_path) as other:
        other.set_status(docs[200].id, "done", window.annotator())
    window.poll_revision()
    qtbot.waitUntil(window.documents.all_details_ready, timeout=10_000)
    QApplication.processEvents()
    assert window.documents_model.info(docs[200].id).status == "done"
    assert bar.value() == end
    assert window.current_document_id() == docs[0].id  # still open, still current
    assert window.documents_table.currentIndex().row() == 0
