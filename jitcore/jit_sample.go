package jitcore

import (
	"sync/atomic"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Profiler samples of native code. Native code polls only at back-edges,
// so a sample recorded at a poll would charge the whole loop body to the
// back-edge's line. When a profiler is attached (VM.Sample is set before
// the code is compiled), the translator starts each source line of
// compiled code with an OpMark, which stores the line's first bytecode
// offset in the native frame's context. The timer's RequestSample reads
// the running frame's mark at the moment it fires (noteNativeMark), and
// the poll that follows records the sample at that offset (nativePoll):
// the line native code was running when the tick came, like a program
// counter sample.
//
// Where it can (Linux on x86-64), the VM takes a real program counter
// sample instead (native.ThreadPC): the tick signals the engine thread,
// whose handler notes the instruction pointer, and the poll maps it to
// the line through the code's mark table. The marks then cost nothing at
// run time: a profiled run runs the machine code an unprofiled one does.

// nativeSample is where native code was when the timer last fired.
type nativeSample struct {
	frame atomic.Pointer[native.Frame] // the native frame running then; nil if none
	pc    atomic.Int64                 // its mark plus one; 0 if it had none
}

// noteNativeMark records the running native frame's mark; called by
// RequestSample on the timer's goroutine before it raises the flag.
func (vm *VM) noteNativeMark() {
	js := vm.jit
	if js == nil {
		return
	}
	fr := js.active.Load()
	var pc int64
	if fr != nil {
		if js.pcs != nil {
			// the poll maps the engine thread's instruction pointer
			if js.pcs.Signal() == nil {
				pc = pcSampled
			}
		} else if m, ok := fr.Mark(); ok {
			pc = int64(m) + 1
		}
	}
	js.sample.pc.Store(pc)
	js.sample.frame.Store(fr)
}

// pcSampled in nativeSample.pc: the tick signalled the engine thread for
// its instruction pointer, which the poll takes (js.pcs).
const pcSampled = -1

// startPCSampling sets the VM up to sample native code's instruction
// pointer on the calling thread, which must be locked to the run's
// goroutine; without it (another system, no alternate signal stack)
// native code stores marks instead.
func (vm *VM) startPCSampling() {
	if vm.jit == nil {
		return
	}
	if sampleByMarks {
		return
	}
	if pcs, err := native.NewThreadPC(); err == nil {
		vm.jit.pcs = pcs
	}
}

// sampleByMarks makes native code store marks even where instruction
// pointer samples work: for tests of that way.
var sampleByMarks = false

// sampledMark is the bytecode offset the tick found frame fr at, from
// its mark or its instruction pointer.
func (js *jitState) sampledMark(fr *native.Frame) (int, bool) {
	m := js.sample.pc.Load()
	if m == pcSampled {
		pc, ok := js.pcs.Take()
		if !ok {
			return 0, false
		}
		id, ok := fr.Code().MarkAt(pc)
		return int(id), ok
	}
	return int(m - 1), m > 0
}

// nativePoll is the poll hook of native code for interpreter frame f at the
// back-edge (or call) pc: a sample is charged to the line the timer saw the
// running frame in, when it saw this frame.
func (vm *VM) nativePoll(f *Frame, pc int) error {
	if js := vm.jit; js != nil {
		if fr := js.active.Load(); fr != nil && js.sample.frame.Load() == fr {
			if m, ok := js.sampledMark(fr); ok && m >= 0 && m < len(f.code.Instrs) {
				pc = m
			}
		}
	}
	return vm.poll(f, pc)
}

// markLine starts the block of instruction pc with an OpMark when pc is
// where a source line starts and the profiler is attached. A loop header
// gets none (the code generator rotates a loop whose header holds only its
// test): the instruction after it takes the mark. Marks are
// left out of inlined bodies, whose exits and polls are the caller's CALL.
func (t *translator) markLine(b *native.Block, pc int) {
	if !t.marks || t.inline != nil || t.callee != nil {
		return
	}
	code := t.code
	line := code.Locs[pc].Line
	if line <= 0 || isLoopHeader(code, pc) {
		return
	}
	if pc > 0 && code.Locs[pc-1].Line == line && !isLoopHeader(code, pc-1) {
		return // inside a line
	}
	b.Mark(int32(pc))
}

// isLoopHeader reports whether a back-edge (a JUMP backwards) targets pc.
func isLoopHeader(code *bc.Code, pc int) bool {
	for q := pc; q < len(code.Instrs); q++ {
		if in := code.Instrs[q]; in.Op == bc.JUMP && int(in.Arg) == pc {
			return true
		}
	}
	return false
}
