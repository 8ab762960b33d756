package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// parseDeadline bounds one parse in the fuzz and robustness tests: it is a
// hang detector, far above any real parse time, not a speed requirement.
const parseDeadline = 60 * time.Second

// parseWithin parses src and fails the test if Parse does not return
// within parseDeadline; a panic in Parse fails the test as usual.
func parseWithin(t *testing.T, src []byte) (*Module, ErrorList) {
	t.Helper()
	type result struct {
		mod  *Module
		errs ErrorList
	}
	done := make(chan result, 1)
	panicked := make(chan any, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				panicked <- r
			}
		}()
		mod, errs := Parse("fuzz.py", src)
		done <- result{mod, errs}
	}()
	select {
	case r := <-done:
		return r.mod, r.errs
	case p := <-panicked:
		t.Fatalf("Parse panicked on %d bytes: %v\ninput: %q", len(src), p, clip(src))
	case <-time.After(parseDeadline):
		t.Fatalf("Parse still running after %v on %d bytes: %q", parseDeadline, len(src), clip(src))
	}
	return nil, nil
}

func clip(src []byte) string {
	if len(src) > 300 {
		return string(src[:300]) + "…"
	}
	return string(src)
}

// checkParseInvariants checks what must hold for any input, without
// CPython: a tree is returned; errors have a kind, a message and a span
// inside the text; the tree can be dumped; node spans are ordered and lie
// inside the text; LineIndex converts node positions there and back.
func checkParseInvariants(t *testing.T, src []byte, mod *Module, errs ErrorList) {
	t.Helper()
	if mod == nil {
		t.Fatalf("Parse returned no tree for %q", clip(src))
	}
	text := string(src)
	text = strings.TrimPrefix(text, "\xEF\xBB\xBF")
	lines := NewLineIndex(text).LineCount()
	for _, e := range errs {
		if e == nil {
			t.Fatalf("nil error in list for %q", clip(src))
		}
		switch e.Kind {
		case "SyntaxError", "IndentationError", "TabError":
		default:
			t.Errorf("error kind %q for %q", e.Kind, clip(src))
		}
		if e.Msg == "" {
			t.Errorf("empty error message for %q", clip(src))
		}
		// Line 0 is CPython's line for errors about the whole file (an
		// encoding problem); otherwise the line exists or is just past
		// the end (an error at end of input).
		if e.Pos.Lineno < 0 || e.Pos.Lineno > lines+1 || e.Pos.ColOffset < 0 && e.Pos.Lineno != 0 {
			t.Errorf("error %q at %+v outside the %d lines of %q", e.Msg, e.Pos, lines, clip(src))
		}
	}
	if len(errs) == 0 && !hasCodingCookie(src) {
		checkTreeSpans(t, text, mod)
	}
	_ = Dump(mod, true)
}

// hasCodingCookie reports whether positions refer to a transcoded text
// rather than src itself.
func hasCodingCookie(src []byte) bool {
	head := string(src[:min(len(src), 400)])
	return strings.Contains(head, "coding")
}

// checkTreeSpans checks every positioned node of a tree parsed without
// errors: its span is ordered and inside the text, and LineIndex maps both
// ends to LSP and back to the same place.
func checkTreeSpans(t *testing.T, text string, root Node) {
	t.Helper()
	x := NewLineIndex(text)
	Inspect(root, func(n Node) bool {
		p, ok := n.(Positioned)
		if !ok || isNil(n) {
			return true
		}
		pos := p.Loc()
		start := [2]int{pos.Lineno, pos.ColOffset}
		end := [2]int{pos.EndLineno, pos.EndColOffset}
		if start[0] < 1 || end[0] > x.LineCount() || end[0] < start[0] || end[0] == start[0] && end[1] < start[1] {
			t.Errorf("%T span %+v out of order or outside %d lines", n, *pos, x.LineCount())
			return false
		}
		for _, lc := range [][2]int{start, end} {
			line := x.Line(lc[0])
			if lc[0] == 1 {
				line = strings.TrimPrefix(line, "\xEF\xBB\xBF")
			}
			if lc[1] < 0 || lc[1] > len(line) {
				t.Errorf("%T span %+v: column outside line %q", n, *pos, line)
				return false
			}
			l, c := x.FromLSP(x.ToLSP(lc[0], lc[1]))
			if (l != lc[0] || c != lc[1]) && isCharBoundary(line, lc[1]) {
				t.Errorf("%T at %v: LineIndex round trip gives (%d, %d)", n, lc, l, c)
			}
		}
		return true
	})
}

func isCharBoundary(s string, i int) bool {
	return i == len(s) || i < len(s) && (s[i] < 0x80 || s[i] >= 0xC0)
}

// knownInvariantBreakers are snippets on which the parser still breaks an
// invariant of checkParseInvariants, with their testdata/mismatches.txt
// item; they are left out of the seeds until the parser is fixed (the
// fuzzer finds them again on its own).
var knownInvariantBreakers = map[string]string{}

// FuzzParse feeds Parse arbitrary bytes, seeded with the differential
// snippets: Parse must not panic or hang, and checkParseInvariants must hold.
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 10m -fuzzminimizetime 10s ./analysis/syntax
//
// (A lower -fuzzminimizetime keeps the fuzzer from spending a minute shrinking
// each new interesting input.)
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "syntax", "*.py"))
	for _, p := range paths {
		if item, ok := knownInvariantBreakers[strings.TrimSuffix(filepath.Base(p), ".py")]; ok {
			f.Logf("seed %s left out: known parser bug, mismatches.txt %s", filepath.Base(p), item)
			continue
		}
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, errs := parseWithin(t, src)
		checkParseInvariants(t, src, mod, errs)
	})
}
