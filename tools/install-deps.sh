#!/usr/bin/env bash
# Installs the Debian 12 packages ContactDesk needs to build, run and test.
# Only what is missing is installed; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  qtkeychain-qt6-dev libssl-dev zlib1g-dev libgl-dev
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
  desktop-file-utils appstream
  clang libclang-rt-14-dev llvm
  librsvg2-bin dpkg-dev
  python3-zeep
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
