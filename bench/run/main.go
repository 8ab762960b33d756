// Command run times the benchmark basket under jitlens, CPython and (when
// installed) PyPy in one run, checks that every output matches CPython's
// committed output, and prints a Markdown table of median times, speed
// ratios against CPython and peak memory, then a table of what jitlens's JIT
// did in each program (functions and loops compiled, compile times, machine
// code size, deoptimizations) and the basket's median compile time.
//
//	go run ./bench/run [-runs 5] [-only fib,sieve] [-jitlens ./jitlens] [-o bench/RESULTS.md]
//
// Each implementation is run as a whole process, as a user runs it, so start-up
// and compile time count. Ratios are CPython's median time divided by the
// other's: above 1 means faster than CPython.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

// impl is one way of running a Python program.
type impl struct {
	name string
	argv []string // command; the script path is appended
}

// result is the outcome of timing one program under one implementation.
type result struct {
	median  time.Duration
	peakKiB int64
	err     error // wrong output, crash or timeout
}

func main() {
	runs := flag.Int("runs", 5, "runs per program and implementation (the median is reported)")
	only := flag.String("only", "", "comma-separated program names to run (default: all)")
	jitlens := flag.String("jitlens", "", "jitlens binary (default: build ./cmd/jitlens into a temporary folder)")
	extra := flag.String("jitlens-args", "", "extra arguments for `jitlens run`, space-separated (e.g. --no-jit)")
	out := flag.String("o", "", "also write the table to this Markdown file")
	timeout := flag.Duration("timeout", 120*time.Second, "time limit for one run")
	dir := flag.String("dir", "bench/programs", "folder holding NAME.py and NAME.expected")
	withJIT := flag.Bool("jit-stats", true, "also run each program once with --jit-report-json and print what the JIT compiled (counts, compile times, code size, deopts); skipped under --no-jit")
	flag.Parse()

	progs, err := programs(*dir, *only)
	if err != nil {
		fatal(err)
	}
	bin := *jitlens
	if bin == "" {
		bin, err = buildJitlens()
		if err != nil {
			fatal(err)
		}
	}
	impls := []impl{{"CPython", []string{"python3"}}}
	if p, err := exec.LookPath("pypy3"); err == nil {
		impls = append(impls, impl{"PyPy", []string{p}})
	} else {
		fmt.Fprintln(os.Stderr, "pypy3 not found: the PyPy column is left out (apt-get install pypy3)")
	}
	jl := impl{"jitlens", []string{bin, "run"}}
	if *extra != "" {
		jl.argv = append(jl.argv, strings.Fields(*extra)...)
	}
	impls = append(impls, jl)

	table := make(map[string]map[string]result)
	for _, p := range progs {
		table[p] = map[string]result{}
		for _, im := range impls {
			r := timeProgram(im, filepath.Join(*dir, p), *runs, *timeout)
			table[p][im.name] = r
			fmt.Fprintf(os.Stderr, "%-14s %-8s %s\n", p, im.name, describe(r))
		}
	}
	report := render(progs, impls, table, *runs)
	if *withJIT && jitOn(strings.Fields(*extra)) {
		report += "\n" + renderJIT(progs, jitStatsFor(jl, *dir, progs, *timeout))
	}
	fmt.Print(report)
	if *out != "" {
		if err := os.WriteFile(*out, []byte(report), 0o644); err != nil {
			fatal(err)
		}
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// programs lists the basket: every NAME.py with a NAME.expected beside it.
func programs(dir, only string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range strings.Split(only, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[n] = true
		}
	}
	var names []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if len(want) > 0 && !want[name] {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, name+".expected")); err != nil {
			continue
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no programs found in %s", dir)
	}
	sort.Strings(names)
	return names, nil
}

func buildJitlens() (string, error) {
	tmp, err := os.MkdirTemp("", "jitlens-bench")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(tmp, "jitlens")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/jitlens")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building jitlens: %w", err)
	}
	return bin, nil
}

