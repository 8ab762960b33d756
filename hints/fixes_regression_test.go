package hints

import (
	"strings"
	"testing"
)

// TestAlternativeDecoratorsDoNotStack checks that applying every safe fix
// at once (`jitlens hints --fix all`) does not put both @njit and
// @njit(parallel=True) on one function, which would compile it twice.
func TestAlternativeDecoratorsDoNotStack(t *testing.T) {
	src := `def smooth(xs, out):
    for i in range(len(xs)):
        out[i] = xs[i] * 0.5 + 1.0
`
	r := newReport().fn("smooth", 1, 0.9, 0).line("smooth", 2, 0.3, 0).line("smooth", 3, 0.6, 0).compiled("smooth", "(xs: list[float], out: list[float]) -> None")
	_, hs := advise(t, src, r)
	only(t, hs, NjitCandidate)
	only(t, hs, ParallelCandidate)
	out, err := Apply([]byte(src), SafeEdits(hs, "", false))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), "@njit"); n != 1 {
		t.Errorf("%d decorators after applying all safe fixes:\n%s", n, out)
	}
}

// TestParallelFixOnDecoratedFunctionImportsOnlyPrange checks that the
// parallel fix of an @jit function does not import njit as well.
func TestParallelFixOnDecoratedFunctionImportsOnlyPrange(t *testing.T) {
	src := `from numba import jit


@jit(nopython=True)
def scale(xs, out):
    for i in range(len(xs)):
        out[i] = xs[i] * 2.0
`
	_, hs := advise(t, src, nil)
	got := applyFix(t, src, only(t, hs, ParallelCandidate))
	if !strings.Contains(got, "from numba import jit, prange\n") || !strings.Contains(got, "@jit(nopython=True, parallel=True)") {
		t.Errorf("fixed:\n%s", got)
	}
}
