#!/usr/bin/env bash
# The screenshot tour in one command: builds steward-cli and the tour, makes a demo project (a
# 20,000-row synthetic extract, imported, classified and confirmed, masking rules suggested),
# then writes every tab of the main window at 1280x800 and 1600x1000 and every dialog at its own
# size, in English and Chinese, into docs/screenshots/ (NAME-en.png, NAME-zh_CN.png). Not part of
# ctest and never run by CI.
#   scripts/screenshots.sh [BUILD_DIR]     (default: build)
# The views and dialogs are listed in tools/screenshot-tour/main.cpp (dialogShots()); the review
# mode pages and the package check (review-*.png, verify-*.png) in reviewTour().
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${1:-build}"
out="docs/screenshots"

cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target steward-cli screenshot-tour --parallel 2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$build/bin/steward-cli"
"$cli" sample --out "$work/inpatient.csv" --rows 20000 >/dev/null
"$cli" init "$work/demo.steward" --title "Demo" >/dev/null
"$cli" import "$work/demo.steward" "$work/inpatient.csv" --name inpatient >/dev/null
"$cli" classify "$work/demo.steward" inpatient --auto --confirm all >/dev/null
"$cli" rules "$work/demo.steward" inpatient --suggest >/dev/null

mkdir -p "$out"
# A settings folder of its own: the tour neither reads nor changes the user's Steward settings.
export XDG_CONFIG_HOME="$work/config"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for lang in en zh_CN; do
  LANG=C.UTF-8 "$build/bin/screenshot-tour" "$work/demo.steward" "$work/inpatient.csv" "$out" "$lang"
done
