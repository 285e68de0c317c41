"""The error every importer raises for bad input, and how file names are shown in it."""

from __future__ import annotations

import os


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as messages show it (:func:`annotator.text.chars.display_path`)."""
    from annotator.text.chars import display_path as shown  # here: the CLI imports this at start

    return shown(path)


class FormatError(ValueError):
    """Bad input: names the file (escaped by :func:`display_path`), the line (when known)
    and the reason.

    Like the store's errors (:mod:`annotator.store.errors`) the reason may carry a stable
    ``code`` and its arguments in ``params``, for a caller that words it in another
    language; ``""`` when it has none (the reason is then only in English). A reason taken
    from another error (a span rule's, the store's) keeps that error's code:
    :meth:`wrapping`."""

    def __init__(
        self,
        file: str | os.PathLike[str],
        line: int | None,
        reason: str,
        code: str = "",
        **params: object,
    ) -> None:
        self.file = display_path(file)
        self.line = line
        self.reason = reason
        self.code, self.params = code, params
        where = f"{self.file}, line {line}" if line is not None else self.file
        super().__init__(f"{where}: {reason}")

    @property
    def message(self) -> str:
        return str(self)

    @classmethod
    def wrapping(
        cls, file: str | os.PathLike[str], line: int | None, error: Exception, **params: object
    ) -> FormatError:
        """The error ``error`` (a span rule's or the store's, with ``message``, ``code``
        and ``params``) as the reason of a file's line; ``params`` add to its own."""
        reason = str(getattr(error, "message", None) or error)
        code = str(getattr(error, "code", ""))
        return cls(file, line, reason, code, **{**getattr(error, "params", {}), **params})


class UnknownLabelsError(FormatError):
    """Spans with labels the project does not define (and adding them was not asked
    for). ``labels`` lists them, so a caller can word the way out in its own terms (the
    window has a check box, not ``--add-labels``)."""

    def __init__(self, file: str | os.PathLike[str], line: int | None, labels: list[str]) -> None:
        self.labels = sorted(labels)
        from annotator.plurals import noun

        word = noun(len(self.labels), "unknown label")
        reason = f"{word} {', '.join(self.labels)} (use --add-labels to add them)"
        super().__init__(file, line, reason, "unknown_labels", labels=self.labels)


class NulCharacterError(FormatError):
    """A NUL character (U+0000) in imported text. PostgreSQL cannot store one in a text
    column, so every importer refuses it, whatever the backend, before anything is written.
    The message reads ``<file>: NUL character (U+0000) at line N[, detail]: <why>``."""

    def __init__(
        self, file: str | os.PathLike[str], line: int, detail: str = "", **params: object
    ) -> None:
        super().__init__(
            file,
            line,
            f"NUL character (U+0000) at line {line}{detail}: imported text may not contain "
            "it (PostgreSQL cannot store it); remove it from the file",
            "nul_character",
            **params,
        )
        self.args = (f"{self.file}: {self.reason}",)


class MissingExtraError(RuntimeError):
    """A format needs an optional extra that is not installed; the message (one line)
    names the extra to install."""

    @property
    def message(self) -> str:
        return str(self)
