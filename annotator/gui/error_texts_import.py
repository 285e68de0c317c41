"""The window's texts of the importers' refusals (annotator.formats), by code: a part of
the table of :mod:`annotator.gui.error_text`, which owns how they are shown."""

from __future__ import annotations

from annotator.gui.i18n import QT_TRANSLATE_NOOP

SIZES = ("bytes", "limit_bytes")  # arguments that are a number of bytes

IMPORT_TEXTS: dict[str, str] = {
    # JSON and JSON Lines records
    "not_finite": QT_TRANSLATE_NOOP(
        "ErrorText", "{token} is not a JSON number: infinite numbers and NaN cannot be imported"
    ),
    "meta_infinite": QT_TRANSLATE_NOOP(
        "ErrorText", "the record's meta holds a number too large to be imported"
    ),
    "unpaired_surrogate": QT_TRANSLATE_NOOP(
        "ErrorText", "an invalid JSON string (an unpaired surrogate escape)"
    ),
    "too_deep": QT_TRANSLATE_NOOP("ErrorText", "not valid JSON: nested too deeply"),
    "duplicate_key": QT_TRANSLATE_NOOP(
        "ErrorText", "the key {key} is given twice in one object: remove one"
    ),
    "field_not_string": QT_TRANSLATE_NOOP("ErrorText", "{field} must be a string, not {value}"),
    "meta_not_object": QT_TRANSLATE_NOOP(
        "ErrorText", "the record's meta must be a JSON object, not {value}"
    ),
    "not_array": QT_TRANSLATE_NOOP("ErrorText", "a JSON array of records was expected"),
    "array_unterminated": QT_TRANSLATE_NOOP("ErrorText", "not valid JSON: the array is not closed"),
    "array_comma": QT_TRANSLATE_NOOP(
        "ErrorText", "not valid JSON: a comma or the end of the array was expected"
    ),
    "array_trailing": QT_TRANSLATE_NOOP("ErrorText", "not valid JSON: text after the array"),
    "span_start_not_integer": QT_TRANSLATE_NOOP(
        "ErrorText", "a span's start must be an integer, not {value}"
    ),
    "span_end_not_integer": QT_TRANSLATE_NOOP(
        "ErrorText", "a span's end must be an integer, not {value}"
    ),
    "spans_not_list": QT_TRANSLATE_NOOP("ErrorText", "{key} must be a list"),
    "span_fields": QT_TRANSLATE_NOOP(
        "ErrorText", "a span needs a start, an end and a label: {item}"
    ),
    "not_a_span": QT_TRANSLATE_NOOP("ErrorText", "not a span in {key}: {item}"),
    "span_no_label": QT_TRANSLATE_NOOP("ErrorText", "span {start}-{end} has no label"),
    "span_text_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "the text of span {start}-{end}, {given}, is not the text there ({found})"
    ),
    "span_text_not_string": QT_TRANSLATE_NOOP(
        "ErrorText", "the text of span {start}-{end} must be a string, not {value}"
    ),
    "span_keys_differ": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the record's spans and {key} give different spans ({span} is only in {where}): "
        "one of them was edited; remove the other",
    ),
    "text_empty": QT_TRANSLATE_NOOP("ErrorText", "the record's text is empty"),
    "text_only_space": QT_TRANSLATE_NOOP("ErrorText", "the record's text holds only whitespace"),
    # Label Studio tasks
    "ls_no_data": QT_TRANSLATE_NOOP(
        "ErrorText", "each Label Studio task must be an object with a data object"
    ),
    "ls_bad_id": QT_TRANSLATE_NOOP(
        "ErrorText", "the task's id must be a number or a string, not {value}"
    ),
    "ls_annotations": QT_TRANSLATE_NOOP("ErrorText", "the task's annotations must be a list"),
    "ls_result": QT_TRANSLATE_NOOP(
        "ErrorText", "the result of the first annotation must be a list"
    ),
    "ls_not_result": QT_TRANSLATE_NOOP("ErrorText", "not a Label Studio result: {item}"),
    "ls_no_value": QT_TRANSLATE_NOOP("ErrorText", "a labels result has no value: {item}"),
    "ls_no_labels": QT_TRANSLATE_NOOP("ErrorText", "a result has no labels: {item}"),
    # brat
    "brat_not_ann": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a brat document is an annotation file with a txt file of the same name beside it "
        "(or a folder)",
    ),
    "brat_no_txt": QT_TRANSLATE_NOOP("ErrorText", "no {txt} beside it: brat needs the text file"),
    "brat_empty_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "the folder holds no brat documents (a txt file with its annotation file)"
    ),
    "brat_offsets": QT_TRANSLATE_NOOP(
        "ErrorText", "two offsets (start and end) were expected, not {value}"
    ),
    "brat_offsets_outside": QT_TRANSLATE_NOOP(
        "ErrorText", "the offsets {start} {end} are not a span of the text ({length} characters)"
    ),
    "brat_not_annotation": QT_TRANSLATE_NOOP(
        "ErrorText",
        "not a brat annotation: a line names an entity, its label, its offsets and its text",
    ),
    "brat_no_label": QT_TRANSLATE_NOOP("ErrorText", "the annotation {ident} has no label"),
    "brat_id_twice": QT_TRANSLATE_NOOP("ErrorText", "the id {ident} is used twice"),
    "brat_only_bom": QT_TRANSLATE_NOOP("ErrorText", "the span holds only the byte order mark"),
    "brat_text_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the span text {given} is not the document text {found} at its offsets (brat "
        "offsets count the characters of the txt file, a line end of two characters as one)",
    ),
    # labels files
    "labels_not_json": QT_TRANSLATE_NOOP("ErrorText", "not a JSON file"),
    "labels_not_object": QT_TRANSLATE_NOOP("ErrorText", "a labels file is a JSON object"),
    "labels_no_list": QT_TRANSLATE_NOOP("ErrorText", "not a labels file: it has no list of labels"),
    "label_not_object": QT_TRANSLATE_NOOP("ErrorText", "a label is a JSON object"),
    "label_no_name": QT_TRANSLATE_NOOP("ErrorText", "the label has no name"),
    "label_twice": QT_TRANSLATE_NOOP(
        "ErrorText", "the label {name} appears twice (first at line {first})"
    ),
    "hotkey_twice": QT_TRANSLATE_NOOP("ErrorText", "the hotkey {hotkey} is given to {label} too"),
    "hotkey_not_text": QT_TRANSLATE_NOOP("ErrorText", "the hotkey must be text"),
    # files, folders and limits
    "os_error": QT_TRANSLATE_NOOP("ErrorText", "cannot read it: {detail}"),
    "folder_not_file": QT_TRANSLATE_NOOP("ErrorText", "a folder, not a file"),
    "special_fifo": QT_TRANSLATE_NOOP(
        "ErrorText", "a named pipe, not a regular file: only regular files are read"
    ),
    "special_character_device": QT_TRANSLATE_NOOP(
        "ErrorText", "a character device, not a regular file: only regular files are read"
    ),
    "special_block_device": QT_TRANSLATE_NOOP(
        "ErrorText", "a block device, not a regular file: only regular files are read"
    ),
    "special_socket": QT_TRANSLATE_NOOP(
        "ErrorText", "a socket, not a regular file: only regular files are read"
    ),
    "special_other": QT_TRANSLATE_NOOP(
        "ErrorText", "not a regular file: only regular files are read"
    ),
    "file_over_limit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file is {bytes}, over the import limit of {limit_bytes} (set {env} to raise it)",
    ),
    "file_text_over_limit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file's text is {bytes}, over the import limit of {limit_bytes} (set {env} to "
        "raise it)",
    ),
    "document_over_limit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the document's text is {bytes}, over the import limit of {limit_bytes} (set {env} "
        "to raise it)",
    ),
    "file_over_limit_read": QT_TRANSLATE_NOOP(
        "ErrorText", "the file is over the import limit of {limit_bytes}"
    ),
    "line_over_limit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the line is longer than {limit_bytes}, the import limit for one line ({factor} "
        "times the document limit: set {env} to raise it)",
    ),
    "bad_limit": QT_TRANSLATE_NOOP("ErrorText", "must be a positive number of MB, not {value}"),
    "name_not_utf8": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file name is not valid UTF-8 (byte {byte}) and documents are named after their "
        "files: rename it and import again",
    ),
    # export options
    "split_not_numbers": QT_TRANSLATE_NOOP(
        "ErrorText", "the split {value} must be whole numbers like 80/10/10"
    ),
    "split_count": QT_TRANSLATE_NOOP(
        "ErrorText", "the split {value} must have two or three parts, not {count}"
    ),
    "split_negative": QT_TRANSLATE_NOOP(
        "ErrorText", "the split {value}: a part cannot be negative ({part})"
    ),
    "split_zero": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the split {value}: the parts add up to 0: give at least one of them a share, like "
        "80/10/10",
    ),
    "unknown_format": QT_TRANSLATE_NOOP(
        "ErrorText", "unknown format {format} (choose from {formats})"
    ),
    "folder_format": QT_TRANSLATE_NOOP(
        "ErrorText", "a folder can only be imported as text or brat, not {format}"
    ),
    "folder_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "the folder holds no files to import (a folder imports its txt files)"
    ),
    "folder_no_txt": QT_TRANSLATE_NOOP(
        "ErrorText",
        "no txt files in this folder, only {count} other file(s); a folder imports only txt "
        "files, so give other files by name",
    ),
}
# A label of a labels file that a refusal names (its number, and its name when it has one)
IN_ENTRY = QT_TRANSLATE_NOOP("ErrorText", "label {entry}: {reason}")
IN_NAMED_ENTRY = QT_TRANSLATE_NOOP("ErrorText", "label {entry} ({entry_name}): {reason}")
MB_TEXT = QT_TRANSLATE_NOOP("ErrorText", "{size} MB")
BYTES_TEXT = QT_TRANSLATE_NOOP("ErrorText", "{size} bytes")
