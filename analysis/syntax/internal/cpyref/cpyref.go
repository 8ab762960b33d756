// Package cpyref formats jitlens's parse results the way the CPython
// reference scripts (testdata/syntax/regen.py and stdlibcheck's
// reference.py) format CPython's, so that the two compare byte for byte.
package cpyref

import (
	"fmt"
	"runtime/debug"
	"strings"

	"jitlens/analysis/syntax"
)

// NoLocation ends an error result for which CPython gives no position; any
// position of ours then matches.
const NoLocation = "line None, offset None\n"

// Outcome parses src as CPython's ast.parse(src, mode=...) would and
// returns the result text: the dump (with positions if asked) and a
// newline, or the first error as FormatError writes it. ok reports whether
// the source parsed.
func Outcome(path string, src []byte, mode syntax.Mode, positions bool) (text string, ok bool) {
	tree, errs := syntax.ParseMode(path, src, mode)
	if len(errs) > 0 {
		return FormatError(errs[0]), false
	}
	return syntax.Dump(tree, positions) + "\n", true
}

// SafeOutcome is Outcome with a panic in the parser turned into a result
// that never equals CPython's: "PANIC: value" and the top of the stack.
func SafeOutcome(path string, src []byte, mode syntax.Mode, positions bool) (text string, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			stack := strings.Split(string(debug.Stack()), "\n")
			text, ok = fmt.Sprintf("PANIC: %v\n%s\n", p, strings.Join(stack[min(5, len(stack)):min(25, len(stack))], "\n")), false
		}
	}()
	return Outcome(path, src, mode, positions)
}

// ModeOf returns the parse mode of a differential snippet, from its name
// as testdata/syntax/regen.py reads it: "eval_..." and "single_..." name
// eval and single mode snippets.
func ModeOf(name string) syntax.Mode {
	switch {
	case strings.HasPrefix(name, "eval_"):
		return syntax.ModeEval
	case strings.HasPrefix(name, "single_"):
		return syntax.ModeSingle
	}
	return syntax.ModeExec
}

// FormatError writes an error as "KIND: MESSAGE\nline L, offset O\n", the
// offset being CPython's 1-based character column.
func FormatError(e *syntax.SyntaxError) string {
	offset := e.Pos.ColOffset + 1
	if e.Text != "" {
		offset = syntax.PythonOffset(e.Text, e.Pos.ColOffset)
	}
	return fmt.Sprintf("%s: %s\nline %d, offset %d\n", e.Kind, e.Msg, e.Pos.Lineno, offset)
}

// Equal compares our result text with CPython's, honouring NoLocation.
func Equal(ours, cpython string) bool {
	if strings.HasSuffix(cpython, NoLocation) {
		if i := strings.LastIndex(ours, "\nline "); i >= 0 {
			ours = ours[:i+1] + NoLocation
		}
	}
	return ours == cpython
}

// FirstDifference describes where two result texts first differ: the byte
// offset, the source line of the innermost node before it (from the last
// "lineno=" in a dump), and both texts around it.
func FirstDifference(ours, cpython string) string {
	i := 0
	for i < len(ours) && i < len(cpython) && ours[i] == cpython[i] {
		i++
	}
	if i == len(ours) && i == len(cpython) {
		return "texts are equal"
	}
	from := max(0, i-80)
	return fmt.Sprintf("first difference at byte %d (source line %s):\n   ours: …%s\ncpython: …%s",
		i, sourceLineBefore(cpython, i), excerpt(ours, from, i+80), excerpt(cpython, from, i+80))
}

// sourceLineBefore returns the value of the last "lineno=" before offset i
// of a dump, or "?" if there is none.
func sourceLineBefore(dump string, i int) string {
	j := strings.LastIndex(dump[:min(i, len(dump))], "lineno=")
	if j < 0 || (j > 0 && dump[j-1] == '_') {
		// end_lineno=: look further back for a plain lineno=.
		for j > 0 {
			j = strings.LastIndex(dump[:j], "lineno=")
			if j <= 0 || dump[j-1] != '_' {
				break
			}
		}
		if j < 0 {
			return "?"
		}
	}
	k := j + len("lineno=")
	e := k
	for e < len(dump) && dump[e] >= '0' && dump[e] <= '9' {
		e++
	}
	if e == k {
		return "?"
	}
	return dump[k:e]
}

func excerpt(s string, from, to int) string {
	from = min(from, len(s))
	to = min(to, len(s))
	return strings.ReplaceAll(s[from:to], "\n", "⏎")
}
