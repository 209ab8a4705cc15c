#!/bin/sh
# Install CICA Planner from this unpacked bundle for the current user (no root needed):
#
#   ./install.sh               install into ~/.local (or --prefix DIR)
#   ./install.sh --uninstall   remove it again; the calendar, settings and logs stay
#
# What goes where (PREFIX is ~/.local):
#   PREFIX/lib/cica-planner/                 the program (a copy of this folder)
#   PREFIX/bin/cica-planner                  a link to it, for the command line
#   PREFIX/share/applications/org.s_cica.Planner.desktop    the menu entry
#   PREFIX/share/icons/hicolor/*/apps/org.s_cica.Planner.*  the icons
#   PREFIX/share/metainfo/org.s_cica.Planner.metainfo.xml   the software-centre description
set -eu

app_id=org.s_cica.Planner
here=$(cd "$(dirname "$0")" && pwd)
prefix=${HOME:?HOME is not set}/.local
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (see install.sh --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix=$(pwd)/$prefix ;;
esac

lib=$prefix/lib/cica-planner
bin=$prefix/bin/cica-planner
applications=$prefix/share/applications
icons=$prefix/share/icons/hicolor
metainfo=$prefix/share/metainfo

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "$lib"
  if [ -L "$bin" ] && [ "$(readlink "$bin")" = "$lib/cica-planner" ]; then
    rm -f "$bin"
  fi
  rm -f "$applications/$app_id.desktop" "$metainfo/$app_id.metainfo.xml"
  rm -f "$icons"/*/apps/"$app_id".png "$icons"/scalable/apps/"$app_id".svg
  refresh_caches
  echo "CICA Planner was removed from $prefix. Your calendar, settings and logs were kept."
  exit 0
fi

[ -x "$here/cica-planner" ] && [ -d "$here/_internal" ] \
  || { echo "install.sh: run it from the unpacked cica-planner folder (the program is missing here)" >&2; exit 1; }
[ "$here" != "$lib" ] || { echo "install.sh: this copy is already the installed one ($lib)" >&2; exit 1; }
case "$lib" in
  *[\"\`\$\\]*) echo "install.sh: the folder $lib has a character a menu entry cannot hold (\" \` \$ \\)" >&2; exit 1 ;;
esac

# Copy next to the old version, then swap, so an interrupted install never leaves half a program.
mkdir -p "$prefix/lib"
rm -rf "$lib.new" "$lib.old"
cp -R "$here" "$lib.new"
if [ -d "$lib" ]; then mv "$lib" "$lib.old"; fi
mv "$lib.new" "$lib"
rm -rf "$lib.old"

mkdir -p "$prefix/bin" "$applications" "$metainfo" "$icons"
ln -sfn "$lib/cica-planner" "$bin"
# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=cica-planner|Exec=\"$lib/cica-planner\"|" "$here/share/applications/$app_id.desktop" \
  > "$applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$metainfo/"
cp -R "$here/share/icons/hicolor/." "$icons/"
refresh_caches

version=$(cat "$here/VERSION" 2>/dev/null || echo "")
echo "CICA Planner $version is installed in $lib."
echo "Start it from the applications menu, or with: $bin"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH; add it to use 'cica-planner' in a terminal.)" ;;
esac
