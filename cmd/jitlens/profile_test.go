package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	pprof "github.com/google/pprof/profile"

	"jitlens/profile"
)

// profileRun runs `jitlens profile` in-process on a script, with flags
// before the script (e.g. --no-jit), and returns the status, the run
// report and the parsed pprof profile.
func profileRun(t *testing.T, script string, flags ...string) (int, *profile.RunReport, *pprof.Profile, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "script.py")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	pb, rep := filepath.Join(dir, "p.pb.gz"), filepath.Join(dir, "r.json")
	var stdout, stderr bytes.Buffer
	args := append(append([]string{"profile", "-o", pb, "--report", rep, "--rate", "2000"}, flags...), path)
	status := mainExit(args, &stdout, &stderr)
	f, err := os.Open(rep)
	if err != nil {
		t.Fatalf("no run report (status %d): %v\n%s", status, err, stderr.String())
	}
	defer f.Close()
	r, err := profile.ReadRunReport(f)
	if err != nil {
		t.Fatalf("reading the run report: %v", err)
	}
	g, err := os.Open(pb)
	if err != nil {
		t.Fatalf("no pprof profile: %v", err)
	}
	defer g.Close()
	p, err := pprof.Parse(g)
	if err != nil {
		t.Fatalf("parsing the pprof profile: %v", err)
	}
	if err := p.CheckValid(); err != nil {
		t.Fatalf("invalid pprof profile: %v", err)
	}
	return status, r, p, stdout.String() + stderr.String()
}

// busyScript keeps the interpreter busy for a fraction of a second; run as
// native code it would take a millisecond (see busyNativeScript).
const busyScript = `def hot(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def cold(n):
    s = 0
    for i in range(n):
        s += i
    return s


total = 0
for _ in range(4):
    total += hot(600000) + cold(240000)
print(total)
`

// busyNativeScript is busyScript with loops that stay in 64-bit ints and
// enough iterations to be sampled as native code (CPython's output).
const busyNativeScript = `def hot(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def cold(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


total = 0
for _ in range(4):
    total += hot(10000000) + cold(4000000)
print(total)
`

// jitlens profile runs the JIT by default; --no-jit profiles the
// interpreter alone.
func TestProfileCommand(t *testing.T) {
	tests := []struct {
		name, script, out string
		flags             []string
		tier              string
	}{
		{"interpreter", busyScript, "287999395199920000", []string{"--no-jit"}, "interpreter"},
		{"native", busyNativeScript, "127999972", nil, "native"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, r, p, out := profileRun(t, tt.script, tt.flags...)
			if status != 0 || r.Exit != profile.ExitNormal || r.ExitStatus != 0 {
				t.Fatalf("status %d, report exit %q/%d\n%s", status, r.Exit, r.ExitStatus, out)
			}
			if got := r.Output.Stdout.Lines; len(got) != 1 || got[0] != tt.out {
				t.Errorf("stdout tail %q", got)
			}
			funcs := map[string]profile.FunctionTime{}
			for _, f := range r.Functions {
				funcs[f.Function] = f
			}
			hot, cold := funcs["hot"], funcs["cold"]
			if hot.Total.Samples == 0 || cold.Total.Samples == 0 {
				t.Fatalf("functions not sampled: %+v", r.Functions)
			}
			if hot.StartLine != 1 || cold.StartLine != 8 {
				t.Errorf("hot %+v cold %+v", hot, cold)
			}
			if tt.tier == "interpreter" && hot.Total.InterpreterShare != 1 {
				t.Errorf("hot ran %.2f in the interpreter with --no-jit", hot.Total.InterpreterShare)
			}
			if tt.tier == "native" && hot.Total.NativeShare < 0.9 {
				t.Errorf("hot ran %.2f as native code", hot.Total.NativeShare)
			}
			if hot.Total.Share <= cold.Total.Share {
				t.Errorf("hot (%.2f) not hotter than cold (%.2f)", hot.Total.Share, cold.Total.Share)
			}
			names := map[string]bool{}
			for _, fn := range p.Function {
				names[fn.Name] = true
				if fn.Name == "hot" && fn.StartLine != 1 {
					t.Errorf("pprof start line of hot = %d", fn.StartLine)
				}
			}
			for _, n := range []string{"<module>", "hot", "cold"} {
				if !names[n] {
					t.Errorf("pprof lacks function %q (has %v)", n, names)
				}
			}
			tiers := map[string]int{}
			for _, s := range p.Sample {
				if tier := s.Label["tier"]; len(tier) == 1 {
					tiers[tier[0]]++
				} else {
					t.Errorf("sample tier label %v", s.Label)
				}
			}
			if tt.tier == "interpreter" && len(tiers) != 1 || tiers[tt.tier] == 0 {
				t.Errorf("samples by tier label %v, want %s", tiers, tt.tier)
			}
			if !strings.Contains(out, "top functions") {
				t.Errorf("no text report on stderr:\n%s", out)
			}
		})
	}
}

