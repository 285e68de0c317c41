"""Character classes shared by the tokenizer, sentence splitter and matcher.

Python's ``re`` has no ``\\p{...}`` classes, so the punctuation/symbol and combining-mark
classes are built once from :mod:`unicodedata` (the Unicode version of the running Python).
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata

__all__ = [
    "ARABIC_DIGITS",
    "BIDI_MARKS",
    "DECIMAL_SEPARATORS",
    "DROPPED_BY_KEY",
    "GLUE_CHARS",
    "JOINERS",
    "TATWEEL",
    "category_class",
    "describe_char",
    "invisible_char",
    "is_harakah",
    "is_punct_or_symbol",
    "visible_form",
]

TATWEEL = "\u0640"
JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ
# LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Zero-width characters that belong to whatever token they touch (combining marks are
# added to these by category in the tokenizer).
GLUE_CHARS = TATWEEL + JOINERS + BIDI_MARKS
ARABIC_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # as a regex class body
DECIMAL_SEPARATORS = ".,\u066b\u066c"  # . , ARABIC DECIMAL SEPARATOR, ARABIC THOUSANDS SEP.
_HARAKAT = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
)
# Everything the matching key leaves out: harakat and Quranic marks, tatweel, bidi marks
# and joiners.
DROPPED_BY_KEY = frozenset(_HARAKAT + TATWEEL + BIDI_MARKS + JOINERS)

# Categories whose characters show nothing, or change how the text around them shows:
# controls (TAB, newline, ...), format characters (bidi controls, zero-width space and
# joiners, soft hyphen, BOM), line and paragraph separators, and lone surrogates.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Unicode's Default_Ignorable_Code_Point ranges outside those categories (fillers,
# variation selectors, the grapheme joiner, reserved ignorables), and the blank braille
# pattern, which renders as nothing.
_IGNORABLE = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x2065, 0x2065), (0x2800, 0x2800), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0xE0000, 0xE0FFF),
)  # fmt: skip

# P*, S*, Mn and Me characters are assigned only in the BMP and the SMP so far; the scan
# includes a margin (planes 2-3 and the special-purpose plane) for newer Unicode data.
_ASTRAL_SCAN = ((0x10000, 0x40000), (0xE0000, 0xF0000))


def is_punct_or_symbol(ch: str) -> bool:
    """True for one character of a Unicode category P* or S*."""
    return unicodedata.category(ch)[0] in "PS"


def invisible_char(text: str) -> str | None:
    """The first character of ``text`` that a reader cannot see or tell apart, or None.

    That is a control, format (Cf: the bidi controls of :data:`BIDI_MARKS`, zero-width
    characters, soft hyphen), line/paragraph separator or surrogate character, a
    default-ignorable code point, or a space other than U+0020 (NBSP and the like look
    like an ordinary space but make a different name). Names people choose (labels,
    annotators) must not hold any: they would look identical to another name.
    """
    for ch in text:
        category = unicodedata.category(ch)
        if category in _INVISIBLE_CATEGORIES or (category == "Zs" and ch != " "):
            return ch
        code = ord(ch)
        if any(lo <= code <= hi for lo, hi in _IGNORABLE):
            return ch
    return None


def describe_char(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: the code point and its Unicode name (when it has one)."""
    name = unicodedata.name(ch, "")
    if name:
        return f"U+{ord(ch):04X} {name}"
    kind = {"Cc": "a control character", "Cs": "a surrogate"}.get(
        unicodedata.category(ch), "an unnamed character"
    )
    return f"U+{ord(ch):04X} ({kind})"


def visible_form(text: str) -> str:
    """``text`` with every character :func:`invisible_char` finds written ``<U+XXXX>``:
    safe to show in a message or a terminal."""
    return "".join(f"<U+{ord(ch):04X}>" if invisible_char(ch) else ch for ch in text)


def display_path(path: str | os.PathLike[str]) -> str:
    r"""A file name as messages show it: bytes that are not UTF-8 (which arrive
    surrogate-escaped, ``\udcff``) are written ``\xff``, so the text can be printed, and
    a line break or another invisible character ``<U+000A>``, so a one-line message names
    this file and not another (``a\nb.txt`` read as ``a b.txt``)."""
    text = os.fspath(path)
    try:
        shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        shown = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return visible_form(shown)


def is_harakah(ch: str) -> bool:
    """True for the harakat and Quranic marks the matching key drops."""
    return ch in _HARAKAT


def _body(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)


@functools.cache
def _categories(lo: int, hi: int) -> str:
    """One character per code point in ``[lo, hi)`` standing for its general category.

    Built with C-level ``map`` calls (a Python loop over 300,000 code points took most of a
    second); :func:`_scan` then finds runs with a regular expression over this string.
    """
    codes = {name: chr(0x41 + i) for i, name in enumerate(_CATEGORY_NAMES)}
    return "".join(map(codes.__getitem__, map(unicodedata.category, map(chr, range(lo, hi)))))


_CATEGORY_NAMES = tuple(
    f"{major}{minor}"
    for major, minors in (
        ("C", "cfnos"),
        ("L", "lmotu"),
        ("M", "cen"),
        ("N", "dlo"),
        ("P", "cdefios"),
        ("S", "ckmo"),
        ("Z", "lps"),
    )
    for minor in minors
)


def _scan(prefixes: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """Inclusive ranges of code points in ``[lo, hi)`` whose category starts with a prefix."""
    letters = "".join(
        chr(0x41 + i) for i, name in enumerate(_CATEGORY_NAMES) if name.startswith(prefixes)
    )
    if not letters:
        return []
    runs = re.finditer(f"[{re.escape(letters)}]+", _categories(lo, hi))
    return [(lo + m.start(), lo + m.end() - 1) for m in runs]


@functools.cache
def category_class(*prefixes: str) -> tuple[str, str]:
    """Regex character-class bodies ``(bmp, astral)`` for every code point whose category
    starts with one of ``prefixes`` (``"P", "S"`` or ``"Mn", "Me"``).

    The two halves are kept apart on purpose: ``re`` turns a BMP-only class into a bitmap,
    but checks astral ranges one by one, which made a combined class several times slower.
    """
    bmp = _body(_scan(prefixes, 0, 0x10000))
    astral: list[tuple[int, int]] = []
    for lo, hi in _ASTRAL_SCAN:
        astral += _scan(prefixes, lo, hi)
    return bmp, _body(astral)
