#!/bin/sh
# Build the one-folder bundle (PyInstaller) and the .deb into dist/.
# Usage: sh packaging/build.sh   (from anywhere; `make package` installs the tools first)
set -eu
cd "$(dirname "$0")/.."

PY="${PY:-.venv/bin/python}"
PYINSTALLER="${PYINSTALLER:-.venv/bin/pyinstaller}"
MAX_BUNDLE_MB="${MAX_BUNDLE_MB:-200}"

for tool in "$PY" "$PYINSTALLER"; do
  if [ ! -x "$tool" ]; then
    echo "build.sh: $tool not found; run 'make package' (it installs the package extra)" >&2
    exit 1
  fi
done
command -v dpkg-deb >/dev/null 2>&1 || { echo "build.sh: dpkg-deb not found (apt-get install dpkg-dev)" >&2; exit 1; }

rm -rf build dist
echo "==> translations"
LRELEASE="$(dirname "$PY")/pyside6-lrelease"
for ts in resources/translations/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "==> PyInstaller bundle"
"$PYINSTALLER" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/annotator.spec

bundle_kb="$(du -sk dist/annotator | cut -f1)"
bundle_mb=$((bundle_kb / 1024))
if [ "$bundle_mb" -gt "$MAX_BUNDLE_MB" ]; then
  echo "build.sh: bundle is ${bundle_mb} MB unpacked, over the ${MAX_BUNDLE_MB} MB limit" >&2
  exit 1
fi

echo "==> .deb"
"$PY" packaging/debpkg.py --bundle dist/annotator --work build/deb --out dist
ls -l dist/*.deb
