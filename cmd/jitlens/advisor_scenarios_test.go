package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jitlens/analysis/syntax"
	"jitlens/hints"
	"jitlens/hints/scenariotest"
	"jitlens/jitcore"
	"jitlens/profile"
)

const advisorDir = "../../testdata/advisor"

// liveRate is the sampling rate of the live scenario runs: above the
// default, for more samples from these short scripts.
const liveRate = 4000

// liveSamples is how many samples the live test gathers for one verdict:
// it profiles a scenario again and again, merging the profiles, until they
// hold this many. The scenarios run for tens of milliseconds, and on a
// loaded machine one run may yield only a handful of samples; a merged
// profile of many runs weighs the code as a long run would.
const liveSamples = 400

// liveMaxRuns bounds the runs merged for one verdict.
const liveMaxRuns = 60

// liveAttempts bounds the verdicts of one scenario whose hints differ from
// its golden only by sampling noise: a share near a threshold can fall
// either side.
const liveAttempts = 3

func advisorScenarios(t *testing.T) []*scenariotest.Scenario {
	t.Helper()
	ss, err := scenariotest.Load(advisorDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) == 0 {
		t.Fatalf("no advisor scenarios in %s", advisorDir)
	}
	return ss
}

// TestAdvisorScenariosLive runs every scenario the engine can run under
// the profiler, in-process through the code `jitlens hints --run` uses
// (profileScript, then hints.Advise), and checks that the script printed
// what CPython prints and that the deterministic projection of its hints
// (with the scenario's declared JIT and I/O evidence) matches the golden.
func TestAdvisorScenariosLive(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it profiles every advisor scenario; run without -short")
	}
	for _, s := range advisorScenarios(t) {
		if !s.EngineRuns() {
			continue
		}
		t.Run(s.Name, func(t *testing.T) {
			f, err := s.Analyze()
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(s.Path(".out"))
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(s.Path(".measured.json"))
			if err != nil {
				t.Fatal(err)
			}
			// Sampling is statistical and the machine is shared: a share
			// near a threshold can fall either side. Each verdict merges
			// runs until there are liveSamples samples; a verdict may be
			// repeated, and every differing one is logged.
			for attempt := 1; attempt <= liveAttempts; attempt++ {
				rep, runs := profileMerged(t, s, string(want))
				s.Overlay(rep, f)
				got, err := scenariotest.Project(s.File, s.Src, s.Measured(f, rep))
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Equal(got, golden) {
					return
				}
				t.Logf("attempt %d: hints differ from %s.measured.json (%d samples in %d runs):\n%s",
					attempt, s.Name, rep.Samples.Total, runs, diffLines(string(golden), string(got)))
			}
			t.Errorf("no attempt gave the hints of %s.measured.json (see the attempts above)", s.Name)
		})
	}
}

// interpreterOnly is the JIT setting of the live scenarios: their goldens
// were calibrated on the interpreter (the JIT would move the hot spots and
// the hints they lead to), so they keep running there.
func interpreterOnly() *jitcore.JITOptions { return &jitcore.JITOptions{Off: true} }

// profileMerged profiles a scenario until the merged profile of its runs
// holds liveSamples samples (or liveMaxRuns runs are done), checking each
// run's output against CPython's, and returns the merged run report and the
// number of runs.
func profileMerged(t *testing.T, s *scenariotest.Scenario, want string) (*profile.RunReport, int) {
	t.Helper()
	script := filepath.Join(advisorDir, s.File)
	var merged *profile.Profile
	var last *profiled
	runs := 0
	for runs < liveMaxRuns && (merged == nil || merged.Totals().Samples < liveSamples) {
		var stdout, stderr bytes.Buffer
		res, err := profileScript(script, nil, liveRate, false, interpreterOnly(), strings.NewReader(""), &stdout, &stderr)
		if err != nil {
			t.Fatal(err)
		}
		if res.status != 0 {
			t.Fatalf("status %d:\n%s", res.status, stderr.String())
		}
		if stdout.String() != want {
			t.Fatalf("output differs from CPython's:\n got %q\nwant %q", stdout.String(), want)
		}
		runs++
		last = res
		if merged == nil {
			merged = res.profile
		} else if err := merged.Merge(res.profile); err != nil {
			t.Fatal(err)
		}
	}
	if n := merged.Totals().Samples; n < minLiveSamples {
		t.Fatalf("%d runs gave only %d samples at %d Hz: the sampler's ticks are not reaching the engine", runs, n, liveRate)
	}
	rep := profile.NewRunReport(merged)
	rep.Script, rep.Argv = last.report.Script, last.report.Argv
	rep.Exit, rep.ExitStatus = last.report.Exit, last.report.ExitStatus
	rep.Output, rep.JIT = last.report.Output, last.report.JIT
	return rep, runs
}

