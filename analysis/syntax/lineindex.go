package syntax

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// LSPPosition is a position as the Language Server Protocol counts it:
// 0-based line, 0-based column in UTF-16 code units.
type LSPPosition struct {
	Line      int
	Character int
}

// LSPRange is a span in LSP positions; End is exclusive.
type LSPRange struct {
	Start LSPPosition
	End   LSPPosition
}

// LineIndex converts between CPython positions (1-based line, 0-based UTF-8
// byte column, as in Pos) and LSP positions over one source text. Lines end
// at "\n", "\r\n" or a lone "\r", as for both CPython and LSP. A UTF-8 BOM at
// the start of the text is invisible to CPython's columns (CPython strips it)
// but counts as one UTF-16 unit for LSP, as it would in the editor's text.
//
// The index is built in one pass over the text. Finding a line is O(1);
// converting a column is O(1) on an ASCII-only line and O(line length)
// otherwise. A LineIndex is immutable and safe for concurrent use.
type LineIndex struct {
	src    string
	starts []int  // byte offset where each line starts
	ends   []int  // byte offset where each line's content ends (before its break)
	ascii  []bool // whether the line's content is all ASCII
	bom    int    // length of a leading UTF-8 BOM, 0 or 3
}

// NewLineIndex indexes src, which must be the UTF-8 text CPython's columns
// refer to (for a file with a PEP 263 coding declaration, the decoded text).
func NewLineIndex(src string) *LineIndex {
	x := &LineIndex{src: src}
	// Sized at once ("\r" alone rarely ends a line: counted only if it does).
	n := strings.Count(src, "\n") + 1
	if strings.IndexByte(src, '\r') >= 0 {
		n += strings.Count(src, "\r")
	}
	x.starts = make([]int, 0, n)
	x.ends = make([]int, 0, n)
	x.ascii = make([]bool, 0, n)
	if len(src) >= 3 && src[:3] == "\xEF\xBB\xBF" {
		x.bom = 3
	}
	start, ascii := 0, true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c >= utf8.RuneSelf {
			ascii = false
			continue
		}
		if c != '\n' && c != '\r' {
			continue
		}
		x.addLine(start, i, ascii)
		if c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		start, ascii = i+1, true
	}
	x.addLine(start, len(src), ascii)
	x.ascii[0] = x.ascii[0] && x.bom == 0
	return x
}

func (x *LineIndex) addLine(start, end int, ascii bool) {
	x.starts = append(x.starts, start)
	x.ends = append(x.ends, end)
	x.ascii = append(x.ascii, ascii)
}

// LineCount returns the number of lines; text ending in a line break has
// an empty last line after it, as in LSP.
func (x *LineIndex) LineCount() int { return len(x.starts) }

// Line returns the content of 1-based line n without its line break, or ""
// when there is no such line.
func (x *LineIndex) Line(n int) string {
	if n < 1 || n > len(x.starts) {
		return ""
	}
	return x.src[x.starts[n-1]:x.ends[n-1]]
}

// lineContent returns the 0-based line i's content as CPython sees it
// (without a BOM), clamping i into range.
func (x *LineIndex) lineContent(i int) (content string, ascii bool) {
	i = max(0, min(i, len(x.starts)-1))
	start := x.starts[i]
	if i == 0 {
		start += x.bom
	}
	return x.src[start:x.ends[i]], x.ascii[i]
}

// ToLSP converts a CPython position to an LSP position. A column past the
// end of its line maps to the line's end, and a column inside a multi-byte
// character to that character's start. A line before the first maps to the
// start of the text, a line after the last to the end of the text.
func (x *LineIndex) ToLSP(line, col int) LSPPosition {
	if line < 1 {
		return LSPPosition{}
	}
	if line > len(x.starts) {
		last := len(x.starts)
		return x.ToLSP(last, len(x.src))
	}
	content, ascii := x.lineContent(line - 1)
	col = max(0, min(col, len(content)))
	units := col
	if !ascii {
		units = 0
		for i := 0; i < col; {
			r, size := utf8.DecodeRuneInString(content[i:])
			if i+size > col {
				break // col is inside this character: stop at its start
			}
			units += utf16Width(r)
			i += size
		}
	}
	if line == 1 && x.bom > 0 {
		units++ // the BOM is one UTF-16 unit in the editor's text
	}
	return LSPPosition{Line: line - 1, Character: units}
}

// FromLSP converts an LSP position to a CPython position. A character past
// the end of its line maps to the line's end, one between the two halves of
// a surrogate pair to the start of that character; lines out of range are
// handled as in ToLSP.
func (x *LineIndex) FromLSP(p LSPPosition) (line, col int) {
	if p.Line < 0 {
		return 1, 0
	}
	if p.Line >= len(x.starts) {
		last := len(x.starts)
		content, _ := x.lineContent(last - 1)
		return last, len(content)
	}
	content, ascii := x.lineContent(p.Line)
	units := p.Character
	if p.Line == 0 && x.bom > 0 {
		units-- // the BOM has no CPython column
	}
	if units <= 0 {
		return p.Line + 1, 0
	}
	if ascii {
		return p.Line + 1, min(units, len(content))
	}
	for i := 0; i < len(content); {
		r, size := utf8.DecodeRuneInString(content[i:])
		w := utf16Width(r)
		if units < w {
			return p.Line + 1, i
		}
		units -= w
		i += size
		if units == 0 {
			return p.Line + 1, i
		}
	}
	return p.Line + 1, len(content)
}

// RangeToLSP converts a node's span to an LSP range.
func (x *LineIndex) RangeToLSP(p Pos) LSPRange {
	return LSPRange{Start: x.ToLSP(p.Lineno, p.ColOffset), End: x.ToLSP(p.EndLineno, p.EndColOffset)}
}

// Offset returns the byte offset in the text of a CPython position, with
// out-of-range lines and columns clamped as in ToLSP.
func (x *LineIndex) Offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(x.starts) {
		return len(x.src)
	}
	i := line - 1
	start := x.starts[i]
	if i == 0 {
		start += x.bom
	}
	return start + max(0, min(col, x.ends[i]-start))
}

// Position returns the CPython position of a byte offset in the text; an
// offset inside a line break belongs to the end of its line. It takes
// O(log lines).
func (x *LineIndex) Position(offset int) (line, col int) {
	offset = max(0, min(offset, len(x.src)))
	i := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset }) - 1
	start := x.starts[i]
	if i == 0 {
		start += x.bom
	}
	return i + 1, max(0, min(offset, x.ends[i])-start)
}

// utf16Len returns the length of s in UTF-16 code units; an invalid byte
// counts as one unit, as the U+FFFD an editor would show for it.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += utf16Width(r)
		i += size
	}
	return n
}

// utf16Width returns the number of UTF-16 code units of r (an invalid
// byte, decoded as utf8.RuneError, counts as one).
func utf16Width(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// PythonOffset returns the 1-based character column CPython reports as a
// SyntaxError's offset for a 0-based byte column of line: the number of
// characters before the column, plus one (an invalid byte counts as one
// character).
func PythonOffset(line string, col int) int {
	col = max(0, min(col, len(line)))
	n := 0
	for i := 0; i < col; {
		_, size := utf8.DecodeRuneInString(line[i:col])
		i += size
		n++
	}
	return n + 1
}
