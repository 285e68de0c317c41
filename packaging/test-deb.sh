#!/bin/sh
# Install the built .deb on this machine, check it, and remove it again.
# Usage: sh packaging/test-deb.sh   (after `make package`; needs root for apt-get)
set -u
cd "$(dirname "$0")/.."

fail() {
  echo "test-deb: FAIL: $*" >&2
  exit 1
}

deb="$(ls dist/annotator_*.deb 2>/dev/null | tail -n 1)"
[ -n "$deb" ] || fail "no dist/annotator_*.deb; run 'make package' first"

if [ "$(id -u)" != "0" ]; then
  echo "test-deb: installing a package needs root. Run:" >&2
  echo "  sudo sh packaging/test-deb.sh" >&2
  exit 1
fi

desktop=/usr/share/applications/annotator.desktop
metainfo=/usr/share/metainfo/io.github.annotator.Annotator.metainfo.xml
status=0
log="$(mktemp)"

echo "==> apt-get install ./$deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$log" 2>&1 \
  || { cat "$log" >&2; fail "apt-get install ./$deb"; }

check() {
  name="$1"
  shift
  if "$@"; then
    echo "ok   $name"
  else
    echo "FAIL $name" >&2
    status=1
  fi
}

check "launcher is /usr/bin/annotator" test "$(command -v annotator)" = /usr/bin/annotator
# The installed application, from a directory without the source tree, with no display.
check "annotator --self-test" sh -c 'cd / && env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/annotator --self-test'
self_test_xvfb() {
  out="$(cd / && xvfb-run -a -s "-screen 0 1280x800x24" env -u QT_QPA_PLATFORM \
    /usr/bin/annotator --self-test 2>&1)"
  code=$?
  if [ "$code" -ne 0 ] || ! printf '%s\n' "$out" | grep -q "platform xcb"; then
    printf '%s\n' "$out" >&2
    return 1
  fi
}
if command -v xvfb-run >/dev/null 2>&1; then
  # A real X11 window (xcb platform plugin): proves the package's Depends suffice.
  check "annotator --self-test under Xvfb" self_test_xvfb
fi
check "desktop-file-validate" desktop-file-validate "$desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
check "icon installed" test -s /usr/share/icons/hicolor/scalable/apps/annotator.svg
check "48px icon installed" test -s /usr/share/icons/hicolor/48x48/apps/annotator.png
if [ -f /usr/share/mime/packages/annotator.xml ] && [ -f /usr/share/mime/globs2 ]; then
  check "MIME glob registered" grep -q 'application/x-annotator-database:\*\.annotator' /usr/share/mime/globs2
else
  check "MIME file installed" test -f /usr/share/mime/packages/annotator.xml
fi

echo "==> apt-get remove annotator"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q annotator >"$log" 2>&1 \
  || { cat "$log" >&2; fail "apt-get remove annotator"; }
check "package removed" sh -c '! dpkg-query -W -f="\${Status}" annotator 2>/dev/null | grep -q "install ok installed"'
check "bundle removed" test ! -e /opt/annotator/annotator
rm -f "$log"

if [ "$status" -ne 0 ]; then
  fail "see the lines marked FAIL above"
fi
echo "test-deb: OK"
