// Command overhead measures what the sampling profiler costs: it runs each
// program of the benchmark basket under `jitlens run`, under
// `jitlens profile --quiet --rate 1` (profiling on, almost no ticks: the
// fixed cost) and under `jitlens profile --quiet --stats --rate HZ`,
// interleaving the three so that a busy machine slows all alike, checks the
// output against NAME.expected, and prints two Markdown tables.
//
// The first compares timings: median wall and CPU (user+system) times, and
// the median and spread (quartiles) of the per-round CPU ratios, profiled
// over unprofiled. On a shared machine this is only as good as the host's
// noise allows (±20% run to run on the machine of bench/PROFILER-OVERHEAD.md).
//
// The second is a decomposition that does not depend on that noise: the
// profiled run reports (`--stats`) its ticks, its samples, the time the
// engine spent taking them (walking and recording stacks; a sample the OS
// preempted, over 200 µs, counts as much as the average other one) and the time its
// skidded samples ran in the interpreter's slow mode (an upper bound: it
// includes the instructions' own work); the timer's cost per tick (the
// wake-up of its thread, mostly in the kernel) is calibrated here on an
// otherwise idle thread, and weighs the tick's cost times the rate (the
// timer ticks for as long as the run lasts: on a loaded machine, where the
// run lasts longer than its CPU time, it ticks more). Their sum bounds the
// overhead of the ticks; the fixed cost of profiling (the JIT's
// line marks, the engine's locked thread) is measured apart, by instruction
// counts (valgrind.sh) and by the `profile@1Hz` column.
//
//	go run ./bench/overhead [-runs 5] [-rate 1000] [-only fib,sieve] [-jitlens ./jitlens] [-jitlens-args --no-jit]
//
// Each run is a whole process, as a user runs it: start-up counts for all.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// mode is one way of running a program under jitlens.
type mode struct {
	name string
	args []string // between the binary and the script
}

// result is one program's measurements, per mode.
type result struct {
	name  string
	walls [][]time.Duration
	cpus  [][]time.Duration
	stats []stats // of the profiled runs
	err   error
}

