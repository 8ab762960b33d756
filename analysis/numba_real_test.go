package analysis

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// numbaKernel is a small program whose function k the analysis judges, and
// real Numba compiles (or rejects) when called as call.
type numbaKernel struct {
	name    string
	src     string
	call    string
	blocker string // "" when the analysis and Numba should accept k, else the construct
}

// numbaKernels pairs the analysis with real Numba 0.56 (Debian's
// python3-numba) both ways: accepted kernels must compile, and each
// blocker kind has a kernel that Numba rejects. Several rows record what
// checking against real Numba corrected: it compiles plain generators,
// nested functions and lambdas, sorted(key=...), f-strings of str and int
// fields, dicts with str keys or starting empty, dict comprehensions,
// `except Exception:` and optional values (None, then an int).
var numbaKernels = []numbaKernel{
	{"int loop", "def k(n):\n    s = 0\n    for i in range(n):\n        s += i * i\n    return s\n", "k(10)", ""},
	{"math calls", "import math\n\ndef k(n):\n    return math.sqrt(n) + math.floor(2.5) + math.pi\n", "k(5)", ""},
	{"while loop", "def k(n):\n    steps = 0\n    while n != 1:\n        if n % 2 == 0:\n            n = n // 2\n        else:\n            n = 3 * n + 1\n        steps += 1\n    return steps\n", "k(27)", ""},
	{"list argument", "def k(xs):\n    s = 0.0\n    for i in range(len(xs)):\n        s += xs[i] * 2.0\n    return s\n", "k([1.0, 2.5])", ""},
	{"list building", "def k(n):\n    out = []\n    for i in range(n):\n        out.append(i * 0.5)\n    return out[-1]\n", "k(4)", ""},
	{"recursion", "def k(n):\n    if n < 2:\n        return n\n    return k(n - 1) + k(n - 2)\n", "k(10)", ""},
	{"module callee", "def helper(i, j):\n    return 1.0 / (i + j + 1)\n\ndef k(n):\n    s = 0.0\n    for i in range(n):\n        s += helper(i, 2)\n    return s\n", "k(5)", ""},
	{"tuples and divmod", "def k(n):\n    q, r = divmod(n, 3)\n    return (q, r)\n", "k(11)", ""},
	{"abs min max", "def k(n):\n    return abs(-n) + min(n, 3) + max(1.5, n)\n", "k(4)", ""},
	{"int then float", "def k(n):\n    acc = 0\n    for i in range(n):\n        acc += i * 0.5\n    return acc\n", "k(5)", ""},
	{"bool list", "def k(n):\n    flags = [True] * n\n    flags[0] = False\n    c = 0\n    for i in range(n):\n        if flags[i]:\n            c += 1\n    return c\n", "k(9)", ""},
	{"complex numbers", "def k(n):\n    z = 0j\n    for i in range(n):\n        z = z * z + complex(0.1, 0.2)\n    return z.real\n", "k(5)", ""},
	{"list comprehension", "def k(n):\n    return len([i * 2 for i in range(n)])\n", "k(5)", ""},
	{"None then int", "def k(n):\n    best = None\n    for i in range(n):\n        if best is None or i > best:\n            best = i\n    return best\n", "k(5)", ""},
	{"generator", "def k(n):\n    for i in range(n):\n        yield i * 2\n", "list(k(4))", ""},
	{"nested function", "def k(n):\n    scale = 3\n\n    def g(x):\n        return x * scale\n    return g(n)\n", "k(5)", ""},
	{"sorted with key", "def k(n):\n    xs = [3.0, 1.0, 2.0]\n    c = 1.5\n    return sorted(xs, key=lambda p: (p - c) * (p - c))[0]\n", "k(1)", ""},
	{"f-string of int", "def k(n: int):\n    return f\"n={n}\"\n", "k(5)", ""},
	{"dict with str keys", "def k(n):\n    d = {\"even\": 0, \"odd\": 0}\n    for i in range(n):\n        d[\"even\"] += 1\n    return d[\"even\"]\n", "k(5)", ""},
	{"dict starting empty", "def k(n):\n    d = {}\n    for i in range(n):\n        d[i] = i * 2\n    return d.get(3, 0)\n", "k(5)", ""},
	{"except Exception", "def k(n):\n    try:\n        t = n + 1\n    except Exception:\n        t = -1\n    return t\n", "k(5)", ""},
	{"match on literals", "def k(n):\n    match n:\n        case 1 | 2:\n            return 10\n        case _:\n            return 0\n", "k(2)", ""},
	{"dict comprehension", "def k(n):\n    return len({i: i for i in range(n)})\n", "k(5)", ""},
	{"str methods", "def k(s):\n    parts = s.split()\n    return len(parts[0].strip().upper())\n", "k('ab cd')", ""},

	{"generator expression", "def k(n):\n    return sum(i * i for i in range(n))\n", "k(5)", "generator"},
	{"yield from", "def k(n):\n    yield from range(n)\n", "list(k(3))", "generator"},
	{"set comprehension", "def k(n):\n    return len({i % 3 for i in range(n)})\n", "k(5)", "comprehension"},
	{"with block", "def k(n):\n    with open('x') as f:\n        pass\n    return n\n", "k(5)", "with"},
	{"except ValueError", "def k(n):\n    try:\n        t = n // 0\n    except ZeroDivisionError:\n        t = -1\n    return t\n", "k(5)", "try/except"},
	{"f-string with spec", "def k(n):\n    x = n * 0.5\n    return f\"{x:.2f}\"\n", "k(5)", "string formatting"},
	{"percent formatting", "def k(n):\n    return \"%d items\" % n\n", "k(5)", "string formatting"},
	{"str.format", "def k(n):\n    return \"{} items\".format(n)\n", "k(5)", "string formatting"},
	{"class instance", "class Point:\n    pass\n\ndef k(n):\n    p = Point()\n    return n\n", "k(5)", "class"},
	{"global list", "TABLE = [1.0, 2.0]\n\ndef k(n):\n    return TABLE[0] + n\n", "k(5)", "global state"},
	{"global write", "COUNT = 0\n\ndef k(n):\n    global COUNT\n    COUNT = n\n    return n\n", "k(5)", "global state"},
	{"mixed list", "def k(n: int):\n    rec = [\"item\", n, n * 0.5]\n    return rec[n % 3]\n", "k(5)", "mixed list"},
	{"dict of mixed values", "def k(n):\n    d = {\"a\": 1, \"b\": \"x\"}\n    t = 0\n    for key in d:\n        t += 1\n    return t\n", "k(5)", "dict"},
	{"max with key", "def k(n):\n    return max([1, 2], key=lambda x: -x)\n", "k(5)", "keyword argument"},
	{"print with end", "def k(n):\n    print(n, end=\"\")\n    return n\n", "k(5)", "keyword argument"},
	{"**kwargs", "def k(n, **kw):\n    return n\n", "k(5)", "**kwargs"},
	{"starred assignment", "def k(n):\n    a, *rest = (n, 2, 3)\n    return a\n", "k(5)", "starred assignment"},
	{"int of a string", "def k(n):\n    s = \"12\"\n    return int(s) + n\n", "k(5)", "string conversion"},
	{"nested list argument", "def k(a, n):\n    s = 0.0\n    for i in range(n):\n        s += a[i][0]\n    return s\n", "k([[1.0, 2.0], [3.0, 4.0]], 2)", "nested list"},
	{"open", "def k(n):\n    f = open('/dev/null')\n    return n\n", "k(5)", "I/O"},
	{"unsupported module", "import os\n\ndef k(n):\n    return os.getpid() + n\n", "k(5)", "unsupported call"},
	{"import inside", "def k(n):\n    import math\n    return math.sqrt(n)\n", "k(4)", "import"},
	{"type change", "def k(n: int):\n    x = 1\n    if n > 2:\n        x = \"big\"\n    return x\n", "k(5)", "type change"},
	{"unknown builtin", "def k(n):\n    return len(vars())\n", "k(5)", "unknown call"},
	{"int method", "def k(n: int):\n    return n.bit_length()\n", "k(5)", "object method"},
	{"match on a class", "class P:\n    pass\n\ndef k(n):\n    match n:\n        case P():\n            return 1\n    return 0\n", "k(5)", "match"},
}

