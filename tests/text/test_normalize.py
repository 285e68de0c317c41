import pytest

from annotator.text import TextDecodeError, decode_utf8, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffكيم", "كيم"),
        ("\ufeff\ufeffكيم", "\ufeffكيم"),  # only one BOM is stripped
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("كيم\ufeff", "كيم\ufeff"),  # a BOM elsewhere is data
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_text_never_applies_unicode_normalisation() -> None:
    shadda_fatha = "\u0634\u0651\u064e"  # NFC would reorder the two marks
    lam_alef = "\ufef7"  # NFKC would turn this into two characters
    nbsp = "a\u00a0b"
    text = shadda_fatha + lam_alef + nbsp + "\u200f"
    assert normalize_text(text) == text


def test_decode_utf8_plain_and_bom() -> None:
    assert decode_utf8("كيم جونغ أون".encode(), "news.txt") == "كيم جونغ أون"
    assert decode_utf8(b"\xef\xbb\xbfabc", "news.txt") == "abc"
    assert decode_utf8(b"a\r\nb", "news.txt") == "a\r\nb"  # line ends are normalize_text's job


def test_decode_error_names_source_line_and_byte() -> None:
    # Three lines with CRLF, CR and LF endings; the bad byte 0xff is on line 4.
    data = "أ\r\nب\rج\n".encode() + b"x\xff"
    offset = data.index(b"\xff")
    with pytest.raises(TextDecodeError) as info:
        decode_utf8(data, "news.txt")
    err = info.value
    assert isinstance(err, ValueError)
    assert str(err) == f"news.txt, line 4: invalid UTF-8 byte 0xff at byte {offset}"
    assert (err.source, err.line, err.offset) == ("news.txt", 4, offset)


@pytest.mark.parametrize(
    ("data", "offset", "byte"),
    [
        (b"ok\n\xe2\x80", 3, 0xE2),  # truncated sequence at the end
        (b"\xed\xa0\x80", 0, 0xED),  # an encoded surrogate is not UTF-8
        (b"ab\xc0\xaf", 2, 0xC0),  # overlong encoding
        ("ك".encode() + b"\x80", 2, 0x80),  # stray continuation byte
    ],
)
def test_decode_error_cases(data: bytes, offset: int, byte: int) -> None:
    with pytest.raises(TextDecodeError) as info:
        decode_utf8(data, "f.txt")
    assert info.value.offset == offset
    assert f"byte 0x{byte:02x} at byte {offset}" in str(info.value)
