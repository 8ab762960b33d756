package jitcore

import (
	"bufio"
	"io"

	"jitlens/jitcore/native"
)

// VM is one Python interpreter: its builtins, modules, streams and the
// current frame stack.
type VM struct {
	builtins       *Dict
	modules        map[string]*Module
	stdout         *bufio.Writer
	stdoutRaw      io.Writer
	stderr         io.Writer
	stdin          *bufio.Reader
	depth          int
	recursionLimit int
	frame          *Frame
	handled        *Exception // the exception being handled (sys.exc_info)
	interrupt      interruptFlag
	buildClass     Value
	argv           []string
	mainFile       string
	sysModule      *Module
	osHalf         func() // runs the os module's Python half: on the first import of os (osmod.go)
	stdoutObj      Value
	stderrObj      Value
	stdinObj       Value
	openFiles      map[*fileObj]bool // files with buffered writes (io.go)
	nextID         int64
	ids            map[Object]int64
	// Sample is called on a profiler tick with the current frame.
	Sample func(f *Frame)
	// Blocking, when set, is called before the engine blocks in I/O or
	// sleep, with the frame making the call; Unblocked when it runs again
	// (blocking.go).
	Blocking   func(kind BlockKind, f *Frame)
	Unblocked  func()
	blocked    bool      // between enterBlocking and leaveBlocking (blocking.go)
	skid       skidState // a sample being skidded into a loop body (skid.go)
	reprActive map[Object]bool
	// slab holds the locals and value stacks of running frames (LIFO);
	// framePool recycles their Frame structs.
	slab      []Value
	slabTop   int
	framePool []*Frame
	imp       *importState // the import system lives in import*.go
	jit       *jitState    // the native tier (jit*.go); nil when off
	end       EndKind      // how the run ended (end.go)
	spec      specState    // adaptive specialization (specialize.go)
	// sampleTimer is the profiler's kernel timer on the engine thread,
	// when it runs (StartSampleTimer, jit_sample.go)
	sampleTimer *native.ThreadPC
}

// poll handles a raised interrupt flag at a back-edge or call.
func (vm *VM) poll(f *Frame, pc int) error {
	switch vm.interrupt.v.Swap(interruptNone) {
	case interruptKeyboard:
		return &Exception{cls: KeyboardInterruptType}
	case interruptSample:
		// while blocked (a poll inside time.sleep) the profiler charges
		// the interval itself: a tick then is no sample of running code
		if vm.Sample != nil && !vm.blocked {
			f.lasti = pc
			vm.Sample(f)
		}
	}
	return nil
}

// Interrupt raises KeyboardInterrupt at the next back-edge or call; it is
// safe to call from another goroutine (a signal handler).
func (vm *VM) Interrupt() {
	vm.interrupt.v.Store(interruptKeyboard)
	vm.interruptNative()
}

// RequestSample asks the interpreter to call Sample at the next back-edge
// or call; safe from another goroutine.
func (vm *VM) RequestSample() {
	vm.noteNativeMark() // before the flag: the poll it causes reads the mark (jit_sample.go)
	vm.interrupt.v.CompareAndSwap(interruptNone, interruptSample)
	vm.interruptNative()
}
