package jitcore

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// numGen writes random numeric Python loops: int arithmetic near the 64-bit
// boundary, negative floor division and modulo, shifts, float infinities,
// NaN and -0.0, mixed int and float, early exits and type changes.
type numGen struct {
	r *rand.Rand
	b strings.Builder
	// nr, when set, adds a function over lists of lists to each program
	// (its own stream: the rest of a seed's programs stay as they were)
	nr *rand.Rand
}

var (
	fuzzIntVars   = []string{"a", "b", "c"}
	fuzzFloatVars = []string{"x", "y"}
	fuzzIntConsts = []string{"0", "1", "-1", "3", "-7", "1000003", "4611686018427387904", "-4611686018427387904",
		"9223372036854775807", "3037000499", "9007199254740993"}
	fuzzFloatConsts = []string{"0.0", "-0.0", "1.5", "-2.25", "1e308", "-1e308", "0.1", "3.0"}
)

func (g *numGen) pick(xs []string) string { return xs[g.r.Intn(len(xs))] }

func (g *numGen) intExpr(depth int) string {
	if depth <= 0 || g.r.Intn(3) == 0 {
		switch g.r.Intn(4) {
		case 0:
			return g.pick(fuzzIntConsts)
		case 1:
			return "i"
		case 2:
			return fmt.Sprintf("xs[(i + %d) %% 7]", g.r.Intn(7))
		case 3:
			return fmt.Sprintf("h(%s, %s)", g.pick(fuzzIntVars), g.pick(fuzzIntConsts))
		}
		return g.pick(fuzzIntVars)
	}
	l, r := g.intExpr(depth-1), g.intExpr(depth-1)
	switch g.r.Intn(9) {
	case 0:
		return "(" + l + " << (i % 5))"
	case 1:
		return "(" + l + " >> (" + r + " % 7 + 7) % 7)"
	case 2:
		return "-" + l
	case 3:
		return "~" + l
	}
	return "(" + l + " " + g.pick([]string{"+", "-", "*", "//", "%", "&", "|", "^"}) + " " + r + ")"
}

func (g *numGen) floatExpr(depth int) string {
	if depth <= 0 || g.r.Intn(3) == 0 {
		switch g.r.Intn(5) {
		case 0:
			return g.pick(fuzzFloatConsts)
		case 1:
			return g.pick(fuzzIntVars)
		case 2:
			return fmt.Sprintf("ys[%d - i %% 5]", g.r.Intn(4))
		}
		return g.pick(fuzzFloatVars)
	}
	l, r := g.floatExpr(depth-1), g.floatExpr(depth-1)
	switch g.r.Intn(12) {
	case 0, 1:
		return "-" + l
	case 2:
		// float // and % (signs, zero divisors) and ** (complex results,
		// overflow, 0.0 to a negative power); never an int to a huge int
		// power, which takes CPython forever too
		if g.r.Intn(3) == 0 {
			return "(" + l + " ** " + g.pick(append([]string{"0.5", "-1", "2"}, fuzzFloatConsts...)) + ")"
		}
		return "(" + l + " " + g.pick([]string{"//", "%"}) + " " + r + ")"
	case 3:
		return "(" + g.pick(append([]string{"i"}, fuzzIntVars...)) + " ** (i % 3))"
	}
	return "(" + l + " " + g.pick([]string{"+", "-", "*", "/"}) + " " + r + ")"
}

func (g *numGen) cond() string {
	ops := []string{"<", "<=", ">", ">=", "==", "!="}
	if g.r.Intn(2) == 0 {
		return g.intExpr(1) + " " + g.pick(ops) + " " + g.intExpr(1)
	}
	return g.floatExpr(1) + " " + g.pick(ops) + " " + g.floatExpr(1)
}

