package profile

import "fmt"

// Frame is one Python frame of a sampled stack, as the engine reports it.
type Frame struct {
	// Function is the qualified name, as Python's __qualname__ spells it:
	// "<module>", "Class.method", "outer.<locals>.inner".
	Function string
	// File is the script path as the engine shows it in tracebacks.
	File string
	// Line is the 1-based line being executed (the call site for callers).
	Line int
	// StartLine is the 1-based line of the function's def (1 for <module>).
	StartLine int
	// Tier is where this frame was running when the sample was taken.
	Tier Tier
	// JIT is the JIT's state for the function at the time of the sample.
	JIT JITState
}

// Tier says which execution tier ran a frame.
type Tier uint8

// Execution tiers.
const (
	TierInterpreter Tier = iota // bytecode interpreter
	TierNative                  // native x86-64 code from the JIT
)

// String returns the tier's label value: "interpreter" or "native".
func (t Tier) String() string {
	switch t {
	case TierInterpreter:
		return "interpreter"
	case TierNative:
		return "native"
	}
	return fmt.Sprintf("tier(%d)", uint8(t))
}

// JITState is what the JIT has done with a function so far.
type JITState uint8

// JIT states. The zero value is JITInterpreted: nothing attempted yet.
const (
	JITInterpreted JITState = iota // not (yet) considered for compilation
	JITCompiled                    // compiled to native code
	JITNotCompiled                 // the JIT tried and refused (see the run report's reason)
	JITDeoptimized                 // was compiled, a guard failed, now back in the interpreter
)

// String returns the state's label value, e.g. "not-compiled".
func (j JITState) String() string {
	switch j {
	case JITInterpreted:
		return "interpreted"
	case JITCompiled:
		return "compiled"
	case JITNotCompiled:
		return "not-compiled"
	case JITDeoptimized:
		return "deoptimized"
	}
	return fmt.Sprintf("jit(%d)", uint8(j))
}

// State says what the engine was doing when a sample was taken.
type State uint8

// Sample states. The zero value is StateCPU.
const (
	StateCPU   State = iota // running Python code or a builtin
	StateIO                 // blocked in I/O (read, write, accept, ...)
	StateSleep              // sleeping (time.sleep)
	numStates
)

// String returns the state's label value: "cpu", "io" or "sleep".
func (s State) String() string {
	switch s {
	case StateCPU:
		return "cpu"
	case StateIO:
		return "io"
	case StateSleep:
		return "sleep"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}
