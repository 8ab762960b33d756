package syntax

import "fmt"

// SyntaxError is one syntax error with its span and CPython's wording.
type SyntaxError struct {
	Filename string
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string // CPython's message, e.g. "expected ':'"
	Pos      Pos    // span, CPython convention (1-based line, 0-based byte col)
	Text     string // the offending source line, as CPython's e.text
}

// Error formats the error as "file:line:col: Kind: msg" with a 1-based column.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Lineno, e.Pos.ColOffset+1, e.Kind, e.Msg)
}

// ErrorList is the list of syntax errors of one parse, in the order they
// were found; the first is the one CPython reports.
type ErrorList []*SyntaxError

// Err returns nil for an empty list, else the first error.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l[0]
}

// Error kinds, as CPython's exception class names.
const (
	kindSyntax      = "SyntaxError"
	kindIndentation = "IndentationError"
	kindTab         = "TabError"
)