// timeProgram runs one program `runs` times and keeps the median wall time
// and the largest peak resident set size.
func timeProgram(im impl, base string, runs int, timeout time.Duration) result {
	want, err := os.ReadFile(base + ".expected")
	if err != nil {
		return result{err: err}
	}
	var times []time.Duration
	var peak int64
	for i := 0; i < runs; i++ {
		d, kib, err := runOnce(im, base+".py", want, timeout)
		if err != nil {
			return result{err: err}
		}
		times = append(times, d)
		peak = max(peak, kib)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	return result{median: times[len(times)/2], peakKiB: peak}
}

func runOnce(im impl, script string, want []byte, timeout time.Duration) (time.Duration, int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	argv := append(append([]string{}, im.argv...), script)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		return 0, 0, fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %s", err, lastLine(stderr.String()))
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		return 0, 0, fmt.Errorf("output differs from CPython's: got %q", truncate(stdout.String(), 80))
	}
	var kib int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		kib = ru.Maxrss // Linux reports KiB
	}
	return elapsed, kib, nil
}

func describe(r result) string {
	if r.err != nil {
		return "FAILED: " + r.err.Error()
	}
	return fmt.Sprintf("%.3fs  %s", r.median.Seconds(), mib(r.peakKiB))
}

func mib(kib int64) string { return fmt.Sprintf("%.0f MiB", float64(kib)/1024) }

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return truncate(lines[len(lines)-1], 160)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// render prints the results as Markdown: times, ratios against CPython, the
// geometric mean of each ratio column, and peak memory.
func render(progs []string, impls []impl, table map[string]map[string]result, runs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s (%d cores, %s), median of %d runs, whole process, seconds.\n",
		time.Now().UTC().Format("2006-01-02"), cpuModel(), runtime.NumCPU(), runtime.GOOS+"/"+runtime.GOARCH, runs)
	fmt.Fprintf(&b, "Ratio = CPython's time / that column's time (above 1: faster than CPython).\n\n")
	b.WriteString("| program |")
	for _, im := range impls {
		fmt.Fprintf(&b, " %s |", im.name)
	}
	for _, im := range impls[1:] {
		fmt.Fprintf(&b, " %s ratio |", im.name)
	}
	for _, im := range impls {
		fmt.Fprintf(&b, " %s peak |", im.name)
	}
	b.WriteString("\n|---|")
	b.WriteString(strings.Repeat("---|", 3*len(impls)-1))
	b.WriteString("\n")
	logSum := make([]float64, len(impls))
	count := make([]int, len(impls))
	for _, p := range progs {
		row := table[p]
		base := row["CPython"]
		fmt.Fprintf(&b, "| %s |", p)
		for _, im := range impls {
			r := row[im.name]
			if r.err != nil {
				b.WriteString(" failed |")
			} else {
				fmt.Fprintf(&b, " %.3f |", r.median.Seconds())
			}
		}
		for i, im := range impls[1:] {
			r := row[im.name]
			if r.err != nil || base.err != nil || r.median == 0 {
				b.WriteString(" n/a |")
				continue
			}
			ratio := base.median.Seconds() / r.median.Seconds()
			logSum[i+1] += math.Log(ratio)
			count[i+1]++
			fmt.Fprintf(&b, " %.2fx |", ratio)
		}
		for _, im := range impls {
			r := row[im.name]
			if r.err != nil {
				b.WriteString(" n/a |")
			} else {
				fmt.Fprintf(&b, " %s |", mib(r.peakKiB))
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\nGeometric mean of the ratios:")
	for i, im := range impls[1:] {
		if count[i+1] > 0 {
			fmt.Fprintf(&b, " %s %.2fx (%d programs);", im.name, math.Exp(logSum[i+1]/float64(count[i+1])), count[i+1])
		}
	}
	b.WriteString("\n")
	var failures []string
	for _, p := range progs {
		for _, im := range impls {
			if r := table[p][im.name]; r.err != nil {
				failures = append(failures, fmt.Sprintf("- %s under %s: %v", p, im.name, r.err))
			}
		}
	}
	if len(failures) > 0 {
		b.WriteString("\nFailures:\n" + strings.Join(failures, "\n") + "\n")
	}
	return b.String()
}

// cpuModel reads the processor's name from /proc/cpuinfo.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<16))
	if err != nil && !errors.Is(err, io.EOF) {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
