#!/usr/bin/env bash
# Build the Linux bundle of CICA Planner from a checkout:
#
#   packaging/build.sh [--dist DIR] [--work DIR] [--python PYTHON]
#
# It writes
#   DIR/cica-planner/                    the one-folder bundle; run DIR/cica-planner/cica-planner
#   DIR/cica-planner/install.sh          installs the bundle into ~/.local with menu entry and icons
#   DIR/cica-planner-VERSION-linux-ARCH.tar.gz   the same folder, to hand to users
# DIR is dist/ of the checkout unless --dist says otherwise; PyInstaller's work files go to
# build/pyinstaller/ (or --work). PYTHON (default: python3) must have the project and PyInstaller
# installed: python3 -m pip install -e ".[test]".
#
# SCREENSHOT_BASE_URL, when set, replaces the address of the screenshots in the bundle's AppStream
# file (where packaging/screenshots/ is published).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/dist
work=$root/build/pyinstaller
python=${PYTHON:-python3}
app_id=org.s_cica.Planner
xcb_packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 \
libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0"

while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument $1 (see build.sh --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd)
work=$(cd "$work" && pwd)

# PyInstaller reads the libraries' dependencies with objdump (binutils) on Linux.
for tool in objdump ldd tar gzip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (Debian/Ubuntu: apt-get install binutils tar gzip)" >&2; exit 1; }
done
"$python" -c 'import PyInstaller, PySide6' 2>/dev/null \
  || { echo "build.sh: $python lacks PyInstaller or PySide6; run: $python -m pip install -e \".[test]\"" >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/cica_planner/__init__.py")
arch=$(uname -m)
bundle=$dist/cica-planner
echo "Building CICA Planner $version into $bundle"

# The checkout comes first on the path, whatever copy of the package the Python has installed.
PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/cica_planner.spec"

# The X11 plugin needs xcb libraries that not every desktop has (libxcb-cursor0 above all): the
# bundle carries them, so they must be on this machine for PyInstaller to collect.
qt=$bundle/_internal/PySide6/Qt
missing=$(LD_LIBRARY_PATH="$bundle/_internal:$qt/lib" ldd "$qt/plugins/platforms/libqxcb.so" \
  | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "build.sh: the X11 plugin needs libraries this machine lacks, so the bundle cannot carry them: $missing" >&2
  echo "build.sh: install them and build again (Debian/Ubuntu: apt-get install $xcb_packages)" >&2
  exit 1
fi

# Desktop integration files, beside the program: install.sh copies them into place.
share=$bundle/share
rm -rf "$share"
install -D -m 644 "$root/packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -D -m 644 "$root/packaging/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
if [ -n "${SCREENSHOT_BASE_URL:-}" ]; then
  sed -i "s|https://www.s-cica.org/cica-planner/screenshots/|${SCREENSHOT_BASE_URL%/}/|" \
    "$share/metainfo/$app_id.metainfo.xml"
fi
mkdir -p "$share/icons"
cp -r "$root/packaging/icons/hicolor" "$share/icons/"
install -m 755 "$root/packaging/linux/install.sh" "$bundle/install.sh"
printf '%s\n' "$version" > "$bundle/VERSION"

tarball=$dist/cica-planner-$version-linux-$arch.tar.gz
rm -f "$tarball"
tar -C "$dist" -cf - cica-planner | gzip -6 > "$tarball"
echo "Bundle:  $bundle/cica-planner"
echo "Archive: $tarball"
echo "Install: tar -xzf $(basename "$tarball") && cica-planner/install.sh"
