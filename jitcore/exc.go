package jitcore

import (
	"fmt"

	"jitlens/jitcore/bytecode"
	"jitlens/jitcore/pystr"
)

// Exception is a Python exception instance (of a built-in exception class
// or a user subclass). It travels through the engine as a Go error.
type Exception struct {
	cls      *Type
	args     []Value
	dict     *Dict
	tb       []tbEntry // innermost first
	cause    Value     // __cause__ (Null means None)
	context  *Exception
	suppress bool // __suppress_context__
	// attrName/attrObj are AttributeError's name and obj (NameError's
	// name), used for "Did you mean" suggestions.
	attrName    string
	attrObj     Value
	nameGlobals *Dict
	// excs is a BaseExceptionGroup's exceptions tuple (excgroup.go)
	excs []Value
}

// tbEntry is one traceback line: a frame's code and instruction.
type tbEntry struct {
	code *bytecode.Code
	pc   int
}

func (e *Exception) pyType() *Type { return e.cls }

func (e *Exception) Error() string {
	return e.cls.Name + ": " + excStrNoVM(e)
}

func excStrNoVM(e *Exception) string {
	switch len(e.args) {
	case 0:
		return ""
	case 1:
		if s, ok := asStr(e.args[0]); ok {
			return s
		}
		return fmt.Sprint(e.args[0])
	}
	return fmt.Sprint(e.args)
}

// exception classes, in dependency order
var (
	excTypes                []*Type
	BaseExceptionType       = mkExcType("BaseException", ObjectType)
	GeneratorExitType       = mkExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType   = mkExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType          = mkExcType("SystemExit", BaseExceptionType)
	ExceptionType           = mkExcType("Exception", BaseExceptionType)
	ArithmeticErrorType     = mkExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = mkExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = mkExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = mkExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = mkExcType("AssertionError", ExceptionType)
	AttributeErrorType      = mkExcType("AttributeError", ExceptionType)
	BufferErrorType         = mkExcType("BufferError", ExceptionType)
	EOFErrorType            = mkExcType("EOFError", ExceptionType)
	ImportErrorType         = mkExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = mkExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = mkExcType("LookupError", ExceptionType)
	IndexErrorType          = mkExcType("IndexError", LookupErrorType)
	KeyErrorType            = mkExcType("KeyError", LookupErrorType)
	MemoryErrorType         = mkExcType("MemoryError", ExceptionType)
	NameErrorType           = mkExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = mkExcType("UnboundLocalError", NameErrorType)
	OSErrorType             = mkExcType("OSError", ExceptionType)
	ConnectionErrorType     = mkExcType("ConnectionError", OSErrorType)
	FileExistsErrorType     = mkExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType   = mkExcType("FileNotFoundError", OSErrorType)
	IsADirectoryErrorType   = mkExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType  = mkExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType     = mkExcType("PermissionError", OSErrorType)
	TimeoutErrorType        = mkExcType("TimeoutError", OSErrorType)
	ReferenceErrorType      = mkExcType("ReferenceError", ExceptionType)
	RuntimeErrorType        = mkExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType = mkExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = mkExcType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType  = mkExcType("StopAsyncIteration", ExceptionType)
	StopIterationType       = mkExcType("StopIteration", ExceptionType)
	SyntaxErrorType         = mkExcType("SyntaxError", ExceptionType)
	IndentationErrorType    = mkExcType("IndentationError", SyntaxErrorType)
	TabErrorType            = mkExcType("TabError", IndentationErrorType)
	SystemErrorType         = mkExcType("SystemError", ExceptionType)
	TypeErrorType           = mkExcType("TypeError", ExceptionType)
	ValueErrorType          = mkExcType("ValueError", ExceptionType)
	UnicodeErrorType        = mkExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = mkExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = mkExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = mkExcType("Warning", ExceptionType)
	UserWarningType         = mkExcType("UserWarning", WarningType)
	DeprecationWarningType  = mkExcType("DeprecationWarning", WarningType)
	RuntimeWarningType      = mkExcType("RuntimeWarning", WarningType)
)

func mkExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.exc = true
	excTypes = append(excTypes, t)
	return t
}

// newExc creates an exception of type t with a single str message.
func newExc(t *Type, msg string) *Exception {
	return &Exception{cls: t, args: []Value{Str(msg)}}
}

func newExcf(t *Type, format string, a ...any) *Exception {
	return newExc(t, fmt.Sprintf(format, a...))
}

func newTypeError(msg string) *Exception  { return newExc(TypeErrorType, msg) }
func newValueError(msg string) *Exception { return newExc(ValueErrorType, msg) }
func newIndexError(msg string) *Exception { return newExc(IndexErrorType, msg) }
func newAttributeError(msg string) *Exception {
	return newExc(AttributeErrorType, msg)
}

func typeErrorf(format string, a ...any) *Exception {
	return newExcf(TypeErrorType, format, a...)
}

func newKeyError(k Value) *Exception { return &Exception{cls: KeyErrorType, args: []Value{k}} }

func newStopIteration(v Value) *Exception {
	e := &Exception{cls: StopIterationType}
	if !v.IsNull() && !v.IsNone() {
		e.args = []Value{v}
	}
	if v.IsNone() {
		e.args = []Value{}
	}
	return e
}

// stopIterationValue returns StopIteration.value.
func stopIterationValue(e *Exception) Value {
	if e.dict != nil {
		if v, ok := e.dict.getStr("value"); ok {
			return v
		}
	}
	if len(e.args) > 0 {
		return e.args[0]
	}
	return None
}

// isExc reports whether err is a Python exception of class t.
func isExc(err error, t *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.cls.isSubtype(t)
}

// toException converts an error raised by Go code into a Python exception.
func toException(err error) *Exception {
	switch e := err.(type) {
	case *Exception:
		return e
	case *pystr.Error:
		if e.Type == "OverflowError" && e.Msg == "(34, 'Numerical result out of range')" {
			return &Exception{cls: OverflowErrorType, args: []Value{Int(34), Str("Numerical result out of range")}}
		}
		return newExc(excTypeByName(e.Type), e.Msg)
	}
	return newExc(SystemErrorType, err.Error())
}

func excTypeByName(name string) *Type {
	if name == "UnsupportedOperation" {
		return UnsupportedOperationType
	}
	for _, t := range excTypes {
		if t.Name == name {
			return t
		}
	}
	return SystemErrorType
}
