#!/usr/bin/env bash
# The README's two quick-start commands:
#   scripts/quickstart.sh run  [PROJECT]  install what is missing, build, start Steward
#                                         (on a demo project made by the sample generator
#                                         when no project is given)
#   scripts/quickstart.sh test            install what is missing, build with warnings as
#                                         errors, run every test (what CI runs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STEWARD_BUILD_DIR:-$here/build}"
mode="${1:-run}"
shift || true

bash "$here/scripts/install-deps.sh"

jobs="$(nproc)"
# `test` is what CI runs: a new warning fails there, not only in review; line-table debug
# information keeps the build of every suite small on a CI machine's disk. `run` leaves the
# setting as the build directory has it, so switching modes does not rebuild everything.
options=()
[ "$mode" = test ] && options+=(-DSTEWARD_WERROR=ON -DSTEWARD_COMPACT_DEBUG_INFO=ON)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}"
cmake --build "$build" --parallel "$jobs"

case "$mode" in
  test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 600
    ;;
  run)
    project="${1:-}"
    if [ -z "$project" ]; then
      demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/steward/demo"
      mkdir -p "$demo_dir"
      project="$demo_dir/demo.steward"
      if [ ! -f "$project" ]; then
        "$build/bin/steward-cli" sample --out "$demo_dir/inpatients.csv" --rows 20000 --seed 7
        "$build/bin/steward-cli" init "$project" --title "Demo project"
        "$build/bin/steward-cli" import "$project" "$demo_dir/inpatients.csv" --name inpatients
      fi
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting Steward under xvfb-run (a virtual display)." >&2
      exec xvfb-run -a "$build/bin/steward" "$project"
    fi
    exec "$build/bin/steward" "$project"
    ;;
  *)
    echo "usage: $0 run [PROJECT] | test" >&2
    exit 1
    ;;
esac
