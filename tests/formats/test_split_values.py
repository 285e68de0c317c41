"""``--split`` values that cannot be a split are refused in one line that says what is
wrong with them (``0/0/0`` was "expected two or three non-negative numbers", which it is)."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.formats.export import parse_split

REFUSED = {
    "0/0/0": "the parts add up to 0: give at least one of them a share, like 80/10/10",
    "0/0": "the parts add up to 0: give at least one of them a share, like 80/10/10",
    "80/10/10/0": "give two or three numbers (TRAIN/TEST or TRAIN/DEV/TEST), not 4",
    "100": "give two or three numbers (TRAIN/TEST or TRAIN/DEV/TEST), not 1",
    "-1/50/51": "a part cannot be negative (-1)",
    "80/-10/30": "a part cannot be negative (-10)",
    "a/b/c": "expected whole numbers like 80/10/10",
    "0.8/0.1/0.1": "expected whole numbers like 80/10/10",
    "80//20": "expected whole numbers like 80/10/10",
}


@pytest.mark.parametrize("value", sorted(REFUSED))
def test_a_split_that_cannot_be_one_says_why(value: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_split(value)
    assert str(info.value) == f"--split {value!r}: {REFUSED[value]}"
    assert getattr(info.value, "code", "")


@pytest.mark.parametrize(("value", "parts"), [("80/10/10", (80, 10, 10)), ("1/0", (1, 0))])
def test_a_good_split_is_read(value: str, parts: tuple[int, ...]) -> None:
    assert parse_split(value) == parts


def test_the_cli_refuses_a_zero_split_in_one_line(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("زار القاهرة", encoding="utf-8")
    cli.ok("import", str(text))
    out_dir = tmp_path / "out"
    status, out, err = cli("export", "--format", "conll", "--split", "0/0/0", "-o", str(out_dir))
    assert (status, out) == (1, "")
    assert err == f"annotator: error: --split '0/0/0': {REFUSED['0/0/0']}\n"
    assert not out_dir.exists()
