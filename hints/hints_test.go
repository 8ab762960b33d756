package hints

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/profile"
)

// reportBuilder makes synthetic run reports: shares of a one-second run.
type reportBuilder struct{ r *profile.RunReport }

func newReport() *reportBuilder {
	r := profile.NewRunReport(nil)
	r.Script = "s.py"
	r.DurationNS = 1e9
	return &reportBuilder{r}
}

func tr(share, native, io float64) profile.TimeReport {
	return profile.TimeReport{Samples: int64(share * 1000), WallNS: int64(share * 1e9), Share: share,
		NativeShare: native, InterpreterShare: 1 - native, IOShare: io}
}

func (b *reportBuilder) fn(qual string, start int, share, native float64) *reportBuilder {
	b.r.Functions = append(b.r.Functions, profile.FunctionTime{Function: qual, File: "s.py", StartLine: start,
		Self: tr(share, native, 0), Total: tr(share, native, 0)})
	return b
}

func (b *reportBuilder) ioFn(qual string, start int, share, io float64) *reportBuilder {
	b.r.Functions = append(b.r.Functions, profile.FunctionTime{Function: qual, File: "s.py", StartLine: start,
		Self: tr(share, 0, io), Total: tr(share, 0, io)})
	return b
}

func (b *reportBuilder) line(qual string, line int, share, io float64) *reportBuilder {
	b.r.Lines = append(b.r.Lines, profile.LineTime{File: "s.py", Line: line, Function: qual,
		Self: tr(share, 0, io), Total: tr(share, 0, io)})
	return b
}

func (b *reportBuilder) compiled(qual, sig string) *reportBuilder {
	b.r.JIT.Compiled = append(b.r.JIT.Compiled, profile.CompiledFunction{Function: qual, File: "s.py", Signature: sig, CodeSizeBytes: 200})
	return b
}

func advise(t *testing.T, src string, r *reportBuilder) (*analysis.File, []Hint) {
	t.Helper()
	mod, errs := syntax.Parse("s.py", []byte(src))
	if len(errs) > 0 {
		t.Fatalf("parse: %v", errs[0])
	}
	f := analysis.Analyze("s.py", []byte(src), mod)
	in := Input{File: f, Path: "s.py"}
	if r != nil {
		in.Report = r.r
	}
	return f, Advise(in)
}

