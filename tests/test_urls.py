"""Password redaction (annotator.urls): property tests over passwords of any characters in
URLs of many shapes, including ones that do not parse.

The property is independence: two URLs that differ only in their password redact to the
same text. The redacted form then cannot hold any part of either password.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.urls import redact_url, strip_password

# Passwords: anything, with the characters that move URL parsers' boundaries made common.
NASTY = "#/?@:%[]&=;+ \\\t\n\u202e"
passwords = st.text(
    alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec="utf-8")), min_size=1
) | st.from_regex(r"%[0-9A-Fa-f]{2}[^@]{0,5}", fullmatch=True)

# (prefix, suffix) around ``user:PASSWORD`` (the user part has no ``:`` of its own).
SHAPES = [
    ("postgresql://", "@db.example.org:5432/annotations"),
    ("postgresql://", "@db.example.org/annotations"),  # no port
    ("postgres://", "@[::1]:5432/annotations"),  # IPv6 host
    ("postgresql://", "@[2001:db8::7]/annotations?sslmode=require"),
    ("postgresql://", "@host/db?sslmode=require&application_name=x"),
    ("postgresql://", "@host:99999/db"),  # a port that does not parse
    ("postgresql://", "@[::1/db"),  # an unclosed IPv6 bracket
    ("postgresql://", "@host:5432:6543/db"),
    ("postgresql://", "@"),  # nothing after the user part
    ("postgresql:", "@host/db"),  # no //
    ("PostgreSQL://", "@HOST/DB"),
    ("mysql://", "@host/db"),  # another scheme
    (" postgresql://", "@host/db"),  # a space before the scheme
    ("\npostgresql://", "@host/db"),
    ("--db=postgresql://", "@host/db"),  # as argparse or a log line may show it
    ("postgresql://", "@host/db#fragment"),
]
users = st.sampled_from(["u", "annotator", "", "amal%40team", "نور"])


def _url(shape: tuple[str, str], user: str, password: str) -> str:
    prefix, suffix = shape
    return f"{prefix}{user}:{password}{suffix}"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(shape=st.sampled_from(SHAPES), user=users, first=passwords, second=passwords)
@example(shape=SHAPES[0], user="u", first="se#cretpw", second="x")
@example(shape=SHAPES[0], user="u", first="a/b?c@d", second="x")
@example(shape=SHAPES[0], user="u", first="p%40ss%2Fw", second="x")
def test_redacted_form_does_not_depend_on_the_password(
    shape: tuple[str, str], user: str, first: str, second: str
) -> None:
    one, two = _url(shape, user, first), _url(shape, user, second)
    assert redact_url(one) == redact_url(two)
    assert strip_password(one) == strip_password(two)


@settings(max_examples=200)
@given(shape=st.sampled_from(SHAPES), user=users, password=passwords)
def test_long_passwords_never_appear(shape: tuple[str, str], user: str, password: str) -> None:
    secret = f"Zq{password}Xw"  # long enough not to occur anywhere else by chance
    url = _url(shape, user, secret)
    assert secret not in redact_url(url)
    assert secret not in strip_password(url)
    assert "Zq" not in redact_url(url)
    assert "Zq" not in strip_password(url)


QUERY_SHAPES = [
    "postgresql://u@host/db?password={}",
    "postgresql://host/db?sslmode=require&password={}",
    "postgresql://host/db?PassWord={}&sslmode=require",
    "postgresql://host/db?sslpassword={};x=1",
    "postgresql:host/db?password={}",
]
query_passwords = st.text(alphabet=st.characters(exclude_characters="&;#"), min_size=1)


@settings(max_examples=200)
@given(shape=st.sampled_from(QUERY_SHAPES), first=query_passwords, second=query_passwords)
def test_query_passwords_are_hidden_too(shape: str, first: str, second: str) -> None:
    one, two = shape.format(first), shape.format(second)
    assert redact_url(one) == redact_url(two)
    assert strip_password(one) == strip_password(two)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:pw@host:5432/db", "postgresql://u:***@host:5432/db"),
        ("postgresql://u@host/db", "postgresql://u@host/db"),
        ("postgresql://host/db", "postgresql://host/db"),
        ("postgresql://u:a@b@host/db", "postgresql://u:***@host/db"),
        ("postgresql://u:pw@host/db?password=x&sslmode=require", None),
        (" postgresql://u:pw@host/db", " postgresql://u:***@host/db"),
        ("/home/amal/corpus.annotator", "/home/amal/corpus.annotator"),
        ("sqlite:///home/a@b/c.annotator", "sqlite:///home/a@b/c.annotator"),
        ("C:\\data\\corpus.annotator", "C:\\data\\corpus.annotator"),
    ],
)
def test_examples(url: str, expected: str | None) -> None:
    shown = redact_url(url)
    if expected is not None:
        assert shown == expected
    assert "pw" not in shown.replace("pw@", "") or "pw" not in url
    assert "x&" not in shown


def test_strip_password_keeps_what_is_needed_to_connect() -> None:
    assert strip_password("postgresql://u:pw@host:5432/db") == "postgresql://u@host:5432/db"
    assert (
        strip_password("postgresql://u@host/db?password=x&sslmode=require")
        == "postgresql://u@host/db?sslmode=require"
    )
    assert strip_password("/home/amal/corpus.annotator") == "/home/amal/corpus.annotator"
