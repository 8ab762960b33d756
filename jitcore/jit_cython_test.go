package jitcore

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCythonDeclarationsCompileAtOnce runs testdata/cython/typed.py under
// a threshold no loop reaches: only what Cython's pure-mode declarations
// make eager compiles (@cython.locals, cfunc, ccall, cython-typed
// annotations, cython.declare), as a whole function or as its loop, and a
// declaration the values do not match (an int passed for a double) is no
// fact. The output is CPython's in every JIT mode.
func TestCythonDeclarationsCompileAtOnce(t *testing.T) {
	path := filepath.Join("testdata", "cython", "typed.py")
	want, err := os.ReadFile(filepath.Join("testdata", "cython", "typed.stdout"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		function string
		compiled string // the start of the compiled signature, "" for none
	}{
		{"poly", "poly(n: int) -> float"},
		{"annotated", "annotated(n: int, step: float) -> float"},
		{"cfunc_sum", "cfunc_sum(n: int) -> int"},
		{"ccall_max", "ccall_max(n: int) -> int"},
		{"declared", "loop(over range, s: int, k: int)"},  // declared inside: its loop
		{"Acc.run", "loop(over range, t: float, j: int)"}, // self is an object: its loop
		{"mismatch", ""},
		{"undeclared", ""},
	}
	for _, mode := range []struct {
		name string
		opts *JITOptions
	}{{"off", &JITOptions{Off: true}}, {"threshold 0", &JITOptions{Threshold: 0}}, {"never hot", &JITOptions{Threshold: 1 << 40, Log: &JITLog{}}}} {
		out, errs, status := runJIT(t, path, mode.opts, nil)
		if out != string(want) || status != 0 {
			t.Errorf("%s: status %d\n got: %q\nwant: %q\nstderr: %s", mode.name, status, out, want, errs)
		}
		if mode.opts.Log == nil {
			continue
		}
		for _, tt := range tests {
			var got []string
			for _, e := range mode.opts.Log.Events {
				if e.Function != tt.function {
					continue
				}
				if e.Kind != EventCompiled || tt.compiled == "" || !strings.HasPrefix(e.Signature, tt.compiled) {
					t.Errorf("%s: unexpected event for %s: %s %s%s%s", mode.name, tt.function, e.Kind, e.Signature, e.Reason, e.Guard)
				}
				got = append(got, e.Signature)
			}
			if tt.compiled != "" && len(got) == 0 {
				t.Errorf("%s: %s is not compiled at once (want %s)", mode.name, tt.function, tt.compiled)
			}
		}
	}
}
