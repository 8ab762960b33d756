package jitcore

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jitlens/jitcore/native"
)

// sliceArgs packs the given bounds of a slice for the call out (mask says
// which of start, stop, step are given).
func sliceArgs(start, stop, step int64, mask int) []native.Value {
	var args []native.Value
	for i, v := range []int64{start, stop, step} {
		if mask&(1<<i) != 0 {
			args = append(args, native.IntValue(v))
		}
	}
	return args
}

// TestSliceBoundsMatchInterpreter checks the call out's slice arithmetic
// against the interpreter's (PySlice_AdjustIndices) over empty lists,
// negative, out-of-range and huge bounds, every step sign and None.
func TestSliceBoundsMatchInterpreter(t *testing.T) {
	values := []int64{0, 1, 2, 3, 5, 7, -1, -2, -3, -7, -8, 100, -100, math.MaxInt64, math.MinInt64, 1 << 62, -(1 << 62) - 1}
	steps := []int64{1, 2, 3, -1, -2, -3, 100, -100, math.MaxInt64, math.MinInt64}
	var vm *VM
	for _, n := range []int{0, 1, 2, 7} {
		for mask := 0; mask < 8; mask++ {
			for _, a := range values {
				for _, b := range values {
					for _, c := range steps {
						sl := &SliceObj{start: None, stop: None, step: None}
						if mask&sliceHasStart != 0 {
							sl.start = Int(a)
						}
						if mask&sliceHasStop != 0 {
							sl.stop = Int(b)
						}
						if mask&sliceHasStep != 0 {
							sl.step = Int(c)
						}
						wantStart, _, wantStep, wantN, err := vm.sliceIndices(sl, n)
						if err != nil {
							t.Fatalf("interpreter: %v", err)
						}
						start, step, cnt, ok := sliceBounds(n, sliceArgs(a, b, c, mask), mask)
						if !ok || cnt != wantN || (cnt > 0 && (start != wantStart || (cnt > 1 && step != wantStep))) {
							t.Fatalf("len %d [%d:%d:%d] mask %b: got start %d step %d n %d ok %v, want %d %d %d",
								n, a, b, c, mask, start, step, cnt, ok, wantStart, wantStep, wantN)
						}
					}
				}
			}
		}
	}
	if _, _, _, ok := sliceBounds(3, sliceArgs(0, 0, 0, sliceHasStep), sliceHasStep); ok {
		t.Error("a zero step must leave the slice to the interpreter")
	}
}

func intItems(xs ...int64) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

func itemInts(l *List) []int64 {
	out := make([]int64, len(l.values()))
	for i, v := range l.values() {
		out[i] = v.n
	}
	return out
}

// TestMakeSliceReuse checks when the call out refills the list it made
// before instead of allocating, and that the result never aliases the
// list sliced.
func TestMakeSliceReuse(t *testing.T) {
	src := &List{vals: intItems(1, 2, 3, 4, 5)}
	full := sliceArgs(0, 0, 0, 0)
	tests := []struct {
		name    string
		old     *List
		reuse   bool
		args    []native.Value
		mask    int
		want    []int64
		refills bool
	}{
		{"no old list", nil, true, full, 0, []int64{1, 2, 3, 4, 5}, false},
		{"reuse off", &List{vals: intItems(9, 9, 9, 9, 9)}, false, full, 0, []int64{1, 2, 3, 4, 5}, false},
		{"refill", &List{vals: intItems(9, 9, 9, 9, 9)}, true, full, 0, []int64{1, 2, 3, 4, 5}, true},
		{"shrink", &List{vals: intItems(9, 9, 9, 9, 9)}, true, sliceArgs(-2, 0, 0, sliceHasStart), sliceHasStart, []int64{4, 5}, true},
		{"too small", &List{vals: intItems(9)}, true, full, 0, []int64{1, 2, 3, 4, 5}, false},
		{"the list sliced", src, true, sliceArgs(1, 0, 0, sliceHasStart), sliceHasStart, []int64{2, 3, 4, 5}, false},
		{"step", &List{vals: intItems(9, 9, 9)}, true, sliceArgs(0, 0, -2, sliceHasStep), sliceHasStep, []int64{5, 3, 1}, true},
		{"empty", &List{vals: intItems(9, 9)}, true, sliceArgs(4, 1, 0, sliceHasStart|sliceHasStop), sliceHasStart | sliceHasStop, []int64{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var oldItems []Value
			if tt.old != nil {
				oldItems = tt.old.values()
			}
			got := makeSlice(src, tt.old, tt.reuse, tt.args, tt.mask, false)
			if fmt.Sprint(itemInts(got)) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", itemInts(got), tt.want)
			}
			if (got == tt.old) != tt.refills {
				t.Errorf("refilled: %v, want %v", got == tt.old, tt.refills)
			}
			if got == src || (len(got.values()) > 0 && &got.vals[0] == &src.vals[0]) {
				t.Error("the slice aliases the list sliced")
			}
			if tt.refills {
				// the records past the new length hold no reference
				for _, v := range oldItems[len(got.values()):] {
					if v.k != 0 || v.o != nil {
						t.Errorf("stale record %v past the end", v)
					}
				}
			}
		})
	}
	if got := makeSlice(&Tuple{items: intItems(1)}, nil, false, full, 0, false); got != nil {
		t.Error("a tuple must be left to the interpreter")
	}
}

