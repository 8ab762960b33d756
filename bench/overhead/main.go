// Command overhead measures what the sampling profiler costs: it runs each
// program of the benchmark basket under `jitlens run`, under
// `jitlens profile --quiet -o FILE --rate 1` (profiling on, almost no ticks: the
// fixed cost) and under `jitlens profile --quiet -o FILE --stats --rate HZ`,
// interleaving the three so that a busy machine slows all alike, checks the
// output against NAME.expected, and prints two Markdown tables.
//
// The first compares timings, as `perf stat -r` does: per mode, the mean
// wall and CPU (user+system) times over the rounds with their standard
// errors, and the overhead of each profiled mode over `run` with the error
// propagated from both means. A program that runs for less than -min-time
// gets more rounds (up to -max-runs), since its runs' fixed start-up noise
// is larger against its time; the modes' order rotates from round to round.
// On a shared machine this is only as good as the host's noise allows.
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
//	go run ./bench/overhead [-runs 5] [-min-time 3s] [-max-runs 40] [-rate 1000] [-only fib,sieve] [-jitlens ./jitlens] [-jitlens-args --no-jit]
//
// Each run is a whole process, as a user runs it: start-up counts for all.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
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
	runs := flag.Int("runs", 5, "least rounds per program (each runs every mode once, in a rotating order)")
	minTime := flag.Duration("min-time", 3*time.Second, "more rounds for short programs: until `run` alone took this long in all, within -max-runs")
	calibrate := flag.Bool("calibrate", false, "only calibrate the timer's cost per tick, with and without the engine thread's clock read, and exit")
	maxRuns := flag.Int("max-runs", 40, "most rounds per program")
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
	out, err := os.MkdirTemp("", "jitlens-overhead-out")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(out)
	pb := filepath.Join(out, "profile.pb.gz")
	modes := []mode{
		{"run", append([]string{"run"}, more...)},
		// the profiled runs write their profile, as a user's run does
		{"profile@1Hz", append([]string{"profile", "--quiet", "-o", pb, "--rate", "1"}, more...)},
		{"profile", append([]string{"profile", "--quiet", "-o", pb, "--stats", "--rate", strconv.Itoa(*rate)}, more...)},
	}
	if *calibrate {
		// the tick's cost with and without the engine thread's clock read
		for range 3 {
			fmt.Printf("goroutine tick at %d Hz: %.1f µs (engine thread bound, as profiled), %.1f µs (unbound: no thread clock read); kernel timer tick at 10 kHz: %.1f µs; load %s\n",
				*rate, us(calibrateTick(*rate, true)), us(calibrateTick(*rate, false)), us(calibrateSignal(10000)), loadavg())
		}
		return
	}
	goTick, sigTick := calibrateTick(*rate, true), calibrateSignal(10000)
	start := time.Now()
	var results []result
	for _, p := range progs {
		results = append(results, measure(*bin, modes, p, *runs, *maxRuns, *minTime, *timeout))
	}
	elapsed := time.Since(start)

	// Means ± their standard errors over the rounds (as perf stat -r
	// reports them): a run's time on a shared VM has a long upper tail, and
	// the mean with its error says how far a difference is resolved.
	fmt.Printf("| program | rounds | CPU: run | CPU: profile@1Hz | CPU: profile@%dHz | CPU: fixed (1 Hz) | CPU overhead @%dHz | wall: run | wall: profile@1Hz | wall: profile@%dHz | wall: fixed (1 Hz) | wall overhead @%dHz |\n", *rate, *rate, *rate, *rate)
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		if r.err != nil {
			fmt.Printf("| %s | error: %v | | | | | | | | | | |\n", r.name, r.err)
			continue
		}
		c0, c1, c2 := meanErr(r.cpus[0]), meanErr(r.cpus[1]), meanErr(r.cpus[2])
		w0, w1, w2 := meanErr(r.walls[0]), meanErr(r.walls[1]), meanErr(r.walls[2])
		fmt.Printf("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.name, len(r.cpus[0]),
			c0, c1, c2, c0.over(c1), c0.over(c2), w0, w1, w2, w0.over(w1), w0.over(w2))
	}

	// the ticks' cost: a kernel timer's signals on the engine thread, or
	// the sampler's goroutine waking up on another
	kernel := false
	for _, r := range results {
		for _, st := range r.stats {
			kernel = kernel || st.kernelTimer
		}
	}
	tick, what := goTick, "timer goroutine"
	if kernel {
		tick, what = sigTick, "kernel timer's signals"
	}
	timerShare := 100 * float64(tick) * float64(*rate) / float64(time.Second)
	fmt.Printf("\n| program | samples | engine: stacks | (preempted) | engine: skid (bound) | %s: ticks × %.1f µs | bound: engine | timer: %.1f µs × %d Hz | bound: engine + timer |\n", what, us(tick), us(tick), *rate)
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
	fmt.Printf("\n`jitlens profile --quiet --rate %d` against `jitlens run`%s; %d rounds, modes interleaved; ticks from the %s, cost per tick calibrated: %.1f µs (timer goroutine at %d Hz %.1f µs, kernel timer at 10 kHz %.1f µs); %s/%s, %d CPUs, %s, took %s; load before: %s\n",
		*rate, strings.TrimRight(" "+*extra, " "), *runs, what, us(tick), *rate, us(goTick), us(sigTick), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(),
		time.Now().UTC().Format("2006-01-02 15:04 MST"), elapsed.Round(time.Second), loadavg())
}