func main() {
	runs := flag.Int("runs", 5, "rounds per program (each runs every mode once; medians are reported)")
	rate := flag.Int("rate", 1000, "sampling rate of the profiled runs, in Hz")
	only := flag.String("only", "", "comma-separated program names to run (default: all)")
	bin := flag.String("jitlens", "", "jitlens binary (default: build ./cmd/jitlens into a temporary folder)")
	extra := flag.String("jitlens-args", "", "extra arguments for all modes, space-separated (e.g. --no-jit)")
	dir := flag.String("dir", "bench/programs", "folder holding NAME.py and NAME.expected")
	timeout := flag.Duration("timeout", 120*time.Second, "time limit for one run")
	flag.Parse()

	progs, err := programs(*dir, *only)
	if err != nil {
		fatal(err)
	}
	if *bin == "" {
		if *bin, err = build(); err != nil {
			fatal(err)
		}
	}
	more := strings.Fields(*extra)
	modes := []mode{
		{"run", append([]string{"run"}, more...)},
		{"profile@1Hz", append([]string{"profile", "--quiet", "--rate", "1"}, more...)},
		{"profile", append([]string{"profile", "--quiet", "--stats", "--rate", strconv.Itoa(*rate)}, more...)},
	}
	tick := calibrateTick(*rate)
	start := time.Now()
	var results []result
	for _, p := range progs {
		results = append(results, measure(*bin, modes, p, *runs, *timeout))
	}
	elapsed := time.Since(start)

	fmt.Printf("| program | CPU: run | CPU: profile@1Hz | CPU: profile | CPU overhead (median [quartiles] of %d rounds) | fixed (1 Hz) | wall: run | wall: profile | wall overhead |\n", *runs)
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		if r.err != nil {
			fmt.Printf("| %s | error: %v | | | | | | | |\n", r.name, r.err)
			continue
		}
		c0, c1, c2 := median(r.cpus[0]), median(r.cpus[1]), median(r.cpus[2])
		w0, w2 := median(r.walls[0]), median(r.walls[2])
		q := quartiles(ratios(r.cpus[0], r.cpus[2]))
		f := quartiles(ratios(r.cpus[0], r.cpus[1]))
		fmt.Printf("| %s | %s | %s | %s | %+.1f%% [%+.1f%%, %+.1f%%] | %+.1f%% | %s | %s | %s |\n",
			r.name, ms(c0), ms(c1), ms(c2), q[1], q[0], q[2], f[1], ms(w0), ms(w2), overhead(w0, w2))
	}

	// The timer ticks for as long as the run lasts, whether the engine
	// runs or waits for a core: its share of a run that has the core to
	// itself is the tick's cost times the rate.
	timerShare := 100 * float64(tick) * float64(*rate) / float64(time.Second)
	fmt.Printf("\n| program | samples | engine: stacks | (preempted) | engine: skid (bound) | timer: ticks × %.1f µs | bound: engine | timer: %.1f µs × %d Hz | bound: engine + timer |\n", us(tick), us(tick), *rate)
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		if r.err != nil {
			continue
		}
		s := medianStats(r.stats)
		base := float64(median(r.cpus[0]))
		timer := time.Duration(s.ticks) * tick
		engine := s.engine()
		stacks := engine - s.skid
		fmt.Printf("| %s | %d | %s (%.1f µs each) | %d (%s) | %s (%d samples) | %s | %.2f%% | %.2f%% | %.2f%% |\n",
			r.name, s.samples, ms2(stacks), us(perSample(stacks, s.samples)), s.hookSlow, ms2(s.hook-s.hookFast), ms2(s.skid), s.skidSamples, ms2(timer),
			100*float64(engine)/base, timerShare, 100*float64(engine)/base+timerShare)
	}
	fmt.Printf("\n`jitlens profile --quiet --rate %d` against `jitlens run`%s; %d rounds, modes interleaved; timer cost per tick calibrated at %d Hz: %.1f µs; %s/%s, %d CPUs, %s, took %s; load before: %s\n",
		*rate, strings.TrimRight(" "+*extra, " "), *runs, *rate, us(tick), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(),
		time.Now().UTC().Format("2006-01-02 15:04 MST"), elapsed.Round(time.Second), loadavg())
}

// measure runs the modes of one program in rounds.
func measure(bin string, modes []mode, script string, runs int, timeout time.Duration) result {
	r := result{name: strings.TrimSuffix(filepath.Base(script), ".py"), walls: make([][]time.Duration, len(modes)), cpus: make([][]time.Duration, len(modes))}
	for round := 0; round < runs; round++ {
		for i, m := range modes {
			wall, cpu, stderr, err := runOnce(bin, m.args, script, timeout)
			if err != nil {
				r.err = fmt.Errorf("%s: %v", m.name, err)
				return r
			}
			r.walls[i] = append(r.walls[i], wall)
			r.cpus[i] = append(r.cpus[i], cpu)
			if s, ok := parseStats(stderr); ok {
				r.stats = append(r.stats, s)
			}
		}
	}
	return r
}

// programs lists dir's NAME.py files that have a NAME.expected, or the
// ones named in only.
func programs(dir, only string) ([]string, error) {
	all, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range strings.Split(only, ",") {
		if n != "" {
			want[n] = true
		}
	}
	var out []string
	for _, p := range all {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if _, err := os.Stat(strings.TrimSuffix(p, ".py") + ".expected"); err != nil {
			continue
		}
		if len(want) == 0 || want[name] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no programs in %s", dir)
	}
	return out, nil
}

// build compiles ./cmd/jitlens into a temporary folder.
func build() (string, error) {
	tmp, err := os.MkdirTemp("", "jitlens-overhead")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(tmp, "jitlens")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/jitlens")
	cmd.Stderr = os.Stderr
	return bin, cmd.Run()
}

// runOnce runs the script once and returns its wall and CPU time and its
// stderr; the output must match NAME.expected.
func runOnce(bin string, args []string, script string, timeout time.Duration) (wall, cpu time.Duration, errOut string, err error) {
	want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".expected")
	if err != nil {
		return 0, 0, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(append([]string(nil), args...), script)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	if err != nil {
		return 0, 0, "", fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		return 0, 0, "", fmt.Errorf("output differs from %s.expected", strings.TrimSuffix(filepath.Base(script), ".py"))
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), stderr.String(), nil
}