// TestJITSlicesDifferential runs slices of every shape inside compiled
// loops and whole functions, with the JIT off and compiling at once: the
// outputs must be equal and the code compiled.
func TestJITSlicesDifferential(t *testing.T) {
	bounds := []string{"", "0", "1", "-1", "-3", "3", "99", "-99", "k", "-k", "k - 4"}
	steps := []string{"", "1", "2", "-1", "-2", "5", "-7"}
	var src strings.Builder
	src.WriteString("def run(xs, n):\n    w = xs[:]\n    acc = 0\n    k = 0\n    while k < n:\n")
	for i, a := range bounds {
		b := bounds[(i*7+3)%len(bounds)]
		for j, c := range steps {
			if (i+j)%2 == 0 {
				fmt.Fprintf(&src, "        w = xs[%s:%s:%s]\n", a, b, c)
			} else {
				fmt.Fprintf(&src, "        w = xs[%s:%s]\n", a, c)
			}
			src.WriteString("        acc = acc * 3 % 1000003 + len(w)\n")
			src.WriteString("        if len(w) > 0:\n            acc += w[0] * 5 + w[-1]\n            w[0] = -1\n")
		}
	}
	src.WriteString("        acc += len(xs)\n        k += 1\n    return acc, w\n\n\n")
	src.WriteString("for size in range(1, 6):\n    data = list(range(10, 10 + size * 3))\n    print(run(data, 12))\n")
	src.WriteString("print(run([], 3))\n" + `
def made(xs, a, b):
    ys = xs[a:b]
    zs = ys.copy()
    s = len(zs)
    for i in range(len(zs)):
        zs[i] += ys[-1 - i]
        s += zs[i] * (i + 1)
    return s


t = 0
for q in range(40):
    t = t * 7 % 100003 + made(list(range(q % 9 + 1)), q % 5 - 2, q % 7 - 3)
print(t)
`)
	path := filepath.Join(t.TempDir(), "slices.py")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	want, errs, status := runJIT(t, path, &JITOptions{Off: true}, nil)
	if status != 0 {
		t.Fatalf("interpreter: status %d: %s", status, errs)
	}
	log := &JITLog{}
	got, errs, status := runJIT(t, path, &JITOptions{Threshold: 0, Log: log}, nil)
	if got != want || status != 0 {
		t.Fatalf("JIT: status %d\n got: %q\nwant: %q\nstderr: %s", status, got, want, errs)
	}
	compiled := map[string]bool{}
	for _, e := range log.Events {
		if e.Kind == EventCompiled {
			compiled[e.Function] = true
		}
	}
	if !compiled["run"] || !compiled["made"] {
		var seen []string
		for _, e := range log.Events {
			seen = append(seen, e.Kind.String()+" "+e.Function+" "+e.Reason)
		}
		t.Errorf("not compiled:\n%s", strings.Join(seen, "\n"))
	}
}

// TestJITLoopWaitsForLocal checks that a loop whose locals have no value
// yet at the first back-edges of each call (assigned under an `if`) is
// compiled once and entered in every later call, not recompiled per call
// and in the end refused.
func TestJITLoopWaitsForLocal(t *testing.T) {
	src := `def rounds(n):
    perm = list(range(n))
    total = 0
    i = 0
    while i < 200:
        if i % 5 == 4:
            p = perm[1:]
            j = p[0] + i
        if i > 10:
            total += j + len(p)
        i += 1
    return total


for c in range(8):
    print(rounds(6 + c))
`
	path := filepath.Join(t.TempDir(), "wait.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want, errs, status := runJIT(t, path, &JITOptions{Off: true}, nil)
	if status != 0 {
		t.Fatalf("interpreter: status %d: %s", status, errs)
	}
	log := &JITLog{}
	got, errs, status := runJIT(t, path, &JITOptions{Threshold: 20, Log: log}, nil)
	if got != want || status != 0 {
		t.Fatalf("JIT: status %d\n got: %q\nwant: %q\nstderr: %s", status, got, want, errs)
	}
	compiles := 0
	var seen []string
	for _, e := range log.Events {
		seen = append(seen, e.Kind.String()+" "+e.Function+" "+e.Reason)
		if e.Function == "rounds" && e.Kind == EventCompiled {
			compiles++
		}
		if e.Function == "rounds" && e.Kind == EventNotCompiled {
			t.Errorf("refused: %s", e.Reason)
		}
	}
	if compiles != 1 {
		t.Errorf("compiled %d times, want once:\n%s", compiles, strings.Join(seen, "\n"))
	}
}
