#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever Steward needs to build, test and run.
# Idempotent: only missing packages are installed. Run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6svg6 libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
  libquazip1-qt6-dev libfreexl-dev libboost-program-options-dev libssl-dev libsqlite3-dev
  sqlite3 xvfb xauth fonts-noto-cjk poppler-utils hyperfine time python3
  minisign age unzip zip
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
