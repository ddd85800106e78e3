#!/usr/bin/env bash
# A Debian package of the frozen program laid out as the 统信 UOS app store asks, which 麒麟 Kylin installs too:
#   /opt/apps/<appid>/info                 the app's description (JSON)
#   /opt/apps/<appid>/entries/applications/<appid>.desktop
#   /opt/apps/<appid>/entries/icons/hicolor/scalable/apps/<appid>.svg
#   /opt/apps/<appid>/files/               the PyInstaller folder (dist/govdesk)
# No maintainer scripts: installing changes nothing outside /opt/apps/<appid> (the store's rule).
#     bash installer/build_deb.sh [DIST_DIR] [OUT_DIR]     (defaults: dist/govdesk, dist)
# DEB_COMPRESS=xz (default, for release; about 4 minutes for the 260 MB folder) | gzip | none (tests).
set -euo pipefail
cd "$(dirname "$0")/.."
dist="$(realpath "${1:-dist/govdesk}")"
out="$(realpath -m "${2:-dist}")"
appid="org.govdesk.window"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
arch="$(dpkg --print-architecture)"
[ -x "$dist/govdesk" ] || { echo "no frozen program at $dist (run installer/build.sh first)" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/opt/apps/$appid"
mkdir -p "$root/files" "$root/entries/applications" "$root/entries/icons/hicolor/scalable/apps" "$stage/DEBIAN"
cp -a "$dist/." "$root/files/"
install -m 0644 resources/icons/govdesk.svg "$root/entries/icons/hicolor/scalable/apps/$appid.svg"
cat > "$root/entries/applications/$appid.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=govdesk
Name[zh_CN]=政务服务窗口工作台
Comment=Desktop program for government service window clerks
Comment[zh_CN]=综合受理、一次性告知、容缺受理、出件与现场监督
Exec=/opt/apps/$appid/files/govdesk
Icon=$appid
Terminal=false
Categories=Office;
Keywords=govdesk;zhengwu;
DESKTOP
cat > "$root/info" <<INFO
{
  "appid": "$appid",
  "name": "政务服务窗口工作台",
  "version": "$version",
  "arch": ["$arch"],
  "permissions": {"autostart": false, "notification": true, "trayicon": false, "clipboard": true,
                  "account": false, "bluetooth": false, "camera": true, "audio_record": false,
                  "installed_apps": false}
}
INFO
size="$(du -sk "$stage/opt" | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: $appid
Version: $version
Architecture: $arch
Maintainer: govdesk maintainers <govdesk@example.org>
Installed-Size: $size
Depends: libc6, libfontconfig1, libxkbcommon0, libegl1, libgl1, libdbus-1-3, libxcb-cursor0
Section: utils
Priority: optional
Description: desktop program for government service window clerks
 Intake at the comprehensive window, the one-time notice of everything missing,
 acceptance with a promise to bring secondary materials later, result hand-off
 and supervision of the hall, with a local cache that keeps working offline.
CONTROL
find "$stage" -type d -exec chmod 0755 {} +
mkdir -p "$out"
deb="$out/${appid}_${version}_${arch}.deb"
dpkg-deb --root-owner-group "-Z${DEB_COMPRESS:-xz}" --build "$stage" "$deb" >/dev/null
echo "$deb"
