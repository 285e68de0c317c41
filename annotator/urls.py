"""The one place that hides database passwords: every URL shown, logged or remembered
goes through :func:`redact_url` (for display) or :func:`strip_password` (for settings).

URLs are not parsed with :mod:`urllib.parse` here: a password may hold ``#``, ``/``,
``?`` or ``@`` unescaped, which moves ``urlsplit``'s idea of where the host starts and
leaks the rest. Instead everything from the first ``:`` of the user part to the *last*
``@`` before the host is treated as secret, whatever the rest looks like; a URL that
puts an ``@`` in its path or query is over-redacted, never under-redacted.
"""

from __future__ import annotations

import re

__all__ = ["redact_url", "strip_password"]

MASK = "***"
# A scheme as RFC 3986 spells it, at least two letters (so that C:\ stays a path).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):(//)?")
_QUERY_SECRET = re.compile(r"([?&;][^=&;#]*password[^=&;#]*=)[^&;#]*", re.IGNORECASE)
_QUERY_SECRET_PAIR = re.compile(r"([?&;])[^=&;#]*password[^=&;#]*=[^&;#]*", re.IGNORECASE)


def _parts(url: str) -> tuple[str, str | None, str | None, str] | None:
    """``(scheme_prefix, user, password, rest)`` for a URL with a user part, else None.

    ``password`` is None when the user part has no ``:``.
    """
    match = _SCHEME.match(url)
    if match is None or match.group(1).lower().startswith("sqlite"):
        return None  # a path, or a SQLite URL (no user part: an "@" is in the path)
    prefix, body = url[: match.end()], url[match.end() :]
    at = body.rfind("@")
    if at < 0:
        return None
    userinfo, rest = body[:at], body[at + 1 :]
    user, colon, password = userinfo.partition(":")
    return prefix, user, (password if colon else None), rest


def _is_server_url(url: str) -> bool:
    match = _SCHEME.match(url)
    return match is not None and not match.group(1).lower().startswith("sqlite")


def _mask_query(text: str) -> str:
    return _QUERY_SECRET.sub(lambda m: m.group(1) + MASK, text)


def redact_url(url: str) -> str:
    """``url`` as it may be shown: the password (after the user's ``:``) and any
    ``password=`` query value replaced by ``***``. Paths come back unchanged."""
    parts = _parts(url)
    if parts is None:
        return _mask_query(url) if _is_server_url(url) else url
    prefix, user, password, rest = parts
    if password is None:
        return f"{prefix}{user}@{_mask_query(rest)}"
    return f"{prefix}{user}:{MASK}@{_mask_query(rest)}"


def strip_password(url: str) -> str:
    """``url`` without its password (``user@host``) and without ``password=`` query
    values, so that it can be remembered; the server then takes the password from
    ``PGPASSWORD`` or ``~/.pgpass``."""
    parts = _parts(url)
    if parts is None:
        return _drop_query_secret(url) if _is_server_url(url) else url
    prefix, user, _password, rest = parts
    return f"{prefix}{user}@{_drop_query_secret(rest)}"


def _drop_query_secret(text: str) -> str:
    def keep_separator(match: re.Match[str]) -> str:
        return "?" if match.group(1) == "?" else ""

    cleaned = _QUERY_SECRET_PAIR.sub(keep_separator, text)
    cleaned = cleaned.replace("?&", "?").replace("?;", "?")
    return cleaned[:-1] if cleaned.endswith("?") else cleaned
