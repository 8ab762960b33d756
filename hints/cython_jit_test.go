package hints

import (
	"strings"
	"testing"
)

// TestCythonCandidateOnlyWhereJITCompiles checks that the cython-candidate
// hint (whose fix jitlens honours as type facts) is offered only where
// jitlens's JIT can compile the loops once the types are declared: not
// around a generator, an exception handler, a function made in the loop,
// a call through a local that is not plain arithmetic, a str, a value
// that may be None, or a list mixing kinds.
func TestCythonCandidateOnlyWhereJITCompiles(t *testing.T) {
	tests := []struct {
		name  string
		body  string // the body of method C.m(self, n), indented by 8
		offer bool
	}{
		{"plain loop", "s = 0.0\nfor i in range(n):\n    s += i * 0.5\nreturn s", true},
		{"closure of arithmetic", "k = 3.0\ndef f(x):\n    return k * x + 1.0\ns = 0.0\nfor i in range(n):\n    s += f(i * 0.5)\nreturn s", true},
		{"closure that calls", "def f(x):\n    return abs(x)\ns = 0\nfor i in range(n):\n    s += f(i)\nreturn s", false},
		{"closure rebound in the loop", "s = 0.0\nfor i in range(n):\n    def f(x):\n        return x * 2.0\n    s += f(i * 0.5)\nreturn s", false},
		{"try", "s = 0\nfor i in range(n):\n    try:\n        s += 10 // (i % 3)\n    except ZeroDivisionError:\n        s -= 1\nreturn s", false},
		{"generator", "s = 0\nfor i in range(n):\n    s += i\n    yield s", false},
		{"lambda", "s = 0.0\nfor i in range(n):\n    g = lambda x: x + i\n    s += g(0.5)\nreturn s", false},
		{"None or int", "best = None\ns = 0\nfor i in range(n):\n    s += i % 7\n    if best is None or s > best:\n        best = s\nreturn best", false},
		{"str", "s = 0\nfor i in range(n):\n    t = str(i)\n    s += len(t)\nreturn s", false},
		{"mixed list", "s = 0.0\nfor i in range(n):\n    rec = [i, i * 0.5]\n    s += rec[i % 2]\nreturn s", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "        " + strings.ReplaceAll(tt.body, "\n", "\n        ")
			src := "class C:\n    def m(self, n):\n" + body + "\n"
			r := newReport().fn("C.m", 2, 0.8, 0).line("C.m", 4, 0.6, 0)
			f, hs := advise(t, src, r)
			got := false
			for _, h := range hs {
				if h.Kind == CythonCandidate {
					got = true
				}
			}
			if got != tt.offer {
				t.Errorf("cython-candidate offered: %v, want %v\n%s", got, tt.offer, src)
			}
			// not offered for the JIT's sake, not for another reason
			for _, fn := range f.Functions {
				if fn.QualName == "C.m" && (len(fn.Cython.JITBlockers) == 0) != tt.offer {
					t.Errorf("JIT blockers %v, want none: %v", fn.Cython.JITBlockers, tt.offer)
				}
			}
		})
	}
}
