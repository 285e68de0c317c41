#!/bin/sh
# Install (as root) or name (otherwise) the Debian packages the annotator needs.
# Usage: system-deps.sh run|test|package
set -eu
kind="${1:-run}"

pkgs="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
libxkbcommon0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 \
libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 \
fonts-hosny-amiri python3-venv"
case "$kind" in
  test) pkgs="$pkgs postgresql" ;;
  package) pkgs="$pkgs binutils desktop-file-utils appstream dpkg-dev xvfb xauth" ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing to check

missing=""
for p in $pkgs; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y$missing"
  exit 1
fi
