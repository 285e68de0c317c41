"""The packaging templates agree with each other and with the code, without building."""

from __future__ import annotations

import ast
import configparser
import itertools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from debpkg_loader import PACKAGING, ROOT, load_debpkg

import annotator

debpkg = load_debpkg()
LINUX = PACKAGING / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def _spec_tree() -> ast.Module:
    return ast.parse((PACKAGING / "annotator.spec").read_text(encoding="utf-8"))


def _call_keywords(tree: ast.Module, func: str) -> dict[str, ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == func:
            return {k.arg: k.value for k in node.keywords if k.arg}
    raise AssertionError(f"no {func}(...) call in the spec")


def test_version_is_read_from_the_package() -> None:
    assert debpkg.read_version(ROOT) == annotator.__version__


def test_read_version_names_the_file_when_missing(tmp_path: Path) -> None:
    (tmp_path / "annotator").mkdir()
    (tmp_path / "annotator" / "__init__.py").write_text('VERSION = "1"\n')
    with pytest.raises(debpkg.PackagingError, match=r"__init__\.py"):
        debpkg.read_version(tmp_path)


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2rc1", "1.2~rc1"),
        ("1.2.0b2", "1.2.0~b2"),
        ("1.2.dev3", "1.2~~dev3"),
        ("2.0+local.1", "2.0+local.1"),
    ],
)
def test_debian_version_spelling(pep440: str, debian: str) -> None:
    assert debpkg.debian_version(pep440) == debian


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
def test_debian_versions_sort_like_pep440() -> None:
    # PEP 440 order: dev < alpha < beta < rc < release < post-release local.
    ordered = ["1.0.dev1", "1.0a1", "1.0b1", "1.0rc1", "1.0", "1.0.1"]
    spelled = [debpkg.debian_version(v) for v in ordered]
    for low, high in itertools.pairwise(spelled):
        result = subprocess.run(["dpkg", "--compare-versions", low, "lt", high], check=False)
        assert result.returncode == 0, f"dpkg does not sort {low} before {high}"


def test_debian_version_refuses_garbage() -> None:
    with pytest.raises(debpkg.PackagingError, match="not a PEP 440"):
        debpkg.debian_version("one point oh")


def test_fill_refuses_an_unfilled_placeholder(tmp_path: Path) -> None:
    template = tmp_path / "x.in"
    template.write_text("Version=@VERSION@ Id=@APP_ID@\n")
    assert debpkg.fill(template, {"VERSION": "1", "APP_ID": "a"}) == "Version=1 Id=a\n"
    with pytest.raises(debpkg.PackagingError, match="@APP_ID@"):
        debpkg.fill(template, {"VERSION": "1"})


def test_desktop_entry_launches_the_binary_with_a_file() -> None:
    entry = _desktop_entry((LINUX / "annotator.desktop.in").read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["annotator", "%f"]
    assert entry["Icon"] == "annotator"
    assert debpkg.MIME_TYPE in entry["MimeType"].rstrip(";").split(";")
    assert entry["Categories"].endswith(";")


def test_mime_type_matches_glob_and_sqlite_magic() -> None:
    root = ET.parse(LINUX / "annotator-mime.xml").getroot()  # noqa: S314 (our own files)
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [debpkg.MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")] == ["*.annotator"]
    match = types[0].find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match is not None
    # Every SQLite 3 database starts with these 16 bytes (sqlite.org file format, 1.3.1).
    assert (match.get("type"), match.get("offset"), match.get("value")) == (
        "string",
        "0",
        "SQLite format 3\\0",
    )


def test_metainfo_ids_agree_with_desktop_mime_and_binary(tmp_path: Path) -> None:
    paths = debpkg.write_metadata(tmp_path, "9.8.7", "2024-05-06")
    root = ET.parse(paths["metainfo"]).getroot()  # noqa: S314 (our own files)
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == debpkg.APP_ID
    assert paths["metainfo"].name == f"{debpkg.APP_ID}.metainfo.xml"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("launchable[@type='desktop-id']") == paths["desktop"].name
    assert root.findtext("provides/binary") == "annotator"
    assert root.findtext("provides/mediatype") == debpkg.MIME_TYPE
    releases = root.findall("releases/release")
    assert [(r.get("version"), r.get("date")) for r in releases] == [("9.8.7", "2024-05-06")]
    assert root.find("content_rating") is not None
    desktop = _desktop_entry(paths["desktop"].read_text(encoding="utf-8"))
    for category in root.findall("categories/category"):
        assert category.text in desktop["Categories"].split(";")


def test_spec_bundles_data_and_excludes_unused_modules() -> None:
    tree = _spec_tree()
    analysis = _call_keywords(tree, "Analysis")
    data = ast.unparse(analysis["datas"])
    assert "(str(ROOT / 'resources'), 'resources')" in data
    assert "(str(ROOT / 'seeds'), 'seeds')" in data
    hidden = ast.unparse(analysis["hiddenimports"])
    assert "'psycopg2'" in hidden  # team mode (PostgreSQL) must keep working
    # Migrations are imported by name at run time, invisible to PyInstaller's analysis.
    assert "collect_submodules('annotator')" in hidden
    excludes = next(
        ast.literal_eval(n.value)
        for n in tree.body
        if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "EXCLUDES"
    )
    assert {"tkinter", "PySide6.QtQml", "PySide6.QtNetwork"} <= set(excludes)
    assert not {"PySide6.QtSvg", "PySide6.QtWidgets", "PySide6.QtGui", "psycopg2"} & set(excludes)
    exe = _call_keywords(tree, "EXE")
    assert ast.literal_eval(exe["name"]) == "annotator"
    assert (PACKAGING / "launcher.py").is_file()


def test_launcher_script_is_the_cli_entry_point() -> None:
    source = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from annotator.cli import main" in source
    script = (PACKAGING / "debian" / "annotator.sh").read_text(encoding="utf-8")
    assert re.search(r'^exec /opt/annotator/annotator "\$@"$', script, re.MULTILINE)


def test_control_template_depends_on_gl_and_an_arabic_font() -> None:
    control = debpkg.fill(
        PACKAGING / "debian" / "control.in",
        {
            "DEB_VERSION": "1.0",
            "ARCH": "amd64",
            "INSTALLED_SIZE": "1",
            "DEPENDS": ", ".join(debpkg.DEPENDS),
        },
    )
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line[0].isspace()
    )
    assert fields["Package"] == "annotator"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    for lib in ("libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libxcb-cursor0"):
        assert lib in depends
    assert "fonts-noto-core | fonts-hosny-amiri" in depends


def test_maintainer_scripts_are_posix_sh_and_tolerate_missing_tools() -> None:
    for name in ("postinst", "postrm"):
        text = (PACKAGING / "debian" / name).read_text(encoding="utf-8")
        assert text.startswith("#!/bin/sh\n")
        assert "command -v update-mime-database" in text
        result = subprocess.run(["sh", "-n", str(PACKAGING / "debian" / name)], check=False)
        assert result.returncode == 0
