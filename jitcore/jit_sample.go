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
		if m, ok := fr.Mark(); ok {
			pc = int64(m) + 1
		}
	}
	js.sample.pc.Store(pc)
	js.sample.frame.Store(fr)
}

// nativePoll is the poll hook of native code for interpreter frame f at the
// back-edge (or call) pc: a sample is charged to the line the timer saw the
// running frame in, when it saw this frame.
func (vm *VM) nativePoll(f *Frame, pc int) error {
	if js := vm.jit; js != nil {
		if fr := js.active.Load(); fr != nil && js.sample.frame.Load() == fr {
			if m := js.sample.pc.Load(); m > 0 && int(m-1) < len(f.code.Instrs) {
				pc = int(m - 1)
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