// TestNumbaKernelsAnalysis checks the analysis's verdict on every kernel.
func TestNumbaKernelsAnalysis(t *testing.T) {
	for _, kn := range numbaKernels {
		f := analyze(t, kn.src)
		k := fn(t, f, "k")
		if kn.blocker == "" {
			if !k.Numba.OK() {
				t.Errorf("%s: blocked by %+v, real Numba compiles it", kn.name, k.Numba.Blockers)
			}
			continue
		}
		found := false
		for _, b := range k.Numba.Blockers {
			found = found || b.Construct == kn.blocker
		}
		if !found {
			t.Errorf("%s: no %q blocker (got %+v)", kn.name, kn.blocker, k.Numba.Blockers)
		}
	}
}

// realNumbaScript compiles every kernel's k with numba.njit (and the
// other plain functions of its program, as the @njit fix does), calls it,
// and prints one JSON line per kernel: "" when it compiled, else the error.
const realNumbaScript = `
import json, sys, types, warnings
warnings.simplefilter("ignore")
from numba import njit
from numba.core.registry import CPUDispatcher
for kn in json.load(sys.stdin):
    ns = {}
    try:
        exec(compile(kn["src"], kn["name"], "exec"), ns)
        for name, value in list(ns.items()):
            if isinstance(value, types.FunctionType):
                ns[name] = njit(value)
        eval(kn["call"], ns)
        err = ""
    except Exception as e:
        err = type(e).__name__ + ": " + (str(e).strip().splitlines() or [""])[0]
    print(json.dumps({"name": kn["name"], "error": err}), flush=True)
`

// TestNumbaKernelsReal runs the kernels under real Numba: the ones the
// analysis accepts must compile, the ones it blocks must be rejected.
func TestNumbaKernelsReal(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it compiles every kernel with real Numba; run without -short")
	}
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import numba").Run(); err != nil {
		t.Skipf("skipped: %s cannot import numba, so the real Numba check cannot run; `apt-get install python3-numba` (scripts/test.sh does it as root) makes it run", py)
	}
	type row struct {
		Name string `json:"name"`
		Src  string `json:"src"`
		Call string `json:"call"`
	}
	var rows []row
	for _, kn := range numbaKernels {
		rows = append(rows, row{kn.name, kn.src, kn.call})
	}
	in, err := json.Marshal(rows)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", realNumbaScript)
	cmd.Dir = t.TempDir()
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("real Numba: %v\n%s", err, stderr.String())
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r struct{ Name, Error string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			continue // the kernels' own output (print)
		}
		got[r.Name] = r.Error
	}
	for _, kn := range numbaKernels {
		e, ran := got[kn.name]
		switch {
		case !ran:
			t.Errorf("%s: no result from real Numba", kn.name)
		case kn.blocker == "" && e != "":
			t.Errorf("%s: the analysis accepts it, real Numba rejects it: %s", kn.name, e)
		case kn.blocker != "" && e == "":
			t.Errorf("%s: the analysis reports %q, real Numba compiles it", kn.name, kn.blocker)
		default:
			t.Logf("%-22s %s", kn.name, map[bool]string{true: "compiled", false: "rejected: " + e}[e == ""])
		}
	}
}
