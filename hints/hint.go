// Package hints turns what is known about a script (the analysis facts,
// and after a run its profile and the JIT's events) into hints: a short list
// of changes that would make the script faster, each on the lines where it
// belongs, with its evidence and, where a safe edit exists, the edit.
//
// Every rule weighs measured time: with a run report, nothing is suggested
// for code that holds less than a small share of the run. Without one
// (static hints), only code the user already marked as performance-critical
// (@njit, @jit, Cython decorators) is examined.
package hints

import (
	"jitlens/analysis/syntax"
)

// Kind names a rule. The names are part of the CLI's and the server's output.
type Kind string

// The rules.
const (
	HotSpot           Kind = "hot-spot"
	TypeUnstable      Kind = "type-unstable"
	NjitCandidate     Kind = "njit-candidate"
	ParallelCandidate Kind = "parallel-candidate"
	IOBound           Kind = "io-bound"
	NumbaBlocker      Kind = "numba-blocker"
	CythonCandidate   Kind = "cython-candidate"
)

// Kinds lists every rule, in the order hints of equal weight are shown.
var Kinds = []Kind{HotSpot, IOBound, TypeUnstable, NjitCandidate, ParallelCandidate, NumbaBlocker, CythonCandidate}

// Severity says how much a hint matters, from its measured weight.
type Severity string

// Severities, from the most to the least pressing (they map onto LSP's
// Warning, Information and Hint).
const (
	Warning     Severity = "warning"
	Information Severity = "information"
	Hinted      Severity = "hint"
)

// Range is a source span in the syntax tree's convention: 1-based lines,
// 0-based UTF-8 byte columns, end exclusive.
type Range struct {
	Start, End Point
}

// Point is a 1-based line and 0-based byte column.
type Point struct {
	Line, Col int
}

// span converts a syntax position to a Range.
func span(p *syntax.Pos) Range {
	return Range{Start: Point{p.Lineno, p.ColOffset}, End: Point{p.EndLineno, p.EndColOffset}}
}

// Hint is one piece of advice.
type Hint struct {
	Kind     Kind
	Severity Severity
	Range    Range
	Function string // qualified name of the function it is about, if any
	Message  string
	Evidence Evidence
	Related  []Related // other places that matter, e.g. each blocking construct
	Fixes    []Fix
}

// Evidence is what a hint rests on. Zero fields are omitted from output.
type Evidence struct {
	Share         float64  `json:"share,omitempty"`          // of the run's time, 0..1
	FunctionShare float64  `json:"function_share,omitempty"` // of the function's time, 0..1
	Samples       int64    `json:"samples,omitempty"`
	Tier          string   `json:"tier,omitempty"`           // "interpreter", "native" or "mixed"
	JIT           string   `json:"jit,omitempty"`            // what the JIT did with the function
	Types         []string `json:"types,omitempty"`          // e.g. ["int (line 2)", "float (line 4)"]
	Blockers      []string `json:"blockers,omitempty"`       // constructs that block a compiler
	IOShare       float64  `json:"io_share,omitempty"`       // of the line's or function's time
	Measured      bool     `json:"measured"`                 // backed by a run, not only by reading the code
	Specialized   string   `json:"specialization,omitempty"` // the failed specialization, if any
}

// Related is a secondary location of a hint.
type Related struct {
	Range   Range
	Message string
}

// Fix is an edit that applies a hint's advice.
type Fix struct {
	Title string
	// Safe fixes keep the program's output for the inputs of the profiled
	// run (for example, the JIT already ran the function natively with the
	// same types); unsafe ones are offered one by one, never in bulk.
	Safe  bool
	Edits []Edit
}

// Edit replaces the text of a range (empty for an insertion).
type Edit struct {
	Range   Range
	NewText string
}
