"""Layer names and the rule for which layer an export (or a suggestion run) uses by default.

Qt-free and store-free: callers pass the span counts per layer (from the store's grouped
count query), so the rule is the same in the command line, the export dialog and the
assistant.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.plurals import counted

__all__ = ["GOLD", "IMPORTED", "NoDefaultLayerError", "default_layer", "describe_layers"]

#: The adjudicated layer (Review > Adjudicate writes it).
GOLD = "gold"
#: The layer imports write to when no annotator is named.
IMPORTED = "imported"


class NoDefaultLayerError(ValueError):
    """No layer can be chosen without asking; the message lists the layers and counts."""


def describe_layers(counts: Mapping[str, int]) -> str:
    """``gold (12 spans), amal (0 spans)``, or ``no layers yet``."""
    if not counts:
        return "no layers yet"
    return ", ".join(f"{name} ({counted(n, 'span')})" for name, n in sorted(counts.items()))


def default_layer(counts: Mapping[str, int], current: str | None = None) -> str:
    """The layer to use when none is named.

    ``counts`` maps every layer name to its number of spans. The rule: ``gold`` when it
    has spans; else the only layer that has spans; else ``current`` (the window passes
    the annotator's own layer); else :class:`NoDefaultLayerError`. An empty layer is never
    chosen while another one has labels, except as the window's own layer.
    """
    if counts.get(GOLD, 0) > 0:
        return GOLD
    labelled = [name for name, n in counts.items() if n > 0]
    if len(labelled) == 1:
        return labelled[0]
    if current is not None:
        return current
    reason = "several layers have spans" if labelled else "no layer has spans"
    raise NoDefaultLayerError(f"{reason}: choose one with --layer ({describe_layers(counts)})")
