package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"

	"jitlens/jitcore"
	"jitlens/profile"
)

func init() {
	register(&command{
		name:  "profile",
		usage: "[-o FILE.pb.gz] [--rate HZ] [--report FILE.json] [--timer goroutine|kernel] [--no-jit] [--jit-threshold N] [--jit-report] SCRIPT [ARGS...]   run SCRIPT under the sampling profiler",
		run:   profileMain,
	})
}

// outputTailLines is how many lines of each stream the run report keeps.
const outputTailLines = 50

func profileMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("profile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the profile in pprof format (gzip-compressed protobuf) to this file")
	rate := fs.Int("rate", profile.DefaultRate, "sampling rate in Hz")
	reportPath := fs.String("report", "", "write the JSON run report to this file")
	quiet := fs.Bool("quiet", false, "do not print the text report on stderr")
	timer := fs.String("timer", "goroutine", "where the ticks come from: goroutine (a timer goroutine signals the engine's thread) or kernel (a kernel timer interrupts it; linux/amd64, else goroutine). Which costs less depends on the machine: see bench/PROFILER-OVERHEAD.md")
	stats := fs.Bool("stats", false, "print what the profiler itself cost on stderr (one line, see bench/PROFILER-OVERHEAD.md)")
	jitFlags := addJITFlags(fs, true) // profile what `jitlens run` runs: the JIT is on
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: jitlens profile [-o FILE.pb.gz] [--rate HZ] [--report FILE.json] [--timer goroutine|kernel] [--no-jit] [--jit-threshold N] [--jit-report] SCRIPT [ARGS...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return 2
	}
	if *timer != "goroutine" && *timer != "kernel" {
		fmt.Fprintf(stderr, "jitlens: --timer must be goroutine or kernel, not %q\n", *timer)
		return 2
	}
	if err := profile.CheckRate(*rate); err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 2
	}
	// Creating (truncating) a file costs a few hundred microseconds on
	// some file systems, a tenth of a short run: the outputs are opened
	// while the script runs.
	outFile, reportFile := openLater(*out), openLater(*reportPath)
	res, err := profileScript(fs.Arg(0), fs.Args()[1:], *rate, *timer == "kernel", jitFlags.options(), os.Stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 2
	}
	jitFlags.printReport(stderr)
	if *stats {
		res.stats.write(stderr)
	}
	// The profile and the report are written whatever way the script
	// ended: a crash, sys.exit or Ctrl-C is when they are needed most.
	failed := false
	if !*quiet {
		res.profile.WriteText(stderr, profile.TextOptions{})
	}
	if *out != "" {
		if err := outFile.write(res.profile.WritePprof); err != nil {
			fmt.Fprintf(stderr, "jitlens: writing %s: %v\n", *out, err)
			failed = true
		}
	}
	if *reportPath != "" {
		if err := reportFile.write(func(w io.Writer) error { return profile.WriteRunReport(w, res.report) }); err != nil {
			fmt.Fprintf(stderr, "jitlens: writing %s: %v\n", *reportPath, err)
			failed = true
		}
	}
	if res.status == jitcore.ExitSIGINT {
		dieOfSIGINT()
		return 130
	}
	if failed && res.status == 0 {
		return 1
	}
	return res.status
}

// profiled is the outcome of one profiled run.
type profiled struct {
	status  int
	profile *profile.Profile
	report  *profile.RunReport
	stats   profilerStats
}

// profilerStats are the profiler's own costs in one run, for `--stats`:
// what bench/overhead adds up to bound the overhead without comparing
// noisy timings.
type profilerStats struct {
	ticks   int64         // timer ticks
	samples int64         // samples the engine recorded (the Sample hook)
	hook    time.Duration // time spent in that hook: walking and recording stacks
	// hookSlow counts the samples whose hook took over hookPreempted: the
	// OS took the core away meanwhile (a loaded machine), so their time
	// is mostly not the profiler's; hookFast sums the others' times.
	hookSlow int64
	hookFast time.Duration
	skid     jitcore.SkidStats
	cpu      time.Duration // process CPU time of the profiled run
	wall     time.Duration
	// kernelTimer: the ticks came from a kernel timer signalling the
	// engine's thread, not from the sampler's goroutine
	kernelTimer bool
}