// minLiveSamples is the fewest samples that can mean anything at all.
const minLiveSamples = 20

// cpython returns the python3 to compare with, with the numba/cython
// stand-ins on PYTHONPATH, and says which real packages it lacks.
func cpython(t *testing.T) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipped: python3 (CPython 3.11) is not on PATH, so fixed scripts cannot be compared with CPython; install it to run")
	}
	shim, _ := filepath.Abs(filepath.Join(advisorDir, "pyshim"))
	env := append(os.Environ(), "PYTHONPATH="+shim)
	probe := exec.Command(py, "-c", `import numba, cython
print(" ".join(m.__name__ for m in (numba, cython) if getattr(m, "__jitlens_stub__", False)))`)
	probe.Env = env
	out, err := probe.Output()
	if err != nil {
		t.Fatalf("probing python3: %v", err)
	}
	if stubbed := strings.TrimSpace(string(out)); stubbed != "" {
		t.Logf("%s lacks %s: running fixed scripts with no-op stand-ins (testdata/advisor/pyshim), which checks the output, not the compilation", py, stubbed)
	}
	return append([]string{py}, env...)
}

func runCPython(t *testing.T, py []string, dir, file string) string {
	t.Helper()
	cmd := exec.Command(py[0], file)
	cmd.Dir = dir
	cmd.Env = py[1:]
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", file, err, stderr.String())
	}
	return string(out)
}

// runEngine runs a script under jitlens with the JIT on (no profiler) and
// returns its output, status, wall time and the JIT's events.
func runEngine(path string) (string, string, int, time.Duration, []jitcore.JITEvent) {
	return runEngineAt(path, jitcore.DefaultJITThreshold)
}

// neverHot is a JIT threshold no scenario reaches: under it only what a
// declaration (@njit, Cython's pure-mode types) makes eager compiles.
const neverHot = 1 << 40

// runEngineAt is runEngine with the JIT's threshold.
func runEngineAt(path string, threshold int) (string, string, int, time.Duration, []jitcore.JITEvent) {
	var stdout, stderr bytes.Buffer
	log := &jitcore.JITLog{}
	start := time.Now()
	status := jitcore.Run(jitcore.Options{Script: path, Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		JIT: &jitcore.JITOptions{Threshold: threshold, Log: log}})
	return stdout.String(), stderr.String(), status, time.Since(start), log.Events
}

// jitVerdict summarizes what the JIT did with one function: how many of
// its loops or bodies it compiled, refused and deoptimized.
type jitVerdict struct{ compiled, refused, deopts int }

func verdictOf(events []jitcore.JITEvent, function string) jitVerdict {
	var v jitVerdict
	for _, e := range events {
		if e.Function != function {
			continue
		}
		switch e.Kind {
		case jitcore.EventCompiled:
			v.compiled++
		case jitcore.EventNotCompiled:
			v.refused++
		case jitcore.EventDeoptimized:
			v.deopts += int(e.Count)
		}
	}
	return v
}

