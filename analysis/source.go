package analysis

import (
	"bytes"

	"jitlens/analysis/syntax"
)

// source gives the text behind syntax spans.
type source struct {
	src        []byte
	lineStarts []int // byte offset of each line's start; lineStarts[0] is line 1
}

func newSource(src []byte) *source {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &source{src: src, lineStarts: starts}
}

// offset converts a 1-based line and 0-based byte column to a byte offset,
// clamped to the source.
func (s *source) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(s.lineStarts) {
		return len(s.src)
	}
	return min(s.lineStarts[line-1]+col, len(s.src))
}

// text returns the source of a span; a multi-line span is cut at the end of
// its first line and marked with "...".
func (s *source) text(p *syntax.Pos) string {
	start := s.offset(p.Lineno, p.ColOffset)
	end := s.offset(p.EndLineno, p.EndColOffset)
	if end < start {
		return ""
	}
	t := s.src[start:end]
	if i := bytes.IndexAny(t, "\r\n"); i >= 0 {
		return string(bytes.TrimRight(t[:i], " \t")) + " ..."
	}
	return string(t)
}

// line returns the text of a 1-based line without its line ending.
func (s *source) line(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	end := len(s.src)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n]
	}
	return string(bytes.TrimRight(s.src[s.lineStarts[n-1]:end], "\r\n"))
}

// indent returns the leading white space of a 1-based line.
func (s *source) indent(n int) string {
	l := s.line(n)
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return l[:i]
}
