package jitcore

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runJIT runs a program file with the given JIT options.
func runJIT(t *testing.T, path string, jit *JITOptions, setup func(*VM)) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Run(Options{Script: path, Stdout: &out, Stderr: &errb, JIT: jit, Setup: setup})
	return out.String(), errb.String(), status
}

// TestJITPrograms runs numeric programs with the JIT off, on and compiling
// at once; all must print CPython's output, and the JIT must have done what
// each program is about.
func TestJITPrograms(t *testing.T) {
	tests := []struct {
		name string
		want []string // events that must appear with threshold 0: "kind function guard-or-reason-substring"
	}{
		{"overflow", []string{"compiled total", "deoptimized total int `+` fits in 64 bits", "compiled tri", "deoptimized tri int `+`"}},
		{"typechange", []string{"compiled mixed", "deoptimized mixed `x` stays int (a float is stored)", "compiled back", "deoptimized back `y` stays float"}},
		{"lists", []string{"compiled sieve", "compiled dot", "deoptimized oob no IndexError", "deoptimized mixin `xs` holds only ints",
			"compiled alias", "compiled bools"}},
		{"listinplace", []string{"compiled swap_into", "compiled total", "deoptimized total the element of `xs` is an int",
			"compiled fill", "deoptimized fill the element of `xs` stored over is not an object", "compiled oob", "deoptimized oob no IndexError"}},
		{"inline", []string{"compiled use", "compiled big", "deoptimized big int `+`", "compiled zero",
			"deoptimized zero no ZeroDivisionError", "compiled rebind"}},
		{"inplace", []string{"compiled counts", "compiled flipper"}},
		{"listiter", []string{"compiled total", "deoptimized total int `+`", "compiled fsum", "compiled count_true",
			"compiled grow", "deoptimized grow `t` stays int",
			// the whole function iterates over the buffer it stores into, as Python over the list
			"compiled self_change"}},
		{"length", []string{"compiled scan", "compiled shadow"}},
		{"control", []string{"compiled skip", "compiled nested", "compiled rot", "compiled truthy"}},
		{"recursion", []string{"compiled fib", "compiled fact", "deoptimized fact int `*` fits in 64 bits", "compiled depth",
			"compiled inv", "deoptimized inv no ZeroDivisionError", "compiled half", "compiled pick", "compiled hyp", "compiled signs",
			"deoptimized signs int `//` fits in 64 bits"}},
		{"nested", []string{"compiled matmul", "compiled steps", "compiled tri", "compiled edge", "compiled wide", "compiled find"}},
		{"mathcalls", []string{"compiled norm", "compiled trig", "compiled domain", "deoptimized domain no ValueError(math domain error)",
			"compiled logs", "deoptimized logs math.log10 does not raise", "compiled zero"}},
		{"inlinebody", []string{"compiled grid", "compiled longest", "compiled overflow",
			"deoptimized overflow the inlined call needs no big int"}},
		{"floats", []string{"compiled cmp", "compiled signs", "compiled mix", "deoptimized mix int operand is within",
			"compiled divzero", "deoptimized divzero no ZeroDivisionError"}},
		{"listfn", []string{"compiled smooth", "compiled histogram", "compiled sieve", "compiled bump", "deoptimized bump int `+`",
			"compiled scaled", "compiled total", "deoptimized negative no IndexError", "compiled made_then_deopt",
			"deoptimized made_then_deopt int `*`", "compiled tail_write", "compiled sieve_pair", "deoptimized huge int `*`",
			"compiled stats", "compiled steps", "deoptimized steps range() arguments fit in 64 bits and the step is not zero"}},
		{"floatops", []string{"compiled mixed", "compiled complex_root", "deoptimized complex_root float `**` gives a float",
			"deoptimized floor_zero no ZeroDivisionError", "deoptimized mod_zero no ZeroDivisionError", "deoptimized zero_pow float `**`",
			"deoptimized overflow float `**`", "compiled signs", "compiled ipow", "deoptimized ipow_big int `**`"}},
		{"globals", []string{"compiled evaluate", "compiled tsum", "compiled early", "deoptimized early int `**`",
			"compiled squares", "compiled loop_prange"}},
		{"slices", []string{"compiled flips", "compiled windows", "compiled alias", "compiled keep", "compiled step_zero",
			"deoptimized step_zero the sliced object is a list and the slice's step is not zero", "compiled made"}},
		{"containers", []string{"compiled advance", "compiled energy", "deoptimized advance the element of `b` is a float",
			"deoptimized advance the element of `pairs` is a tuple[list[float], list[float]]", "deoptimized advance no IndexError",
			"deoptimized advance the tuple holds 2 elements", "compiled grid_sum", "deoptimized grid_sum the element of `grid` is a list[int]",
			"compiled centroid", "deoptimized centroid `p` holds 2 elements", "compiled swap_pairs", "compiled nested_tuples"}},
		// compact lists (list_compact.go): unboxed buffers, and inner lists
		// of a list of lists read only when generic (grid_sum: the output
		// differs if native code reads a compact row as a generic one)
		{"compact", []string{"compiled count_marked", "compiled scale", "compiled made", "compiled windows", "compiled sieve",
			"compiled grid_sum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", "jit", tt.name+".py")
			want, err := os.ReadFile(filepath.Join("testdata", "jit", tt.name+".stdout"))
			if err != nil {
				t.Fatal(err)
			}
			for _, mode := range []struct {
				name string
				opts *JITOptions
			}{{"off", &JITOptions{Off: true}}, {"default", nil}, {"threshold 0", &JITOptions{Threshold: 0, Log: &JITLog{}}}} {
				out, errs, status := runJIT(t, path, mode.opts, nil)
				if out != string(want) || status != 0 {
					t.Errorf("%s: status %d\n got: %q\nwant: %q\nstderr: %s", mode.name, status, out, want, errs)
				}
				if mode.opts == nil || mode.opts.Log == nil {
					continue
				}
				var seen []string
				for _, e := range mode.opts.Log.Events {
					seen = append(seen, e.Kind.String()+" "+e.Function+" "+e.Guard+e.Reason)
				}
				for _, w := range tt.want {
					found := false
					for _, s := range seen {
						found = found || strings.HasPrefix(s, w)
					}
					if !found {
						t.Errorf("%s: no event %q in\n%s", mode.name, w, strings.Join(seen, "\n"))
					}
				}
			}
		})
	}
}

