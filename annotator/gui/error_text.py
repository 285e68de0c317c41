"""The domain code's errors in the interface's language: the one place the window words
a refusal of the store, the span rules or an importer.

Those errors carry a stable ``code`` and its arguments (``params``; see
:mod:`annotator.store.errors`); their English ``message`` is the command line's. Each code
here has a template with the same arguments, translated under the ``ErrorText``
context. An error without a known code is shown by its message as it is (English). Names
in the arguments (labels, files, documents) are isolated (:func:`annotator.gui.i18n.isolate`)
so that a Latin name keeps its order inside an Arabic sentence.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from annotator.gui import error_texts_import as more
from annotator.gui import note_texts
from annotator.gui.i18n import QT_TRANSLATE_NOOP, isolate

CONTEXT = "ErrorText"


TEXTS: dict[str, str] = {
    # span rules (annotator.spans), as a file or the store reports them
    "span_outside": QT_TRANSLATE_NOOP(
        "ErrorText", "span {start}-{end} is outside the text, which has {length} characters"
    ),
    "span_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "span {start}-{end} is empty: its start must come before its end"
    ),
    "span_starts_on_space": QT_TRANSLATE_NOOP(
        "ErrorText", "span {start}-{end} starts on whitespace"
    ),
    "span_ends_on_space": QT_TRANSLATE_NOOP("ErrorText", "span {start}-{end} ends on whitespace"),
    "span_exists": QT_TRANSLATE_NOOP("ErrorText", "span {start}-{end} ({label}) already exists"),
    "span_duplicate": QT_TRANSLATE_NOOP("ErrorText", "span {start}-{end} ({label}) is given twice"),
    "span_overlaps": QT_TRANSLATE_NOOP(
        "ErrorText",
        "span {start}-{end} ({label}) overlaps span {other_start}-{other_end} ({other_label})",
    ),
    "span_crosses": QT_TRANSLATE_NOOP(
        "ErrorText",
        "span {start}-{end} ({label}) crosses span {other_start}-{other_end} ({other_label})",
    ),
    "unknown_label": QT_TRANSLATE_NOOP(
        "ErrorText", "the label {label} does not exist (deleted meanwhile?)"
    ),
    # the store: labels, names, notes, suggestions
    "no_label": QT_TRANSLATE_NOOP(
        "ErrorText", "the label {label} does not exist (deleted meanwhile?)"
    ),
    "no_span": QT_TRANSLATE_NOOP("ErrorText", "this span is no longer there (removed meanwhile?)"),
    "no_document": QT_TRANSLATE_NOOP(
        "ErrorText", "this document is no longer there (deleted meanwhile?)"
    ),
    "no_suggestion": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this suggestion is no longer there (accepted, rejected or its label deleted meanwhile?)",
    ),
    "label_exists": QT_TRANSLATE_NOOP("ErrorText", "a label {label} already exists"),
    "hotkey_used": QT_TRANSLATE_NOOP(
        "ErrorText", "the hotkey {hotkey} is already used by the label {label}"
    ),
    "hotkey_length": QT_TRANSLATE_NOOP(
        "ErrorText", "the hotkey {hotkey} must be 1 to {limit} characters"
    ),
    "hotkey_invisible": QT_TRANSLATE_NOOP(
        "ErrorText", "the hotkey {hotkey} contains {char}, an invisible character"
    ),
    "invalid_colour": QT_TRANSLATE_NOOP("ErrorText", "{colour} is not a colour: use #rrggbb"),
    "label_name_length": QT_TRANSLATE_NOOP(
        "ErrorText", "a label name must be 1 to {limit} characters"
    ),
    "label_name_invisible": QT_TRANSLATE_NOOP(
        "ErrorText", "the label name {name} contains {char}, an invisible character"
    ),
    "label_name_space": QT_TRANSLATE_NOOP(
        "ErrorText", "the label name {name} must not contain spaces"
    ),
    "label_name_outside": QT_TRANSLATE_NOOP(
        "ErrorText", "a label may not be called O: it is the outside tag"
    ),
    "relabel_to_deleted": QT_TRANSLATE_NOOP(
        "ErrorText", "the spans of {label} cannot move to the label being deleted"
    ),
    "guidelines_changed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the project guidelines were changed elsewhere since they were read; nothing was "
        "overwritten",
    ),
    "text_too_long": QT_TRANSLATE_NOOP("ErrorText", "the text is longer than {limit} characters"),
    "name_empty": QT_TRANSLATE_NOOP("ErrorText", "the annotator name must not be empty"),
    "name_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "the annotator name is longer than {limit} characters"
    ),
    "name_invisible": QT_TRANSLATE_NOOP(
        "ErrorText", "the annotator name {name} contains {char}, an invisible character"
    ),
    "flat_impossible": QT_TRANSLATE_NOOP(
        "ErrorText",
        "cannot forbid overlapping spans: {spans} span(s) overlap another span of their "
        "layer, in {documents} document(s): {names} (remove or shorten them first)",
    ),
    # the database
    "read_only": QT_TRANSLATE_NOOP("ErrorText", "{path} is open read-only"),
    "change_refused": QT_TRANSLATE_NOOP("ErrorText", "the database refused the change ({detail})"),
    "database_busy": QT_TRANSLATE_NOOP(
        "ErrorText", "the database is busy (locked by another program); try again"
    ),
    "disk_full": QT_TRANSLATE_NOOP("ErrorText", "the disk is full; free some space and try again"),
    "database_error": QT_TRANSLATE_NOOP("ErrorText", "database error: {detail}"),
    "lost_write": QT_TRANSLATE_NOOP(
        "ErrorText", "lost connection to the database server: {detail}; the change was not saved"
    ),
    "lost_read": QT_TRANSLATE_NOOP("ErrorText", "lost connection to the database server: {detail}"),
    "does_not_exist": QT_TRANSLATE_NOOP("ErrorText", "{path} does not exist"),
    "not_a_file": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not an annotator database: it is not a file"
    ),
    "a_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not an annotator database: it is a folder"
    ),
    "not_database": QT_TRANSLATE_NOOP("ErrorText", "{path} is not an annotator database"),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not an annotator database: it is not a SQLite file"
    ),
    "other_tables": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not an annotator database: it holds other tables ({tables})"
    ),
    "no_schema_version": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not an annotator database: it has no schema version"
    ),
    "schema_newer": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the database has schema version {version}, newer than this annotator supports "
        "({latest}); upgrade the annotator",
    ),
    "upgrade_read_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} needs an upgrade from schema version {version} to {latest} but is read-only",
    ),
    "cannot_open": QT_TRANSLATE_NOOP("ErrorText", "cannot open {path}: {detail}"),
    "not_readable": QT_TRANSLATE_NOOP(
        "ErrorText", "cannot open {path}: permission denied (you may not read it)"
    ),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "ErrorText", "cannot create {path}: the folder {folder} is read-only"
    ),
    "folder_not_writable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "cannot create {path}: permission denied (you may not write to the folder {folder})",
    ),
    "cannot_create_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "cannot create the folder {path} for the database: {detail}"
    ),
    "cannot_connect": QT_TRANSLATE_NOOP("ErrorText", "cannot connect to {path}: {detail}"),
    # agreement
    "unknown_layer": QT_TRANSLATE_NOOP("ErrorText", "unknown layer {layers} (known: {known})"),
    "too_few_layers": QT_TRANSLATE_NOOP("ErrorText", "agreement needs at least two layers"),
    "unknown_document_ids": QT_TRANSLATE_NOOP("ErrorText", "unknown document id {ids}"),
    "sqlite_url_host": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: a sqlite URL names no host: give the file's path after three slashes "
        "(four before an absolute path)",
    ),
    "sqlite_url_no_path": QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: a sqlite URL needs a file path after three slashes"
    ),
    "unsupported_url": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: unsupported database URL (give a file path, a sqlite URL or a PostgreSQL URL)",
    ),
    "url_slashes": QT_TRANSLATE_NOOP("ErrorText", "{path}: a database URL starts with {scheme}"),
    "malformed_url": QT_TRANSLATE_NOOP("ErrorText", "{path}: malformed PostgreSQL URL"),
    "url_no_database": QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the URL names no database (the server, then the database's name)"
    ),
    "no_psycopg": QT_TRANSLATE_NOOP(
        "ErrorText", "PostgreSQL support is not installed (it needs the psycopg2 package)"
    ),
    "upgrade_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: upgrading to schema version {version} failed: {detail}"
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "cannot back up {path} to {target} before upgrading: {detail}"
    ),
    # guidelines
    "guideline_not_text": QT_TRANSLATE_NOOP("ErrorText", "a guideline must be text"),
    "guideline_nul": QT_TRANSLATE_NOOP(
        "ErrorText", "the guideline contains a NUL character (U+0000)"
    ),
    "guideline_surrogate": QT_TRANSLATE_NOOP(
        "ErrorText", "the guideline contains a lone surrogate"
    ),
    "descriptions_not_mapping": QT_TRANSLATE_NOOP(
        "ErrorText", "the descriptions must map a language code to a text"
    ),
    "description_language": QT_TRANSLATE_NOOP(
        "ErrorText", "{language} is no language code (give one like ar or en)"
    ),
    "positive_examples_not_list": QT_TRANSLATE_NOOP(
        "ErrorText", "the examples must be a list of texts"
    ),
    "negative_examples_not_list": QT_TRANSLATE_NOOP(
        "ErrorText", "the counter-examples must be a list of texts"
    ),
    "example_one_line": QT_TRANSLATE_NOOP(
        "ErrorText", "the example {example} has more than one line: an example is one line"
    ),
    "too_many_positive_examples": QT_TRANSLATE_NOOP(
        "ErrorText", "too many examples: at most {limit}"
    ),
    "too_many_negative_examples": QT_TRANSLATE_NOOP(
        "ErrorText", "too many counter-examples: at most {limit}"
    ),
    # importers (annotator.formats)
    "no_such_file": QT_TRANSLATE_NOOP("ErrorText", "no such file or folder"),
    "empty_file": QT_TRANSLATE_NOOP("ErrorText", "the file is empty"),
    "bad_utf8": QT_TRANSLATE_NOOP("ErrorText", "not valid UTF-8 text"),
    "bad_utf8_byte": QT_TRANSLATE_NOOP(
        "ErrorText", "not valid UTF-8 text (byte {byte} at byte offset {offset})"
    ),
    "nul_character": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a NUL character (U+0000) at line {line}: imported text may not contain it; "
        "remove it from the file",
    ),
    "unknown_labels": QT_TRANSLATE_NOOP("ErrorText", "labels not defined yet: {labels}"),
    "no_tag": QT_TRANSLATE_NOOP("ErrorText", "no tag after the token {token}"),
    "not_a_tag": QT_TRANSLATE_NOOP("ErrorText", "{tag} is not a tag (O, B-X, I-X, E-X, S-X)"),
    "last_not_tag": QT_TRANSLATE_NOOP(
        "ErrorText", "missing tag: the last column {column} is not a tag"
    ),
    "empty_token": QT_TRANSLATE_NOOP("ErrorText", "empty token (the line starts with a TAB)"),
    "no_tokens": QT_TRANSLATE_NOOP("ErrorText", "no tokens in the file"),
    "bad_json": QT_TRANSLATE_NOOP("ErrorText", "not valid JSON (column {column})"),
    "no_text": QT_TRANSLATE_NOOP("ErrorText", "the record has no text"),
    "not_object": QT_TRANSLATE_NOOP("ErrorText", "each record must be a JSON object"),
    "no_records": QT_TRANSLATE_NOOP("ErrorText", "no records in the file"),
    **more.IMPORT_TEXTS,
    **note_texts.NOTE_TEXTS,
}
FILE_LINE = QT_TRANSLATE_NOOP("ErrorText", "{file}, line {line}: {reason}")
FILE_ONLY = QT_TRANSLATE_NOOP("ErrorText", "{file}: {reason}")
IN_DOCUMENT = QT_TRANSLATE_NOOP("ErrorText", "in the document {document}: {reason}")
#: What an empty list in a refusal reads ("known: none"), as the command line says it.
NONE = QT_TRANSLATE_NOOP("ErrorText", "none")
FLAT_HINT = QT_TRANSLATE_NOOP(
    "ErrorText",
    "{reason}; the project allows no overlapping spans (choose nested spans to import them)",
)
NUMBERS = (
    *("start", "end", "other_start", "other_end", "length", "limit", "line", "column"),
    *("spans", "documents", "offset", "version", "latest", "id", "first", "count", "factor"),
    *("entry",),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _shown(key: str, value: object) -> str:
    if key == "byte" and isinstance(value, int):
        return f"0x{value:02x}"
    if key in more.SIZES and isinstance(value, int):
        if value >= 1 << 20:
            return _tr(more.MB_TEXT).format(size=f"{value / (1 << 20):.1f}")
        return _tr(more.BYTES_TEXT).format(size=value)
    if isinstance(value, (list, tuple)):
        if not value:
            return _tr(NONE)
        return "، ".join(isolate(str(v)) for v in value) if _rtl() else ", ".join(map(str, value))
    if key in NUMBERS:
        return str(value)
    return isolate(str(value))


def _rtl() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reason_text(code: str, params: Mapping[str, object]) -> str | None:
    """The reason ``code`` with ``params`` in the interface's language; None for a code
    without a template (or arguments it lacks)."""
    template = TEXTS.get(code)
    if template is None:
        return None
    shown = {key: _shown(key, value) for key, value in params.items()}
    try:
        text = _tr(template).format(**shown)
    except (KeyError, IndexError, ValueError):
        return None
    if params.get("flat_hint"):
        text = _tr(FLAT_HINT).format(reason=text)
    if "entry" in params:
        entry = more.IN_NAMED_ENTRY if "entry_name" in params else more.IN_ENTRY
        text = _tr(entry).format(reason=text, **shown)
    if "document" in params:
        text = _tr(IN_DOCUMENT).format(document=shown["document"], reason=text)
    return text


def translated() -> bool:
    """Whether the interface speaks another language than the domain's English (its
    catalogue translates these texts; the import frame stands for them all)."""
    return _tr(FILE_LINE) != FILE_LINE


def error_text(error: BaseException) -> str:
    """``error`` (a store, span rule or importer error, or any other) as the window shows
    it: in the interface's language when its code is known, else its own message. The
    English interface shows the domain's own English, as the command line does."""
    from annotator.formats.errors import FormatError

    if not translated():
        return _message(error)
    params: Mapping[str, object] = getattr(error, "params", None) or {}
    if isinstance(error, FormatError):
        params = {"line": error.line, **params}
    text = reason_text(str(getattr(error, "code", "") or ""), params)
    if isinstance(error, FormatError):
        template = FILE_ONLY if error.line is None else FILE_LINE
        reason = text if text is not None else error.reason
        file = isolate(error.file)
        return _tr(template).format(file=file, line=error.line, reason=reason)
    return text if text is not None else _message(error)


def coded(code: object, params: object, message: str) -> str:
    """A reason reported as ``code`` and ``params`` (by another process: the assistant's
    worker) with its English ``message``, as :func:`error_text` shows an error."""
    if not translated() or not isinstance(code, str) or not isinstance(params, dict):
        return message
    text = reason_text(code, params)
    return text if text is not None else message


def note_text(note: str) -> str:
    """A note of an export or import (:class:`annotator.formats.notes_text.Note`: its
    English with a code and values) in the interface's language; any other text as it is."""
    params = getattr(note, "params", None)
    if isinstance(params, dict) and isinstance(params.get("brat_kinds"), dict):
        params = {**params, "kinds": note_texts.brat_kinds(params["brat_kinds"], _tr)}
        del params["brat_kinds"]
    return coded(getattr(note, "code", None), params, str(note))


def _message(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error) or error.__class__.__name__
    if isinstance(error, OSError) and error.filename and error.strerror:
        message = f"{os.fsdecode(error.filename)}: {error.strerror}"
    return str(message)


of = error_text  # for a module that imports this one whole: ``error_text.of(error)``