// stats is what `jitlens profile --stats` reports about one run.
type stats struct {
	ticks, samples, skidSamples, skidSteps, hookSlow int64
	hook, hookFast, skid                             time.Duration
}

// engine estimates what taking the samples cost the engine: the hooks
// that ran undisturbed, plus as much again per sample for those the OS
// preempted (whose wall time is mostly other processes'), plus the skids'
// slow mode (a bound: it includes the work of its instructions).
func (s stats) engine() time.Duration {
	e := s.hookFast + s.skid
	if fast := s.samples - s.hookSlow; fast > 0 {
		e += time.Duration(s.hookSlow) * (s.hookFast / time.Duration(fast))
	}
	return e
}

// parseStats reads the jitlens-profiler-stats line of a profiled run's stderr.
func parseStats(stderr string) (stats, bool) {
	var s stats
	for _, line := range strings.Split(stderr, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] != "jitlens-profiler-stats" {
			continue
		}
		for _, kv := range f[1:] {
			k, v, _ := strings.Cut(kv, "=")
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				continue
			}
			switch k {
			case "ticks":
				s.ticks = n
			case "samples":
				s.samples = n
			case "skid_samples":
				s.skidSamples = n
			case "skid_steps":
				s.skidSteps = n
			case "hook_ns":
				s.hook = time.Duration(n)
			case "hook_fast_ns":
				s.hookFast = time.Duration(n)
			case "hook_slow":
				s.hookSlow = n
			case "skid_ns":
				s.skid = time.Duration(n)
			}
		}
		return s, true
	}
	return s, false
}

// medianStats takes each field's median over the runs: the engine's
// timings are wall times, inflated when the OS preempts it mid-sample.
func medianStats(ss []stats) stats {
	pick := func(get func(stats) int64) int64 {
		v := make([]int64, len(ss))
		for i, s := range ss {
			v[i] = get(s)
		}
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		if len(v) == 0 {
			return 0
		}
		return v[len(v)/2]
	}
	return stats{
		ticks:       pick(func(s stats) int64 { return s.ticks }),
		samples:     pick(func(s stats) int64 { return s.samples }),
		skidSamples: pick(func(s stats) int64 { return s.skidSamples }),
		skidSteps:   pick(func(s stats) int64 { return s.skidSteps }),
		hookSlow:    pick(func(s stats) int64 { return s.hookSlow }),
		hook:        time.Duration(pick(func(s stats) int64 { return int64(s.hook) })),
		hookFast:    time.Duration(pick(func(s stats) int64 { return int64(s.hookFast) })),
		skid:        time.Duration(pick(func(s stats) int64 { return int64(s.skid) })),
	}
}

// ratios returns b[i]/a[i]-1 in percent for each round.
func ratios(a, b []time.Duration) []float64 {
	var out []float64
	for i := range min(len(a), len(b)) {
		out = append(out, 100*(float64(b[i])/float64(a[i])-1))
	}
	return out
}

// quartiles returns the first quartile, the median and the third quartile.
func quartiles(v []float64) [3]float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s) == 0 {
		return [3]float64{}
	}
	at := func(q float64) float64 { return s[int(q*float64(len(s)-1)+0.5)] }
	return [3]float64{at(0.25), at(0.5), at(0.75)}
}

func perSample(d time.Duration, n int64) time.Duration {
	if n == 0 {
		return 0
	}
	return d / time.Duration(n)
}

// overhead is how much longer b took than a, in percent.
func overhead(a, b time.Duration) string {
	return fmt.Sprintf("%+.1f%%", 100*(float64(b)/float64(a)-1))
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) string  { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }
func ms2(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }
func us(d time.Duration) float64 { return float64(d) / 1e3 }

// loadavg returns the first three fields of /proc/loadavg, or "?".
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "overhead:", err)
	os.Exit(1)
}
