"""Security checks: no code execution or unsafe deserialisation, SQL only through
parameters, names inside imported data never become output paths, and a PostgreSQL
password is never printed or stored."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "annotator"
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "yaml"}
# Names that may be interpolated into SQL text: placeholders built from the driver's
# parameter mark (``p``/``param``, and ``marks`` = "?, ?, ?"), and a sequence name read from
# the PostgreSQL catalogue. UPPER_CASE module constants (table names) are allowed too.
# Values always travel as parameters.
SAFE_SQL_NAMES = {"p", "param", "marks", "placeholders", "seq"}


def sources() -> list[tuple[str, ast.AST]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found.append((path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text("utf-8"))))
    return found


def names_in(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def test_the_checks_find_what_they_look_for() -> None:
    """The scanner itself: a planted example of each problem is reported."""
    planted = ast.parse(
        "import pickle\nimport yaml\neval(x)\nsubprocess.run(c, shell=True)\n"
        "db.execute_sql(f'SELECT {name}')\ndb.execute_sql('SELECT %s' % name)\n"
        "db.execute_sql(f'SELECT {TABLE} WHERE id = {p}')\n"
    )
    assert len(problems("planted.py", planted)) == 6


def problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            )
            for module in modules:
                if module and module.split(".")[0] in FORBIDDEN_MODULES:
                    found.append(f"{rel}:{node.lineno}: imports {module}")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
            found.append(f"{rel}:{node.lineno}: calls {func.id}()")
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("system", "popen")
            and (isinstance(func.value, ast.Name) and func.value.id == "os")
        ):
            found.append(f"{rel}:{node.lineno}: os.{func.attr}()")
        for keyword in node.keywords:
            if keyword.arg == "shell" and not (
                isinstance(keyword.value, ast.Constant) and keyword.value.value is False
            ):
                found.append(f"{rel}:{node.lineno}: shell=True")
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("execute_sql", "execute")
            and node.args
        ):
            sql = node.args[0]
            if isinstance(sql, ast.JoinedStr | ast.BinOp) or (
                isinstance(sql, ast.Call)
                and isinstance(sql.func, ast.Attribute)
                and sql.func.attr == "format"
            ):
                unsafe = {n for n in names_in(sql) if n not in SAFE_SQL_NAMES and not n.isupper()}
                if unsafe or not names_in(sql):
                    found.append(f"{rel}:{node.lineno}: SQL built from {sorted(unsafe)}")
    return found


def test_no_eval_pickle_yaml_shell_or_formatted_sql() -> None:
    found = [p for rel, tree in sources() for p in problems(rel, tree)]
    assert found == []


def test_names_inside_imported_data_never_become_output_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.cli import main as cli_main

    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    db = work / "db.annotator"
    source = work / "evil.jsonl"
    names = ["../../etc/x", "/tmp/absolute-evil", "..", "con:", "a/../../b"]
    source.write_text(
        "".join(
            json.dumps({"name": n, "text": f"في القاهرة {i}", "label": [[3, 10, "LOC"]]}) + "\n"
            for i, n in enumerate(names)
        ),
        encoding="utf-8",
    )
    assert cli_main(["--db", str(db), "import", str(source), "--add-labels"]) == 0
    before = {p for p in tmp_path.rglob("*")}
    out = work / "out"
    for fmt in ("conll", "jsonl", "json"):
        args = ["--db", str(db), "export", "--format", fmt, "--split", "60/20/20", "-o", str(out)]
        assert cli_main(args) == 0, capsys.readouterr().err
        assert (
            cli_main(["--db", str(db), "export", "--format", fmt, "-o", str(out / f"all.{fmt}")])
            == 0
        )
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents for p in created)
    assert not Path("/tmp/absolute-evil").exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["all.conll", "all.json", "all.jsonl", "all.labels.json", "labels.json"]
        + [
            f"{part}.{fmt}"
            for part in ("train", "dev", "test")
            for fmt in ("conll", "jsonl", "json")
        ]
    )


def test_cli_never_prints_the_postgres_password(capsys: pytest.CaptureFixture[str]) -> None:
    from annotator.cli import main as cli_main

    url = "postgresql://user:secret-word@127.0.0.1:1/db"
    for args in (["--db", url, "stats"], ["--db", url, "import", "missing.txt"]):
        assert cli_main(args) == 1
        out, err = capsys.readouterr()
        assert "secret-word" not in out + err
        assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.postgres
def test_password_is_not_stored_in_settings_or_the_database(pg_server, qapp, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from annotator.gui import settings as cfg
    from annotator.gui.app import create_main_window

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    url = pg_server.create_database().replace("postgres@", "postgres:pw-not-to-keep@")
    assert "pw-not-to-keep" in url
    window = create_main_window(url)
    try:
        rows = window.store.db.execute_sql("SELECT key, value FROM meta").fetchall()
        assert not any("pw-not-to-keep" in str(row) for row in rows)
    finally:
        window.close()
        window.store.close()
    remembered = cfg.get_str("session/last_database")
    assert remembered and "pw-not-to-keep" not in remembered
    for ini in tmp_path.rglob("*.ini"):
        assert "pw-not-to-keep" not in ini.read_text(encoding="utf-8")
    assert os.environ.get("PGPASSWORD") != "pw-not-to-keep"