func (g *numGen) stmt(indent string) {
	switch g.r.Intn(11) {
	case 10:
		fmt.Fprintf(&g.b, "%sxs[i %% 7], xs[%d] = xs[%d], xs[i %% 7] + 1\n%sys[i %% 4] += %s\n", indent, g.r.Intn(7), g.r.Intn(7), indent, g.floatExpr(1))
	case 8:
		// may index out of range (len 7) or store a float into the int list
		fmt.Fprintf(&g.b, "%sxs[(%s) %% 9 - 1] = %s %% 1000\n", indent, g.intExpr(1), g.intExpr(1))
	case 9:
		fmt.Fprintf(&g.b, "%sys[i %% 4] = %s\n", indent, g.floatExpr(1))
	case 0:
		fmt.Fprintf(&g.b, "%sif %s:\n%s    %s = %s\n", indent, g.cond(), indent, g.pick(fuzzFloatVars), g.floatExpr(2))
	case 1:
		fmt.Fprintf(&g.b, "%sif %s:\n%s    break\n", indent, g.cond(), indent)
	case 2:
		v := g.pick(fuzzIntVars)
		// keep ints from growing without bound once they are big
		fmt.Fprintf(&g.b, "%s%s = %s\n%sif %s > 4611686018427387904 or %s < -4611686018427387904:\n%s    %s = %s %% 1000003\n",
			indent, v, g.intExpr(2), indent, v, v, indent, v, v)
	case 3:
		fmt.Fprintf(&g.b, "%s%s = %s\n", indent, g.pick(fuzzFloatVars), g.floatExpr(2))
	case 4:
		fmt.Fprintf(&g.b, "%sif i == %d:\n%s    %s = %s\n", indent, g.r.Intn(40), indent, g.pick(fuzzIntVars), g.pick(fuzzFloatConsts))
	default:
		v := g.pick(fuzzIntVars)
		fmt.Fprintf(&g.b, "%s%s = (%s) %% %s\n", indent, v, g.intExpr(2), g.pick([]string{"1000003", "-97", "65536"}))
	}
}

// recExpr is an int expression over the recursive function's ints.
func (g *numGen) recExpr(depth int, vars []string) string {
	if depth <= 0 || g.r.Intn(3) == 0 {
		if g.r.Intn(2) == 0 {
			return g.pick(fuzzIntConsts)
		}
		return g.pick(vars)
	}
	return "(" + g.recExpr(depth-1, vars) + " " + g.pick([]string{"+", "-", "*", "//", "%", "^"}) + " " + g.recExpr(depth-1, vars) + ")"
}

// recBound bounds the ints a recursive function passes down and returns:
// past it they are reduced (as the loops reduce theirs), so that a chain of
// squarings 900 calls deep cannot make numbers of 2**900 bits, which takes
// CPython forever too. The expressions still overflow 64 bits before the
// reduction; the bound is a 64-bit constant so that the function still
// compiles whole.
const recBound = "4611686018427387904" // 2**62

// recursive writes a recursive function (compiled whole, its recursion
// native) whose results overflow 64 bits or raise deep in the recursion,
// and calls it with growing depths (up to 900: CPython words a RecursionError after a comparison differently).
func (g *numGen) recursive(k int) {
	fmt.Fprintf(&g.b, "def r%d(n, a, x):\n    if a > %s or a < -%s:\n        a = a %% 1000003\n", k, recBound, recBound)
	fmt.Fprintf(&g.b, "    if n <= 0:\n        return %s\n", g.recExpr(2, []string{"a", "n"}))
	fmt.Fprintf(&g.b, "    if %s %s %s:\n        x = x * %s\n", g.recExpr(1, []string{"a", "n"}), g.pick([]string{"<", ">", "=="}),
		g.recExpr(1, []string{"a", "n"}), g.pick(fuzzFloatConsts))
	if g.r.Intn(2) == 0 {
		fmt.Fprintf(&g.b, "    if x > 1e300:\n        return r%d(n - 1, a, x) - 1\n", k)
	}
	fmt.Fprintf(&g.b, "    b = r%d(n - 1, %s, x + 0.5)\n", k, g.recExpr(2, []string{"a", "n"}))
	if g.r.Intn(2) == 0 {
		fmt.Fprintf(&g.b, "    if n < 12:\n        b = b + r%d(n - 2, a %% 1000, x)\n", k) // exponential otherwise
	}
	fmt.Fprintf(&g.b, "    v = %s\n    if v > %s or v < -%s:\n        v = v %% 1000003\n    return v\n\n\n",
		g.recExpr(2, []string{"a", "n", "b"}), recBound, recBound)
	fmt.Fprintf(&g.b, "for k in [0, 1, 2, 3, 5, 8, 12, 40, 900]:\n    try:\n        print(r%d(k, %s, %s))\n    except Exception as e:\n        print(type(e).__name__, e)\n",
		k, g.pick(fuzzIntConsts), g.pick(fuzzFloatConsts))
}

