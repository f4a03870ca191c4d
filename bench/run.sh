#!/usr/bin/env bash
# Whole-process benchmarks for Steward, against peer tools (the sqlite3 shell), in one run.
#   bench/run.sh STEWARD_CLI WORKDIR [ROWS]
# Needs hyperfine, sqlite3 and /usr/bin/time (scripts/install-deps.sh installs them).
# Figures are reported as ratios: the machines are shared and noisy.
set -euo pipefail

cli="$(readlink -f "$1")"
work="${2:-/tmp/steward-bench}"
rows="${3:-${STEWARD_BENCH_ROWS:-1000000}}"
big_rows="${STEWARD_BENCH_BIG_ROWS:-5000000}"
gui="$(dirname "$cli")/steward"
mkdir -p "$work"
cd "$work"
report="$work/report.md"
: > "$report"

say() { echo "$*" | tee -a "$report"; }
peak_kb() { # peak RSS in KiB of a command
  /usr/bin/time -v "$@" 2> time.log >/dev/null || { cat time.log >&2; return 1; }
  awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' time.log
}
mean_of() { # mean seconds from a hyperfine JSON export
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$1" "$2"
}

say "# Steward benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
say ""

# --- Import vs the sqlite3 shell -------------------------------------------------------------
csv="$work/sample-${rows}.csv"
[ -f "$csv" ] || "$cli" sample --out "$csv" --rows "$rows" --seed 42 >/dev/null
say "## Import of $(basename "$csv") ($(du -h "$csv" | cut -f1), $rows rows, 18 columns)"

hyperfine --warmup 1 --runs 5 --export-json import.json \
  --prepare "rm -f $work/p.steward* $work/s.db*" \
  -n "steward-cli import" "$cli init $work/p.steward >/dev/null && $cli import $work/p.steward $csv --name d >/dev/null" \
  -n "sqlite3 .import" "sqlite3 $work/s.db -cmd '.mode csv' '.import $csv t'" | tee -a "$report"
s=$(mean_of import.json 0); q=$(mean_of import.json 1)
say ""
say "import ratio steward/sqlite3: $(python3 -c "print(f'{$s/$q:.2f}x')")  (bar: <= 1.5x, goal 1.0x)"

rm -f "$work"/p.steward*
"$cli" init "$work/p.steward" >/dev/null
peak=$(peak_kb "$cli" import "$work/p.steward" "$csv" --name d)
say "peak RSS, import $rows rows: $((peak / 1024)) MiB (bar: < 200 MiB)"

# Opening the project and showing the first rows.
hyperfine --warmup 2 --runs 10 -n "show first rows" "$cli show $work/p.steward d --limit 100 --json" \
  | tee -a "$report"
if [ -x "$gui" ]; then
  # The whole GUI process: start, open the project, paint the first rows of the dataset, quit
  # (offscreen platform: real widget painting without a display server).
  hyperfine --warmup 1 --runs 10 --export-json gui.json \
    -n "GUI start + open + first rows painted" "QT_QPA_PLATFORM=offscreen $gui --benchmark-open $work/p.steward" \
    -n "GUI start, no project (baseline)" "QT_QPA_PLATFORM=offscreen $gui --benchmark-open" \
    | tee -a "$report"
  say "GUI open + first rows: $(python3 -c "print(f'{$(mean_of gui.json 0):.2f} s')") (bar: < 1 s)"
fi

