"""The generated desktop entry, metainfo and MIME file pass Debian's own validators."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from debpkg_loader import ROOT, load_debpkg

debpkg = load_debpkg()


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt-get install it, see system-deps.sh)")
    return path


@pytest.fixture
def metadata(tmp_path: Path) -> dict[str, Path]:
    return debpkg.write_metadata(
        tmp_path / "share", debpkg.read_version(ROOT), debpkg.release_date(ROOT)
    )


def test_desktop_file_validates(metadata: dict[str, Path]) -> None:
    tool = _need("desktop-file-validate")
    result = subprocess.run([tool, str(metadata["desktop"])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_metainfo_validates_offline(metadata: dict[str, Path]) -> None:
    tool = _need("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(metadata["metainfo"])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_validators_reject_a_broken_entry(tmp_path: Path) -> None:
    """The checks above can fail: a desktop entry without Exec/Name is refused."""
    tool = _need("desktop-file-validate")
    broken = tmp_path / "annotator.desktop"
    broken.write_text("[Desktop Entry]\nType=Application\nIcon=annotator\n")
    result = subprocess.run([tool, str(broken)], capture_output=True, text=True)
    assert result.returncode != 0


def test_mime_database_maps_the_glob(metadata: dict[str, Path]) -> None:
    tool = _need("update-mime-database")
    mime_dir = metadata["mime"].parent.parent
    result = subprocess.run([tool, str(mime_dir)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    globs = (mime_dir / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{debpkg.MIME_TYPE}:*.annotator" in globs
    magic = (mime_dir / "magic").read_bytes()
    assert b"SQLite format 3\x00" in magic
