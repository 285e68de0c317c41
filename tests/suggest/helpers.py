"""The Wojood sample flattened to its outermost entities, as a CoNLL file to import."""

from __future__ import annotations

from pathlib import Path

WOJOOD = Path(__file__).resolve().parents[1] / "data" / "wojood_sample_train.txt"


def flat_wojood(target: Path, sentences: int | None = None) -> Path:
    """Write ``TOKEN<TAB>OUTERMOST_TAG`` rows of the first ``sentences`` segments (all
    when None): the first tag column is the outermost entity."""
    out: list[str] = []
    count = 0
    for line in WOJOOD.read_text(encoding="utf-8").split("\n"):
        fields = line.split()
        if not fields:
            if out and out[-1] != "":
                out.append("")
                count += 1
                if sentences is not None and count >= sentences:
                    break
            continue
        out.append(f"{fields[0]}\t{fields[1]}")
    target.write_text("\n".join(out).strip("\n") + "\n", encoding="utf-8")
    return target


def conll_tokens(path: Path) -> list[str]:
    """The tokens of a CoNLL file in order (first column)."""
    return [line.split("\t")[0] for line in path.read_text(encoding="utf-8").split("\n") if line]
