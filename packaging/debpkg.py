"""Assemble the .deb from the PyInstaller bundle: file tree, metadata, dpkg-deb.

Run by packaging/build.sh after PyInstaller. The version comes from the one place it is
defined, ``annotator/__init__.py``; the desktop entry, AppStream metainfo and control
file are filled in from templates next to this script. Usable without the bundle too
(``--metadata-only DIR``): the tests render and validate the metadata files that way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

APP_ID = "io.github.annotator.Annotator"
PACKAGE = "annotator"
MIME_TYPE = "application/x-annotator-database"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

# Libraries the bundled Qt loads from the system (see DESIGN.md), and an Arabic font.
DEPENDS = (
    "libc6",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libx11-6",
    "libxkbcommon0",
    "libdbus-1-3",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "fonts-noto-core | fonts-hosny-amiri",
)

_VERSION_RE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_PLACEHOLDER_RE = re.compile(r"@[A-Z_]+@")


class PackagingError(Exception):
    """A packaging step failed; the message is one line for the user."""


def read_version(root: Path = ROOT) -> str:
    """The package version from ``annotator/__init__.py``, read without importing it."""
    init = root / "annotator" / "__init__.py"
    match = _VERSION_RE.search(init.read_text(encoding="utf-8"))
    if match is None:
        raise PackagingError(f"{init}: no __version__ = '...' line")
    return match.group(1)


def debian_version(version: str) -> str:
    """PEP 440 to Debian ordering: pre-releases sort before the release with ``~``.

    ``1.0rc1`` -> ``1.0~rc1``, ``1.0.dev3`` -> ``1.0~~dev3`` (before alphas, as in
    PEP 440), ``1.0+local`` stays.
    """
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[.-]?(a|b|rc|dev)\.?(\d*))?(\+[\w.]+)?", version)
    if match is None:
        raise PackagingError(f"version {version!r} is not a PEP 440 release version")
    base, pre, num, local = match.groups()
    out = base
    if pre:
        out += f"{'~~' if pre == 'dev' else '~'}{pre}{num or '0'}"
    if local:
        out += local
    return out


def release_date(root: Path = ROOT) -> str:
    """Date for the AppStream release entry: SOURCE_DATE_EPOCH, else last version commit."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", "annotator/__init__.py"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out if re.fullmatch(r"\d{4}-\d{2}-\d{2}", out) else dt.date.today().isoformat()


def fill(template: Path, values: dict[str, str]) -> str:
    """Replace ``@KEY@`` placeholders; every placeholder must have a value."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = _PLACEHOLDER_RE.search(text)
    if left is not None:
        raise PackagingError(f"{template}: no value for placeholder {left.group(0)}")
    return text


def write_metadata(out: Path, version: str, date: str) -> dict[str, Path]:
    """Write the desktop entry, metainfo and MIME file under ``out`` (a /usr/share tree)."""
    values = {"APP_ID": APP_ID, "VERSION": version, "DATE": date}
    paths = {
        "desktop": out / "applications" / f"{PACKAGE}.desktop",
        "metainfo": out / "metainfo" / f"{APP_ID}.metainfo.xml",
        "mime": out / "mime" / "packages" / f"{PACKAGE}.xml",
    }
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    linux = HERE / "linux"
    paths["desktop"].write_text(fill(linux / "annotator.desktop.in", values), encoding="utf-8")
    paths["metainfo"].write_text(fill(linux / "metainfo.xml.in", values), encoding="utf-8")
    shutil.copyfile(linux / "annotator-mime.xml", paths["mime"])
    return paths


def render_icons(svg: Path, hicolor: Path, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """Copy the SVG and render PNGs of each size with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise PackagingError(f"{svg}: not a valid SVG image")
    scalable = hicolor / "scalable" / "apps" / f"{PACKAGE}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{PACKAGE}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise PackagingError(f"{target}: could not write PNG")
        written.append(target)
    return written


def _dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def stage(bundle: Path, tree: Path, version: str, date: str) -> Path:
    """Lay out the package tree under ``tree``; returns the tree."""
    if not (bundle / PACKAGE).is_file():
        raise PackagingError(f"{bundle}: no '{PACKAGE}' executable (run PyInstaller first)")
    if tree.exists():
        shutil.rmtree(tree)
    opt = tree / "opt" / PACKAGE
    opt.parent.mkdir(parents=True)
    # Hard links keep staging fast; dpkg-deb copies the contents into the archive.
    try:
        shutil.copytree(bundle, opt, symlinks=True, copy_function=os.link)
    except OSError:
        shutil.rmtree(opt, ignore_errors=True)
        shutil.copytree(bundle, opt, symlinks=True)
    launcher = tree / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    shutil.copyfile(HERE / "debian" / "annotator.sh", launcher)
    launcher.chmod(0o755)
    share = tree / "usr" / "share"
    write_metadata(share, version, date)
    render_icons(ROOT / "resources" / "icons" / "annotator.svg", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(HERE / "debian" / "copyright", doc / "copyright")

    control_dir = tree / "DEBIAN"
    control_dir.mkdir()
    values = {
        "DEB_VERSION": debian_version(version),
        "ARCH": _architecture(),
        "INSTALLED_SIZE": str((_dir_size(tree) + 1023) // 1024),
        "DEPENDS": ", ".join(DEPENDS),
    }
    (control_dir / "control").write_text(fill(HERE / "debian" / "control.in", values))
    for script in ("postinst", "postrm"):
        shutil.copyfile(HERE / "debian" / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    for path in [tree, *tree.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    return tree


def build_deb(tree: Path, out_dir: Path, version: str) -> Path:
    """Run dpkg-deb on the staged tree; the archive is written whole or not at all."""
    arch = (tree / "DEBIAN" / "control").read_text().split("Architecture: ", 1)[1].split()[0]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{debian_version(version)}_{arch}.deb"
    partial = target.with_suffix(".deb.part")
    # xz at a low level: 53 MB in ~15 s here, against 48 MB in ~50 s at the default level.
    # DEB_COMPRESSION=xz:6 (or zstd:9, gzip:9) overrides it.
    kind, _, level = os.environ.get("DEB_COMPRESSION", "xz:2").partition(":")
    cmd = ["dpkg-deb", "--root-owner-group", f"-Z{kind}", f"-z{level or '6'}"]
    cmd += ["--build", str(tree), str(partial)]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise PackagingError(f"dpkg-deb not found ({exc}); install dpkg-dev") from exc
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        sys.stderr.write(result.stderr)
        reason = (result.stderr.strip().splitlines() or ["failed"])[-1]
        raise PackagingError(f"{reason} (building {target.name})")
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--metadata-only", type=Path, metavar="DIR")
    parser.add_argument("--print-version", action="store_true")
    args = parser.parse_args(argv)
    try:
        version = read_version()
        if args.print_version:
            print(debian_version(version))
            return 0
        date = release_date()
        if args.metadata_only is not None:
            for path in write_metadata(args.metadata_only, version, date).values():
                print(path)
            return 0
        tree = stage(args.bundle, args.work / f"{PACKAGE}_{debian_version(version)}", version, date)
        deb = build_deb(tree, args.out, version)
    except (PackagingError, OSError) as exc:
        print(f"debpkg: {exc}", file=sys.stderr)
        return 1
    bundle_mb = _dir_size(args.bundle) / 1e6
    print(f"bundle: {args.bundle} {bundle_mb:.1f} MB unpacked")
    print(f"deb:    {deb} {deb.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
