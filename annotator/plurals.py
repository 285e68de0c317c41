"""Counts in English messages: ``1 entity``, ``2 entities``, ``0 documents``.

Every count the command line, the store and the importers and exporters print goes
through :func:`counted`, so that no message says "1 documents" or "2 file(s)". (The window's
texts are translated and take their plural forms from Qt.)
"""

from __future__ import annotations

__all__ = ["counted", "noun", "plural"]

_VOWELS = "aeiou"


def plural(noun: str) -> str:
    """The plural of an English noun phrase whose last word is the noun: ``entity`` ->
    ``entities``, ``match`` -> ``matches``, ``predicted span`` -> ``predicted spans``."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def noun(count: int, one: str, several: str | None = None) -> str:
    """``one`` for exactly one, else ``several`` (by default :func:`plural` of ``one``):
    the word alone, for a message that lists the things (``unknown labels X, Y``)."""
    return one if count == 1 else (several or plural(one))


def counted(count: int, one: str, several: str | None = None) -> str:
    """``"1 entity"`` or ``"3 entities"`` (the noun by :func:`noun`)."""
    return f"{count} {noun(count, one, several)}"
