package native

import (
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"
)

// Context words shared by native code and Go. The context is a pointer-free
// []uint64: native code may read and write all of it without write barriers.
const (
	ctxResume    = iota // index into the resume table used by the next entry
	ctxTable            // address of the resume table
	ctxFuel             // back-edges left before a poll exit
	ctxInterrupt        // 0, or MaxInt64 (set atomically): exit at the next back-edge
	ctxSite             // exit site of the last exit
	ctxRet              // return value / call result bits
	ctxStackPtr         // address of the top of the call stack (OpCallSelf)
	ctxStackBase        // address of its bottom
	ctxDepthLeft        // nested OpCallSelf calls still allowed
	ctxMark             // ID of the last OpMark run; the profiler's timer reads it (Frame.Mark)
	ctxArgs             // call arguments follow, then buffers, then slots
)

// DefaultFuel is how many back-edges native code runs between polls.
const DefaultFuel = 1 << 16

// layout places a function's arguments, buffers and register slots.
type layout struct {
	args, bufs, objs, slots, words int
}

func newLayout(f *Func) layout {
	maxArgs := 0
	for _, b := range f.Blocks {
		for i := range b.Instrs {
			maxArgs = max(maxArgs, len(b.Instrs[i].Args))
		}
	}
	l := layout{args: ctxArgs}
	l.bufs = l.args + maxArgs
	l.objs = l.bufs + 2*len(f.Buffers)
	l.slots = l.objs + len(f.Buffers)
	l.words = l.slots + len(f.Types)
	return l
}

func (l layout) slot(r Reg) int      { return l.slots + int(r) }
func (l layout) bufBase(buf int) int { return l.bufs + 2*buf }
func (l layout) bufLen(buf int) int  { return l.bufs + 2*buf + 1 }

// bufObj is the object word of a dynamic buffer (nested.go).
func (l layout) bufObj(buf int) int { return l.objs + buf }

// Frame is one activation of compiled code: its context and the buffers it
// keeps alive. Use a Frame from one goroutine, except Interrupt.
type Frame struct {
	code *Code
	ctx  []uint64
	bufs []any // keeps every bound buffer's backing array alive
	// stack holds the registers of the activations suspended in an
	// OpCallSelf (pointer-free; ctxStackPtr points into it)
	stack      []uint64
	depthLimit int
	// Fuel is the number of back-edges between polls (DefaultFuel).
	Fuel int64
}

// NewFrame returns a frame with zeroed registers and unbound buffers.
func (c *Code) NewFrame() *Frame {
	fr := &Frame{code: c, ctx: make([]uint64, c.layout.words), bufs: make([]any, len(c.bufTypes)), Fuel: DefaultFuel}
	fr.ctx[ctxTable] = uint64(c.mem.table)
	return fr
}

// Set stores v into register r (a parameter before Run, for example).
func (fr *Frame) Set(r Reg, v Value) {
	if v.Type != fr.code.types[r] {
		panic(fmt.Sprintf("native: set r%d (%v) to a %v", r, fr.code.types[r], v.Type))
	}
	fr.ctx[fr.code.layout.slot(r)] = v.Bits
}

// SetInt stores v into Int register r.
func (fr *Frame) SetInt(r Reg, v int64) { fr.Set(r, IntValue(v)) }

// SetFloat stores v into Float register r.
func (fr *Frame) SetFloat(r Reg, v float64) { fr.Set(r, FloatValue(v)) }

// Get returns register r's value as of the last exit. It is meaningful for
// the registers live at that exit: the exiting instruction's State, the
// parameters before a run, and whatever the code wrote before it left.
func (fr *Frame) Get(r Reg) Value {
	if l := fr.code.locs[r]; l.kind == locConst {
		return Value{fr.code.types[r], uint64(l.imm)}
	}
	return Value{fr.code.types[r], fr.ctx[fr.code.layout.slot(r)]}
}

// SetInts binds buffer buf to s. Native code reads and writes s's backing
// array in place; bind again after anything that may reallocate it.
func (fr *Frame) SetInts(buf int, s []int64) {
	fr.bind(buf, Int, s, unsafe.Pointer(unsafe.SliceData(s)), len(s))
}

