package native

import (
	"fmt"
	"unsafe"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Containers of containers: a boxed buffer whose records hold other
// containers (a list of lists, a list of tuples).
//
// A record of such an outer buffer holds a Go interface in its last two
// words (BoxType: the type word, BoxData: the data word). OpLoadBuffer
// guards that the record's tag is Box.PtrTag and that its type word is an
// itab naming the type Box.Elem (the host's type word of one Go type, e.g.
// *List), and, with Box.ElemNil, that the object's word there is zero (a
// list the host keeps in another layout fails it), then
// binds a dynamic buffer to that object: the object's address goes to the
// buffer's object word and its items (the slice header at Box.Items in the
// object) to the buffer's base and length words. All three are context
// words: native code never stores a Go pointer into Go memory.
//
// Keeping the objects alive: native code stores nothing into Go memory
// but scalars, so an object reached through an outer buffer stays
// reachable from it for as long as only native code runs. At every exit,
// before any Go code runs, Run pins each dynamic buffer's object (the
// Frame keeps a real reference), then, after the hooks ran, rebinds each
// dynamic buffer's base and length from its object, as the Go code may
// have resized it. The object of a dynamic buffer is what a Python name
// bound to the inner container refers to: it never changes behind the
// code's back, only its items may.

// Offsets of the interface words in a boxed record, and of the dynamic
// type in the itab a non-empty interface's type word points to (Go's
// runtime layout; the engine checks it at start-up).
const (
	BoxType  = 16
	BoxData  = 24
	ITabType = 8
)

// Containers of containers ops (numbered after the others, before the
// terminators; see ir.go).

// LoadBuffer binds dynamic buffer dst to the container in record idx of
// buffer src: error Index (Python's rules); guard when the record does
// not hold an object of src's Box.Elem type.
func (b *Block) LoadBuffer(dst, src int, idx Reg, id int32, state ...Reg) {
	in := b.op(OpLoadBuffer, NoReg, idx, NoReg)
	in.Imm, in.ID, in.State = int64(src)|int64(dst)<<32, id, state
}

// CopyBuffer binds dynamic buffer dst to the object buffer src (dynamic)
// is bound to; it never exits.
func (b *Block) CopyBuffer(dst, src int) {
	in := b.op(OpCopyBuffer, NoReg, NoReg, NoReg)
	in.Imm = int64(src) | int64(dst)<<32
}

// bufferPair splits the Imm of OpLoadBuffer / OpCopyBuffer.
func bufferPair(imm int64) (src, dst int) { return int(int32(imm)), int(imm >> 32) }

func init() {
	opNames[OpLoadBuffer], opNames[OpCopyBuffer] = "loadbuf", "copybuf"
	signatures[OpLoadBuffer] = signature{0, Int, 0}
	signatures[OpCopyBuffer] = signature{0, 0, 0}
}

// checkNested verifies the buffers of OpLoadBuffer / OpCopyBuffer.
func (f *Func) checkNested(in *Instr) error {
	src, dst := bufferPair(in.Imm)
	for _, b := range [2]int{src, dst} {
		if b < 0 || b >= len(f.Buffers) || f.box(b) == nil {
			return fmt.Errorf("no boxed buffer %d", b)
		}
	}
	if !f.box(dst).Dynamic {
		return fmt.Errorf("buffer %d is not dynamic", dst)
	}
	if in.Op == OpLoadBuffer && f.box(src).Elem == 0 {
		return fmt.Errorf("buffer %d holds no containers", src)
	}
	if in.Op == OpCopyBuffer && !f.box(src).Dynamic {
		return fmt.Errorf("buffer %d is not dynamic", src)
	}
	return nil
}

// nested emits OpLoadBuffer and OpCopyBuffer.
func (g *codegen) nested(in *Instr) {
	a := g.asm
	src, dst := bufferPair(in.Imm)
	ly := g.layout
	if in.Op == OpCopyBuffer {
		for _, w := range [3][2]int{{ly.bufObj(src), ly.bufObj(dst)}, {ly.bufBase(src), ly.bufBase(dst)}, {ly.bufLen(src), ly.bufLen(dst)}} {
			a.inst(x86.AMOVQ, g.word(w[0]), reg(x86.REG_AX))
			a.inst(x86.AMOVQ, reg(x86.REG_AX), g.word(w[1]))
		}
		return
	}
	length, base, baseReg := g.cachedBuffer(src)
	disp, rec := int64(0), int16(x86.REG_DX) // the record is at rec+disp
	if g.constIndex(in.A) {
		disp = g.al.loc[in.A].imm
		if !g.bufs.inRange[g.pos] { // else already checked (bufcache.go)
			a.inst(x86.ACMPQ, length, imm(disp))
			a.jump(x86.AJLS, g.errorExit(in, ErrIndex))
		}
		if baseReg != 0 {
			rec = baseReg
		} else {
			a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
		}
		disp *= BoxStride
	} else {
		g.checkedIndex(in, length)
		a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
		a.inst(x86.ASHLQ, imm(5), reg(x86.REG_CX)) // BoxStride
		a.inst(x86.AADDQ, reg(x86.REG_CX), reg(x86.REG_DX))
	}
	sb, db := g.f.box(src), g.f.box(dst)
	a.inst(x86.ACMPB, mem(rec, disp), imm(int64(sb.PtrTag)))
	a.jump(x86.AJNE, g.guardExit(in, nil))
	a.inst(x86.AMOVQ, mem(rec, disp+BoxType), reg(x86.REG_AX))
	a.inst(x86.ATESTQ, reg(x86.REG_AX), reg(x86.REG_AX))
	a.jump(x86.AJEQ, g.guardExit(in, nil))
	a.inst(x86.AMOVQ, imm(int64(sb.Elem)), reg(x86.REG_CX))
	a.inst(x86.ACMPQ, mem(x86.REG_AX, ITabType), reg(x86.REG_CX))
	a.jump(x86.AJNE, g.guardExit(in, nil))
	a.inst(x86.AMOVQ, mem(rec, disp+BoxData), reg(x86.REG_DX))
	if sb.ElemNil != 0 {
		a.inst(x86.ACMPQ, mem(x86.REG_DX, int64(sb.ElemNil-1)), imm(0))
		a.jump(x86.AJNE, g.guardExit(in, nil))
	}
	a.inst(x86.AMOVQ, reg(x86.REG_DX), g.word(ly.bufObj(dst)))
	// the base and length also go where the plan keeps them (bufcache.go)
	c := g.bufs.def[g.pos]
	rb, rl := int16(x86.REG_AX), int16(x86.REG_CX)
	if c.base != 0 {
		rb = c.base
	}
	if c.len != 0 {
		rl = c.len
	}
	a.inst(x86.AMOVQ, mem(x86.REG_DX, int64(db.Items)), reg(rb))
	a.inst(x86.AMOVQ, reg(rb), g.word(ly.bufBase(dst)))
	a.inst(x86.AMOVQ, mem(x86.REG_DX, int64(db.Items)+8), reg(rl))
	a.inst(x86.AMOVQ, reg(rl), g.word(ly.bufLen(dst)))
}

// interpNested runs OpLoadBuffer / OpCopyBuffer for Interpret; ok is false
// when the op exits (e, with the exit).
func (f *Func) interpNested(in *Instr, fr *InterpFrame, idx int64) (e Exit, ok bool) {
	src, dst := bufferPair(in.Imm)
	if in.Op == OpCopyBuffer {
		fr.Bufs[dst] = fr.Bufs[src]
		return Exit{}, true
	}
	r, _ := fr.Bufs[src].(BoxedRef)
	j, inRange := pyIndex(idx, int64(r.Len))
	if !inRange {
		return failure(in, ErrIndex), false
	}
	p := r.record(int(j))
	sb := f.box(src)
	itab := *(*unsafe.Pointer)(unsafe.Add(p, BoxType))
	if *(*uint8)(p) != sb.PtrTag || itab == nil || *(*uintptr)(unsafe.Add(itab, ITabType)) != sb.Elem {
		return Exit{Kind: ExitDeopt, ID: in.ID}, false
	}
	o := *(*unsafe.Pointer)(unsafe.Add(p, BoxData))
	if sb.ElemNil != 0 && *(*uintptr)(unsafe.Add(o, sb.ElemNil-1)) != 0 {
		return Exit{Kind: ExitDeopt, ID: in.ID}, false
	}
	fr.Bufs[dst] = f.box(dst).ref(o)
	return Exit{}, true
}

// ref is the BoxedRef of dynamic buffer contents: the items of object o.
func (b *Box) ref(o unsafe.Pointer) BoxedRef {
	items := unsafe.Add(o, b.Items)
	return BoxedRef{Ptr: *(*unsafe.Pointer)(items), Len: *(*int)(unsafe.Add(items, 8)), Keep: o}
}

// SetObject binds dynamic buffer buf to object o (a pointer to the host
// object whose slice header is at the buffer's Box.Items): its items now,
// and o itself, which the frame keeps alive.
func (fr *Frame) SetObject(buf int, o unsafe.Pointer) {
	b := fr.dynamic(buf)
	r := b.ref(o)
	ly := fr.code.layout
	fr.bufs[buf] = o
	fr.ctx[ly.bufObj(buf)] = uint64(uintptr(o))
	fr.ctx[ly.bufBase(buf)] = uint64(uintptr(r.Ptr))
	fr.ctx[ly.bufLen(buf)] = uint64(r.Len)
}

// Object returns the object dynamic buffer buf is bound to as of the last
// exit (nil when it never was bound).
func (fr *Frame) Object(buf int) unsafe.Pointer {
	fr.dynamic(buf)
	return *(*unsafe.Pointer)(unsafe.Pointer(&fr.ctx[fr.code.layout.bufObj(buf)]))
}

func (fr *Frame) dynamic(buf int) *Box {
	if buf >= len(fr.code.boxes) || fr.code.boxes[buf] == nil || !fr.code.boxes[buf].Dynamic {
		panic(fmt.Sprintf("native: buffer %d is not dynamic", buf))
	}
	return fr.code.boxes[buf]
}

// pinObjects makes the frame keep the object of every dynamic buffer, as
// the code left it, before Go code runs (see the comment at the top).
func (fr *Frame) pinObjects() {
	ly := fr.code.layout
	for i, b := range fr.code.boxes {
		if b != nil && b.Dynamic {
			fr.bufs[i] = *(*unsafe.Pointer)(unsafe.Pointer(&fr.ctx[ly.bufObj(i)]))
		}
	}
}

// rebindObjects binds every dynamic buffer again to its object's items
// after Go code ran.
func (fr *Frame) rebindObjects() {
	for i, b := range fr.code.boxes {
		if b != nil && b.Dynamic {
			if o := fr.Object(i); o != nil {
				fr.SetObject(i, o)
			}
		}
	}
}

// constIndex reports whether index register r is a small non-negative
// constant, addressed as a displacement.
func (g *codegen) constIndex(r Reg) bool {
	l := g.al.loc[r]
	return l.kind == locConst && l.imm >= 0 && l.imm < 1<<20
}

// rebindInterp is rebindObjects for Interpret.
func (f *Func) rebindInterp(fr *InterpFrame) {
	for i, b := range f.Boxes {
		if r, ok := fr.Bufs[i].(BoxedRef); ok && b != nil && b.Dynamic {
			if p, ok := r.Keep.(unsafe.Pointer); ok && p != nil {
				fr.Bufs[i] = b.ref(p)
			}
		}
	}
}