func only(t *testing.T, hs []Hint, k Kind) Hint {
	t.Helper()
	var found []Hint
	for _, h := range hs {
		if h.Kind == k {
			found = append(found, h)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s hint, got %d: %s", k, len(found), kinds(hs))
	}
	return found[0]
}

func none(t *testing.T, hs []Hint, k Kind) {
	t.Helper()
	for _, h := range hs {
		if h.Kind == k {
			t.Errorf("unexpected %s hint: %s", k, h.Message)
		}
	}
}

func kinds(hs []Hint) string {
	var ks []string
	for _, h := range hs {
		ks = append(ks, string(h.Kind))
	}
	return strings.Join(ks, ", ")
}

// applyFix applies a hint's first fix and checks the result still parses.
func applyFix(t *testing.T, src string, h Hint) string {
	t.Helper()
	if len(h.Fixes) == 0 {
		t.Fatalf("%s hint has no fix", h.Kind)
	}
	out, err := Apply([]byte(src), h.Fixes[0].Edits)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	if _, errs := syntax.Parse("s.py", out); len(errs) > 0 {
		t.Fatalf("fixed file does not parse: %v\n%s", errs[0], out)
	}
	return string(out)
}

const halfSrc = `def mean_half(n):
    acc = 0
    for i in range(n):
        acc += i * 0.5
    return acc


print(mean_half(1000))
`

func TestTypeUnstableMeasured(t *testing.T) {
	r := newReport().fn("mean_half", 1, 0.9, 0).line("mean_half", 3, 0.30, 0).line("mean_half", 4, 0.564, 0).line("mean_half", 2, 0.001, 0)
	_, hs := advise(t, halfSrc, r)
	h := only(t, hs, TypeUnstable)
	want := "`acc` starts as int (line 2) and becomes float at line 4 (`acc += i * 0.5`); 96% of this function's time is in that loop"
	if !strings.HasPrefix(h.Message, want) {
		t.Errorf("message:\n%s\nwant prefix:\n%s", h.Message, want)
	}
	if h.Range.Start != (Point{2, 4}) || h.Severity != Warning {
		t.Errorf("range %+v severity %s", h.Range, h.Severity)
	}
	got := applyFix(t, halfSrc, h)
	if !strings.Contains(got, "    acc = 0.0\n") || strings.Count(got, "\n") != strings.Count(halfSrc, "\n") {
		t.Errorf("fixed:\n%s", got)
	}
	if !h.Fixes[0].Safe {
		t.Errorf("measured initial-value fix not safe")
	}
}

func TestColdCodeIsSilent(t *testing.T) {
	r := newReport().fn("mean_half", 1, 0.01, 0).line("mean_half", 4, 0.01, 0).compiled("mean_half", "(n: int) -> float")
	if _, hs := advise(t, halfSrc, r); len(hs) != 0 {
		t.Errorf("hints for cold code: %s", kinds(hs))
	}
}

const sumSrc = `"""Sums."""
import math


def square(x):
    return x * x


def total(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(square(i))
    return s


print(total(100))
`

func TestNjitCandidate(t *testing.T) {
	r := newReport().fn("total", 9, 0.8, 0.97).fn("square", 5, 0.3, 0.97).
		line("total", 11, 0.7, 0).line("total", 12, 0.75, 0).
		compiled("total", "(n: int) -> float").compiled("square", "(x: int) -> int")
	_, hs := advise(t, sumSrc, r)
	var h Hint
	for _, x := range hs {
		if x.Kind == NjitCandidate && x.Function == "total" {
			h = x
		}
	}
	if h.Kind == "" {
		t.Fatalf("no njit-candidate for total: %s", kinds(hs))
	}
	got := applyFix(t, sumSrc, h)
	want := `"""Sums."""
import math
from numba import njit


@njit
def square(x):
    return x * x


@njit
def total(n):
`
	if !strings.HasPrefix(got, want) {
		t.Errorf("fixed:\n%s\nwant prefix:\n%s", got, want)
	}
	if !strings.Contains(h.Message, "`square`") {
		t.Errorf("message does not name the callee: %s", h.Message)
	}
	none(t, hs, CythonCandidate)
}

func TestNjitUsesExistingImport(t *testing.T) {
	src := strings.Replace(sumSrc, "import math\n", "import math\nimport numba\n", 1)
	r := newReport().fn("square", 6, 0.5, 1).compiled("square", "(x: int) -> int")
	_, hs := advise(t, src, r)
	h := only(t, hs, NjitCandidate)
	got := applyFix(t, src, h)
	if !strings.Contains(got, "@numba.njit\ndef square") || strings.Count(got, "import numba") != 1 {
		t.Errorf("fixed:\n%s", got)
	}
}

func TestAlreadyDecoratedIsSilent(t *testing.T) {
	src := "from numba import njit\n\n\n@njit\n" + strings.SplitN(halfSrc, "\n", 2)[0] + "\n    s = 0.0\n    for i in range(n):\n        s += i\n    return s\n"
	r := newReport().fn("mean_half", 5, 0.9, 1).line("mean_half", 7, 0.9, 0).compiled("mean_half", "(n: int) -> float")
	_, hs := advise(t, src, r)
	none(t, hs, NjitCandidate)
	none(t, hs, CythonCandidate)
	none(t, hs, NumbaBlocker)
}

const parSrc = `from numba import njit


@njit
def scale(a, out, n):
    for i in range(n):
        out[i] = a[i] * 2.0
    return out
`

func TestParallelCandidate(t *testing.T) {
	r := newReport().fn("scale", 5, 0.9, 1).line("scale", 6, 0.2, 0).line("scale", 7, 0.7, 0).compiled("scale", "(a: list[float], out: list[float], n: int)")
	_, hs := advise(t, parSrc, r)
	h := only(t, hs, ParallelCandidate)
	got := applyFix(t, parSrc, h)
	for _, want := range []string{"from numba import njit, prange\n", "@njit(parallel=True)\n", "for i in prange(n):"} {
		if !strings.Contains(got, want) {
			t.Errorf("fixed file lacks %q:\n%s", want, got)
		}
	}
	if !h.Fixes[0].Safe {
		t.Errorf("a loop without reductions should be a safe prange fix")
	}
}

func TestParallelStaticForNjitFunctions(t *testing.T) {
	_, hs := advise(t, parSrc, nil)
	h := only(t, hs, ParallelCandidate)
	if h.Fixes[0].Safe || h.Evidence.Measured {
		t.Errorf("a static hint's fix must not be safe in bulk")
	}
}

func TestIOBound(t *testing.T) {
	src := `import time


def poll(n):
    total = 0
    for i in range(n):
        time.sleep(0.01)
        total += i
    return total


print(poll(10))
`
	r := newReport().ioFn("poll", 4, 0.95, 0.97).line("poll", 7, 0.93, 1).line("poll", 8, 0.02, 0).compiled("poll", "(n: int) -> int")
	_, hs := advise(t, src, r)
	h := only(t, hs, IOBound)
	if h.Range.Start.Line != 7 || !strings.Contains(h.Message, "cannot make waiting faster") {
		t.Errorf("io hint: %+v %s", h.Range, h.Message)
	}
	for _, k := range []Kind{NjitCandidate, CythonCandidate, TypeUnstable, ParallelCandidate, NumbaBlocker} {
		none(t, hs, k)
	}
}

func TestNumbaBlockerNamesEachConstruct(t *testing.T) {
	src := `def tally(words):
    counts = {"a": 1, "b": "x"}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return f"{len(counts):>4} words"
`
	r := newReport().fn("tally", 1, 0.8, 0)
	_, hs := advise(t, src, r)
	h := only(t, hs, NumbaBlocker)
	lines := strings.Split(h.Message, "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[1], "- line 2:") || !strings.Contains(h.Message, "- line 5: f-strings") {
		t.Errorf("message:\n%s", h.Message)
	}
	if len(h.Related) != len(lines)-1 {
		t.Errorf("%d related locations for %d blockers", len(h.Related), len(lines)-1)
	}
}

func TestStaticBlockerOnNjitFunction(t *testing.T) {
	src := `from numba import njit


@njit
def label(x):
    return f"x={x}"
`
	_, hs := advise(t, src, nil)
	h := only(t, hs, NumbaBlocker)
	if h.Severity != Warning || !strings.Contains(h.Message, "line 6") {
		t.Errorf("static blocker: %s %s", h.Severity, h.Message)
	}
}

func TestCythonCandidateForMethods(t *testing.T) {
	src := `class Grid:
    def __init__(self, n):
        self.n = n

    def checksum(self, n):
        s = 0
        for i in range(n):
            s += i * i
        return s
`
	r := newReport().fn("Grid.checksum", 5, 0.7, 0).line("Grid.checksum", 7, 0.2, 0).line("Grid.checksum", 8, 0.5, 0)
	_, hs := advise(t, src, r)
	h := only(t, hs, CythonCandidate)
	got := applyFix(t, src, h)
	if !strings.HasPrefix(got, "import cython\n") || !strings.Contains(got, "    @cython.locals(s=cython.longlong, i=cython.longlong)\n    def checksum") {
		t.Errorf("fixed:\n%s", got)
	}
	if h.Fixes[0].Safe {
		t.Errorf("a C-integer fix without JIT evidence must not be safe")
	}
}

func TestHotSpot(t *testing.T) {
	r := newReport().fn("total", 9, 0.8, 0.97).line("total", 12, 0.75, 0).line("total", 11, 0.78, 0).compiled("total", "(n: int) -> float")
	_, hs := advise(t, sumSrc, r)
	h := only(t, hs, HotSpot)
	for _, want := range []string{"`total` takes 80% of the run time", "ran as native code", "compiled it to native code as (n: int) -> float", "Hottest line: 11"} {
		if !strings.Contains(h.Message, want) {
			t.Errorf("hot-spot message lacks %q:\n%s", want, h.Message)
		}
	}
}

func TestJSONColumnsAreCharacters(t *testing.T) {
	src := "def f(n):\n    é = 0\n    for i in range(n):\n        é += i * 0.5\n    return é\n"
	r := newReport().fn("f", 1, 0.9, 0).line("f", 4, 0.9, 0)
	_, hs := advise(t, src, r)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, "s.py", []byte(src), hs); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version int
		Hints   []struct {
			Kind  string
			Range struct{ Start, End struct{ Line, Column int } }
			Fixes []struct {
				Edits []struct {
					Range   struct{ Start, End struct{ Line, Column int } }
					NewText string
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, h := range doc.Hints {
		if h.Kind != string(TypeUnstable) {
			continue
		}
		// `é = 0`: starts at column 5, and the literal 0 is the 9th character
		if h.Range.Start.Column != 5 || h.Range.End.Column != 10 {
			t.Errorf("range %+v", h.Range)
		}
		e := h.Fixes[0].Edits[0]
		if e.Range.Start.Column != 9 || e.NewText != "0.0" {
			t.Errorf("edit %+v", e)
		}
		return
	}
	t.Fatalf("no type-unstable hint in %s", buf.String())
}

func TestApplyRejectsOverlaps(t *testing.T) {
	src := []byte("abc\ndef\n")
	_, err := Apply(src, []Edit{
		{Range: Range{Point{1, 0}, Point{1, 2}}, NewText: "x"},
		{Range: Range{Point{1, 1}, Point{1, 3}}, NewText: "y"},
	})
	if err == nil {
		t.Errorf("overlapping edits accepted")
	}
	out, err := Apply(src, []Edit{
		{Range: Range{Point{2, 0}, Point{2, 3}}, NewText: "DEF"},
		{Range: Range{Point{1, 0}, Point{1, 0}}, NewText: "# "},
	})
	if err != nil || string(out) != "# abc\nDEF\n" {
		t.Errorf("Apply = %q, %v", out, err)
	}
}
