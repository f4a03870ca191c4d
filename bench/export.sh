#!/usr/bin/env bash
# Whole-process benchmark of `steward-cli export` on a release of ROWS records (default 1,000,000,
# the `sample` extract): wall time (hyperfine), peak RSS (/usr/bin/time -v; bar: < 200 MiB, memory
# must not grow with rows) and package size, plain and age-encrypted, then `verify` of the package.
# Not part of ctest (minutes at a million rows). Alone:
#   bench/export.sh [STEWARD_CLI [WORKDIR [ROWS [REPORT]]]]   (default: build/bin/steward-cli)
# Needs hyperfine, python3, age-keygen and /usr/bin/time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cli="$(readlink -f "${1:-$here/../build/bin/steward-cli}")"
work="${2:-/tmp/steward-bench}/export"
rows="${3:-${STEWARD_BENCH_EXPORT_ROWS:-1000000}}"
report="${4:-$work/report.md}"
mkdir -p "$work"
cd "$work"
[ -n "${4:-}" ] || : > "$report"

say() { echo "$*" | tee -a "$report"; }
mean_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$1" "$2"; }
peak_mib() {
  /usr/bin/time -v "$@" 2> time.log >/dev/null || { cat time.log >&2; return 1; }
  awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print int($2 / 1024)}' time.log
}
export STEWARD_PASSPHRASE=bench-passphrase
export STEWARD_KEY_PASSPHRASE=bench-key-passphrase

# An approved release over the sample: classified and confirmed, masked to k = 3, documents
# complete, approved by one compliance and one ethics key, exported with a trusted steward key.
p="$work/p.steward"
rm -rf "$p"* keys && mkdir keys
# Notes hold line breaks, so the row count of the sample is kept beside it rather than counted.
[ -f sample.csv ] && [ "$(cat sample.rows 2>/dev/null)" = "$rows" ] \
  || { "$cli" sample --out sample.csv --rows "$rows" --seed 42 >/dev/null && echo "$rows" > sample.rows; }
"$cli" init "$p" >/dev/null
"$cli" import "$p" sample.csv --name inpatient >/dev/null
"$cli" classify "$p" inpatient --auto --confirm all >/dev/null
"$cli" rules "$p" inpatient --preset gbt39725-controlled >/dev/null
"$cli" anonymize "$p" inpatient --k 3 --max-suppression 5 >/dev/null
# Grade-5 fields may not leave unmasked in the controlled mode.
"$cli" rules "$p" inpatient --set 主要诊断名称=drop --set 检验结果=drop >/dev/null
# The pseudonyms need the project secret: made before the review (an export never makes it).
"$cli" show "$p" inpatient --masked --limit 1 >/dev/null
"$cli" release create "$p" R --dataset inpatient --mode controlled --recipient "Northbridge Heart Institute" \
  --purpose "a retrospective study of readmissions after heart failure" \
  --legal-basis public_interest_research --lang en >/dev/null
# The sample's diagnoses and lab results (grade 5) are what the study needs; the enclave keeps them.
"$cli" release set "$p" R max_unmasked_grade=5 --reason "diagnoses are the subject of the study; outputs reviewed in the enclave" >/dev/null
"$cli" release set "$p" R "users=Li Lei,Han Meimei" retention_months=12 start=2027-01-01 end=2027-12-31 \
  "contact=research-office@example.org" >/dev/null
python3 "$here/../tests/tools/complete_documents.py" "$cli" "$p" R "$here/../resources/templates" en
for role in steward compliance ethics; do
  "$cli" keygen --name "Bench $role" --role "$role" --out "keys/$role.key" >/dev/null
  "$cli" trust add "$p" "keys/$role.key.pub" --role "$role" >/dev/null
done
# The subject key's pseudonym needs the project secret, which an export never creates and a
# submission without --out does not either: make it now, before the content is frozen.
"$cli" show "$p" inpatient --masked --limit 1 >/dev/null
"$cli" release submit "$p" R >/dev/null
"$cli" release decide "$p" R --key keys/compliance.key --approve >/dev/null
"$cli" release decide "$p" R --key keys/ethics.key --approve >/dev/null
age-keygen -o keys/recipient.txt 2>/dev/null
recipient=$(age-keygen -y keys/recipient.txt)

say ""
say "## Export of an approved release ($rows rows, 18 fields; bar: peak RSS < 200 MiB)"
say ""
hyperfine --warmup 0 --runs 3 --export-json export.json \
  -n "export (zip)" "$cli export $p R --out plain.zip --key keys/steward.key" \
  -n "export --encrypt-to (zip.age)" "$cli export $p R --out sealed.zip.age --key keys/steward.key --encrypt-to $recipient" \
  -n "verify (zip)" "$cli verify plain.zip" | tee -a "$report" >/dev/null
say ""
say "| step | mean wall time | peak RSS | file size |"
say "|---|---|---|---|"
say "| export | $(python3 -c "print(f'{$(mean_of export.json 0):.1f}')") s | $(peak_mib "$cli" export "$p" R --out plain.zip --key keys/steward.key) MiB | $(du -h plain.zip | cut -f1) |"
say "| export --encrypt-to | $(python3 -c "print(f'{$(mean_of export.json 1):.1f}')") s | $(peak_mib "$cli" export "$p" R --out sealed.zip.age --key keys/steward.key --encrypt-to "$recipient") MiB | $(du -h sealed.zip.age | cut -f1) |"
say "| verify | $(python3 -c "print(f'{$(mean_of export.json 2):.1f}')") s | $(peak_mib "$cli" verify plain.zip) MiB | — |"
