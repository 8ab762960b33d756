package jitcore

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	bc "jitlens/jitcore/bytecode"
)

// SpecializationFailure is an instruction the interpreter could not
// specialize, Count times, with why (Kind, e.g. "BINARY_OP +: operands of
// different types: int and float") and the instruction's source span.
type SpecializationFailure struct {
	Kind      string
	Function  string // qualified name
	File      string
	StartLine int // the function's first line
	Span      bc.Loc
	Count     int64
}

type specFailKey struct {
	code *bc.Code
	pc   int
	kind string
}

// specFailure counts one failed attempt at pc of code.
func (l *JITLog) specFailure(code *bc.Code, pc int, kind string) {
	if l.specFails == nil {
		l.specFails = map[specFailKey]int{}
	}
	k := specFailKey{code, pc, kind}
	if i, ok := l.specFails[k]; ok {
		l.FailedSpecializations[i].Count++
		return
	}
	l.specFails[k] = len(l.FailedSpecializations)
	var span bc.Loc
	if pc < len(code.Locs) {
		span = code.Locs[pc]
	}
	l.FailedSpecializations = append(l.FailedSpecializations, SpecializationFailure{
		Kind: kind, Function: code.QualName, File: code.Filename, StartLine: code.FirstLine, Span: span, Count: 1,
	})
}

// TopFailedSpecializations returns up to n failures, most frequent first
// (ties in the order they happened); n <= 0 returns them all.
func (l *JITLog) TopFailedSpecializations(n int) []SpecializationFailure {
	out := append([]SpecializationFailure(nil), l.FailedSpecializations...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// WriteSpecializationTable prints the n most frequent failed
// specializations as a compact table.
func (l *JITLog) WriteSpecializationTable(w io.Writer, n int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	top := l.TopFailedSpecializations(n)
	fmt.Fprintf(tw, "failed specializations\tfunction\tline:col\tcount\n")
	for _, f := range top {
		fmt.Fprintf(tw, "%s\t%s\t%d:%d\t%d\n", f.Kind, f.Function, f.Span.Line, f.Span.Col, f.Count)
	}
	if len(top) == 0 {
		fmt.Fprintf(tw, "-\t(none)\t\t\n")
	} else if rest := len(l.FailedSpecializations) - len(top); rest > 0 {
		fmt.Fprintf(tw, "(%d more)\t\t\t\n", rest)
	}
	return tw.Flush()
}
