package native

import (
	"fmt"
	"unsafe"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Byte buffers: an Int buffer whose elements are single bytes ([]uint8),
// for a host that keeps small numbers (bools as 0 and 1) compactly. A load
// zero-extends the byte; a store keeps the low 8 bits of the value, so a
// value stored reads back the same only when it is in 0..255 (the host
// stores only such values). Index rules and binding are those of the
// other unboxed buffers.

// NewByteBuffer declares an Int buffer of bytes and returns its number;
// Frame.SetBytes binds it.
func (f *Func) NewByteBuffer() int {
	n := f.NewBuffer(Int)
	for len(f.ByteBufs) <= n {
		f.ByteBufs = append(f.ByteBufs, false)
	}
	f.ByteBufs[n] = true
	return n
}

// byteBuf reports whether buffer buf holds bytes.
func (f *Func) byteBuf(buf int) bool { return buf < len(f.ByteBufs) && f.ByteBufs[buf] }

// SetBytes binds byte buffer buf to s, as SetInts.
func (fr *Frame) SetBytes(buf int, s []uint8) {
	if buf >= len(fr.code.byteBufs) || !fr.code.byteBufs[buf] {
		panic(fmt.Sprintf("native: buffer %d does not hold bytes", buf))
	}
	fr.bind(buf, Int, s, unsafe.Pointer(unsafe.SliceData(s)), len(s))
}

// byteElem finishes a load or store on a byte buffer, the base in base
// and the checked index in CX.
func (g *codegen) byteElem(in *Instr, base int16) {
	a := g.asm
	elem := memIndex(base, x86.REG_CX, 1)
	switch in.Op {
	case OpLoadInt:
		d := g.dst(in.Dst, x86.REG_AX)
		a.inst(x86.AMOVBQZX, elem, reg(d))
		g.finish(in.Dst, d)
	case OpStoreInt:
		// through AX: its low byte is addressable in every encoding
		a.inst(x86.AMOVQ, g.src(in.B), reg(x86.REG_AX))
		a.inst(x86.AMOVB, reg(x86.REG_AX), elem)
	}
}
