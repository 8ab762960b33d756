package jitcore

import (
	"sync/atomic"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// The native tier (jit*.go) compiles hot loops by on-stack replacement.
// The interpreter counts the back-edges of each loop (keyed by its header,
// the target of its backward JUMPs); past the threshold the loop's bytecode
// is translated to native IR (jit_translate.go, jit_instr.go) with the
// types its locals hold right then: ints, floats and bools in registers,
// lists of ints, floats or bools read and written in place, calls to small pure
// functions inlined (jit_inline.go). The code is entered at the loop
// header from the back-edge; every exit carries the bytecode offset where
// the interpreter resumes and the registers it needs, and jit_loop.go
// writes them back into the frame (locals, value stack, iterator, lists)
// so that results never differ from the interpreter's. Anything the
// translator does not handle is a NotCompiled event with its span.
//
// Whole functions (jit_func.go) are compiled when their calls pass the
// threshold, or at the first call under @njit/@jit, with native recursion;
// nested range loops keep their iterators in registers; calls of small
// functions are inlined, with their control flow when they have some
// (jit_inline*.go); math functions are instructions or calls out
// (jit_math.go).

// DefaultJITThreshold is how many back-edges a loop takes before the JIT
// tries to compile it.
const DefaultJITThreshold = 1000

// maxLoopRecompiles bounds how often a loop whose types keep changing is
// compiled again before the JIT gives up on it.
const maxLoopRecompiles = 3

// JITOptions configure the native tier of a run. A nil *JITOptions in
// Options means the JIT is on with DefaultJITThreshold.
type JITOptions struct {
	// Off runs on the interpreter alone.
	Off bool
	// Threshold is the number of back-edges of a loop before it is
	// compiled; 0 compiles at the first back-edge.
	Threshold int
	// Log, when set, receives the JIT's events during the run.
	Log *JITLog
}

// jitState is the VM's native tier: loops by code object, the event log
// and the native frame running right now (for interrupts).
type jitState struct {
	threshold int
	log       *JITLog
	loops     map[*bc.Code][]*jitLoop
	lastCode  *bc.Code
	lastLoops []*jitLoop
	active    atomic.Pointer[native.Frame]
	// activeFrame is the interpreter frame whose loop runs natively.
	activeFrame *Frame
	sample      nativeSample // where native code was at the profiler's last tick (jit_sample.go)
	// pcs samples the engine thread's instruction pointer for the
	// profiler; nil without a profiler or where it cannot (marks then)
	pcs       *native.ThreadPC
	codeState map[*bc.Code]JITCodeState
}

// JITCodeState is what the JIT has done with a code object so far.
type JITCodeState uint8

// JIT states of a code object.
const (
	JITInterpreted JITCodeState = iota // nothing attempted yet
	JITCompiled                        // a loop of it runs natively
	JITNotCompiled                     // the JIT refused a loop of it
	JITDeoptimized                     // a guard of its native code failed
)

// enableJIT sets up the native tier from opts (nil: defaults).
func (vm *VM) enableJIT(opts *JITOptions) {
	if opts != nil && opts.Off {
		return
	}
	js := &jitState{threshold: DefaultJITThreshold, loops: map[*bc.Code][]*jitLoop{}, codeState: map[*bc.Code]JITCodeState{}}
	if opts != nil {
		js.threshold = max(opts.Threshold, 0)
		js.log = opts.Log
	}
	if js.log == nil {
		js.log = &JITLog{}
	}
	vm.jit = js
}

// JITLog returns the JIT's events so far (nil when the JIT is off).
func (vm *VM) JITLog() *JITLog {
	if vm.jit == nil {
		return nil
	}
	return vm.jit.log
}

// FrameTier reports whether f is running native code right now and what
// the JIT has done with its code; for the profiler's samples.
func (vm *VM) FrameTier(f *Frame) (native bool, state JITCodeState) {
	if vm.jit == nil {
		return false, JITInterpreted
	}
	return vm.jit.activeFrame == f && f != nil, vm.jit.codeState[f.code]
}

// interruptNative makes running native code leave at its next back-edge,
// where it polls the VM's interrupt flag. Safe from any goroutine.
func (vm *VM) interruptNative() {
	if vm.jit == nil {
		return
	}
	if fr := vm.jit.active.Load(); fr != nil {
		fr.Interrupt()
	}
}

// loopsOf returns the per-header loop table of code.
func (js *jitState) loopsOf(code *bc.Code) []*jitLoop {
	if js.lastCode == code {
		return js.lastLoops
	}
	l, ok := js.loops[code]
	if !ok {
		l = make([]*jitLoop, len(code.Instrs))
		js.loops[code] = l
	}
	js.lastCode, js.lastLoops = code, l
	return l
}

func (js *jitState) setCodeState(code *bc.Code, s JITCodeState) {
	if s > js.codeState[code] || s == JITCompiled {
		js.codeState[code] = s
	}
}

// jitBackEdge is called by the interpreter at a back-edge (the JUMP at jpc
// to header) with the frame's stack pointer. When the loop runs natively
// it returns ok with where the interpreter goes on: the resume pc, the
// stack pointer, and an exception to raise at pc-1 (KeyboardInterrupt from
// a poll).
func (vm *VM) jitBackEdge(f *Frame, sp, jpc, header int) (pc, nsp int, err error, ok bool) {
	js := vm.jit
	loops := js.loopsOf(f.code)
	lp := loops[header]
	if lp == nil {
		lp = &jitLoop{header: header, end: lastBackEdge(f.code, header, jpc)}
		loops[header] = lp
	}
	if !lp.closedChecked { // a reduction with a formula needs no native code (jit_closedform.go)
		lp.closedChecked = true
		lp.closed = recognizeClosedForm(f.code, header, lp.end)
	}
	if lp.closed != nil {
		if !vm.runClosedForm(f, sp, lp.closed) {
			lp.closed = nil // not over a range of ints: the loop runs as it is
		} else {
			if !lp.closedLogged {
				lp.closedLogged = true
				js.event(f.code, JITEvent{Kind: EventCompiled, Span: f.code.Locs[header], Signature: "closed form: " + lp.closed.names})
			}
			return header, sp, nil, true
		}
	}
	switch lp.status {
	case loopRefused:
		return 0, 0, nil, false
	case loopCounting:
		lp.count++
		if lp.count <= js.threshold && !cythonLoopReady(f) { // Cython's declarations: at once (jit_cython.go)
			return 0, 0, nil, false
		}
		vm.compileLoop(f, sp, lp)
		if lp.status != loopCompiled {
			return 0, 0, nil, false
		}
	}
	if !lp.canEnter(f, sp) {
		if lp.waitsForLocal(f) {
			return 0, 0, nil, false // not assigned yet in this call: enter later (jit_slice.go)
		}
		// the types changed since the compile: try again later with the new ones
		lp.status, lp.count, lp.compiled = loopCounting, 0, nil
		lp.recompiles++
		if lp.recompiles > maxLoopRecompiles {
			lp.status = loopRefused
			js.notCompiled(f.code, header, "types of the loop's variables keep changing", f.code.Locs[header])
		}
		return 0, 0, nil, false
	}
	if len(lp.compiled.funcs) > 0 && vm.depth+1 >= vm.recursionLimit {
		return 0, 0, nil, false // the inlined call must raise RecursionError
	}
	return vm.runLoop(f, sp, lp)
}

// lastBackEdge returns the last JUMP back to header (a `continue` is an
// earlier one), the end of the loop's region.
func lastBackEdge(code *bc.Code, header, jpc int) int {
	end := jpc
	for pc := jpc + 1; pc < len(code.Instrs); pc++ {
		if in := code.Instrs[pc]; in.Op == bc.JUMP && int(in.Arg) == header {
			end = pc
		}
	}
	return end
}