// hookPreempted is far longer than any sample takes (a few µs): a hook
// that took longer was preempted.
const hookPreempted = 200 * time.Microsecond

// add counts one sample whose hook took d.
func (s *profilerStats) add(d time.Duration) {
	s.samples++
	s.hook += d
	if d > hookPreempted {
		s.hookSlow++
	} else {
		s.hookFast += d
	}
}

// timerKind names where the ticks came from.
func (s *profilerStats) timerKind() string {
	if s.kernelTimer {
		return "kernel"
	}
	return "goroutine"
}

// write prints the stats as one line of key=value fields (times in ns).
func (s *profilerStats) write(w io.Writer) {
	fmt.Fprintf(w, "jitlens-profiler-stats ticks=%d samples=%d hook_ns=%d hook_fast_ns=%d hook_slow=%d skid_samples=%d skid_steps=%d skid_ns=%d cpu_ns=%d wall_ns=%d timer=%s\n",
		s.ticks, s.samples, s.hook.Nanoseconds(), s.hookFast.Nanoseconds(), s.hookSlow, s.skid.Samples, s.skid.Steps, s.skid.Slow.Nanoseconds(), s.cpu.Nanoseconds(), s.wall.Nanoseconds(), s.timerKind())
}

// profileScript runs a script under the sampler with the JIT's options
// (nil: the JIT on with its defaults, as under `jitlens run`) and builds
// its run report. Ctrl-C raises KeyboardInterrupt in the script, as under
// `jitlens run`.
func profileScript(script string, args []string, rate int, kernelTimer bool, jit *jitcore.JITOptions, stdin io.Reader, stdout, stderr io.Writer) (*profiled, error) {
	if jit == nil {
		jit = &jitcore.JITOptions{Threshold: jitcore.DefaultJITThreshold}
	}
	if jit.Log == nil {
		jit.Log = &jitcore.JITLog{}
	}
	var vmRef atomic.Pointer[jitcore.VM]
	var ticks atomic.Int64
	var stats profilerStats
	sampler, err := profile.NewSampler(profile.Options{
		Rate: rate,
		// one flag for the interpreter to poll: the VM's own
		OnTick: func() {
			ticks.Add(1)
			if vm := vmRef.Load(); vm != nil {
				vm.RequestSample()
			}
		},
	})
	if err != nil {
		return nil, err
	}
	outTail, errTail := profile.NewTailWriter(outputTailLines), profile.NewTailWriter(outputTailLines)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	var stack []profile.Frame // reused between samples: Record copies it
	// the timer reads the blocked stack until LeaveBlocking: a slice of
	// its own, never touched by Sample meanwhile
	var blockedStack []profile.Frame
	// The engine keeps one OS thread, so that samples can weigh the time
	// that thread ran rather than time the machine gave to other processes,
	// and so that a kernel timer can signal it.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var end jitcore.EndKind
	var startErr error
	status := jitcore.Run(jitcore.Options{
		Script: script,
		Args:   args,
		Stdin:  stdin,
		Stdout: io.MultiWriter(stdout, outTail),
		Stderr: io.MultiWriter(stderr, errTail),
		JIT:    jit,
		End:    &end,
		Setup: func(vm *jitcore.VM) {
			vm.Sample = func(f *jitcore.Frame) {
				t0 := time.Now()
				stack = markTiers(vm, pythonStack(stack[:0], f), f)
				sampler.Record(stack)
				stats.add(time.Since(t0))
			}
			vm.Blocking = func(kind jitcore.BlockKind, f *jitcore.Frame) {
				blockedStack = pythonStack(blockedStack[:0], f)
				sampler.EnterBlocking(blockedState(kind), blockedStack)
			}
			vm.Unblocked = sampler.LeaveBlocking
			sampler.BindEngineThread()
			vmRef.Store(vm)
			// Ticks from the sampler's goroutine, through OnTick, or with
			// --timer kernel from a kernel timer on this thread where it
			// can be had (jitcore.StartSampleTimer): see the flag.
			if kernelTimer = kernelTimer && vm.StartSampleTimer(time.Second/time.Duration(sampler.Rate()), sampler.Flag()); kernelTimer {
				startErr = sampler.StartExternal()
			} else {
				startErr = sampler.Start()
			}
			go func() {
				for range sigs {
					vm.Interrupt()
				}
			}()
		},
	})
	if vm := vmRef.Load(); vm != nil && kernelTimer {
		ticks.Store(int64(vm.StopSampleTimer())) // on this thread, before it is unlocked
	}
	if vmRef.Load() == nil { // the script never started (no such file): an empty profile
		startErr = sampler.StartExternal()
	}
	p := sampler.Stop()
	if startErr != nil {
		return nil, startErr
	}
	stats.ticks, stats.cpu, stats.wall = ticks.Load(), p.CPUTime, p.Duration
	stats.kernelTimer = kernelTimer
	if vm := vmRef.Load(); vm != nil {
		stats.skid = vm.SkidStats()
	}
	r := profile.NewRunReport(p)
	r.Script = script
	r.Argv = append([]string{script}, args...)
	r.ExitStatus = status
	r.Output.Stdout = outTail.Tail()
	r.Output.Stderr = errTail.Tail()
	r.Exit = reportExits[end]
	r.JIT = jitEvents(jit.Log)
	r.FailedSpecializations = failedSpecializations(jit.Log)
	if status == jitcore.ExitSIGINT {
		r.ExitStatus = 130
	}
	return &profiled{status: status, profile: p, report: r, stats: stats}, nil
}

