package jitcore

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// compactConvertProgram passes a compact float list to compiled code that
// calls math.sin (a call out to Go) while it holds the list; the test's
// math.sin makes the list generic and changes it once (see
// TestJITCompactListConvertedDuringCallOut).
const compactConvertProgram = `import math


def whole(xs, n):
    s = 0.0
    for i in range(n):
        k = i % len(xs)
        s += xs[k] + math.sin(xs[k] * 0.0)
        xs[k] = xs[k] + 1.0
    return s


def loop_only(xs, n):
    tag = str(len(xs))  # the whole function does not compile: its loop does
    s = 0.0
    i = 0
    while i < n:
        k = i % len(xs)
        s += xs[k] + math.sin(xs[k] * 0.0)
        xs[k] = xs[k] + 1.0
        i += 1
    return tag, s


xs = [1.0] * 4
for t in range(6):
    print(whole(xs, 10), xs)
ys = [0.5] * 3
for t in range(6):
    print(loop_only(ys, 10), ys)
`

// TestJITCompactListConvertedDuringCallOut makes Go code (a call out from
// native code) turn a compact list native code holds into a generic one
// and store into it: native code must not go on reading or writing the
// old words (it deoptimizes, the interpreter redoes the call), so every
// mode prints what the interpreter alone prints.
func TestJITCompactListConvertedDuringCallOut(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(path, []byte(compactConvertProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	// math.sin, once the list's element 1 reaches a value (in the third
	// call of each function, whatever the mode: a redone call finds the
	// list generic), makes the list generic and sets its element 0
	setup := func(converted *int) func(*VM) {
		return func(vm *VM) {
			m, err := vm.importModule("math")
			if err != nil {
				t.Fatal(err)
			}
			v, _ := m.o.(*Module).dict.getStr("sin")
			b := v.o.(*Builtin)
			orig := b.fn
			b.fn = func(vm *VM, args []Value, kw []string) (Value, error) {
				for _, c := range [...]struct {
					name string
					at   float64
				}{{"xs", 8}, {"ys", 7.5}} {
					main, ok := vm.modules["__main__"]
					if !ok {
						continue
					}
					if g, ok := main.dict.getStr(c.name); ok {
						if l := g.o.(*List); l.c != nil && l.at(1).float() >= c.at {
							l.values()[0] = Float(100)
							*converted++
						}
					}
				}
				return orig(vm, args, kw)
			}
		}
	}
	var offConv int
	want, errs, status := runJIT(t, path, &JITOptions{Off: true}, setup(&offConv))
	if status != 0 || offConv != 2 {
		t.Fatalf("interpreter: status %d, %d conversions, stderr %s, out:\n%s", status, offConv, errs, want)
	}
	for _, mode := range []struct {
		name string
		opts *JITOptions
	}{{"default", nil}, {"threshold 0", &JITOptions{Threshold: 0, Log: &JITLog{}}}} {
		var conv int
		out, errs, status := runJIT(t, path, mode.opts, setup(&conv))
		if out != want || status != 0 || conv != 2 {
			t.Errorf("%s: status %d, %d conversions\n got: %q\nwant: %q\nstderr: %s", mode.name, status, conv, out, want, errs)
		}
		if mode.opts == nil {
			continue
		}
		var seen []string
		for _, e := range mode.opts.Log.Events {
			seen = append(seen, e.Kind.String()+" "+e.Function+" "+e.Guard+e.Reason)
		}
		log := strings.Join(seen, "\n")
		for _, w := range []string{"compiled whole", "deoptimized whole", "compiled loop_only", "deoptimized loop_only"} {
			if !strings.Contains(log, w) {
				t.Errorf("%s: no event %q in\n%s", mode.name, w, log)
			}
		}
	}
}
