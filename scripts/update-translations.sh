#!/usr/bin/env bash
# Refreshes translations/*.ts from every source under core/, ui/ and app/ (new strings are added
# as unfinished, strings no longer in the code are removed), then lists what still needs a
# translator. translations/steward_en.ts holds only the English plural forms (1 field, 2 fields).
# Use this, not CMake's `update_translations` target: Qt 6.4's project mode parses
# every file with its own compile flags, takes about twenty minutes here and loses the namespaces
# of some contexts (steward::ui::MaskRuleEditor becomes MaskRuleEditor), which orphans their
# translations. The directory mode below reads the same sources in well under a second.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate="$(command -v lupdate)"
for ts in translations/steward_*.ts; do
  # English is the source language: its catalogue holds only the plural forms of "%Ln …(s)".
  only=()
  [[ "$ts" == *_en.ts ]] && only=(-pluralonly)
  "$lupdate" "${only[@]}" -no-obsolete -locations none -I . core ui app -ts "$ts"
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $unfinished unfinished"
done
