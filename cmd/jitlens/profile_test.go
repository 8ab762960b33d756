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

// profileRun runs `jitlens profile` in-process on a script and returns the
// status, the run report and the parsed pprof profile.
func profileRun(t *testing.T, script string) (int, *profile.RunReport, *pprof.Profile, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "script.py")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	pb, rep := filepath.Join(dir, "p.pb.gz"), filepath.Join(dir, "r.json")
	var stdout, stderr bytes.Buffer
	status := mainExit([]string{"profile", "-o", pb, "--report", rep, "--rate", "2000", path}, &stdout, &stderr)
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

func TestProfileCommand(t *testing.T) {
	status, r, p, out := profileRun(t, busyScript)
	if status != 0 || r.Exit != profile.ExitNormal || r.ExitStatus != 0 {
		t.Fatalf("status %d, report exit %q/%d\n%s", status, r.Exit, r.ExitStatus, out)
	}
	if got := r.Output.Stdout.Lines; len(got) != 1 || got[0] != "287999395199920000" {
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
	if hot.StartLine != 1 || cold.StartLine != 8 || hot.Total.InterpreterShare != 1 {
		t.Errorf("hot %+v cold %+v", hot, cold)
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
	for _, s := range p.Sample {
		if tier := s.Label["tier"]; len(tier) != 1 || tier[0] != "interpreter" {
			t.Errorf("sample tier label %v", s.Label)
			break
		}
	}
	if !strings.Contains(out, "top functions") {
		t.Errorf("no text report on stderr:\n%s", out)
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
			script := "def work(n):\n    s = 0\n    for i in range(n):\n        s += i\n" + c.tail + "\nwork(300000)\n"
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

// go tool pprof reads the profile unchanged.
func TestProfileReadByGoToolPprof(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: the go command is not on PATH, so `go tool pprof` cannot be run; put go on PATH to run it")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "busy.py")
	os.WriteFile(path, []byte(busyScript), 0o644)
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
