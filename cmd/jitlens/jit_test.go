package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
	jlprofile "jitlens/profile"
)

const nativeLoopScript = `def spin(n):
    s = 0
    x = 0.5
    for i in range(n):
        s += i % 7
        x = x * 0.999 + 0.001
    return s, x


print(spin(40000000)[0])
`

// TestProfileWithJIT profiles a long numeric loop (the JIT is on by
// default): the run report lists the compiled loop and samples taken in
// native code carry the native tier, the compiled state and the lines of
// the loop, its body included.
func TestProfileWithJIT(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "spin.py")
	if err := os.WriteFile(path, []byte(nativeLoopScript), 0o644); err != nil {
		t.Fatal(err)
	}
	pb, rep := filepath.Join(dir, "p.pb.gz"), filepath.Join(dir, "r.json")
	var stdout, stderr bytes.Buffer
	status := mainExit([]string{"profile", "--jit-report", "-o", pb, "--report", rep, "--rate", "2000", path}, &stdout, &stderr)
	if status != 0 || stdout.String() != "119999995\n" {
		t.Fatalf("status %d, stdout %q\n%s", status, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "compiled") {
		t.Errorf("no JIT table on stderr:\n%s", stderr.String())
	}
	f, err := os.Open(rep)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := jlprofile.ReadRunReport(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.JIT.Compiled) != 1 || r.JIT.Compiled[0].Function != "spin" || r.JIT.Compiled[0].CodeSizeBytes == 0 {
		t.Errorf("JIT section %+v", r.JIT)
	}
	g, err := os.Open(pb)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	p, err := profile.Parse(g)
	if err != nil {
		t.Fatal(err)
	}
	native, body := 0, 0
	for _, s := range p.Sample {
		if tier := s.Label["tier"]; len(tier) == 1 && tier[0] == "native" {
			native++
			if jit := s.Label["jit"]; len(jit) != 1 || jit[0] != jlprofile.JITCompiled.String() {
				t.Errorf("native sample with jit label %v", s.Label["jit"])
			}
			switch line := s.Location[0].Line[0].Line; line {
			case 4:
			case 5, 6:
				body++
			default:
				t.Errorf("native sample at line %d, want 4 to 6 (the loop)", line)
			}
		}
	}
	if native == 0 || body == 0 {
		t.Errorf("%d samples in native code, %d of them in the loop's body, among %d", native, body, len(p.Sample))
	}
}

// TestHintsRunJITFlags checks that hints --run runs the JIT unless told
// --no-jit.
func TestHintsRunJITFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spin.py")
	if err := os.WriteFile(path, []byte(strings.Replace(nativeLoopScript, "40000000", "3000", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--jit-report"}, "compiled  spin"},
		{[]string{"--no-jit", "--jit-report"}, "the JIT is off"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := mainExit(append(append([]string{"hints", "--run"}, tt.args...), path), &stdout, &stderr)
		if status != 0 || !strings.Contains(stdout.String(), "8994\n") || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%v: status %d, stdout %q, stderr:\n%s", tt.args, status, stdout.String(), stderr.String())
		}
	}
}

// TestRunJITFlags checks that --no-jit, --jit-threshold and --jit-report
// reach the engine.
func TestRunJITFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spin.py")
	if err := os.WriteFile(path, []byte(strings.Replace(nativeLoopScript, "40000000", "3000", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--jit-report"}, "compiled  spin"},
		{[]string{"--no-jit", "--jit-report"}, "the JIT is off"},
		{[]string{"--jit-threshold", "100000", "--jit-report"}, "(no hot loops)"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := mainExit(append(append([]string{"run"}, tt.args...), path), &stdout, &stderr)
		if status != 0 || stdout.String() != "8994\n" || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%v: status %d, stdout %q, stderr:\n%s", tt.args, status, stdout.String(), stderr.String())
		}
	}
}
