package syntax

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestLineIndexToLSP(t *testing.T) {
	cases := []struct {
		name      string
		src       string
		line, col int // CPython
		want      LSPPosition
	}{
		{"ascii", "ab\ncd", 2, 1, LSPPosition{1, 1}},
		{"first line start", "ab\ncd", 1, 0, LSPPosition{0, 0}},
		{"two-byte char", "é = 1", 1, 2, LSPPosition{0, 1}},
		{"three-byte char", "x = '€€'", 1, 8, LSPPosition{0, 6}},
		{"astral char", "s = '😀'", 1, 9, LSPPosition{0, 7}},
		{"after two astral chars", "'😀😀' + x", 1, 13, LSPPosition{0, 9}},
		{"inside a multi-byte char", "'😀'", 1, 3, LSPPosition{0, 1}},
		{"crlf", "a\r\nbé\r\nc", 2, 3, LSPPosition{1, 2}},
		{"crlf third line", "a\r\nbé\r\nc", 3, 1, LSPPosition{2, 1}},
		{"lone cr", "a\rbb\rc", 3, 0, LSPPosition{2, 0}},
		{"past end of line", "ab\ncd", 1, 10, LSPPosition{0, 2}},
		{"past end of non-ascii line", "é\ncd", 1, 10, LSPPosition{0, 1}},
		{"at the line break", "é\ncd", 1, 2, LSPPosition{0, 1}},
		{"empty last line", "ab\n", 2, 0, LSPPosition{1, 0}},
		{"line past the end", "ab\ncd", 7, 0, LSPPosition{1, 2}},
		{"line zero", "ab", 0, 5, LSPPosition{0, 0}},
		{"negative column", "ab", 1, -3, LSPPosition{0, 0}},
		{"bom line 1", "\ufeffx = 1", 1, 4, LSPPosition{0, 5}},
		{"bom line 2", "\ufeffx\ny", 2, 1, LSPPosition{1, 1}},
		{"form feed is not a break", "a\fb\nc", 1, 2, LSPPosition{0, 2}},
		{"invalid utf-8 byte", "a\xffb", 1, 2, LSPPosition{0, 2}},
		{"empty text", "", 1, 0, LSPPosition{0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := NewLineIndex(c.src).ToLSP(c.line, c.col); got != c.want {
				t.Errorf("ToLSP(%d, %d) in %q = %+v, want %+v", c.line, c.col, c.src, got, c.want)
			}
		})
	}
}

func TestLineIndexFromLSP(t *testing.T) {
	cases := []struct {
		name      string
		src       string
		pos       LSPPosition
		line, col int // CPython
	}{
		{"ascii", "ab\ncd", LSPPosition{1, 1}, 2, 1},
		{"astral char", "s = '😀'", LSPPosition{0, 7}, 1, 9},
		{"between surrogate halves", "'😀'", LSPPosition{0, 2}, 1, 1},
		{"after astral char", "'😀'", LSPPosition{0, 3}, 1, 5},
		{"crlf", "a\r\nbé\r\nc", LSPPosition{1, 2}, 2, 3},
		{"lone cr", "a\rbb\rc", LSPPosition{1, 2}, 2, 2},
		{"past end of line", "ab\ncd", LSPPosition{0, 9}, 1, 2},
		{"past end of non-ascii line", "éé\ncd", LSPPosition{0, 9}, 1, 4},
		{"line past the end", "ab\ncd", LSPPosition{5, 0}, 2, 2},
		{"negative line", "ab", LSPPosition{-1, 0}, 1, 0},
		{"bom itself", "\ufeffx", LSPPosition{0, 0}, 1, 0},
		{"after bom", "\ufeffxy", LSPPosition{0, 2}, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line, col := NewLineIndex(c.src).FromLSP(c.pos)
			if line != c.line || col != c.col {
				t.Errorf("FromLSP(%+v) in %q = (%d, %d), want (%d, %d)", c.pos, c.src, line, col, c.line, c.col)
			}
		})
	}
}

func TestLineIndexOffsets(t *testing.T) {
	src := "\ufeffab\r\ncé\rd\n"
	x := NewLineIndex(src)
	if x.LineCount() != 4 {
		t.Fatalf("LineCount = %d, want 4", x.LineCount())
	}
	for _, c := range []struct{ line, col, off int }{{1, 0, 3}, {1, 2, 5}, {2, 0, 7}, {2, 3, 10}, {3, 0, 11}, {4, 0, 13}} {
		if got := x.Offset(c.line, c.col); got != c.off {
			t.Errorf("Offset(%d, %d) = %d, want %d", c.line, c.col, got, c.off)
		}
		if l, col := x.Position(c.off); l != c.line || col != c.col {
			t.Errorf("Position(%d) = (%d, %d), want (%d, %d)", c.off, l, col, c.line, c.col)
		}
	}
	if l, col := x.Position(6); l != 1 || col != 2 {
		t.Errorf("Position inside CRLF = (%d, %d), want (1, 2)", l, col)
	}
	if got := x.Line(2); got != "cé" {
		t.Errorf("Line(2) = %q", got)
	}
}

func TestPythonOffset(t *testing.T) {
	for _, c := range []struct {
		line      string
		col, want int
	}{{"x = (", 4, 5}, {"é = (", 5, 5}, {"'😀' $", 7, 5}, {"'😀' $", 5, 3}, {"ab", 9, 3}, {"", 0, 1}} {
		if got := PythonOffset(c.line, c.col); got != c.want {
			t.Errorf("PythonOffset(%q, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

// TestLineIndexAgainstReference compares every character boundary of
// random texts with a direct computation, and checks the round trip.
func TestLineIndexAgainstReference(t *testing.T) {
	pieces := []string{"a", "b", " ", "é", "€", "😀", "\n", "\r\n", "\r", "\t", "\U00010348"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		x := NewLineIndex(src)
		lines := splitLinesReference(src)
		if x.LineCount() != len(lines) {
			t.Fatalf("%q: LineCount = %d, want %d", src, x.LineCount(), len(lines))
		}
		for li, line := range lines {
			units := 0
			for bi, r := range line + "\x00" { // the extra rune visits the line's end
				want := LSPPosition{Line: li, Character: units}
				if got := x.ToLSP(li+1, bi); got != want {
					t.Fatalf("%q: ToLSP(%d, %d) = %+v, want %+v", src, li+1, bi, got, want)
				}
				if gl, gc := x.FromLSP(want); gl != li+1 || gc != bi {
					t.Fatalf("%q: FromLSP(%+v) = (%d, %d), want (%d, %d)", src, want, gl, gc, li+1, bi)
				}
				if gl, gc := x.Position(x.Offset(li+1, bi)); gl != li+1 || gc != bi {
					t.Fatalf("%q: Position(Offset(%d, %d)) = (%d, %d)", src, li+1, bi, gl, gc)
				}
				units += len(utf16.Encode([]rune{r}))
			}
		}
	}
}

// splitLinesReference splits text at \r\n, \r and \n the obvious way.
func splitLinesReference(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

func BenchmarkLineIndex(b *testing.B) {
	src := strings.Repeat("def f(x):\n    return 'héllo 😀' + x\r\n", 10000)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		x := NewLineIndex(src)
		for l := 1; l <= x.LineCount(); l += 7 {
			x.FromLSP(x.ToLSP(l, 20))
		}
	}
}
