package pyfmt

import "jitlens/jitcore/pystr"

// Error is a Python exception: Type is the exception class name
// ("ValueError", "OverflowError", "TypeError", "ZeroDivisionError") and Msg
// is CPython's message, byte for byte. It is the same type as pystr.Error.
type Error = pystr.Error

func valueError(msg string) error    { return &Error{Type: "ValueError", Msg: msg} }
func overflowError(msg string) error { return &Error{Type: "OverflowError", Msg: msg} }
func typeError(msg string) error     { return &Error{Type: "TypeError", Msg: msg} }
func zeroDivError(msg string) error  { return &Error{Type: "ZeroDivisionError", Msg: msg} }

// maxOutput bounds widths and precisions: CPython fails such allocations
// with a MemoryError (whose message is empty) instead of exhausting memory.
const maxOutput = 1 << 30

func memoryError() error { return &Error{Type: "MemoryError"} }
