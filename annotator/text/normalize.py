"""Decoding and normalising imported text.

Stored text is the imported text with one leading BOM removed and CRLF/CR turned into LF,
nothing else: Unicode normalisation (NFC/NFKC) would reorder harakat or change lengths and
so move every offset.
"""

from __future__ import annotations

__all__ = ["TextDecodeError", "decode_utf8", "normalize_text"]

_BOM = "\ufeff"


class TextDecodeError(ValueError):
    """Bytes that are not valid UTF-8; the message names the source, line and byte offset."""

    def __init__(self, source: str, line: int, offset: int, byte: int, reason: str) -> None:
        self.source = source
        self.line = line
        self.offset = offset
        self.byte = byte
        self.reason = reason
        self.message = f"{source}, line {line}: invalid UTF-8 byte 0x{byte:02x} at byte {offset}"
        super().__init__(self.message)


def normalize_text(raw: str) -> str:
    """Strip one leading BOM and turn CRLF and lone CR into LF; change nothing else."""
    if raw.startswith(_BOM):
        raw = raw[1:]
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return raw


def _line_number(prefix: bytes) -> int:
    """1-based line of the byte after ``prefix``, counting LF, CRLF and lone CR as breaks."""
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def decode_utf8(data: bytes, source: str) -> str:
    """Decode strict UTF-8 (a leading BOM is allowed and removed).

    Raises :class:`TextDecodeError` naming ``source``, the 1-based line and the 0-based byte
    offset of the first invalid byte. Line breaks are not normalised here: that is
    :func:`normalize_text`'s job.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(
            source,
            _line_number(data[: exc.start]),
            exc.start,
            data[exc.start],
            exc.reason,
        ) from None
    if text.startswith(_BOM):
        text = text[1:]
    return text
