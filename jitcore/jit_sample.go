package jitcore

import (
	"sync/atomic"
	"time"

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
	if vm.sampleTimer != nil { // the timer's ThreadPC notes the PC at each tick
		vm.jit.pcs = vm.sampleTimer
		return
	}
	if sampleByMarks {
		return
	}
	if pcs, err := native.NewThreadPC(); err == nil {
		vm.jit.pcs = pcs
	}
}

// StartSampleTimer starts a kernel timer that ticks every period on the
// calling thread, which must be the one the script will run on, locked to
// its goroutine until StopSampleTimer. Each tick does what RequestSample
// does, in the thread's signal handler: it notes the instruction pointer
// of native code, raises the VM's interrupt flag and due (when not nil),
// and makes running native code poll; no other thread wakes up. It
// reports false where that cannot be done (another system, no alternate
// signal stack): the caller then ticks with RequestSample from a timer of
// its own. Call it before Run's script starts, from Options.Setup.
func (vm *VM) StartSampleTimer(period time.Duration, due *atomic.Uint32) bool {
	if vm.sampleTimer != nil {
		return false
	}
	pcs, err := native.NewThreadPC()
	if err != nil {
		return false
	}
	to := native.TimerTargets{Flag: &vm.interrupt.v, FlagValue: interruptSample, Due: due}
	if vm.jit != nil {
		to.Active = &vm.jit.active
	}
	if pcs.StartTimer(period, to) != nil {
		return false
	}
	vm.sampleTimer = pcs
	return true
}

// StopSampleTimer stops the timer StartSampleTimer started, on the same
// thread, and returns how many times it ticked; 0 if none ran.
func (vm *VM) StopSampleTimer() uint64 {
	if vm.sampleTimer == nil {
		return 0
	}
	n := vm.sampleTimer.StopTimer()
	vm.sampleTimer = nil
	return n
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
		if fr := js.active.Load(); fr != nil {
			m, ok := 0, false
			if vm.sampleTimer != nil {
				// the tick's signal noted where it interrupted; a tick
				// that interrupted other code maps to no mark of fr's
				if at, took := js.pcs.Take(); took {
					var id int32
					id, ok = fr.Code().MarkAt(at)
					m = int(id)
				}
			} else if js.sample.frame.Load() == fr {
				m, ok = js.sampledMark(fr)
			}
			if ok && m >= 0 && m < len(f.code.Instrs) {
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