// SetFloats binds buffer buf to s, as SetInts.
func (fr *Frame) SetFloats(buf int, s []float64) {
	fr.bind(buf, Float, s, unsafe.Pointer(unsafe.SliceData(s)), len(s))
}

func (fr *Frame) bind(buf int, t Type, s any, base unsafe.Pointer, n int) {
	if buf < len(fr.code.boxes) && fr.code.boxes[buf] != nil {
		panic(fmt.Sprintf("native: buffer %d is boxed (SetBoxed binds it)", buf))
	}
	if fr.code.bufTypes[buf] != t {
		panic(fmt.Sprintf("native: buffer %d holds %v, bound to %v", buf, fr.code.bufTypes[buf], t))
	}
	if _, isBytes := s.([]uint8); isBytes != (buf < len(fr.code.byteBufs) && fr.code.byteBufs[buf]) {
		panic(fmt.Sprintf("native: buffer %d bound to the wrong element size", buf))
	}
	fr.bufs[buf] = s
	fr.ctx[fr.code.layout.bufBase(buf)] = uint64(uintptr(base))
	fr.ctx[fr.code.layout.bufLen(buf)] = uint64(n)
}

// Interrupt asks the running code to exit with a poll at its next
// back-edge; Run then calls Hooks.Poll. Safe from any goroutine.
// Code returns the code the frame runs.
func (fr *Frame) Code() *Code { return fr.code }

func (fr *Frame) Interrupt() { atomic.StoreUint64(&fr.ctx[ctxInterrupt], math.MaxInt64) }

// SetCallDepth allows n nested OpCallSelf calls from the next Run (the
// call past them exits with ExitDeopt at the call) and empties the call
// stack. Functions without self-calls ignore it.
func (fr *Frame) SetCallDepth(n int) {
	c := fr.code
	if c.maxCallFrame == 0 {
		return
	}
	n = max(n, 0)
	if need := n*c.maxCallFrame + 1; len(fr.stack) < need {
		fr.stack = make([]uint64, need)
	}
	base := uint64(uintptr(unsafe.Pointer(&fr.stack[0])))
	fr.ctx[ctxStackBase], fr.ctx[ctxStackPtr] = base, base
	fr.ctx[ctxDepthLeft] = uint64(n)
	fr.depthLimit = n
}

// Depth returns how many activations wait in an OpCallSelf below the one
// that exited.
func (fr *Frame) Depth() int {
	if fr.code.maxCallFrame == 0 {
		return 0
	}
	return fr.depthLimit - int(fr.ctx[ctxDepthLeft])
}

// top returns the index in fr.stack of the innermost suspended
// activation's words and its call site.
func (fr *Frame) top() (int, callSite) {
	p := int(uintptr(fr.ctx[ctxStackPtr])-uintptr(unsafe.Pointer(&fr.stack[0]))) / 8
	s := fr.code.calls[int(fr.stack[p-1])]
	return p - len(s.saved) - 1, s
}

// TopCall returns the ID of the OpCallSelf the innermost suspended
// activation waits in, and the type of its result (0: none).
func (fr *Frame) TopCall() (int32, Type) {
	_, s := fr.top()
	return s.id, s.dstType
}

// Unwind drops the innermost activation (the one that exited) and makes
// the one waiting in the OpCallSelf below it current: Get then reads that
// activation's registers as of its call (those live after it). It returns
// the call's ID.
func (fr *Frame) Unwind() int32 {
	base, s := fr.top()
	for i, r := range s.saved {
		fr.ctx[fr.code.layout.slot(r)] = fr.stack[base+i]
	}
	fr.ctx[ctxStackPtr] = uint64(uintptr(unsafe.Pointer(&fr.stack[base])))
	fr.ctx[ctxDepthLeft]++
	return s.id
}

// Resume continues the innermost suspended activation with v as the
// result of its OpCallSelf (the activation above it has finished in the
// interpreter), as Run.
func (fr *Frame) Resume(h *Hooks, v Value) (Exit, error) {
	base, s := fr.top()
	if v.Type != s.dstType && s.dstType != 0 {
		return Exit{}, fmt.Errorf("native: call %d resumed with %v, want %v", s.id, v.Type, s.dstType)
	}
	fr.ctx[ctxRet] = v.Bits
	fr.ctx[ctxResume] = fr.stack[base+len(s.saved)]
	return fr.loop(h)
}
