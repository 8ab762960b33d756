package jitcore

import (
	"sync/atomic"

	bc "jitlens/jitcore/bytecode"
)

// codeRT is the interpreter's per-code state: constants converted to
// values once.
type codeRT struct {
	consts []Value
	names  []Value // names as str values (for attribute keys)
	caches []attrCache
	jit    *jitFunc // the native tier's state of the code (jit_func.go)
	// quick is the copy of the instructions the interpreter runs and
	// rewrites; spec their adaptive state (specialize.go)
	quick []bc.Instr
	spec  []specEntry
}

// block is an entry of a frame's block stack.
type block struct {
	kind    uint8 // blockTry or blockHandler
	handler int32
	level   int32
	prevExc *Exception // blockHandler: the exception handled before
}

const (
	blockTry uint8 = iota
	blockHandler
)

// Frame is the activation of a code object. Locals and the value stack
// share one slice: s[:nlocals] are the fast locals, the stack follows.
type Frame struct {
	code    *bc.Code
	rt      *codeRT
	fn      *Function
	globals *Dict
	locals  *Dict // module and class bodies
	// nsMap is a class body's namespace when the metaclass's __prepare__
	// returned a mapping with its own __setitem__ (enum's): STORE_NAME
	// goes through it; locals is the dict underneath
	nsMap   Value
	snap    *Dict // a function's locals() dict, refreshed by each call (CPython's f_locals)
	s       []Value
	sp      int
	pc      int
	lasti   int // instruction being executed
	cells   []*Cell
	blocks  []block
	back    *Frame
	gen     *Generator
	yielded bool
	done    bool
}

// Line returns the source line the frame is executing.
func (f *Frame) Line() int {
	if f.lasti < len(f.code.Locs) {
		return int(f.code.Locs[f.lasti].Line)
	}
	return f.code.FirstLine
}

// Code returns the frame's code object.
func (f *Frame) Code() *bc.Code { return f.code }

// Back returns the calling frame.
func (f *Frame) Back() *Frame { return f.back }

// runtimeOf converts the constants of code once.
func (vm *VM) runtimeOf(code *bc.Code) *codeRT {
	if rt, ok := code.Runtime.(*codeRT); ok {
		return rt
	}
	rt := &codeRT{consts: make([]Value, len(code.Consts)), names: make([]Value, len(code.Names)), caches: make([]attrCache, len(code.Instrs))}
	for i, k := range code.Consts {
		rt.consts[i] = constValue(k)
	}
	for i, n := range code.Names {
		rt.names[i] = Str(n)
	}
	code.Runtime = rt
	return rt
}

// interruptFlag is raised by signal handlers and the profiler; the
// interpreter polls it at back-edges and calls.
type interruptFlag struct{ v atomic.Int32 }

const (
	interruptNone = iota
	interruptKeyboard
	interruptSample
)