// TestJITNotCompiledReasons checks the reason and span given for loops the
// JIT refuses.
func TestJITNotCompiledReasons(t *testing.T) {
	tests := []struct {
		name, src, reason string
		line              int32
	}{
		{"call", "def g(x):\n    return [x][0]\n\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += g(i)\n    return s\n\nprint(f(10))\n", "a call to `g`", 7},
		{"list", "def f(n):\n    xs = [1, 2.0]\n    s = 0\n    for i in range(n):\n        s += xs[i % 2]\n    return s\n\nprint(f(10))\n", "`xs` is a list that does not hold only ints, only floats or only bools", 5},
		{"str", "def f(n):\n    s = ''\n    i = 0\n    while i < n:\n        s = s + 'a'\n        i += 1\n    return s\n\nprint(f(3))\n", "`s` is a str", 5},
		{"iter", "def f(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n\nprint(f((1, 2, 3)))\n", "a for loop over a tuple_iterator", 3},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".py")
			if err := os.WriteFile(path, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			log := &JITLog{}
			if _, errs, status := runJIT(t, path, &JITOptions{Log: log}, nil); status != 0 {
				t.Fatalf("status %d: %s", status, errs)
			}
			for _, e := range log.Events {
				if e.Kind == EventNotCompiled && strings.HasPrefix(e.Reason, tt.reason) && e.Span.Line == tt.line {
					return
				}
			}
			t.Errorf("no NotCompiled %q at line %d in %+v", tt.reason, tt.line, log.Events)
		})
	}
}

const longLoop = `def spin(limit):
    i = 0
    x = 0.5
    while i < limit:
        i += 1
        x = x * 0.5 + 1.0
    return i


try:
    spin(10 ** 18)
except KeyboardInterrupt:
    print("interrupted")
`

// TestJITInterrupt checks that a long native loop takes a profiler sample
// with the native tier and the loop's line, then stops on a
// KeyboardInterrupt raised from another goroutine.
func TestJITInterrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spin.py")
	if err := os.WriteFile(path, []byte(longLoop), 0o644); err != nil {
		t.Fatal(err)
	}
	type sample struct {
		native bool
		line   int
		state  JITCodeState
	}
	samples := make(chan sample, 16)
	stop := make(chan struct{})
	defer close(stop)
	setup := func(vm *VM) {
		vm.Sample = func(f *Frame) {
			native, state := vm.FrameTier(f)
			select {
			case samples <- sample{native, f.Line(), state}:
			default:
			}
		}
		go func() {
			// sample until one lands in native code, then interrupt
			for {
				select {
				case <-stop:
					return
				case s := <-samples:
					if s.native {
						samples <- s
						vm.Interrupt()
						return
					}
				case <-time.After(10 * time.Millisecond):
					vm.RequestSample()
				}
			}
		}()
	}
	out, errs, status := runJIT(t, path, &JITOptions{Threshold: 0}, setup)
	if out != "interrupted\n" || status != 0 {
		t.Fatalf("status %d, stdout %q, stderr %s", status, out, errs)
	}
	s := <-samples
	// spin is compiled whole (threshold 0): the sample lands on a line of
	// its loop, the back-edge's or the line the timer saw (jit_sample.go)
	if !s.native || s.line < 4 || s.line > 6 || s.state != JITCompiled {
		t.Errorf("sample in native code: %+v, want native in lines 4-6, compiled", s)
	}
}

// TestJITEagerSignature: @njit compiles at the first call with the
// argument types as the signature; a call with other types runs in the
// interpreter, and a recursive function's event names its signature.
func TestJITEagerSignature(t *testing.T) {
	src := "from numba import njit\n\n@njit\ndef f(a, b):\n    return a * b + 1\n\n" +
		"def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n" +
		"print(f(2, 3.5), f(2, 3), f(2.5, 2))\nprint(fib(25))\n"
	path := filepath.Join(t.TempDir(), "eager.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	log := &JITLog{}
	out, errs, status := runJIT(t, path, &JITOptions{Threshold: DefaultJITThreshold, Log: log}, nil)
	if out != "8.0 7 6.0\n75025\n" || status != 0 {
		t.Fatalf("status %d, out %q: %s", status, out, errs)
	}
	var got []string
	for _, e := range log.Events {
		if e.Kind == EventCompiled {
			got = append(got, fmt.Sprintf("%s %d %s", e.Function, e.Span.Line, e.Signature))
		}
	}
	want := []string{"f 3 f(a: int, b: float) -> float", "fib 7 fib(n: int) -> int"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("compiled events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
