package analysis

import (
	"strings"
	"testing"

	"jitlens/analysis/syntax"
)

func analyze(t *testing.T, src string) *File {
	t.Helper()
	mod, errs := syntax.Parse("test.py", []byte(src))
	if len(errs) > 0 {
		t.Fatalf("parse: %v", errs[0])
	}
	return Analyze("test.py", []byte(src), mod)
}

func fn(t *testing.T, f *File, qual string) *Func {
	t.Helper()
	g := f.FuncByName(qual)
	if g == nil {
		var names []string
		for _, h := range f.Functions {
			names = append(names, h.QualName)
		}
		t.Fatalf("no function %q (have %v)", qual, names)
	}
	return g
}

func TestTypeChangeInLoop(t *testing.T) {
	f := analyze(t, `def mean_half(n):
    acc = 0
    for i in range(n):
        acc += i * 0.5
    return acc
`)
	g := fn(t, f, "mean_half")
	first, changed, ok := g.Vars["acc"].Change()
	if !ok {
		t.Fatalf("acc not reported as changing type: %+v", g.Vars["acc"].Assigns)
	}
	if first.Type.Kind != Int || first.Pos.Lineno != 2 || changed.Type.Kind != Float || changed.Pos.Lineno != 4 {
		t.Errorf("change = %v@%d -> %v@%d, want int@2 -> float@4", first.Type, first.Pos.Lineno, changed.Type, changed.Pos.Lineno)
	}
	if changed.Text != "acc += i * 0.5" {
		t.Errorf("changed.Text = %q", changed.Text)
	}
	if _, _, ok := g.Vars["i"].Change(); ok {
		t.Errorf("i reported as changing type")
	}
	if g.Vars["i"].Type().Kind != Int {
		t.Errorf("i is %v, want int", g.Vars["i"].Type())
	}
	if !g.Numba.OK() {
		t.Errorf("numba blockers on a numeric function: %+v", g.Numba.Blockers)
	}
}

func TestInferredTypes(t *testing.T) {
	f := analyze(t, `import math

def norm(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s)

def count_even(n):
    c = 0
    k = n // 2
    flag = c < k
    name = "even"
    words = name.split()
    ratio = c / 3
    sq = [i * i for i in range(n)]
    first = sq[0]
    h = norm(sq)
    return c
`)
	norm := fn(t, f, "norm")
	if norm.Return.Kind != Float {
		t.Errorf("norm returns %v, want float", norm.Return)
	}
	if got := norm.Vars["x"].Type(); got.Kind != Float {
		t.Errorf("x is %v, want float", got)
	}
	ce := fn(t, f, "count_even")
	want := map[string]string{
		"c": "int", "flag": "bool", "name": "str", "words": "list[str]", "ratio": "float",
		"sq": "list[int]", "first": "int", "h": "float", "k": "unknown",
	}
	for name, w := range want {
		if got := ce.Vars[name].Type().String(); got != w {
			t.Errorf("%s is %s, want %s", name, got, w)
		}
	}
	if ce.Return.Kind != Int {
		t.Errorf("count_even returns %v", ce.Return)
	}
}

func TestQualifiedNamesAndDecorations(t *testing.T) {
	f := analyze(t, `import numba as nb
from numba import njit
import cython

class Body:
    def move(self, dt):
        def helper():
            return dt
        return helper()

@njit
def a(x):
    return x

@nb.njit(parallel=True, fastmath=True)
def b(x):
    return x

@cython.locals(i=cython.int, s=cython.double)
def c(n):
    s = 0
    for i in range(n):
        s += i
    return s
`)
	for _, q := range []string{"Body.move", "Body.move.<locals>.helper", "a", "b", "c"} {
		fn(t, f, q)
	}
	if m := fn(t, f, "Body.move"); m.Class != "Body" || m.Numba.OK() {
		t.Errorf("method: class %q, numba ok %v", m.Class, m.Numba.OK())
	}
	if !fn(t, f, "Body.move.<locals>.helper").Nested {
		t.Errorf("helper not nested")
	}
	if d := fn(t, f, "a").JIT; !d.Njit || d.Parallel {
		t.Errorf("a: %+v", d)
	}
	if d := fn(t, f, "b").JIT; !d.Njit || !d.Parallel {
		t.Errorf("b: %+v", d)
	}
	c := fn(t, f, "c")
	if !c.JIT.Cython || c.Vars["s"].Declared.Kind != Float || c.Vars["i"].Declared.Kind != Int {
		t.Errorf("c: %+v s=%v i=%v", c.JIT, c.Vars["s"].Declared, c.Vars["i"].Declared)
	}
	if len(c.Cython.Typed) != 0 {
		t.Errorf("already declared variables offered for typing: %+v", c.Cython.Typed)
	}
}

