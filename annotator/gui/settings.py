"""Persistent user settings (QSettings, INI format, organisation "annotator").

A settings file that cannot be written (a read-only folder, a home folder that cannot be
written) does not stop anything: the values that could not be written are kept for the
session (``_UNSAVED``, read before the file), and ``set_value`` answers False so that a
caller whose value matters (the annotator's name) can say so; the file, if any, is left
as it was.

Tests redirect storage with ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.urls import strip_password

ORGANIZATION = "annotator"
APPLICATION = "annotator"

THEMES = ("dark", "light", "system")


# Values this process set but could not write, by settings file and key: they hold until
# it ends.
_UNSAVED: dict[str, dict[str, object]] = {}


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _value(key: str, default: object = None) -> object:
    s = settings()
    unsaved = _UNSAVED.get(s.fileName(), {})
    return unsaved[key] if key in unsaved else s.value(key, default)


def get_str(key: str, default: str = "") -> str:
    value = _value(key, default)
    return value if isinstance(value, str) else default


def get_int(key: str, default: int) -> int:
    value = _value(key, default)
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def settings_file() -> str:
    """The file the settings are read from and written to."""
    return settings().fileName()


def set_value(key: str, value: object) -> bool:
    """Set ``key`` and write the file; False when it could not be written (the value
    still holds for this session)."""
    return _write({key: value})


def _write(values: dict[str, object]) -> bool:
    s = settings()
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()
    saved = s.status() == QSettings.Status.NoError
    unsaved = _UNSAVED.setdefault(s.fileName(), {})
    for key, value in values.items():
        if saved:
            unsaved.pop(key, None)
        else:
            unsaved[key] = value
    return saved


def set_values(values: dict[str, object]) -> None:
    """Set several keys with one write of the settings file; none when every key already
    holds its value (the window's layout on a quit that changed nothing)."""
    changed = {key: value for key, value in values.items() if not _holds(_value(key), value)}
    if changed:
        _write(changed)


def _holds(current: object, value: object) -> bool:
    """Whether a stored value equals ``value``: INI files give numbers back as strings,
    byte arrays (geometry, dock state) as byte arrays."""
    return current is not None and (current == value or str(current) == str(value))


def remember(key: str, value: object) -> None:
    """``set_value`` unless the key already holds ``value`` (no file write at start-up).

    INI files give every value back as a string, so values compare as strings."""
    if not _holds(_value(key), value):
        set_value(key, value)


ANNOTATOR_NAME = "annotator/name"


def valid_annotator_name(name: str) -> bool:
    """Whether the store takes ``name`` as a layer name (the rule is the store's)."""
    from annotator.store.context import check_layer_name
    from annotator.store.errors import StoreError

    try:
        check_layer_name(name)
    except StoreError:
        return False
    return True


def saved_annotator_name() -> str:
    """The name saved at the first start, or "" when none is saved or the saved one is
    not a name the store takes (a damaged or hand-edited settings file)."""
    name = get_str(ANNOTATOR_NAME).strip()
    return name if name and valid_annotator_name(name) else ""


def annotator_name() -> str:
    """The layer being edited: the saved name, else the operating-system user name."""
    name = saved_annotator_name()
    if name:
        return name
    import getpass  # only when no name is saved

    try:
        user = getpass.getuser().strip()
    except (KeyError, OSError):
        return "annotator"
    return user if user and valid_annotator_name(user) else "annotator"


def theme_name() -> str:
    name = get_str("view/theme", "system")
    return name if name in THEMES else "system"


LAST_DATABASE = "session/last_database"
LAST_FOLDER = "transfer/last_folder"


def last_database() -> str | None:
    """The database the window opened last (a path, or a URL without its password)."""
    return get_str(LAST_DATABASE) or None


def remember_database(target: str) -> None:
    """Remember ``target`` for the next start, never with a password in it (a server
    then takes it from ``PGPASSWORD`` or ``~/.pgpass``)."""
    remember(LAST_DATABASE, strip_password(target))


def last_folder() -> str:
    """Where the import and export file choosers start: the last folder used, else home."""
    value = get_str(LAST_FOLDER)
    return value if value and Path(value).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    set_value(LAST_FOLDER, str(path if path.is_dir() else path.parent))


SUGGESTIONS_SHOWN = "assistant/suggestions"
ACCEPT_THRESHOLD = "assistant/accept_threshold"


def suggestions_shown() -> bool:
    """View > Suggestions: on unless turned off."""
    return get_str(SUGGESTIONS_SHOWN, "true").lower() not in ("false", "0", "no")


def set_suggestions_shown(shown: bool) -> None:
    remember(SUGGESTIONS_SHOWN, "true" if shown else "false")


def accept_threshold() -> float:
    """The confidence at or above which "Accept all" takes a suggestion (the core's
    default when unset or not a number between 0 and 1)."""
    from annotator.suggest.shown import ACCEPT_ALL_THRESHOLD  # standard library only

    try:
        value = float(get_str(ACCEPT_THRESHOLD, str(ACCEPT_ALL_THRESHOLD)))
    except ValueError:
        return ACCEPT_ALL_THRESHOLD
    return value if 0.0 <= value <= 1.0 else ACCEPT_ALL_THRESHOLD


def set_accept_threshold(value: float) -> None:
    remember(ACCEPT_THRESHOLD, f"{value:.2f}")


EXPORT_FORMAT = "export/format"
EXPORT_OUTPUT = "export/output/"  # + the format's name


def last_export_format() -> str:
    """The format of the last export (its name, or "" before the first)."""
    return get_str(EXPORT_FORMAT)


def export_output(fmt: str) -> str:
    """The output path the last export in ``fmt`` wrote to (or "")."""
    return get_str(EXPORT_OUTPUT + fmt)


def remember_export(fmt: str, output: str) -> None:
    """Remember the format and its output path for the next export dialog."""
    set_values({EXPORT_FORMAT: fmt, EXPORT_OUTPUT + fmt: output})
