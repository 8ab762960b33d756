package analysis

import "testing"

// Regressions found by checking the advisor's fixes against real Cython
// and Numba (hints/realcompilers_test.go) and by the scenarios.
func TestRegressionsFromRealCompilers(t *testing.T) {
	f := analyze(t, `def nearest(points, rounds):
    picked = 0.0
    for r in range(rounds):
        cx = (r % 10) * 0.1
        order = sorted(points, key=lambda p: (p - cx) * (p - cx))
        picked += order[0]
    return picked


def mul_av(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] / (i + j + 1)
        out[i] = s


def carried(n, out):
    s = 0.0
    for i in range(n):
        s = s * 0.5
        s += 1.0
        out[i] = s
`)
	// Cython compiled `cx` as a C double captured by the lambda and the
	// program printed 0.0 instead of CPython's result: captured locals
	// are not offered for typing.
	for _, tv := range fn(t, f, "nearest").Cython.Typed {
		if tv.Name == "cx" {
			t.Errorf("cx, captured by a lambda, offered as %s", tv.CType)
		}
	}
	// `s = 0.0` at the top of each iteration makes the inner loop's
	// accumulator private: the outer loop is independent (spectral norm).
	if l := fn(t, f, "mul_av").Loops[0]; !l.Independent {
		t.Errorf("mul_av's outer loop: %s", l.Dependence)
	}
	// ...but an accumulator read before it is set carries a value.
	if l := fn(t, f, "carried").Loops[0]; l.Independent {
		t.Errorf("carried's loop reported independent")
	}
}
