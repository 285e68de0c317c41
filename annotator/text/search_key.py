"""Per-document search keys and titles: what the document filter matches and shows.

A search key is the document's matching key (:func:`annotator.text.matching.key_text`:
harakat, tatweel, bidi marks and joiners dropped, alef forms unified) with ASCII letters
lower-cased, packed one byte per character for the common letters, so that a whole
corpus fits in memory as one ``bytes`` object and one ``bytes.find`` scans it at memory
speed (the Arabic letters take two bytes in UTF-8, four per character in a ``str`` that
holds one emoji).

Packing: ASCII characters (U+0001-U+007F) are themselves; the Arabic letters, digits and
punctuation of :data:`_TABLE` are one byte each from 0x80; any other character is five
bytes, the marker 0xC0 and four base-63 digits from 0xC1. A digit byte is never a
one-byte character nor the marker, so a packed needle found in a packed text always
starts and ends on character boundaries: finding packed bytes is finding the characters.
Byte 0x00 never occurs (U+0000 is refused at import) and separates documents.

Keys and titles are cached in the store at import (``doc_search``) under
:data:`SEARCH_VERSION`; bump it whenever these rules or the matching key change.
"""

from __future__ import annotations

import codecs
import re

from annotator.text.matching import key_text

__all__ = ["SEARCH_VERSION", "TITLE_LENGTH", "document_title", "pack", "search_key"]

SEARCH_VERSION = 2  # 2: whitespace runs within a line are one space
TITLE_LENGTH = 200  # code points kept of a title (the list elides it to its width)

# One byte each, from 0x80: hamza and the letters (tatweel and harakat never reach a
# key), Arabic-Indic digits, Arabic comma, semicolon and question mark, and the Persian
# and Urdu letters most common in Arabic-script news: 55 of the 64 places.
_TABLE = (
    "".join(chr(c) for c in range(0x0621, 0x063B))
    + "".join(chr(c) for c in range(0x0641, 0x064B))
    + "".join(chr(c) for c in range(0x0660, 0x066A))
    + "\u060c\u061b\u061f"
    + "\u067e\u0686\u0698\u06a9\u06af\u06cc"
)
# Whitespace within a line other than one space: a run of two or more, or one that holds
# another kind (NBSP, TAB, ...; str.isspace() is true for none above U+3000).
_BLANK_RUN = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
_ODD_BLANKS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in " \n")
_MARKER = 0xC0
_DIGIT0, _BASE = 0xC1, 63
_ERRORS = "annotator-search-key"


def _decoding_table() -> str:
    table = ["\ufffe"] * 256  # U+FFFE: no character (charmap_build leaves it out)
    for byte in range(0x80):  # with U+0000 mapped, charmap_build makes its fast trie
        table[byte] = chr(byte)
    for offset, char in enumerate(_TABLE):
        table[0x80 + offset] = char
    return "".join(table)


_ENCODING_MAP = codecs.charmap_build(_decoding_table())


def _escape(char: str) -> bytes:
    value = ord(char)
    digits = []
    for _ in range(4):
        value, digit = divmod(value, _BASE)
        digits.append(_DIGIT0 + digit)
    return bytes([_MARKER, *reversed(digits)])


def _escape_unmapped(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return b"".join(map(_escape, chunk)), error.end


codecs.register_error(_ERRORS, _escape_unmapped)


def pack(text: str) -> bytes:
    """``text`` packed as described above, ASCII letters lower-cased (no other change)."""
    return codecs.charmap_encode(text, _ERRORS, _ENCODING_MAP)[0].lower()


def search_key(text: str) -> bytes:
    """The packed matching key of ``text`` (a document name, text or filter query).

    Each run of whitespace within a line is one space, so that a query's space matches
    words separated by NBSP, a TAB or two spaces. Newlines stay: a query never holds
    one, so no match crosses a line. U+0000 (refused at import) is dropped: byte 0x00
    separates documents in the filter's index."""
    return pack(_single_spaced(key_text(text).replace("\x00", "")))


def _single_spaced(text: str) -> str:
    # Most texts have no such run: a few C-level scans find that at a third of the cost
    # of the regular expression's scan.
    if "  " in text or any(ch in text for ch in _ODD_BLANKS):
        return _BLANK_RUN.sub(" ", text)
    return text


def document_title(text: str) -> str:
    """The first line holding more than whitespace, its whitespace runs made single
    spaces, at most :data:`TITLE_LENGTH` code points ("" for a blank text)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line) > 2 * TITLE_LENGTH:  # a long line: never split all of it
            line = line.lstrip()[: 2 * TITLE_LENGTH]
        words = line.split()
        if words:
            return " ".join(words)[:TITLE_LENGTH].rstrip()
        start = end + 1
    return ""