// TestAdvisorFixesCloseTheLoop applies each fix of each scenario (static
// and measured hints) and checks that the file still parses, that python3
// prints the same before and after, and that under jitlens the fixed
// script prints the same and the JIT now compiles the function the hint is
// about (@njit, prange, a stable type, Cython's declarations): compiled,
// with nothing refused (and, for a stable type, no guard failing; for
// Cython's declarations, also at once, with a threshold no loop reaches).
// The times before and after are logged (no threshold: timings belong in
// bench/).
func TestAdvisorFixesCloseTheLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it runs python3 and the engine on every fixed scenario; run without -short")
	}
	py := cpython(t)
	for _, s := range advisorScenarios(t) {
		f, err := s.Analyze()
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(f)
		if err != nil {
			t.Fatal(err)
		}
		all := append(hints.Advise(hints.Input{File: f, Path: s.File}), s.Measured(f, r)...)
		var fixes []hints.Fix
		var fixed []hints.Hint // the hint of each fix
		for _, h := range all {
			for _, fx := range h.Fixes {
				fixes = append(fixes, fx)
				fixed = append(fixed, h)
			}
		}
		if len(fixes) == 0 {
			continue
		}
		t.Run(s.Name, func(t *testing.T) {
			dir := t.TempDir()
			orig := filepath.Join(dir, s.File)
			if err := os.WriteFile(orig, s.Src, 0o644); err != nil {
				t.Fatal(err)
			}
			before := runCPython(t, py, dir, s.File)
			engineBefore, _, engineStatus, engineTime, eventsBefore := runEngine(orig)
			if s.EngineRuns() && (engineStatus != 0 || engineBefore != before) {
				t.Errorf("under jitlens the original printed %q (status %d), CPython %q", engineBefore, engineStatus, before)
			}
			for i, fx := range fixes {
				out, err := hints.Apply(s.Src, fx.Edits)
				if err != nil {
					t.Fatalf("%s: %v", fx.Title, err)
				}
				if _, errs := syntax.Parse(s.File, out); len(errs) > 0 {
					t.Fatalf("after %q the file does not parse: %v", fx.Title, errs[0])
				}
				fixedDir := filepath.Join(dir, "fix"+itoa(i))
				if err := os.Mkdir(fixedDir, 0o755); err != nil {
					t.Fatal(err)
				}
				fixedPath := filepath.Join(fixedDir, s.File)
				if err := os.WriteFile(fixedPath, out, 0o644); err != nil {
					t.Fatal(err)
				}
				kind := fixed[i].Kind
				if after := runCPython(t, py, fixedDir, s.File); after != before {
					t.Errorf("%s fix %q changes CPython's output:\nbefore %q\nafter  %q", kind, fx.Title, before, after)
				}
				if !s.EngineRuns() {
					continue
				}
				after, stderr, status, dt, events := runEngine(fixedPath)
				if status != 0 || after != before {
					t.Errorf("%s fix %q: under jitlens the fixed script printed %q (status %d) %s, want %q", kind, fx.Title, after, status, stderr, before)
				}
				fn := fixed[i].Function
				was, now := verdictOf(eventsBefore, fn), verdictOf(events, fn)
				if kind == hints.CythonCandidate {
					// jitlens reads Cython's declarations as type facts:
					// the declared function (or its loops) compiles at
					// once, so even under a threshold no loop reaches it
					// compiles, and the original does not.
					_, _, _, _, coldBefore := runEngineAt(orig, neverHot)
					coldAfter, stderr, status, _, coldEvents := runEngineAt(fixedPath, neverHot)
					if status != 0 || coldAfter != before {
						t.Errorf("%s fix %q: with no loop hot enough the fixed script printed %q (status %d) %s, want %q", kind, fx.Title, coldAfter, status, stderr, before)
					}
					if v := verdictOf(coldBefore, fn); v.compiled > 0 {
						t.Errorf("%s fix %q: with no loop hot enough the JIT compiles %s before the fix: %+v", kind, fx.Title, fn, v)
					}
					if v := verdictOf(coldEvents, fn); v.compiled == 0 || v.refused > 0 {
						t.Errorf("%s fix %q: the declarations do not make the JIT compile %s at once: %+v\n%s", kind, fx.Title, fn, v, eventsText(coldEvents))
					}
				}
				// Every such fix must leave the function compiled with
				// nothing refused; a stable type must also leave no guard
				// failing (after @njit alone, an accumulator that turns
				// from int to float still deoptimizes once, as it must to
				// return CPython's int when the loop does not run: the
				// type-unstable hint is the fix for that).
				if now.compiled == 0 || now.refused > 0 || (kind == hints.TypeUnstable && now.deopts > 0) {
					t.Errorf("%s fix %q: the JIT does not compile %s after the fix: %+v (before: %+v)\n%s", kind, fx.Title, fn, now, was, eventsText(events))
				}
				t.Logf("%s fix %q: %s before %+v in %v, after %+v in %v", kind, fx.Title, fn,
					was, engineTime.Round(time.Millisecond), now, dt.Round(time.Millisecond))
			}
		})
	}
}

// eventsText lists JIT events, one a line.
func eventsText(events []jitcore.JITEvent) string {
	var b strings.Builder
	for _, e := range events {
		b.WriteString("  " + e.Kind.String() + " " + e.Function + " " + e.Signature + e.Reason + e.Guard + "\n")
	}
	return b.String()
}

// diffLines shows the lines of want and got that differ, by position.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i, shown := 0, 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("  line " + itoa(i+1) + ":\n    want " + wl + "\n    got  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
