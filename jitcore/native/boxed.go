package native

import (
	"fmt"
	"unsafe"
)

// Boxed buffers: a list read and written in place in the host's memory.
//
// A boxed buffer is an array of BoxStride-byte records owned by Go (the
// engine's []Value): a tag byte at offset 0 and the 64-bit payload (int
// bits, float bits, 0/1 for a bool) at BoxPayload; the rest of the record
// (a Go interface) is never touched. Native code finds the array's address
// and length in the context words of the buffer, as for unboxed buffers
// (and keeps them in registers over a run of accesses: bufcache.go).
//
//   - A load checks the index (Python's rules, ErrIndex), then the tag:
//     an element whose tag is not Box.Tag exits with ExitDeopt at the load,
//     so the interpreter redoes it.
//   - A store checks the index, then exits with ExitDeopt when the old
//     element's tag is Box.PtrTag (its other words hold a Go pointer that
//     would need a write barrier); otherwise it writes the tag and the
//     payload, two pointer-free words, so no write barrier is needed.
//   - The Frame keeps the object owning the array alive (SetBoxed's keep),
//     and native code keeps its address only in the pointer-free context:
//     the engine must rebind the buffer after anything that may reallocate
//     the array or change its length (any exit that runs Go code).

// BoxStride is the size of one record of a boxed buffer; BoxPayload is
// the offset of its payload word.
const (
	BoxStride  = 32
	BoxPayload = 8
)

// Box describes the records of a boxed buffer.
type Box struct {
	Tag    uint8 // the tag of the elements the code loads and stores
	PtrTag uint8 // the tag of elements holding a Go pointer: never overwritten
	// containers of containers (nested.go): Elem is the type word the
	// records' interface has when they hold the containers OpLoadBuffer
	// loads (0: none); a Dynamic buffer is bound by native code to an
	// object whose slice header of records is at offset Items
	Elem    uintptr
	Dynamic bool
	Items   uintptr
	// ElemNil, when not 0, is one more than the offset of a word in those
	// containers that must be zero: OpLoadBuffer's guard also fails when it
	// is not (the host's other layout of a container of type Elem)
	ElemNil uintptr
}

// NewBoxedBuffer declares a boxed buffer of elements of type t (Int or
// Float) tagged b.Tag, and returns its number; Frame.SetBoxed binds it.
func (f *Func) NewBoxedBuffer(t Type, b Box) int {
	n := f.NewBuffer(t)
	for len(f.Boxes) < n {
		f.Boxes = append(f.Boxes, nil)
	}
	f.Boxes = append(f.Boxes, &b)
	return n
}

// box returns the description of buffer buf, nil for an unboxed buffer.
func (f *Func) box(buf int) *Box {
	if buf < len(f.Boxes) {
		return f.Boxes[buf]
	}
	return nil
}

// BoxedRef is a boxed buffer for Interpret (InterpFrame.Bufs): n records
// at ptr, kept alive by Keep.
type BoxedRef struct {
	Ptr  unsafe.Pointer
	Len  int
	Keep any
}

// SetBoxed binds boxed buffer buf to the n records at ptr; keep (the
// object owning them) stays reachable from the frame until the next bind.
// Bind again after anything that may reallocate the records or change n.
func (fr *Frame) SetBoxed(buf int, ptr unsafe.Pointer, n int, keep any) {
	if buf >= len(fr.code.boxes) || fr.code.boxes[buf] == nil {
		panic(fmt.Sprintf("native: buffer %d is not boxed", buf))
	}
	fr.bufs[buf] = keep
	fr.ctx[fr.code.layout.bufBase(buf)] = uint64(uintptr(ptr))
	fr.ctx[fr.code.layout.bufLen(buf)] = uint64(n)
}

// ClearBuffers unbinds every buffer, so the frame (kept for reuse) no
// longer keeps them alive.
func (fr *Frame) ClearBuffers() {
	for i := range fr.bufs {
		fr.bufs[i] = nil
		fr.ctx[fr.code.layout.bufBase(i)] = 0
		fr.ctx[fr.code.layout.bufLen(i)] = 0
		fr.ctx[fr.code.layout.bufObj(i)] = 0
	}
}

// boxedRecord returns the address of record j of r.
func (r BoxedRef) record(j int) unsafe.Pointer { return unsafe.Add(r.Ptr, j*BoxStride) }

// interpBoxed runs a load or store on a boxed buffer for Interpret: ok is
// false when the op deopts (wrong tag, or a store over a pointer).
func interpBoxed(in *Instr, b *Box, r BoxedRef, j int, regs []uint64) (ok bool) {
	p := r.record(j)
	tag := (*uint8)(p)
	payload := (*uint64)(unsafe.Add(p, BoxPayload))
	switch in.Op {
	case OpLoadInt, OpLoadFloat:
		if *tag != b.Tag {
			return false
		}
		regs[in.Dst] = *payload
	default:
		if *tag == b.PtrTag {
			return false
		}
		*tag = b.Tag
		*payload = regs[in.B]
	}
	return true
}
