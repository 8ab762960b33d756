package pystr

// Error is a Python exception raised by a str operation: Type is the
// exception class name ("ValueError", "TypeError", "OverflowError", ...) and
// Msg is CPython's message text, byte for byte.
type Error struct {
	Type string
	Msg  string
}

// Error returns "Type: Msg", as a traceback's last line shows it.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

// NewError returns an *Error of the given Python exception type.
func NewError(typ, msg string) *Error { return &Error{Type: typ, Msg: msg} }

func valueError(msg string) *Error { return &Error{Type: "ValueError", Msg: msg} }