// pythonStack appends the frames from the outermost (<module>) to f.
func pythonStack(st []profile.Frame, f *jitcore.Frame) []profile.Frame {
	for ; f != nil; f = f.Back() {
		c := f.Code()
		st = append(st, profile.Frame{
			Function:  c.QualName,
			File:      c.Filename,
			Line:      f.Line(),
			StartLine: c.FirstLine,
			Tier:      profile.TierInterpreter,
			JIT:       profile.JITInterpreted,
		})
	}
	for i, j := 0, len(st)-1; i < j; i, j = i+1, j-1 {
		st[i], st[j] = st[j], st[i]
	}
	return st
}

// blockedState is the sample state for time blocked for the given reason.
func blockedState(kind jitcore.BlockKind) profile.State {
	if kind == jitcore.BlockSleep {
		return profile.StateSleep
	}
	return profile.StateIO
}

// reportExits names the engine's ways of ending in the run report: the
// engine stopping for any reason of its own (an unsupported construct, an
// internal error, a script it could not read) is an error.
var reportExits = map[jitcore.EndKind]string{
	jitcore.EndNormal:        profile.ExitNormal,
	jitcore.EndException:     profile.ExitException,
	jitcore.EndSysExit:       profile.ExitSysExit,
	jitcore.EndInterrupted:   profile.ExitInterrupted,
	jitcore.EndInternalError: profile.ExitError,
	jitcore.EndUnsupported:   profile.ExitError,
	jitcore.EndNotRun:        profile.ExitError,
}

// pendingFile is an output file being created in the background.
type pendingFile struct {
	done chan struct{}
	f    *os.File
	err  error
}

// openLater starts creating the file at path (nil for no path).
func openLater(path string) *pendingFile {
	if path == "" {
		return nil
	}
	p := &pendingFile{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.f, p.err = os.Create(path)
	}()
	return p
}

// write waits for the file, writes it with write and closes it.
func (p *pendingFile) write(write func(io.Writer) error) error {
	<-p.done
	if p.err != nil {
		return p.err
	}
	if err := write(p.f); err != nil {
		p.f.Close()
		return err
	}
	return p.f.Close()
}

// dieOfSIGINT ends the process by SIGINT, as CPython does after an
// uncaught KeyboardInterrupt, so that shells see the right status.
func dieOfSIGINT() {
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
}

// profileForHints runs a script under the profiler for `jitlens hints
// --run` and returns its report, or nil and the exit status on failure.
// The script's output goes where it always goes.
func profileForHints(script string, args []string, rate int, jit *jitcore.JITOptions, stdout, stderr io.Writer) (*profile.RunReport, int) {
	res, err := profileScript(script, args, rate, false, jit, os.Stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return nil, 2
	}
	if res.status == jitcore.ExitSIGINT {
		dieOfSIGINT()
		return nil, 130
	}
	return res.report, 0
}