# --- Profile + classify vs the sqlite3 shell --------------------------------------------------
# steward-cli profiles every field of dataset d (one grouped scan per column on worker threads,
# detectors, classification, cache write) against the sqlite3 shell computing
# COUNT(DISTINCT c), MIN(c), MAX(c) over every column of a copy of the same table.
say ""
say "## Profile and classify ($rows rows, 18 columns)"
table=$(sqlite3 "$work/p.steward" "SELECT table_name FROM datasets WHERE name = 'd'")
rm -f "$work"/c.db*
sqlite3 "$work/c.db" "ATTACH '$work/p.steward' AS p; CREATE TABLE t AS SELECT * FROM p.\"$table\";"
ncols=$(sqlite3 "$work/c.db" "SELECT count(*) FROM pragma_table_info('t')")
aggregates=""
for i in $(seq 1 "$ncols"); do
  aggregates="${aggregates:+$aggregates, }COUNT(DISTINCT c$i), MIN(c$i), MAX(c$i)"
done
echo "SELECT $aggregates FROM t;" > "$work/profile.sql"
hyperfine --warmup 1 --runs 5 --export-json profile.json \
  -n "steward-cli profile" "$cli profile $work/p.steward d --refresh --json >/dev/null" \
  -n "sqlite3 COUNT(DISTINCT)/MIN/MAX" "sqlite3 $work/c.db < $work/profile.sql >/dev/null" | tee -a "$report"
s=$(mean_of profile.json 0); q=$(mean_of profile.json 1)
say ""
say "profile ratio steward/sqlite3: $(python3 -c "print(f'{$s/$q:.2f}x')")  (bar: <= 1.5x)"
peak=$(peak_kb "$cli" profile "$work/p.steward" d --refresh --json)
say "peak RSS, profile $rows rows: $((peak / 1024)) MiB"

# --- Risk vs the sqlite3 shell's GROUP BY ----------------------------------------------------
# Equivalence classes over 5 quasi-identifiers of the sample (sex, birth date, age, postal code,
# department = columns 3, 4, 5, 9, 13): steward-cli risk (opens the project, reads the cells,
# encodes, measures k, uniques, prosecutor risk) against the bare GROUP BY on the table copy.
# No sensitive attributes (--sensitive ''): the GROUP BY computes no l-diversity either.
say ""
say "## Risk, 5 quasi-identifiers ($rows rows)"
hyperfine --warmup 1 --runs 5 --export-json risk.json \
  -n "steward-cli risk --raw" "$cli risk $work/p.steward d --raw --quasi 性别,出生日期,年龄,邮政编码,科室 --sensitive '' --json >/dev/null" \
  -n "sqlite3 GROUP BY" "sqlite3 $work/c.db 'SELECT COUNT(*), MIN(n), SUM(CASE WHEN n < 5 THEN n ELSE 0 END), SUM(n = 1) FROM (SELECT COUNT(*) AS n FROM t GROUP BY c3, c4, c5, c9, c13)' >/dev/null" \
  | tee -a "$report"
s=$(mean_of risk.json 0); q=$(mean_of risk.json 1)
say ""
say "risk ratio steward/sqlite3: $(python3 -c "print(f'{$s/$q:.2f}x')")  (bar: <= 1.0x)"
rm -f "$work"/c.db*

# The same pass over the masked data: the suggested rules (pseudonyms, bands, dates, truncation),
# the record figures, and the information loss of every generalised field (no peer: a figure).
export STEWARD_PASSPHRASE=bench-passphrase
"$cli" rules "$work/p.steward" d --suggest >/dev/null
say ""
say "## Risk of the masked data with the suggested rules and information loss ($rows rows)"
hyperfine --runs 3 --export-json risk_masked.json \
  -n "steward-cli risk (masked)" "$cli risk $work/p.steward d --quasi 性别,出生日期,年龄,邮政编码,科室 --sensitive '' --json >/dev/null" \
  | tee -a "$report"
peak=$(peak_kb "$cli" risk "$work/p.steward" d --quasi 性别,出生日期,年龄,邮政编码,科室 --sensitive '' --json)
say "peak RSS, risk of the masked data: $((peak / 1024)) MiB"
unset STEWARD_PASSPHRASE

