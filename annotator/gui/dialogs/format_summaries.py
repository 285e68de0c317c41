"""The export formats' one-line summaries in the interface language.

The summaries are the registry's (:mod:`annotator.formats.registry`, Qt-free, also the
command line's help); they are marked here for ``pyside6-lupdate``, which reads only the
gui package, and a test keeps this list equal to the registry's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "FormatSummary"

# In the registry's order (declarative: a test compares it with the registry).
SUMMARIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "FormatSummary",
        "TOKEN<TAB>TAG rows (IOB2, IOB1 or BIOES), a blank line between sentences",
    ),
    QT_TRANSLATE_NOOP(
        "FormatSummary",
        "one JSON record a line: text, spans, tokens, ner_tags, doccano's label, meta",
    ),
    QT_TRANSLATE_NOOP("FormatSummary", "the jsonl records as one JSON array"),
    QT_TRANSLATE_NOOP(
        "FormatSummary", "Hugging Face rows (id, tokens, ner_tags) per sentence or document"
    ),
    QT_TRANSLATE_NOOP(
        "FormatSummary",
        "a Hugging Face dataset folder: train/validation/test .jsonl and a README.md card",
    ),
    QT_TRANSLATE_NOOP(
        "FormatSummary", "a spaCy DocBin (.spacy) for spacy train: doc.ents or doc.spans['sc']"
    ),
    QT_TRANSLATE_NOOP(
        "FormatSummary", "brat standoff: a folder of NAME.txt and NAME.ann, and annotation.conf"
    ),
    QT_TRANSLATE_NOOP(
        "FormatSummary", "Label Studio tasks (JSON) and the labelling config beside them"
    ),
)


def shown_summary(summary: str) -> str:
    """The registry's ``summary`` of a format, translated."""
    return QCoreApplication.translate(CONTEXT, summary)
