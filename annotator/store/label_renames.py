"""Earlier names of labels: a renamed label is the same label, also for an undo step.

Undo steps (:mod:`annotator.gui.commands`) and :class:`~annotator.store.types.SpanInfo`
carry a label by its name. A rename (:func:`annotator.store.labels.update_label`) keeps
the label's row and id, so every stored span follows it, but a step made before the
rename (a removed span to restore, "Relabel PERS as LOC" to undo) still says ``PERS``.

The store therefore records each rename: an earlier name -> the label's row (table
``label_rename``, migration 11). The span operations that take a label name from an undo
step (``restore_span``, which label-all's redo uses too, and ``relabel_span``) resolve a
name that no label has through that record, and return the current name, which the window
then shows; so does putting back a suggestion that undoing an accept or a reject restores
(:func:`annotator.store.suggestions.put_back`). This was chosen over keeping the label id
in the commands beside the name:

- an id alone cannot be trusted: SQLite hands a freed ``label_type`` id out again (no
  AUTOINCREMENT), and "renamed" and "deleted, then another label created" look the same
  from an old name and an id;
- the record lives in the database, so a rename written by another Store (another window,
  another member's program, the command line) is seen by everyone, and neither the
  commands nor ``SpanInfo`` change.

Rules, kept by :mod:`annotator.store.labels` in the transaction of each label change:

- A recorded name is never the name of a current label: creating a label, or renaming one,
  under a recorded name drops that record (the name now means that label).
- A record points at the label's row and goes with it (deleted by ``delete_label``; the
  foreign key cascades too): a deleted label stays unknown, refused by the span rules
  with their usual message, and a reused id never inherits a deleted label's old names.
- Records point at rows, not at names, so a chain of renames (PERS -> PER -> PERSON) needs
  no following: every earlier name leads to the current one.
"""

from __future__ import annotations

from collections.abc import Container

from annotator.store.models import Models


def renamed(m: Models, label_id: int, old_name: str, new_name: str) -> None:
    """The label ``label_id`` was renamed from ``old_name`` to ``new_name``."""
    model = m.label_rename
    model.delete().where(model.old_name.in_([old_name, new_name])).execute()
    model.insert(old_name=old_name, label=label_id).execute()


def created(m: Models, name: str) -> None:
    """A label was created as ``name``: the name means that label from now on."""
    model = m.label_rename
    model.delete().where(model.old_name == name).execute()


def deleted(m: Models, label_id: int) -> None:
    """The label ``label_id`` is being deleted: its earlier names name nothing any more."""
    model = m.label_rename
    model.delete().where(model.label == label_id).execute()


def current_name(m: Models, name: str, known: Container[str]) -> str:
    """The name to use for ``name`` taken from an undo step: itself when a label has it
    (``known``: the current names), else the current name of the label that had it, else
    ``name`` unchanged (the span rules then refuse it as an unknown label)."""
    if name in known:
        return name
    label, rename = m.label_type, m.label_rename
    query = (
        label.select(label.name)
        .join(rename, on=(rename.label == label.id))
        .where(rename.old_name == name)
    )
    found = query.scalar()
    return name if found is None else str(found)
