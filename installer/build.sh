#!/usr/bin/env bash
# `make installer`: the self-contained Linux bundle (PyInstaller onedir) and its two packages.
#
#   dist/fmdesk/                         the bundle: ./fmdesk info …, ./fmdesk gui
#   dist/fmdesk-VERSION-linux-x86_64.tar.gz
#   dist/fmdesk_VERSION_amd64.deb        /opt/fmdesk + /usr/bin/fmdesk + desktop entry + icon
#
# Chinese text uses the system's Noto Sans CJK (the .deb recommends fonts-noto-cjk; Windows has
# Microsoft YaHei), so no 20 MB font is carried in the bundle. See README "Installer".
set -euo pipefail
bin=${1:-.venv/bin}
cd "$(dirname "$0")/.."
version=$("$bin/python" -c "import fmdesk; print(fmdesk.__version__)")
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

start=$(date +%s)
"$bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/fmdesk.spec
bundle=dist/fmdesk
# What a user opens first: the sample building and the manual, beside the executable.
mkdir -p "$bundle/samples"
cp ifc_samples/*.ifc ifc_samples/README.md "$bundle/samples/"
if [[ -d docs/manual ]]; then rm -rf "$bundle/manual"; cp -r docs/manual "$bundle/manual"; fi
cp installer/icons/fmdesk.png "$bundle/fmdesk.png"
echo "pyinstaller: $(( $(date +%s) - start )) s, bundle $(du -sh "$bundle" | cut -f1)"

tarball=dist/fmdesk-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$tarball" fmdesk
echo "tar.gz: $tarball ($(du -h "$tarball" | cut -f1))"

if command -v dpkg-deb >/dev/null 2>&1; then
  root=build/deb/fmdesk_${version}_$arch
  rm -rf "$root"
  mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/256x256/apps"
  cp -r "$bundle" "$root/opt/fmdesk"
  install -m 755 installer/linux/fmdesk-launcher.sh "$root/usr/bin/fmdesk"
  install -m 644 installer/linux/fmdesk.desktop "$root/usr/share/applications/fmdesk.desktop"
  install -m 644 installer/icons/fmdesk.png "$root/usr/share/icons/hicolor/256x256/apps/fmdesk.png"
  size=$(du -sk "$root" | cut -f1)
  sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    installer/linux/control.in > "$root/DEBIAN/control"
  deb=dist/fmdesk_${version}_$arch.deb
  dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$deb" >/dev/null
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
