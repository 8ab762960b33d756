package server

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/profile"
)

// The test binary doubles as a fake `jitlens profile`: the real engine is
// built elsewhere, and these tests need runs that crash, loop, flood or
// exhaust memory on demand. A script's "# fake-profiler: MODE" line picks
// the behaviour; without one, the fake derives a deterministic profile
// from the script's own structure (time in loops, the JIT compiling what
// Numba could), so that every code path of the server sees real data.

// fakeProfilerEnv, when set, makes the test binary act as the profiler.
const fakeProfilerEnv = "JITLENS_TEST_FAKE_PROFILER"

var fakeMode = regexp.MustCompile(`(?m)^# fake-profiler: (\S+)`)

// fakeProfilerMain implements `BINARY profile --report R -o P --rate HZ SCRIPT`.
func fakeProfilerMain(args []string) int {
	if len(args) == 0 || args[0] != "profile" {
		fmt.Fprintln(os.Stderr, "fake profiler: expected the profile subcommand")
		return 2
	}
	fs := flag.NewFlagSet("profile", flag.ContinueOnError)
	reportPath := fs.String("report", "", "")
	pprofPath := fs.String("o", "", "")
	rate := fs.Int("rate", 1000, "")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() < 1 {
		return 2
	}
	script := fs.Arg(0)
	src, err := os.ReadFile(script)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fake profiler: %v\n", err)
		return 2
	}
	mode := ""
	if m := fakeMode.FindSubmatch(src); m != nil {
		mode = string(m[1])
	}
	switch mode {
	case "die":
		fmt.Fprintln(os.Stderr, "fatal error: the engine broke down")
		return 3
	case "loop":
		for {
			time.Sleep(time.Second)
		}
	case "flood":
		w := bufio.NewWriter(os.Stdout)
		line := strings.Repeat("x", 1000) + "\n"
		for {
			if _, err := w.WriteString(line); err != nil {
				return 1
			}
		}
	case "memory":
		var hog [][]byte
		for {
			// the limit counts memory mapped, touched or not: filling
			// it would only make the test slower
			b := make([]byte, 16<<20)
			b[0] = 1
			hog = append(hog, b)
		}
	}
	r, p := fakeRun(script, src, *rate)
	if mode == "exception" {
		r.Exit = profile.ExitException
		r.ExitStatus = 1
		r.Output.Stderr.Lines = []string{"Traceback (most recent call last):", "ZeroDivisionError: division by zero"}
	}
	if err := writeFile(*reportPath, func(f *os.File) error { return profile.WriteRunReport(f, r) }); err != nil {
		fmt.Fprintf(os.Stderr, "fake profiler: %v\n", err)
		return 2
	}
	if *pprofPath != "" {
		if err := writeFile(*pprofPath, func(f *os.File) error { return p.WritePprof(f) }); err != nil {
			fmt.Fprintf(os.Stderr, "fake profiler: %v\n", err)
			return 2
		}
	}
	return r.ExitStatus
}

func writeFile(path string, write func(f *os.File) error) error {
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

// fakeRun builds a profile of the script from its structure: each line of
// a function costs 1ms, ten times more per enclosing loop; functions that
// Numba could compile run natively.
func fakeRun(script string, src []byte, rate int) (*profile.RunReport, *profile.Profile) {
	mod, _ := syntax.Parse(script, src)
	file := analysis.Analyze(script, src, mod)
	p := profile.NewProfile(rate)
	var compiled []profile.CompiledFunction
	var refused []profile.NotCompiled
	var total time.Duration
	for _, fn := range file.Functions {
		tier, jit := profile.TierInterpreter, profile.JITNotCompiled
		if fn.Numba.OK() {
			tier, jit = profile.TierNative, profile.JITCompiled
			compiled = append(compiled, profile.CompiledFunction{Function: fn.QualName, File: script, StartLine: fn.Def.Lineno, Signature: "(" + strings.Join(fn.Params, ", ") + ")"})
		} else {
			b := fn.Numba.Blockers[0]
			refused = append(refused, profile.NotCompiled{Function: fn.QualName, File: script, StartLine: fn.Def.Lineno, Reason: b.Message,
				Span: profile.Span{Start: profile.Position{Line: b.Pos.Lineno, Column: b.Pos.ColOffset}, End: profile.Position{Line: b.Pos.EndLineno, Column: b.Pos.EndColOffset}}})
		}
		for line := fn.Def.Lineno + 1; line <= fn.Def.EndLineno; line++ {
			w := time.Millisecond
			for _, l := range fn.Loops {
				if l.Pos().Lineno < line && line <= l.Pos().EndLineno {
					w *= 10
				}
			}
			stack := []profile.Frame{
				{Function: "<module>", File: script, Line: 1, StartLine: 1},
				{Function: fn.QualName, File: script, Line: line, StartLine: fn.Def.Lineno, Tier: tier, JIT: jit},
			}
			p.Add(stack, profile.StateCPU, profile.Value{Samples: int64(w / time.Millisecond), Wall: w, CPU: w})
			total += w
		}
	}
	p.Duration, p.CPUTime = total, total
	r := profile.NewRunReport(p)
	r.Script, r.Argv = script, []string{script}
	r.JIT.Compiled, r.JIT.NotCompiled = compiled, refused
	return r, p
}
