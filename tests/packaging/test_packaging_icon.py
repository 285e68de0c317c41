"""The application icon is our own vector drawing and renders at every packaged size."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from debpkg_loader import ROOT, load_debpkg

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SVG = ROOT / "resources" / "icons" / "annotator.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"


def test_icon_is_square_and_uses_no_fonts() -> None:
    root = ET.parse(SVG).getroot()  # noqa: S314 (our own files)
    assert root.tag == f"{SVG_NS}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    # Letters are drawn as paths, so no font file or font lookup is needed.
    assert not {"text", "tspan", "font", "font-face", "image"} & tags


@pytest.mark.gui
def test_icon_renders_at_each_size(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    debpkg = load_debpkg()
    written = debpkg.render_icons(SVG, tmp_path / "hicolor")
    assert written[0] == tmp_path / "hicolor" / "scalable" / "apps" / "annotator.svg"
    for size in debpkg.ICON_SIZES:
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "annotator.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        # Transparent outside the page, opaque inside it.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # At 256 px the highlight (amber) fills the middle band beside the letter.
    big = QImage(str(tmp_path / "hicolor" / "256x256" / "apps" / "annotator.png"))
    amber = big.pixelColor(70, 140)
    assert (amber.red(), amber.green(), amber.blue()) == QColor("#f2b632").getRgb()[:3]


@pytest.mark.gui
def test_render_icons_refuses_an_invalid_svg(qapp: object, tmp_path: Path) -> None:
    debpkg = load_debpkg()
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    with pytest.raises(debpkg.PackagingError, match=r"broken\.svg"):
        debpkg.render_icons(broken, tmp_path / "hicolor")