// listFunc writes a function taking two lists (compiled whole, the lists
// in buffers written back at every exit) and making one.
func (g *numGen) listFunc() {
	fmt.Fprintf(&g.b, "def w(xs, ys, n):\n    zs = [%s] * 4\n    a, b, c = %s, %s, %s\n    x, y = %s, %s\n    for i in range(n):\n",
		g.pick([]string{"0.0", "-0.0", "1.5"}), g.pick(fuzzIntConsts), g.pick(fuzzIntConsts), g.pick(fuzzIntConsts),
		g.pick(fuzzFloatConsts), g.pick(fuzzFloatConsts))
	for s := 0; s < 2+g.r.Intn(3); s++ {
		g.stmt("        ")
	}
	g.b.WriteString("        zs[i % 4] = zs[(i + 1) % 4] + ys[i % 4]\n    return zs\n\n\n")
	fmt.Fprintf(&g.b, "xs0, ys0 = [%d] * 7, [0.5, -1.0, 2.0, 1e300]\ntry:\n    print(w(xs0, ys0, 60))\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(xs0, ys0)\n",
		g.r.Intn(5)-2)
}

// program returns a program of a few functions, each a loop printing its
// variables (and the exception that stopped it, if any), and a recursive
// function.
func (g *numGen) program() string {
	g.b.Reset()
	// h is inlined into the loops that call it
	g.b.WriteString("def h(p, q):\n    r = p * 3 - q // 2\n    return r % 1000003 - (p >> 3)\n\n\n")
	for f := 0; f < 3; f++ {
		fmt.Fprintf(&g.b, "def f%d(n):\n    xs = [%d] * 7\n    ys = [0.5, -1.0, 2.0, 1e300]\n    a, b, c = %s, %s, %s\n    x, y = %s, %s\n", f, g.r.Intn(5)-2,
			g.pick(fuzzIntConsts), g.pick(fuzzIntConsts), g.pick(fuzzIntConsts), g.pick(fuzzFloatConsts), g.pick(fuzzFloatConsts))
		indent := "        "
		switch g.r.Intn(3) {
		case 0:
			g.b.WriteString("    for i in range(n):\n")
		case 1:
			g.b.WriteString("    ws = list(range(n))\n    for i in ws:\n")
		default:
			g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
		}
		for s := 0; s < 2+g.r.Intn(4); s++ {
			g.stmt(indent)
		}
		g.b.WriteString("    return a, b, c, x, y, xs, ys\n\n\n")
		fmt.Fprintf(&g.b, "try:\n    print(f%d(60))\nexcept Exception as e:\n    print(type(e).__name__, e)\n", f)
	}
	g.listFunc()
	g.recursive(0)
	if g.nr != nil {
		g.r, g.nr = g.nr, g.r
		g.nestedLists()
		g.r, g.nr = g.nr, g.r
	}
	return g.b.String()
}

// nestedLists writes a loop over a list of rows and a list of pairs of
// the same rows (read and written in place, aliased), whose rows may hold
// a float or be a tuple or too short, and calls it.
func (g *numGen) nestedLists() {
	idx := func() string { return g.pick([]string{"0", "1", "2", "-1", "i % 3", "2", "1", "3"}) }
	fmt.Fprintf(&g.b, "def m(rows, pairs, n):\n    xs = [%d] * 7\n    ys = [0.5, -1.0, 2.0, 1e300]\n    a, b, c = %s, %s, %s\n    x, y = %s, %s\n",
		g.r.Intn(5)-2, g.pick(fuzzIntConsts), g.pick(fuzzIntConsts), g.pick(fuzzIntConsts), g.pick(fuzzFloatConsts), g.pick(fuzzFloatConsts))
	g.b.WriteString("    for i in range(n):\n        for (p, q) in pairs:\n")
	fmt.Fprintf(&g.b, "            p[%s] = (q[%s] + %s) %% 1000003\n", idx(), idx(), g.intExpr(1))
	if g.r.Intn(2) == 0 {
		fmt.Fprintf(&g.b, "            u, v = p[%s], q[%s]\n            a = (a + u * v) %% 65536\n", idx(), idx())
	}
	fmt.Fprintf(&g.b, "        for r in rows:\n            r[%s] += %s\n            b = (b + r[%s]) %% 1000003\n", idx(), g.intExpr(1), idx())
	for s := 0; s < 1+g.r.Intn(2); s++ {
		g.stmt("        ")
	}
	g.b.WriteString("    return a, b, c, x, y, rows\n\n\n")
	g.b.WriteString("rows0 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]\npairs0 = [(rows0[0], rows0[1]), (rows0[1], rows0[1]), (rows0[2], rows0[0])]\n")
	switch g.r.Intn(5) {
	case 0:
		g.b.WriteString("rows0[1][2] = 2.5\n")
	case 1:
		g.b.WriteString("rows0[2] = (7, 8, 9)\n")
	case 2:
		g.b.WriteString("del rows0[0][2]\n")
	}
	g.b.WriteString("try:\n    print(m(rows0, pairs0, 40))\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(rows0, pairs0)\n")
}

