#!/usr/bin/env bash
# Instruction counts of the profiler's fixed cost, free of the host's
# timing noise: runs each program under valgrind (cachegrind without cache
# simulation: it only counts instructions) as `jitlens run` and as
# `jitlens profile --quiet --rate 1` (profiling on, almost no ticks: what
# profiling costs besides its samples, e.g. the JIT's line marks and the
# profile's set-up), and prints the median instruction counts and the
# difference per program.
#
#   bench/overhead/valgrind.sh [-n REPS] [-j JITLENS] PROGRAM.py...
#
# Default programs: hello.py (a constant cost shows there alone) and the
# short ones of bench/programs (under 100 ms natively;
# the others take minutes each under valgrind). Counts exclude the kernel
# (system calls, thread wake-ups) and are not times: a store off the
# critical path counts as much as a cache miss. The per-sample costs cannot
# be counted this way (valgrind runs one thread at a time, and starves the
# timer's thread of ticks): `go run ./bench/overhead` measures them.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind.sh: skipped: valgrind is not installed (apt-get install valgrind)"
	exit 0
fi
reps=3
bin=""
while getopts "n:j:" o; do
	case $o in
	n) reps=$OPTARG ;;
	j) bin=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
	progs=(bench/overhead/hello.py bench/programs/{fib,mandelbrot,spectral_norm,sum_loop}.py)
fi
if [ -z "$bin" ]; then
	bin=$(mktemp -d)/jitlens
	go build -o "$bin" ./cmd/jitlens
fi
# Go's asynchronous preemption signals only slow valgrind down.
export GODEBUG=asyncpreemptoff=1

# irefs ARGS... prints the instruction count of one run.
stats=$(mktemp)
irefs() {
	valgrind --tool=cachegrind --cache-sim=no --fair-sched=yes --cachegrind-out-file=/dev/null \
		--log-file="$stats.vg" "$bin" "$@" >/dev/null 2>"$stats"
	grep -E 'I +refs' "$stats.vg" | awk '{gsub(",", "", $NF); print $NF}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '| program | Ir: run | Ir: profile@1Hz | fixed overhead |\n|---|---:|---:|---:|\n'
for p in "${progs[@]}"; do
	name=$(basename "$p" .py)
	run=() one=()
	for ((i = 0; i < reps; i++)); do
		run+=("$(irefs run "$p")")
		one+=("$(irefs profile --quiet --rate 1 "$p")")
	done
	r=$(printf '%s\n' "${run[@]}" | median)
	o=$(printf '%s\n' "${one[@]}" | median)
	awk -v name="$name" -v r="$r" -v o="$o" 'BEGIN {
		printf "| %s | %.1fM | %.1fM | %+.2f%% (%+.1fM) |\n", name, r/1e6, o/1e6, 100*(o/r-1), (o-r)/1e6
	}'
done
rm -f "$stats" "$stats.vg"
echo
echo "valgrind $(valgrind --version | sed 's/valgrind-//'), median of $reps runs per mode, alternated; $(date -u +%F)"