// A script that crashes or exits early still leaves its profile and report.
func TestProfileOfFailingScripts(t *testing.T) {
	cases := []struct {
		name, tail string
		status     int
		exit       string
	}{
		{"crash", "    x = 1 / 0\n", 1, profile.ExitException},
		{"sysexit", "    import sys\n    sys.exit(3)\n", 3, profile.ExitSysExit},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// long enough to be sampled as native code, with a loop that
			// has no closed form
			script := "def work(n):\n    s = 0.0\n    for i in range(n):\n        s = s / 1.0000001 + 1.0 / (i + 1.5)\n" + c.tail + "\nwork(20000000)\n"
			status, r, p, out := profileRun(t, script)
			if status != c.status || r.ExitStatus != c.status || r.Exit != c.exit {
				t.Fatalf("status %d, report %d %q; want %d %q\n%s", status, r.ExitStatus, r.Exit, c.status, c.exit, out)
			}
			if len(p.Sample) == 0 || len(r.Functions) == 0 {
				t.Errorf("empty profile of a script that ran")
			}
		})
	}
}

// The run report says how the run ended as the engine saw it, not as its
// error output reads: a script may print anything before sys.exit.
func TestProfileExitKinds(t *testing.T) {
	cases := []struct {
		name, script string
		status       int // the command's exit status, as CPython's
		exit         string
	}{
		{"normal", "print(1)\n", 0, profile.ExitNormal},
		{"exception", "x = 1 / 0\n", 1, profile.ExitException},
		{"syntax error", "def f(:\n    pass\n", 1, profile.ExitException},
		{"sys.exit after a fake traceback", "import sys\nprint('Traceback (most recent call last):', file=sys.stderr)\nsys.exit(1)\n", 1, profile.ExitSysExit},
		{"sys.exit with a message", "import sys\nsys.exit('jitlens: unsupported: nothing')\n", 1, profile.ExitSysExit},
		{"sys.exit(2)", "import sys\nsys.exit(2)\n", 2, profile.ExitSysExit},
		{"unsupported", "import numpy\n", 2, profile.ExitError},
		{"interrupted", "raise KeyboardInterrupt\n", 130, profile.ExitInterrupted},
		{"no script", "", 2, profile.ExitError},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "script.py")
			if c.script != "" {
				if err := os.WriteFile(path, []byte(c.script), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			// profileScript, not the command: an interrupted run makes the
			// command kill itself with SIGINT
			res, err := profileScript(path, nil, 1000, false, nil, strings.NewReader(""), &stdout, &stderr)
			if err != nil {
				t.Fatal(err)
			}
			if r := res.report; r.ExitStatus != c.status || r.Exit != c.exit {
				t.Errorf("report exit %d %q, want %d %q\n%s", r.ExitStatus, r.Exit, c.status, c.exit, stderr.String())
			}
		})
	}
}

// go tool pprof reads the profile unchanged.
func TestProfileReadByGoToolPprof(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: the go command is not on PATH, so `go tool pprof` cannot be run; put go on PATH to run it")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "busy.py")
	os.WriteFile(path, []byte(busyNativeScript), 0o644)
	pb := filepath.Join(dir, "p.pb.gz")
	var stdout, stderr bytes.Buffer
	if status := mainExit([]string{"profile", "--quiet", "-o", pb, path}, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	out, err := exec.Command(gobin, "tool", "pprof", "-top", "-lines", pb).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "hot "+path+":") {
		t.Errorf("go tool pprof output lacks hot's lines:\n%s", out)
	}
}

// With --json, stdout holds only the JSON document, even when the profiled
// script prints.
func TestHintsRunJSONKeepsStdoutClean(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.py")
	os.WriteFile(path, []byte(busyScript), 0o644)
	var stdout, stderr bytes.Buffer
	if status := mainExit([]string{"hints", "--run", "--json", path}, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	var doc struct {
		Version int
		Hints   []struct{ Kind string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("stdout is not the JSON document: %v\n%s", err, stdout.String())
	}
	if doc.Version != 1 || !strings.Contains(stderr.String(), "287999395199920000") {
		t.Errorf("version %d; the script's output should be on stderr: %q", doc.Version, stderr.String())
	}
}
