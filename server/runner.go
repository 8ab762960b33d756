package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"jitlens/profile"
)

// outputTailBytes bounds how much of a child's stdout and stderr is kept.
const outputTailBytes = 64 << 10

// maxPprofBytes bounds the pprof file the server reads back.
const maxPprofBytes = 64 << 20

// runRequest is one profiling run to make.
type runRequest struct {
	binary      string
	script      string // path of the script to run
	rate        int
	timeLimit   time.Duration
	memoryLimit int64    // bytes of writable memory (RLIMIT_DATA); 0: none
	env         []string // added to the environment
	// tick is called about every tickEvery while the child runs.
	tick      func(elapsed time.Duration)
	tickEvery time.Duration
}

// Run outcomes (runSummary.Status).
const (
	statusOK        = "ok"        // the script ran to its end
	statusException = "exception" // the script raised; the profile is of the run until then
	statusTimeout   = "timeout"   // killed at the time limit
	statusCancelled = "cancelled" // the user cancelled
	statusMemory    = "out-of-memory"
	statusFailed    = "failed" // the profiler could not profile the script
)

// runOutcome is what a run produced.
type runOutcome struct {
	status   string
	message  string // for the user
	report   *profile.RunReport
	pprof    []byte
	duration time.Duration
	exitCode int
	stderr   string
}

// runProfiler runs `BINARY profile --report R -o P --rate HZ SCRIPT` in its
// own process group, with a time limit and a memory limit, and reads back
// what it wrote. Cancelling ctx kills the run.
func runProfiler(ctx context.Context, rq runRequest) runOutcome {
	dir, err := os.MkdirTemp("", "jitlens-serve-")
	if err != nil {
		return runOutcome{status: statusFailed, message: "cannot create a temporary directory: " + err.Error()}
	}
	defer os.RemoveAll(dir)
	reportPath := filepath.Join(dir, "report.json")
	pprofPath := filepath.Join(dir, "profile.pb.gz")
	args := []string{rq.binary, "profile", "--report", reportPath, "-o", pprofPath, "--rate", strconv.Itoa(rq.rate), rq.script}
	// The limit is on the data segment (RLIMIT_DATA: every writable
	// private mapping), not on the address space: a Go program reserves
	// a gigabyte and more of address space it never uses, so an address
	// space limit near it made the engine fail at random points, sooner
	// or later depending on the machine's load.
	// With prlimit(1) the memory limit holds from the first instruction;
	// without it, the limit is set on the started process (a moment later).
	wrapped := false
	if rq.memoryLimit > 0 {
		if pl, err := exec.LookPath("prlimit"); err == nil {
			args = append([]string{pl, fmt.Sprintf("--data=%d", rq.memoryLimit), "--"}, args...)
			wrapped = true
		}
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = filepath.Dir(rq.script)
	if len(rq.env) > 0 {
		cmd.Env = append(os.Environ(), rq.env...)
	}
	cmd.Stdin = nil
	stdout, stderr := newTailBuffer(outputTailBytes), newTailBuffer(outputTailBytes)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return runOutcome{status: statusFailed, message: fmt.Sprintf("cannot start the profiler %s: %v", rq.binary, err)}
	}
	pid := cmd.Process.Pid
	if rq.memoryLimit > 0 && !wrapped {
		lim := &unix.Rlimit{Cur: uint64(rq.memoryLimit), Max: uint64(rq.memoryLimit)}
		_ = unix.Prlimit(pid, unix.RLIMIT_DATA, lim, nil)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	killGroup := func() { _ = syscall.Kill(-pid, syscall.SIGKILL) }

	var limit <-chan time.Time
	if rq.timeLimit > 0 {
		t := time.NewTimer(rq.timeLimit)
		defer t.Stop()
		limit = t.C
	}
	var tick <-chan time.Time
	if rq.tick != nil && rq.tickEvery > 0 {
		t := time.NewTicker(rq.tickEvery)
		defer t.Stop()
		tick = t.C
	}
	var waitErr error
	stopped := ""
loop:
	for {
		select {
		case waitErr = <-done:
			break loop
		case <-tick:
			rq.tick(time.Since(start))
		case <-limit:
			stopped = statusTimeout
			killGroup()
			waitErr = <-done
			break loop
		case <-ctx.Done():
			stopped = statusCancelled
			killGroup()
			waitErr = <-done
			break loop
		}
	}
	killGroup() // whatever the script left running in its group
	out := runOutcome{duration: time.Since(start), stderr: stderr.String()}
	var exitErr *exec.ExitError
	if errors.As(waitErr, &exitErr) {
		out.exitCode = exitErr.ExitCode()
	}
	switch stopped {
	case statusTimeout:
		out.status = statusTimeout
		out.message = fmt.Sprintf("stopped at the time limit of %s", rq.timeLimit)
		return out
	case statusCancelled:
		out.status = statusCancelled
		out.message = "profiling cancelled"
		return out
	}
	out.report, err = readReport(reportPath)
	if data, perr := readLimited(pprofPath, maxPprofBytes); perr == nil {
		out.pprof = data
	}
	if ranOutOfMemory(waitErr, out.stderr, out.report) {
		out.status = statusMemory
		out.message = fmt.Sprintf("the script ran out of memory (limit %d MB)", rq.memoryLimit>>20)
		out.report = nil
		return out
	}
	if out.report == nil {
		out.status = statusFailed
		out.message = "the profiler wrote no report"
		if waitErr != nil {
			out.message = fmt.Sprintf("the profiler failed (%v)", waitErr)
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			out.message += ": " + err.Error()
		}
		if last := lastLines(out.stderr, 3); last != "" {
			out.message += ": " + last
		}
		return out
	}
	switch out.report.Exit {
	case profile.ExitNormal, profile.ExitSysExit:
		out.status = statusOK
	case profile.ExitException:
		out.status = statusException
		out.message = "the script raised an exception"
		if tl := out.report.Output.Stderr.Lines; len(tl) > 0 {
			out.message += ": " + tl[len(tl)-1]
		}
	default:
		out.status = statusFailed
		out.message = "the run ended: " + out.report.Exit
		if tl := out.report.Output.Stderr.Lines; len(tl) > 0 {
			out.message += ": " + tl[len(tl)-1]
		}
	}
	return out
}

// readReport reads the run report the profiler wrote, or nil.
func readReport(path string) (*profile.RunReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return profile.ReadRunReport(f)
}

func readLimited(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > max {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, max)
	}
	return os.ReadFile(path)
}

// ranOutOfMemory recognises a run that hit the memory limit: the engine's
// MemoryError, or a runtime that could not map memory.
func ranOutOfMemory(waitErr error, stderr string, r *profile.RunReport) bool {
	if r != nil {
		for _, l := range r.Output.Stderr.Lines {
			if strings.HasPrefix(l, "MemoryError") {
				return true
			}
		}
	}
	if waitErr == nil {
		return false
	}
	return strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory") || strings.Contains(stderr, "MemoryError")
}

// lastLines returns the last n non-empty lines of s, joined by " | ".
func lastLines(s string, n int) string {
	var out []string
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0 && len(out) < n; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			out = append([]string{clip(l, 200)}, out...)
		}
	}
	return strings.Join(out, " | ")
}
