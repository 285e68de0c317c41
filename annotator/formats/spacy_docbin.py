"""spaCy DocBin export (``.spacy``), the file ``spacy train`` reads directly.

Each document becomes one ``Doc`` whose tokens are the export's tokens (a name inside a
clitic token is its own token: ``ل`` + ``روسيا``), built as
``Doc(vocab, words=..., spaces=...)``. Whitespace between tokens is kept the way spaCy's
own tokenizer keeps it: one space after a token is that token's trailing space, any
other whitespace (a newline, two spaces, a TAB) is a whitespace token of its own. So
``doc.text`` is exactly the stored text and every character offset is the store's.

Entities go to ``doc.ents`` (``spans="ents"``, the default: a nested layer exports its
outermost spans, since ``doc.ents`` cannot overlap) or to ``doc.spans["sc"]`` with every
span (``spans="spans"``, what spaCy's span categorizer reads).

spaCy is an optional extra (``annotator[spacy]``); :func:`require_spacy` gives the one
message for a missing one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.formats.errors import MissingExtraError
from annotator.formats.notes_text import Note
from annotator.formats.prepare import Prepared, span_token_ranges
from annotator.formats.registry import SPACY_SPANS
from annotator.formats.writers import token_texts
from annotator.plurals import counted
from annotator.tag_schemes import nesting_depths

if TYPE_CHECKING:
    from spacy.tokens import DocBin

__all__ = ["SPACY_SPANS", "SPANS_KEY", "DocBinWriter", "doc_words", "nested_note", "require_spacy"]

#: The span group key spaCy's span categorizer reads by default.
SPANS_KEY = "sc"
MISSING = (
    "the spacy format needs spaCy, which is not installed: install the optional extra "
    "annotator[spacy] (pip install 'annotator[spacy]')"
)
# Token attributes stored per token (ORTH and the trailing spaces always are).
_ATTRS = ("ORTH", "ENT_IOB", "ENT_TYPE")


def require_spacy() -> None:
    """Raise :class:`MissingExtraError` (one line naming the extra) without spaCy."""
    try:
        import spacy.tokens  # noqa: F401
    except ImportError:
        raise MissingExtraError(MISSING) from None


def doc_words(doc: Prepared) -> tuple[list[str], list[bool], list[int]]:
    """``words`` and ``spaces`` for ``Doc(vocab, words, spaces)`` whose text is exactly
    ``doc.text``, and the index in ``words`` of each of the document's tokens."""
    text = doc.text
    words = token_texts(doc)
    n = len(words)
    if n == 0:
        return ([text], [False], []) if text else ([], [], [])
    starts, ends = doc.starts, doc.ends
    gaps = list(map(text.__getitem__, map(slice, ends, [*starts[1:], len(text)])))
    spaces = [gap[:1] == " " for gap in gaps]
    head = text[: starts[0]]
    odd = [i for i, gap in enumerate(gaps) if gap not in ("", " ")]
    if not head and not odd:
        return words, spaces, list(range(n))
    out_words: list[str] = [head] if head else []
    out_spaces: list[bool] = [False] * len(out_words)
    index: list[int] = []
    at = 0
    for i in odd:  # the plain stretch up to token i, then the whitespace token after it
        index.extend(range(len(out_words), len(out_words) + i + 1 - at))
        out_words.extend(words[at : i + 1])
        out_spaces.extend(spaces[at : i + 1])
        rest = gaps[i][1:] if spaces[i] else gaps[i]
        if rest:
            out_words.append(rest)
            out_spaces.append(False)
        at = i + 1
    index.extend(range(len(out_words), len(out_words) + n - at))
    out_words.extend(words[at:])
    out_spaces.extend(spaces[at:])
    return out_words, out_spaces, index


class DocBinWriter:
    """Collects documents into one ``DocBin``; ``notes`` says what was left out."""

    def __init__(self, spans: str = "ents") -> None:
        require_spacy()
        from spacy.tokens import DocBin
        from spacy.vocab import Vocab

        if spans not in SPACY_SPANS:
            raise ValueError(
                f"unknown --spacy-spans {spans!r}; use one of {', '.join(SPACY_SPANS)}"
            )
        self.mode = spans
        self.vocab = Vocab()
        self.bin: DocBin = DocBin(attrs=list(_ATTRS), store_user_data=False)
        self.nested_left_out = 0  # spans inside others, not in doc.ents

    def add(self, doc: Prepared) -> None:
        from spacy.tokens import Doc, Span

        words, spaces, index = doc_words(doc)
        made = Doc(self.vocab, words=words, spaces=spaces)
        los, his = span_token_ranges(doc)
        chosen: Iterable[int] = range(len(doc.spans))
        if self.mode == "ents" and doc.spans:
            outermost = [k for k, depth in enumerate(nesting_depths(doc.spans)) if depth == 0]
            self.nested_left_out += len(doc.spans) - len(outermost)
            chosen = outermost
        spans = [
            Span(made, index[los[k]], index[his[k] - 1] + 1, label=doc.spans[k].label)
            for k in chosen
        ]
        if self.mode == "ents":
            made.ents = spans
        else:
            made.spans[SPANS_KEY] = spans
        self.bin.add(made)

    def to_bytes(self) -> bytes:
        data: bytes = self.bin.to_bytes()
        return data


def nested_note(left_out: int) -> Note:
    """What a ``doc.ents`` export of a nested layer says about the spans it left out."""
    text = (
        "the layer has nested spans: doc.ents holds the outermost ones only, "
        f"{counted(left_out, 'span')} inside others left out (--spacy-spans spans puts every "
        "span in "
        "doc.spans['sc'])"
    )
    return Note(text, "note_spacy_nested", spans=left_out)
