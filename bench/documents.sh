#!/usr/bin/env bash
# Whole-process benchmarks of the release documents: `steward-cli dpia P R --pdf F` (and dsa) on a
# release over the 18-field `sample` dataset (goal: < 1 s wall) and over a 120-field dataset made
# by widening the sample (its columns repeated with suffixes _2, _3 …), with pages, size, time and
# peak RSS. Called by run.sh; alone:
#   bench/documents.sh STEWARD_CLI WORKDIR [ROWS] [REPORT]
# Needs hyperfine, python3, pdfinfo (poppler-utils) and /usr/bin/time.
set -euo pipefail

cli="$(readlink -f "$1")"
work="${2:-/tmp/steward-bench}/documents"
rows="${3:-${STEWARD_BENCH_DOC_ROWS:-10000}}"
report="${4:-$work/report.md}"
mkdir -p "$work"
cd "$work"
[ -n "${4:-}" ] || : > "$report"

say() { echo "$*" | tee -a "$report"; }
mean_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$1" "$2"; }
cpu_of() { # user + system seconds: what the process costs when the machine is not shared
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.2f" % (r["user"] + r["system"]))' "$1" "$2"
}
peak_mib() {
  /usr/bin/time -v "$@" 2> time.log >/dev/null || { cat time.log >&2; return 1; }
  awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print int($2 / 1024)}' time.log
}
export STEWARD_PASSPHRASE=bench-passphrase

"$cli" sample --out sample.csv --rows "$rows" --seed 42 >/dev/null
# 120 columns: the sample's 18, then again as NAME_2, NAME_3 … (the same values: the classifier and
# the suggested rules treat each copy like the original).
python3 - <<'PY'
import csv
with open('sample.csv', encoding='utf-8') as f:
    rows = list(csv.reader(f))
header, n = rows[0], len(rows[0])
cols = [(i % n, i // n) for i in range(120)]
with open('wide.csv', 'w', encoding='utf-8', newline='') as f:
    out = csv.writer(f)
    out.writerow([header[i] if k == 0 else f'{header[i]}_{k + 1}' for i, k in cols])
    for r in rows[1:]:
        out.writerow([r[i] for i, _ in cols])
PY

prepare() { # PROJECT CSV
  rm -f "$1"*
  "$cli" init "$1" >/dev/null
  "$cli" import "$1" "$2" --name d >/dev/null
  "$cli" classify "$1" d --auto >/dev/null
  "$cli" rules "$1" d --suggest >/dev/null
  "$cli" release create "$1" R --dataset d --mode controlled --recipient "Northbridge Heart Institute" \
    --purpose "a retrospective study of readmissions after heart failure" \
    --legal-basis public_interest_research --lang zh_CN >/dev/null
}
prepare sample.steward sample.csv
prepare wide.steward wide.csv

say ""
say "## Release documents to PDF, whole process ($rows rows; goal for the 18-field DPIA: < 1 s)"
say ""
hyperfine --warmup 1 --runs 5 --export-json documents.json \
  -n "dpia --pdf, 18 fields" "$cli dpia sample.steward R --pdf sample-dpia.pdf" \
  -n "dsa --pdf, 18 fields" "$cli dsa sample.steward R --pdf sample-dsa.pdf" \
  -n "dpia --completeness, 18 fields (no rendering)" "$cli dpia sample.steward R --completeness" \
  -n "dpia --pdf, 120 fields" "$cli dpia wide.steward R --pdf wide-dpia.pdf" \
  -n "dsa --pdf, 120 fields" "$cli dsa wide.steward R --pdf wide-dsa.pdf" | tee -a "$report" >/dev/null
say ""
say "| document | fields | pages | size | mean wall time | mean CPU (user+sys) | peak RSS |"
say "|---|---|---|---|---|---|---|"
row() { # LABEL FIELDS PDF PROJECT COMMAND INDEX
  local pages size peak
  pages=$(pdfinfo "$3" | awk '/^Pages:/ {print $2}')
  size=$(du -k "$3" | cut -f1)
  peak=$(peak_mib "$cli" "$5" "$4" R --pdf "$3")
  say "| $1 | $2 | $pages | ${size} KiB | $(python3 -c "print(f'{$(mean_of documents.json "$6"):.2f}')") s | $(cpu_of documents.json "$6") s | $peak MiB |"
}
row "DPIA" 18 sample-dpia.pdf sample.steward dpia 0
row "DSA" 18 sample-dsa.pdf sample.steward dsa 1
row "DPIA" 120 wide-dpia.pdf wide.steward dpia 3
row "DSA" 120 wide-dsa.pdf wide.steward dsa 4
say ""
say "The same process without rendering (--completeness: open, unlock the secret, measure, check): $(python3 -c "print(f'{$(mean_of documents.json 2):.2f}')") s wall, $(cpu_of documents.json 2) s CPU."
