"""Label Studio export: a JSON array of tasks and the labelling config they match.

Each document is one task: ``data.text`` (and ``data.name``, which our Label Studio
import uses as the document name), and one annotation whose results are ``labels``
regions ``{id, from_name, to_name, type, origin, value {start, end, text, labels}}``
with code-point offsets (what Label Studio stores since it counts code points rather
than UTF-16 units). ``from_name``/``to_name`` are the ``Labels`` and ``Text`` tag names
of the config written beside the tasks (:func:`labelstudio_config`), so a Label Studio
project created with that config opens the tasks as they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from xml.sax.saxutils import quoteattr

from annotator.formats.prepare import Prepared
from annotator.formats.writers import CHUNK, quote, text_json

__all__ = ["FROM_NAME", "TO_NAME", "labelstudio_config", "labelstudio_pieces"]

FROM_NAME = "label"  # the <Labels name=...> of the config
TO_NAME = "text"  # the <Text name=...> of the config
_REGION = (
    '{"from_name":"%s","id":"%d-%d","origin":"manual","to_name":"%s","type":"labels",'
    '"value":{"end":%d,"labels":[%s],"start":%d,"text":%s}},'
)


def _regions(doc: Prepared, lo: int, hi: int) -> str:
    text = doc.text
    values: list[object] = []
    for k in range(lo, hi):
        span = doc.spans[k]
        piece = quote(text[span.start : span.end])
        values += [FROM_NAME, doc.id, k + 1, TO_NAME, span.end, quote(span.label), span.start]
        values.append(piece)
    return (_REGION * (hi - lo) % tuple(values))[:-1]


def labelstudio_pieces(doc: Prepared) -> Iterator[str]:
    """One task (without the array's separator), in pieces. ``data`` comes first, so a
    file of tasks starts ``[{"data":{`` (how the import recognises Label Studio even when
    the first task is long)."""
    yield f'{{"data":{{"name":{quote(doc.name)},"text":'
    yield from text_json(doc.text)
    yield f'}},"annotations":[{{"id":{doc.id},"result":['
    for at in range(0, len(doc.spans), CHUNK):
        piece = _regions(doc, at, min(at + CHUNK, len(doc.spans)))
        yield piece if at == 0 else "," + piece
    yield f'],"was_cancelled":false}}],"id":{doc.id}}}'


def labelstudio_config(labels: Sequence[tuple[str, str]]) -> str:
    """The labelling config (XML) for ``(name, "#rrggbb")`` labels, names escaped."""
    rows = "".join(
        f"    <Label value={quoteattr(name)} background={quoteattr(color)}/>\n"
        for name, color in labels
    )
    return (
        "<View>\n"
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n'
        f"{rows}"
        "  </Labels>\n"
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        "</View>\n"
    )
