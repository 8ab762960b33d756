package native

import (
	"fmt"
	"math"
)

func f64bits(v float64) uint64     { return math.Float64bits(v) }
func f64frombits(b uint64) float64 { return math.Float64frombits(b) }

// Value is a typed unboxed value crossing the native/Go boundary.
type Value struct {
	Type Type
	Bits uint64 // int64 two's complement, float64 bits, or 0/1
}

// IntValue returns an Int value.
func IntValue(v int64) Value { return Value{Int, uint64(v)} }

// FloatValue returns a Float value.
func FloatValue(v float64) Value { return Value{Float, f64bits(v)} }

// BoolValue returns a Bool value.
func BoolValue(v bool) Value {
	if v {
		return Value{Bool, 1}
	}
	return Value{Bool, 0}
}

// Int returns v as int64.
func (v Value) Int() int64 { return int64(v.Bits) }

// Float returns v as float64.
func (v Value) Float() float64 { return f64frombits(v.Bits) }

// Bool returns v as bool.
func (v Value) Bool() bool { return v.Bits != 0 }

func (v Value) String() string {
	switch v.Type {
	case Int:
		return fmt.Sprint(v.Int())
	case Float:
		return fmt.Sprint(v.Float())
	case Bool:
		return fmt.Sprint(v.Bool())
	}
	return "none"
}

// ExitKind says why native code (or Interpret) stopped.
type ExitKind uint8

// Exit kinds. Run handles ExitCall and ExitPoll itself and re-enters; it
// returns on the others.
const (
	ExitReturn ExitKind = iota + 1 // finished; Exit.Value holds the result
	ExitDeopt                      // a guard failed: resume in the interpreter at Exit.ID
	ExitError                      // Exit.Err is to be raised at Exit.ID
	ExitCall                       // call out to Go (seen by callers only when the hook fails)
	ExitPoll                       // fuel ran out or the interrupt flag was set
)

var exitNames = [...]string{ExitReturn: "return", ExitDeopt: "deopt", ExitError: "error", ExitCall: "call", ExitPoll: "poll"}

func (k ExitKind) String() string {
	if int(k) < len(exitNames) && exitNames[k] != "" {
		return exitNames[k]
	}
	return fmt.Sprintf("exit(%d)", uint8(k))
}

// ErrKind is the Python exception an ExitError stands for.
type ErrKind uint8

// Error kinds.
const (
	ErrZeroDivision  ErrKind = iota + 1 // ZeroDivisionError
	ErrIndex                            // IndexError
	ErrNegativeShift                    // ValueError: negative shift count
	ErrMathDomain                       // ValueError: math domain error
)

var errNames = [...]string{ErrZeroDivision: "ZeroDivisionError", ErrIndex: "IndexError",
	ErrNegativeShift: "ValueError(negative shift count)", ErrMathDomain: "ValueError(math domain error)"}

func (k ErrKind) String() string {
	if int(k) < len(errNames) && errNames[k] != "" {
		return errNames[k]
	}
	return fmt.Sprintf("err(%d)", uint8(k))
}

// Exit describes how a run ended.
type Exit struct {
	Kind  ExitKind
	Err   ErrKind // for ExitError
	ID    int32   // the exiting instruction's ID
	Value Value   // for ExitReturn (Type 0 when the function returns nothing)
}

func (e Exit) String() string {
	switch e.Kind {
	case ExitReturn:
		return "return " + e.Value.String()
	case ExitError:
		return fmt.Sprintf("error %v at %d", e.Err, e.ID)
	}
	return fmt.Sprintf("%v at %d", e.Kind, e.ID)
}

// Hooks are the Go side of exits that resume.
type Hooks struct {
	// Call runs Go function fn (an OpCall's Imm) and returns its result
	// (ignored when the call has no Dst). An error ends the run.
	Call func(fn int, args []Value) (Value, error)
	// Poll is called when the interrupt flag was set (profiler tick,
	// cancellation), with the ID of the back-edge that polled. An error
	// ends the run.
	Poll func(id int32) error
}
