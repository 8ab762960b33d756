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

	"jitlens/jitcore"
	"jitlens/profile"
)

func init() {
	register(&command{
		name:  "profile",
		usage: "[-o FILE.pb.gz] [--rate HZ] [--report FILE.json] [--no-jit] [--jit-threshold N] [--jit-report] SCRIPT [ARGS...]   run SCRIPT under the sampling profiler",
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
	jitFlags := addJITFlags(fs, true) // profile what `jitlens run` runs: the JIT is on
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: jitlens profile [-o FILE.pb.gz] [--rate HZ] [--report FILE.json] [--no-jit] [--jit-threshold N] [--jit-report] SCRIPT [ARGS...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return 2
	}
	res, err := profileScript(fs.Arg(0), fs.Args()[1:], *rate, jitFlags.options(), os.Stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 2
	}
	jitFlags.printReport(stderr)
	// The profile and the report are written whatever way the script
	// ended: a crash, sys.exit or Ctrl-C is when they are needed most.
	failed := false
	if !*quiet {
		res.profile.WriteText(stderr, profile.TextOptions{})
	}
	if *out != "" {
		if err := writeFile(*out, res.profile.WritePprof); err != nil {
			fmt.Fprintf(stderr, "jitlens: writing %s: %v\n", *out, err)
			failed = true
		}
	}
	if *reportPath != "" {
		if err := writeFile(*reportPath, func(w io.Writer) error { return profile.WriteRunReport(w, res.report) }); err != nil {
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
}

// profileScript runs a script under the sampler with the JIT's options
// (nil: the JIT on with its defaults, as under `jitlens run`) and builds
// its run report. Ctrl-C raises KeyboardInterrupt in the script, as under
// `jitlens run`.
func profileScript(script string, args []string, rate int, jit *jitcore.JITOptions, stdin io.Reader, stdout, stderr io.Writer) (*profiled, error) {
	if jit == nil {
		jit = &jitcore.JITOptions{Threshold: jitcore.DefaultJITThreshold}
	}
	if jit.Log == nil {
		jit.Log = &jitcore.JITLog{}
	}
	var vmRef atomic.Pointer[jitcore.VM]
	sampler, err := profile.NewSampler(profile.Options{
		Rate: rate,
		// one flag for the interpreter to poll: the VM's own
		OnTick: func() {
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
	if err := sampler.Start(); err != nil {
		return nil, err
	}
	// The engine keeps one OS thread, so that samples can weigh the time
	// that thread ran rather than time the machine gave to other processes.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var end jitcore.EndKind
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
				stack = markTiers(vm, pythonStack(stack[:0], f), f)
				sampler.Record(stack)
			}
			vm.Blocking = func(kind jitcore.BlockKind, f *jitcore.Frame) {
				blockedStack = pythonStack(blockedStack[:0], f)
				sampler.EnterBlocking(blockedState(kind), blockedStack)
			}
			vm.Unblocked = sampler.LeaveBlocking
			sampler.BindEngineThread()
			vmRef.Store(vm)
			go func() {
				for range sigs {
					vm.Interrupt()
				}
			}()
		},
	})
	p := sampler.Stop()
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
	return &profiled{status: status, profile: p, report: r}, nil
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

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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
	res, err := profileScript(script, args, rate, jit, os.Stdin, stdout, stderr)
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
