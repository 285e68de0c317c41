"""The one place that hides database passwords: every URL shown, logged or remembered
goes through :func:`redact_url` (for display) or :func:`strip_password` (for settings).

URLs are not parsed with :mod:`urllib.parse` here: a password may hold ``#``, ``/``,
``?`` or ``@`` unescaped, which moves ``urlsplit``'s idea of where the host starts and
leaks the rest. Instead everything from the first ``:`` of the user part to the *last*
``@`` is treated as secret, whatever the rest looks like; a URL that puts an ``@`` in its
path or query is over-redacted, never under-redacted. The user part starts after the
scheme (``postgresql://`` or ``postgresql:``), also when something precedes the URL
(``--db=postgresql://...``, a space, a newline). Query values whose key contains
``password`` are secret up to the next ``&`` or ``;``.
"""

from __future__ import annotations

import re

__all__ = ["redact_url", "strip_password"]

MASK = "***"
# A scheme as RFC 3986 spells it, at least two letters (so that C:\ stays a path), at
# the start (after any whitespace) with or without "//" ...
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]+):(//)?")
# ... or anywhere, followed by "://".
_SCHEME_INSIDE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://")
# separator, key containing "password", "=", value (up to the next "&" or ";")
_QUERY_SECRET = re.compile(r"([?&;])([^=&;]*password[^=&;]*=)([^&;]*)", re.IGNORECASE)

Range = tuple[int, int]  # [start, end) in the URL


def _user_part_start(url: str) -> int | None:
    """Where the user part of a server URL starts; None for a path or a SQLite URL (no
    user part: an "@" there is in the file name)."""
    match = _SCHEME.match(url) or _SCHEME_INSIDE.search(url)
    if match is None or match.group(1).lower().startswith("sqlite"):
        return None
    return match.end()


def _secrets(url: str) -> tuple[Range | None, list[re.Match[str]]]:
    """The user part's ``:password`` (from the ``:`` to the last ``@``) and the query's
    password pairs, found independently: where they overlap (an ``@`` in a query
    password), both are hidden."""
    start = _user_part_start(url)
    if start is None:
        return None, []
    at = url.rfind("@", start)
    colon = url.find(":", start, at) if at >= 0 else -1
    userinfo = (colon, at) if colon >= 0 else None
    return userinfo, list(_QUERY_SECRET.finditer(url, start))


def _merged(ranges: list[Range]) -> list[Range]:
    result: list[Range] = []
    for lo, hi in sorted(ranges):
        if result and lo <= result[-1][1]:
            result[-1] = (result[-1][0], max(hi, result[-1][1]))
        else:
            result.append((lo, hi))
    return result


def _replace(url: str, ranges: list[Range], by: str) -> str:
    parts, last = [], 0
    for lo, hi in _merged(ranges):
        parts += [url[last:lo], by]
        last = hi
    return "".join([*parts, url[last:]])


def redact_url(url: str) -> str:
    """``url`` as it may be shown: the password (after the user's ``:``) and any
    ``password=`` query value replaced by ``***``. Paths come back unchanged."""
    userinfo, queries = _secrets(url)
    ranges = [(m.start(3), m.end(3)) for m in queries]
    if userinfo is not None:
        ranges.append((userinfo[0] + 1, userinfo[1]))
    return _replace(url, ranges, MASK)


def strip_password(url: str) -> str:
    """``url`` without its password (``user@host``) and without ``password=`` query
    pairs, so that it can be remembered; the server then takes the password from
    ``PGPASSWORD`` or ``~/.pgpass``."""
    userinfo, queries = _secrets(url)
    ranges = [userinfo] if userinfo is not None else []
    for m in queries:
        lo, hi = m.start(1), m.end(3)
        if m.group(1) == "?":  # keep the "?", drop the separator after the pair
            lo += 1
            hi += 1 if url[hi : hi + 1] in ("&", ";") else 0
        ranges.append((lo, hi))
    stripped = _replace(url, ranges, "")
    return stripped.removesuffix("?")
