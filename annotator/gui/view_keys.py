"""The article view's key dispatch table: (key, modifiers) -> what runs.

The view fills it with the token cursor's keys; other parts add their own keys with
:meth:`KeyTable.add` (a later entry for the same keys replaces the earlier one). Keys
bound to window actions (digits, Delete, Esc, Ctrl+...) never reach the table: Qt runs
their shortcuts first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

Key = Qt.Key
Mod = Qt.KeyboardModifier
NO = Mod.NoModifier
SHIFT, ALT, CTRL = Mod.ShiftModifier, Mod.AltModifier, Mod.ControlModifier
# Modifiers that tell keys apart here (the keypad flag does not).
_KEPT = int(SHIFT.value | ALT.value | CTRL.value | Mod.MetaModifier.value)


@dataclass(frozen=True)
class Binding:
    """One entry: what the keys do, in words (for help texts) and as a call."""

    text: str
    run: Callable[[], object]


@dataclass
class KeyTable:
    entries: dict[tuple[int, int], Binding] = field(default_factory=dict)

    def add(self, key: Key, modifiers: Mod, text: str, run: Callable[[], object]) -> None:
        self.entries[(int(key.value), int(modifiers.value) & _KEPT)] = Binding(text, run)

    def binding(self, event: QKeyEvent) -> Binding | None:
        key = event.key()
        modifiers = int(event.modifiers().value) & _KEPT
        if key == Key.Key_Backtab:  # Shift+Tab arrives as Backtab with Shift held
            key = Key.Key_Tab
        return self.entries.get((int(key.value if isinstance(key, Key) else key), modifiers))

    def dispatch(self, event: QKeyEvent) -> bool:
        """Run the binding of ``event``'s keys; False when there is none."""
        binding = self.binding(event)
        if binding is None:
            return False
        binding.run()
        return True
