"""brat's configuration files: only the type names brat can read are written there.

brat reads ``annotation.conf`` line by line (server/src/projectconfig.py): a line starting
with ``#`` is a comment, ``[NAME]`` starts a section, a line of hyphens is a separator,
``|`` separates a type's alternative names, a leading ``!`` marks a type as unusable, and
the first name is turned into its storage form (every character outside
``[a-zA-Z0-9_-]`` becomes ``_``), which must equal the type in the ``.ann`` files.
"""

from __future__ import annotations

import re
from pathlib import Path

from format_helpers import Cli

from annotator.store import Store

_STORAGE = re.compile(r"[a-zA-Z0-9_-]+")


def _brat_entity_types(conf: str) -> list[str]:
    """The entity types brat's configuration reader finds in ``annotation.conf``, in its
    storage form, as brat's own rules read them."""
    section, types = "general", []
    for line in conf.split("\n"):
        heading = re.match(r"^\s*\[(.*)\]\s*$", line)
        if heading:
            section = heading.group(1)
            continue
        if section != "entities" or not line.strip() or re.match(r"^\s*#", line):
            continue
        if re.match(r"^\s*-+\s*$", line):
            continue
        first = line.split()[0].split("|")[0].lstrip("!")
        types.append(re.sub(r"[^a-zA-Z0-9_-]", "_", first))
    return types


def test_only_names_brat_can_configure_are_in_its_config_and_the_rest_are_named(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    labels = ["PER", "مكان", "[X]", "#h", "x|y", "!a", "---", "a:b", "B-LOC", "ORG_2"]
    with Store.open(db) as store:
        doc = store.add_document("d", " ".join(f"w{i}" for i in range(len(labels))))
        for i, label in enumerate(labels):
            store.add_label(label)
            start = 3 * i
            store.add_span(doc.id, "amal", start, start + 2, label)
    out = tmp_path / "brat"
    status, stdout, err = cli("export", "--format", "brat", "-o", str(out))
    assert status == 0, err
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    visual = (out / "visual.conf").read_text(encoding="utf-8")
    # Every type brat finds is one of ours, spelt as in the .ann files, and each label
    # brat can hold is there.
    assert _brat_entity_types(conf) == ["PER", "B-LOC", "ORG_2"]
    drawn = [line.split("\t")[0] for line in visual.split("[drawing]\n")[1].splitlines()]
    assert drawn == ["PER", "B-LOC", "ORG_2"]
    # The spans of the other labels stay in the .ann file, and the export says which
    # labels brat will show as types its configuration does not define.
    ann = (out / "d.ann").read_text(encoding="utf-8")
    assert [line.split("\t")[1].split(" ")[0] for line in ann.splitlines()] == labels
    note = [line for line in err.splitlines() if "annotation.conf" in line]
    assert len(note) == 1, err
    for label in labels:
        assert (repr(label) in note[0]) == (label not in ("PER", "B-LOC", "ORG_2")), note
    assert "exported 1 document, 10 spans" in stdout
