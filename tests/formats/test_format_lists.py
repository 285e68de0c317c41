"""One list of formats: the command line, the dialogs and the exporter offer the same ones."""

from __future__ import annotations

import argparse

from annotator.cli import build_parser
from annotator.formats import common as formats
from annotator.formats.export import SUFFIXES
from annotator.gui.dialogs import export_job, import_job


def _choices(command: str, option: str) -> tuple[str, ...]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    action = next(a for a in sub.choices[command]._actions if option in a.option_strings)
    return tuple(action.choices)


def test_the_command_line_offers_the_package_lists() -> None:
    assert _choices("import", "--format") == formats.IMPORT_FORMATS
    assert _choices("export", "--format") == formats.EXPORT_FORMATS
    assert _choices("export", "--hf-unit") == formats.HF_UNITS


def test_the_dialogs_offer_the_package_lists() -> None:
    assert import_job.IMPORT_FORMATS == formats.IMPORT_FORMATS
    assert export_job.EXPORT_FORMATS == formats.EXPORT_FORMATS
    assert "hf" in export_job.EXPORT_FORMATS
    assert export_job.HF_UNITS == formats.HF_UNITS == ("sentence", "document")


def test_every_export_format_has_a_file_suffix() -> None:
    assert set(SUFFIXES) == set(formats.EXPORT_FORMATS)


def test_export_help_lists_every_format_with_one_line(capsys) -> None:
    import pytest

    from annotator.cli import main
    from annotator.formats.registry import EXPORT_FORMAT_TABLE

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    listed = capsys.readouterr().out.split("formats:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed] == list(formats.EXPORT_FORMATS)
    for line, spec in zip(listed, EXPORT_FORMAT_TABLE, strict=True):
        assert line.split(None, 1)[1] == spec.summary


def test_import_offers_brat() -> None:
    assert "brat" in formats.IMPORT_FORMATS
    assert _choices("import", "--format") == formats.IMPORT_FORMATS
