#!/usr/bin/env bash
# Regenerates the goldens of the advisor scenarios in this directory:
#   NAME.out           what CPython prints (numba/cython stubbed by pyshim/ when missing)
#   NAME.static.json   `jitlens hints --json NAME.py`, exactly
#   NAME.report.json   the run report of `jitlens profile` (scripts the engine runs)
#   NAME.measured.json the deterministic projection of the hints weighed by
#                      that report plus the scenario's declared JIT/IO evidence
# Review the diff before committing: a golden is only as right as its review.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
root=$(cd ../.. && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/jitlens" ./cmd/jitlens)
for py in *.py; do
  name=${py%.py}
  PYTHONPATH=pyshim python3 "$py" > "$name.out"
  "$tmp/jitlens" hints --json "$py" > "$name.static.json"
  if grep -q '^# Hot:' "$py"; then
    rm -f "$name.report.json"
  else
    "$tmp/jitlens" profile --quiet --rate 4000 --report "$tmp/report.json" "$py" > /dev/null
    # frames name the script by absolute path: keep the base name
    sed "s#$here/##g" "$tmp/report.json" > "$name.report.json"
  fi
done
cd "$root" && go test ./hints -run 'TestScenario' -count=1 -update
