package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runSource runs a program and returns its stdout, stderr and status.
func runSource(t *testing.T, src string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	st := Run(Options{Script: path, Stdout: &out, Stderr: &errb})
	return out.String(), strings.ReplaceAll(errb.String(), dir+"/", ""), st
}

func TestPrograms(t *testing.T) {
	tests := []struct {
		name, src, out string
	}{
		{"arith", "print(7 // 2, -7 // 2, 7 % -3, 2 ** 100, 1 / 4, 10 ** -2)\n",
			"3 -4 -2 1267650600228229401496703205376 0.25 0.01\n"},
		{"overflow", "x = 9223372036854775807\nprint(x + 1, -x - 2, x * x)\n",
			"9223372036854775808 -9223372036854775809 85070591730234615847396907784232501249\n"},
		{"floats", "print(0.1 + 0.2, 1e16, 1.5e-5, float('inf'), -0.0, 3.0)\n",
			"0.30000000000000004 1e+16 1.5e-05 inf -0.0 3.0\n"},
		{"closures", "def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nf = mk()\nf(); print(f())\n", "2\n"},
		{"generators", "def g():\n    x = yield 1\n    yield x * 2\nit = g()\nprint(next(it), it.send(5))\n", "1 10\n"},
		{"yield from", "def a():\n    yield 1\n    return 'r'\ndef b():\n    r = yield from a()\n    yield r\nprint(list(b()))\n", "[1, 'r']\n"},
		{"classes", "class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return 'B' + super().f()\nprint(B().f(), B.__mro__[1].__name__)\n", "BA A\n"},
		{"set order", "print({64, 33, -2, 8, 1000, -1}, set([5, 3, 1, 100, 9]))\n", "{64, 33, -1, 1000, 8, -2} {1, 3, 100, 5, 9}\n"},
		{"dict order", "d = {'b': 1, 'a': 2}\nd['c'] = 3\ndel d['b']\nd['b'] = 4\nprint(d)\n", "{'a': 2, 'c': 3, 'b': 4}\n"},
		{"exceptions", "try:\n    [][1]\nexcept IndexError as e:\n    print('caught', e)\nfinally:\n    print('done')\n", "caught list index out of range\ndone\n"},
		{"with", "class C:\n    def __enter__(self): print('in'); return 1\n    def __exit__(self, *a): print('out', a[0].__name__); return True\nwith C() as x:\n    raise KeyError(x)\nprint('after')\n", "in\nout KeyError\nafter\n"},
		{"match", "def f(v):\n    match v:\n        case [a, *rest]: return a, rest\n        case {'k': x}: return x\n        case _: return None\nprint(f([1, 2, 3]), f({'k': 9}), f(5))\n", "(1, [2, 3]) 9 None\n"},
		{"fstring", "x = 3.14159\nprint(f'{x:.2f}|{x!r:>10}|{\"s\"!r}')\n", "3.14|   3.14159|'s'\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, st := runSource(t, tt.src)
			if out != tt.out || st != 0 {
				t.Errorf("got %q (status %d, stderr %q), want %q", out, st, errs, tt.out)
			}
		})
	}
}

func TestTracebacks(t *testing.T) {
	tests := []struct {
		name, src, stderr string
		status            int
	}{
		{"binop carets", "def f(x):\n    return 1 + x\nf('a')\n",
			"Traceback (most recent call last):\n  File \"prog.py\", line 3, in <module>\n    f('a')\n  File \"prog.py\", line 2, in f\n    return 1 + x\n           ~~^~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n", 1},
		{"name error", "print(undefined_name)\n",
			"Traceback (most recent call last):\n  File \"prog.py\", line 1, in <module>\n    print(undefined_name)\n          ^^^^^^^^^^^^^^\nNameError: name 'undefined_name' is not defined\n", 1},
		{"chained", "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n",
			"Traceback (most recent call last):\n  File \"prog.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n    raise ValueError('bad') from e\nValueError: bad\n", 1},
		{"sys.exit", "import sys\nsys.exit(3)\n", "", 3},
		{"sys.exit message", "import sys\nsys.exit('bye')\n", "bye\n", 1},
		{"recursion", "def r(n):\n    return r(n + 1)\nr(0)\n", "RecursionError", 1},
		{"c extension", "import numpy\n", "jitlens: unsupported", ExitUnsupported},
		{"module not found", "import nosuchmod\n", "ModuleNotFoundError: No module named 'nosuchmod'\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, st := runSource(t, tt.src)
			if st != tt.status || !strings.Contains(errs, tt.stderr) {
				t.Errorf("status %d stderr:\n%s\nwant status %d containing:\n%s", st, errs, tt.status, tt.stderr)
			}
		})
	}
}

func TestRecursionDepthMatchesCPython(t *testing.T) {
	_, errs, _ := runSource(t, "def r(n):\n    return r(n + 1)\nr(0)\n")
	if !strings.Contains(errs, "[Previous line repeated 996 more times]") {
		t.Errorf("traceback:\n%s", tail(errs, 8))
	}
}
