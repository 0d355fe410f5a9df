#!/usr/bin/env bash
# `make installer-check`: run the built bundle the way a machine without Python would, with an
# empty environment (env -i), and print its size and start times (README "Installer" quotes them).
#   1. fmdesk info SAMPLE --json          (IFC reading: ifcopenshell inside the bundle)
#   2. assets import, db backup, db restore into a new file  (SQLAlchemy, Alembic migrations)
#   3. fmdesk render SAMPLE --out PNG      (VTK off-screen rendering, ifcopenshell geometry)
#   4. fmdesk gui --screenshot under QT_QPA_PLATFORM=offscreen  (Qt plugins, translations)
set -euo pipefail
bundle=$(cd "${1:-dist/fmdesk}" && pwd)
exe=$bundle/fmdesk
sample=$bundle/samples/sample_residential_ifc4.ifc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)"
for archive in "$bundle"/../fmdesk-*.tar.gz "$bundle"/../fmdesk_*.deb; do
  [[ -f "$archive" ]] && echo "package: $(basename "$archive") $(du -h "$archive" | cut -f1)"
done

start=$(now)
env -i "$exe" --help >/dev/null
echo "fmdesk --help (cold): $(elapsed "$start" "$(now)") s"
start=$(now)
env -i "$exe" info "$sample" --json > info.json
echo "fmdesk info SAMPLE --json: $(elapsed "$start" "$(now)") s"
grep -q '"schema": "IFC4"' info.json || { echo "info printed no IFC4 schema:"; head -c 400 info.json; exit 1; }

export_home="HOME=$work/home"
env -i "$export_home" "$exe" assets import "$sample" --db "sqlite:///$work/a.sqlite3" >/dev/null
env -i "$export_home" "$exe" db backup --db "sqlite:///$work/a.sqlite3" --out "$work/a.fmbackup" --json > backup.json
env -i "$export_home" "$exe" db restore "$work/a.fmbackup" --db "sqlite:///$work/b.sqlite3" --json > restore.json
grep -q '"assets"' restore.json || { echo "restore printed no assets:"; cat restore.json; exit 1; }
echo "db backup + restore through the bundle: ok ($(du -h "$work/a.fmbackup" | cut -f1))"

start=$(now)
env -i "$export_home" "$exe" render "$sample" --out "$work/render.png" --size 800x600 >/dev/null
echo "fmdesk render SAMPLE (VTK off-screen): $(elapsed "$start" "$(now)") s"
[[ -s "$work/render.png" ]] || { echo "no render written"; exit 1; }

start=$(now)
env -i QT_QPA_PLATFORM=offscreen "$export_home" "$exe" gui --lang zh_CN --screenshot "$work/gui.png" \
  2> gui.log || { echo "the GUI failed:"; tail -20 gui.log; exit 1; }
echo "fmdesk gui (offscreen) to its first screenshot and exit: $(elapsed "$start" "$(now)") s"
[[ -s "$work/gui.png" ]] || { echo "no screenshot written"; exit 1; }
mkdir -p "$OLDPWD/build" && cp "$work/gui.png" "$OLDPWD/build/bundle-gui.png"
echo "installer-check: ok (screenshot: build/bundle-gui.png)"