var (
	jitFuzzN    = flag.Int("jitfuzz.n", 60, "number of programs TestJITDifferential generates")
	jitFuzzSeed = flag.Int64("jitfuzz.seed", 1, "seed of TestJITDifferential's generator")
)

// TestJITDifferential runs generated numeric programs on the interpreter,
// with the JIT compiling at once and with python3 when it is installed:
// the outputs must be identical.
func TestJITDifferential(t *testing.T) {
	n := *jitFuzzN
	if testing.Short() {
		n = 15
	}
	python, _ := exec.LookPath("python3")
	dir := t.TempDir()
	g := &numGen{r: rand.New(rand.NewSource(*jitFuzzSeed)), nr: rand.New(rand.NewSource(*jitFuzzSeed + 1e6))}
	kinds := map[JITEventKind]int{}
	reasons := map[string]int{}
	for i := 0; i < n; i++ {
		src := g.program()
		path := filepath.Join(dir, fmt.Sprintf("p%d.py", i))
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		want, wantErr, wantStatus := runJIT(t, path, &JITOptions{Off: true}, nil)
		log := &JITLog{}
		got, gotErr, status := runJIT(t, path, &JITOptions{Threshold: 0, Log: log}, nil)
		for _, e := range log.Events {
			kinds[e.Kind]++
			reasons[e.Reason+e.Guard]++
		}
		if got != want || gotErr != wantErr || status != wantStatus {
			t.Errorf("program %d differs with the JIT:\n%s\ninterpreter (%d): %s%s\njit (%d): %s%s", i, src, wantStatus, want, wantErr, status, got, gotErr)
			continue
		}
		if python != "" && i%4 == 0 {
			out, err := exec.Command(python, path).Output()
			if err != nil || string(out) != want {
				t.Errorf("program %d differs from python3 (%v):\n%s\npython3: %s\njitlens: %s", i, err, src, out, want)
			}
		}
	}
	t.Logf("events: %v; reasons and guards: %v", kinds, reasons)
	if kinds[EventCompiled] < n || kinds[EventDeoptimized] == 0 {
		t.Errorf("the generated loops barely exercise the JIT: %v", kinds)
	}
}

// TestJITFuzzRecursionTerminates runs the generated program that once
// never ended (seed 2, program 54: its recursion squared an int argument
// at each of 900 levels, numbers of 2**900 bits that CPython cannot finish
// either) on the interpreter, with the JIT compiling at once and with
// python3 when it is installed: recBound now keeps its ints small.
func TestJITFuzzRecursionTerminates(t *testing.T) {
	g := &numGen{r: rand.New(rand.NewSource(2)), nr: rand.New(rand.NewSource(2 + 1e6))}
	var src string
	for i := 0; i <= 54; i++ {
		src = g.program()
	}
	path := filepath.Join(t.TempDir(), "p54.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want, wantErr, wantStatus := runJIT(t, path, &JITOptions{Off: true}, nil)
	got, gotErr, status := runJIT(t, path, &JITOptions{Threshold: 0}, nil)
	if got != want || gotErr != wantErr || status != wantStatus {
		t.Fatalf("differs with the JIT:\n%s\ninterpreter (%d): %s%s\njit (%d): %s%s", src, wantStatus, want, wantErr, status, got, gotErr)
	}
	if python, err := exec.LookPath("python3"); err == nil {
		out, err := exec.Command(python, path).Output()
		if err != nil || string(out) != want {
			t.Errorf("differs from python3 (%v):\n%s\npython3: %s\njitlens: %s", err, src, out, want)
		}
	}
}