# --- k-anonymity search on Adult and masking throughput --------------------------------------
bindir="$(dirname "$cli")"
if [ -x "$bindir/bench_anonymize" ]; then
  say ""
  say "## k-anonymity search on Adult (bench_anonymize: timing, optimality against exhaustive search)"
  "$bindir/bench_anonymize" --runs 5 | tee -a "$report"
fi
# --- anonymize with the suggested hierarchies (no hierarchy files) ------------------------------
# The whole process: open, read the quasi-identifier cells, build the suggested hierarchies,
# search the lattice (k=5, 5 % suppression), store the rules. The stored rules are cleared
# before every run: they would otherwise be the floors of the next search.
q4="性别,出生日期,年龄,邮政编码"
q6="$q4,入院日期,出院日期"
q8="$q6,科室,总费用"
anon_bench() { # PROJECT LABEL
  local project="$1" label="$2" qs n clear
  "$cli" classify "$project" d >/dev/null # profiles once, outside the timings
  for qs in "$q4" "$q6" "$q8"; do
    n=$(echo "$qs" | tr ',' '\n' | wc -l)
    clear=$(echo "$qs" | tr ',' '\n' | sed 's/^/--clear /' | tr '\n' ' ')
    hyperfine --runs 3 --export-json anon.json --prepare "$cli rules $project d $clear >/dev/null" \
      -n "anonymize $label, $n attributes" "$cli anonymize $project d --k 5 --max-suppression 5 --quasi $qs --json >/dev/null" \
      | tee -a "$report" >/dev/null
    "$cli" rules "$project" d $clear >/dev/null
    peak=$(peak_kb "$cli" anonymize "$project" d --k 5 --max-suppression 5 --quasi "$qs" --json)
    say "| $label | $n | $(python3 -c "print(f'{$(mean_of anon.json 0):.2f}')") s | $((peak / 1024)) MiB |"
  done
  "$cli" rules "$project" d $clear >/dev/null
}
say ""
say "## anonymize with suggested hierarchies, k=5, 5 % suppression (goal for 1M rows, 6-8 attributes: < 10 s, < 200 MiB)"
say ""
say "| rows | attributes | mean time | peak RSS |"
say "|---|---|---|---|"
small="$work/sample-100000.csv"
[ -f "$small" ] || "$cli" sample --out "$small" --rows 100000 --seed 44 >/dev/null
rm -f "$work"/a.steward*
"$cli" init "$work/a.steward" >/dev/null
"$cli" import "$work/a.steward" "$small" --name d >/dev/null
anon_bench "$work/a.steward" "100,000"
rm -f "$work"/a.steward*
anon_bench "$work/p.steward" "$rows"
if [ -x "$bindir/bench_mask" ]; then
  say ""
  say "## Masking $rows rows of the sample with its suggested rules (bench_mask, 2 threads; bar >= 200,000 rows/s)"
  "$bindir/bench_mask" --rows "$rows" --csv "$csv" | tee -a "$report"
fi

if [ "$big_rows" -gt 0 ]; then
  big="$work/sample-${big_rows}.csv"
  [ -f "$big" ] || "$cli" sample --out "$big" --rows "$big_rows" --seed 43 >/dev/null
  rm -f "$work"/q.steward*
  "$cli" init "$work/q.steward" >/dev/null
  peak=$(peak_kb "$cli" import "$work/q.steward" "$big" --name d)
  say "peak RSS, import $big_rows rows: $((peak / 1024)) MiB (bar: < 200 MiB)"
  say ""
  say "| rows | attributes | mean time | peak RSS |"
  say "|---|---|---|---|"
  anon_bench "$work/q.steward" "$big_rows"
  rm -f "$work"/q.steward*
fi

# --- Release documents to PDF -----------------------------------------------------------------
if command -v pdfinfo >/dev/null; then
  "$(dirname "$(readlink -f "$0")")/documents.sh" "$cli" "$work" "${STEWARD_BENCH_DOC_ROWS:-10000}" "$report"
fi

say ""
say "Report written to $report"