func TestNumbaBlockers(t *testing.T) {
	f := analyze(t, `CACHE = []

class Point:
    pass

def log(msg):
    print(msg)

def busy(items, n):
    counts = {"n": 0, "s": "x"}
    for w in items:
        counts[w] = counts.get(w, 0) + 1
    total = 0
    try:
        total = n // 2
    except ZeroDivisionError:
        pass
    p = Point()
    label = f"total={total:>6}"
    CACHE.append(total)
    log(label)
    with open("x") as fh:
        pass
    return sum(x for x in items)
`)
	g := fn(t, f, "busy")
	if g.Numba.OK() {
		t.Fatalf("busy accepted by the Numba check")
	}
	wantLines := map[string]int{
		"dict": 10, "try/except": 14, "class": 18, "string formatting": 19,
		"global state": 20, "with": 22, "generator": 24,
	}
	got := map[string]int{}
	for _, b := range g.Numba.Blockers {
		if _, seen := got[b.Construct]; !seen {
			got[b.Construct] = b.Pos.Lineno
		}
	}
	for construct, line := range wantLines {
		if got[construct] != line {
			t.Errorf("blocker %q at line %d, want %d (all: %v)", construct, got[construct], line, got)
		}
	}
	// the call to log is a call to a function Numba can compile (print of a
	// value), so it is not a blocker; but open() is
	for _, b := range g.Numba.Blockers {
		if strings.Contains(b.Message, "`log`") {
			t.Errorf("log reported as blocker: %s", b.Message)
		}
	}
	if len(g.Numba.Callees) != 1 || g.Numba.Callees[0] != "log" {
		t.Errorf("callees = %v, want [log]", g.Numba.Callees)
	}
}

func TestNumbaAcceptsNumericKernels(t *testing.T) {
	f := analyze(t, `import math

def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)

def times_a(v, n):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(i, j) * v[j]
        out[i] = s
    return out

def sieve(limit):
    flags = [True] * (limit + 1)
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags.count(True)

def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return math.sqrt(zr2)
`)
	for _, q := range []string{"entry", "times_a", "sieve", "escape"} {
		if g := fn(t, f, q); !g.Numba.OK() {
			t.Errorf("%s: unexpected blockers %+v", q, g.Numba.Blockers)
		}
	}
	if c := fn(t, f, "times_a").Numba.Callees; len(c) != 1 || c[0] != "entry" {
		t.Errorf("times_a callees = %v", c)
	}
}

func TestLoopIndependence(t *testing.T) {
	f := analyze(t, `def kernels(a, out, n):
    for i in range(n):
        t = a[i] * 2.0
        out[i] = t + 1.0
    s = 0.0
    for i in range(n):
        s += a[i] * a[i]
    for i in range(1, n):
        a[i] = a[i - 1] + 1.0
    prev = 0.0
    for i in range(n):
        out[i] = prev
        prev = a[i]
    for i in range(n):
        print(a[i])
    for i in range(n):
        if a[i] < 0:
            break
    for i in range(n):
        out[i + 1] = a[i]
    for i in range(n):
        s += s * a[i]
    for i in range(n):
        for j in range(n):
            out[i] = out[i] + a[j]
    return s
`)
	g := fn(t, f, "kernels")
	type want struct {
		line        int
		independent bool
		why         string
	}
	wants := []want{
		{2, true, ""},
		{6, true, ""},
		{8, false, "read at another index"},
		{11, false, "read before it is assigned"},
		{14, false, "calls `print`"},
		{16, false, "break"},
		{19, false, "other than the loop variable"},
		{21, false, "also read inside the loop"},
		{23, true, ""},
	}
	byLine := map[int]*Loop{}
	for _, l := range g.Loops {
		byLine[l.Pos().Lineno] = l
	}
	for _, w := range wants {
		l := byLine[w.line]
		if l == nil {
			t.Errorf("no loop at line %d", w.line)
			continue
		}
		if l.Independent != w.independent || !strings.Contains(l.Dependence, w.why) {
			t.Errorf("loop at line %d: independent=%v (%q), want %v (%q)", w.line, l.Independent, l.Dependence, w.independent, w.why)
		}
	}
	if r := byLine[6].Reductions; len(r) != 1 || r[0] != "s" {
		t.Errorf("reductions of line 6 = %v", r)
	}
}

func TestCythonTypedLocals(t *testing.T) {
	f := analyze(t, `def total(n):
    s = 0
    for i in range(n):
        s += i
    ok = s > 10
    half = s / 2
    return s
`)
	g := fn(t, f, "total")
	got := map[string]string{}
	for _, tv := range g.Cython.Typed {
		got[tv.Name] = tv.CType
	}
	want := map[string]string{"s": "cython.longlong", "i": "cython.longlong", "ok": "cython.bint", "half": "cython.double"}
	for n, w := range want {
		if got[n] != w {
			t.Errorf("%s typed %q, want %q (all %v)", n, got[n], w, got)
		}
	}
	if _, ok := got["n"]; ok {
		t.Errorf("the untyped parameter n was given a C type")
	}
}

func TestFuncAtLine(t *testing.T) {
	f := analyze(t, `def outer():
    x = 1
    def inner():
        return 2
    return x

y = 3
`)
	if g := f.Func(2); g == nil || g.QualName != "outer" {
		t.Errorf("line 2 in %v", g)
	}
	if g := f.Func(4); g == nil || g.QualName != "outer.<locals>.inner" {
		t.Errorf("line 4 in %v", g)
	}
	if g := f.Func(7); g != nil {
		t.Errorf("line 7 in %v", g.QualName)
	}
}
