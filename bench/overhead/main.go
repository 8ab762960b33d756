// Command overhead measures what the sampling profiler costs: it runs each
// program of the benchmark basket under `jitlens run` and under
// `jitlens profile --quiet --rate HZ`, alternating the two so that a busy
// machine slows both alike, checks the output against NAME.expected, and
// prints a Markdown table of median wall and CPU (user+system) times and
// the overhead per program. On a shared machine CPU time is the steadier
// figure: waiting for a core inflates wall time, not CPU time.
//
//	go run ./bench/overhead [-runs 5] [-rate 1000] [-only fib,sieve] [-jitlens ./jitlens] [-jitlens-args --no-jit]
//
// Each run is a whole process, as a user runs it: start-up counts for both.
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

func main() {
	runs := flag.Int("runs", 5, "runs per program and mode (the median is reported)")
	rate := flag.Int("rate", 1000, "sampling rate of the profiled runs, in Hz")
	only := flag.String("only", "", "comma-separated program names to run (default: all)")
	bin := flag.String("jitlens", "", "jitlens binary (default: build ./cmd/jitlens into a temporary folder)")
	extra := flag.String("jitlens-args", "", "extra arguments for both modes, space-separated (e.g. --no-jit)")
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
		{"profile", append([]string{"profile", "--quiet", "--rate", strconv.Itoa(*rate)}, more...)},
	}
	fmt.Printf("| program | wall: run | wall: profile | wall overhead | CPU: run | CPU: profile | CPU overhead |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, p := range progs {
		walls := make([][]time.Duration, len(modes))
		cpus := make([][]time.Duration, len(modes))
		var failure error
		for r := 0; r < *runs && failure == nil; r++ {
			for i, m := range modes {
				wall, cpu, err := runOnce(*bin, m.args, p, *timeout)
				if err != nil {
					failure = fmt.Errorf("%s: %v", m.name, err)
					break
				}
				walls[i] = append(walls[i], wall)
				cpus[i] = append(cpus[i], cpu)
			}
		}
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if failure != nil {
			fmt.Printf("| %s | error: %v | | | | | |\n", name, failure)
			continue
		}
		w0, w1, c0, c1 := median(walls[0]), median(walls[1]), median(cpus[0]), median(cpus[1])
		fmt.Printf("| %s | %s | %s | %s | %s | %s | %s |\n", name, ms(w0), ms(w1), overhead(w0, w1), ms(c0), ms(c1), overhead(c0, c1))
	}
	fmt.Printf("\n`jitlens profile --quiet --rate %d` against `jitlens run`%s; %d runs per cell (median), %s/%s, %d CPUs, %s\n",
		*rate, strings.TrimRight(" "+*extra, " "), *runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().UTC().Format("2006-01-02"))
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

// runOnce runs the script once and returns its wall and CPU time; the
// output must match NAME.expected.
func runOnce(bin string, args []string, script string, timeout time.Duration) (wall, cpu time.Duration, err error) {
	want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".expected")
	if err != nil {
		return 0, 0, err
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
		return 0, 0, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		return 0, 0, fmt.Errorf("output differs from %s.expected", strings.TrimSuffix(filepath.Base(script), ".py"))
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
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

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "overhead:", err)
	os.Exit(1)
}
