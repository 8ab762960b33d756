package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	jlprofile "jitlens/profile"
)

// mixedScript adds an int and a float at line 4 (an unstable type the
// interpreter cannot specialize) and iterates over a dict at line 5.
const mixedScript = `def f(n):
    t = 0
    for i in range(n):
        t = i + 0.5
        for k in {1: 2}:
            t += k
    return t


print(f(300))
`

// TestRunReportsFailedSpecializations checks that --jit-report lists the
// interpreter's failed specializations, with the JIT on and off, and that
// the run report carries them with their spans.
func TestRunReportsFailedSpecializations(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mixed.py")
	if err := os.WriteFile(path, []byte(mixedScript), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"run", "--no-jit", "--jit-report"}, {"run", "--jit-report"}} {
		var stdout, stderr bytes.Buffer
		status := mainExit(append(args, path), &stdout, &stderr)
		if status != 0 || stdout.String() != "300.5\n" {
			t.Fatalf("%v: status %d, stdout %q\n%s", args, status, stdout.String(), stderr.String())
		}
		if !strings.Contains(stderr.String(), "failed specializations") {
			t.Errorf("%v: no failed specializations table:\n%s", args, stderr.String())
		}
	}
	rep := filepath.Join(dir, "r.json")
	var stdout, stderr bytes.Buffer
	if status := mainExit([]string{"profile", "--quiet", "--report", rep, path}, &stdout, &stderr); status != 0 {
		t.Fatalf("profile: status %d\n%s", status, stderr.String())
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
	want := map[string]int{
		"BINARY_OP +: operands of different types: int and float": 4,
		"FOR_ITER: unsupported iterator: dict_keyiterator":        5,
	}
	for _, fs := range r.FailedSpecializations {
		if line, ok := want[fs.Kind]; ok && fs.Span.Start.Line == line && fs.Function == "f" && fs.Count >= 1 {
			delete(want, fs.Kind)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %+v", want, r.FailedSpecializations)
	}
}

// TestValidSpan checks that spans of compiler-made instructions become
// valid run report spans.
func TestValidSpan(t *testing.T) {
	pos := func(l, c int) jlprofile.Position { return jlprofile.Position{Line: l, Column: c} }
	tests := []struct {
		in, want jlprofile.Span
		start    int
	}{
		{jlprofile.Span{Start: pos(3, 4), End: pos(3, 9)}, jlprofile.Span{Start: pos(3, 4), End: pos(3, 9)}, 1},
		{jlprofile.Span{Start: pos(0, -1), End: pos(0, -1)}, jlprofile.Span{Start: pos(7, 0), End: pos(7, 0)}, 7},
		{jlprofile.Span{Start: pos(5, 8), End: pos(5, 2)}, jlprofile.Span{Start: pos(5, 8), End: pos(5, 8)}, 1},
		{jlprofile.Span{Start: pos(5, -1), End: pos(6, -1)}, jlprofile.Span{Start: pos(5, 0), End: pos(5, 0)}, 1},
	}
	for _, tt := range tests {
		if got := validSpan(tt.in, tt.start); got != tt.want {
			t.Errorf("validSpan(%+v, %d) = %+v, want %+v", tt.in, tt.start, got, tt.want)
		}
	}
}
