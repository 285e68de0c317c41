"""Label presets of common Arabic/English NER tag sets, and the default colour palette.

Colours are light enough that black text stays readable on them in both themes, and
every colour in a preset differs from the others.
"""

from __future__ import annotations

from dataclasses import dataclass

# Material-design 300-level tones: distinct hues, readable under dark text.
PALETTE: tuple[str, ...] = (
    "#e57373",  # red
    "#64b5f6",  # blue
    "#81c784",  # green
    "#ffb74d",  # orange
    "#ba68c8",  # purple
    "#4dd0e1",  # cyan
    "#f06292",  # pink
    "#aed581",  # light green
    "#ffd54f",  # amber
    "#9575cd",  # deep purple
    "#4db6ac",  # teal
    "#ff8a65",  # deep orange
    "#7986cb",  # indigo
    "#dce775",  # lime
    "#a1887f",  # brown
    "#90a4ae",  # blue grey
    "#f48fb1",  # light pink
    "#80deea",  # light cyan
    "#c5e1a5",  # pale green
    "#ffcc80",  # light orange
    "#b39ddb",  # lavender
    "#fff176",  # yellow
    "#bcaaa4",  # light brown
    "#e0e0e0",  # grey
)


@dataclass(frozen=True)
class PresetLabel:
    name: str
    color: str
    hotkey: str | None


def _preset(names: list[str]) -> tuple[PresetLabel, ...]:
    return tuple(
        PresetLabel(name, PALETTE[i], str(i + 1) if i < 9 else None) for i, name in enumerate(names)
    )


PRESETS: dict[str, tuple[PresetLabel, ...]] = {
    "conll2003": _preset(["PER", "LOC", "ORG", "MISC"]),
    "anercorp": _preset(["PERS", "LOC", "ORG", "MISC"]),
    # Wojood (Jarrar et al., 2022): 21 entity types, nested annotation.
    "wojood": _preset(
        [
            "PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME",
            "LANGUAGE", "WEBSITE", "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "PERCENT",
            "QUANTITY", "UNIT", "MONEY", "CURR",
        ]
    ),
}  # fmt: skip


def preset_names() -> list[str]:
    return sorted(PRESETS)


def next_color(used: set[str]) -> str:
    """The first palette colour not in ``used`` (lower-case hex); cycles when all are used."""
    for color in PALETTE:
        if color not in used:
            return color
    return PALETTE[len(used) % len(PALETTE)]