// measure runs the modes of one program in rounds.
func measure(bin string, modes []mode, script string, runs, maxRuns int, minTime, timeout time.Duration) result {
	r := result{name: strings.TrimSuffix(filepath.Base(script), ".py"), walls: make([][]time.Duration, len(modes)), cpus: make([][]time.Duration, len(modes))}
	for round := 0; round < max(runs, 1); round++ {
		if round == 1 && minTime > 0 {
			// after the first round: enough rounds that `run` alone
			// takes minTime, for the short programs' means to settle
			if first := r.walls[0]; len(first) > 0 && first[0] > 0 {
				runs = min(max(runs, int(minTime/first[0])+1), max(maxRuns, runs))
			}
		}
		for k := range modes {
			// rotate the order, so that no mode always follows the same one
			i := (k + round) % len(modes)
			m := modes[i]
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
	kernelTimer                                      bool // timer=kernel: the engine thread's signals tick
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
			if k == "timer" {
				s.kernelTimer = v == "kernel"
				continue
			}
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
		kernelTimer: len(ss) > 0 && ss[0].kernelTimer,
	}
}

func perSample(d time.Duration, n int64) time.Duration {
	if n == 0 {
		return 0
	}
	return d / time.Duration(n)
}

// stat is a mean and its standard error.
type stat struct{ mean, err float64 }

// meanErr returns the mean of ds and its standard error (the sample
// standard deviation over the square root of the count).
func meanErr(ds []time.Duration) stat {
	if len(ds) == 0 {
		return stat{}
	}
	var sum float64
	for _, d := range ds {
		sum += float64(d)
	}
	m := sum / float64(len(ds))
	if len(ds) < 2 {
		return stat{mean: m}
	}
	var ss float64
	for _, d := range ds {
		ss += (float64(d) - m) * (float64(d) - m)
	}
	return stat{mean: m, err: math.Sqrt(ss/float64(len(ds)-1)) / math.Sqrt(float64(len(ds)))}
}

// String prints the stat in milliseconds.
func (s stat) String() string {
	if s.mean < 100e6 {
		return fmt.Sprintf("%.1f ± %.1f ms", s.mean/1e6, s.err/1e6)
	}
	return fmt.Sprintf("%.0f ± %.0f ms", s.mean/1e6, s.err/1e6)
}

// over is how much longer b's mean is than s's, in percent, with the
// error propagated from both means' (independent runs).
func (s stat) over(b stat) string {
	if s.mean == 0 || b.mean == 0 {
		return "?"
	}
	r := b.mean / s.mean
	e := r * math.Sqrt((s.err/s.mean)*(s.err/s.mean)+(b.err/b.mean)*(b.err/b.mean))
	return fmt.Sprintf("%+.1f%% ± %.1f", 100*(r-1), 100*e)
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
