package jitcore

import (
	"math"

	"jitlens/analysis/syntax"
	"jitlens/jitcore/native"
	"jitlens/jitcore/pyfmt"
)

// Float `**`, `//` and `%` in compiled code are calls out to Go (native
// has no instruction for them) computing exactly what the interpreter
// does. Whenever Python would raise (ZeroDivisionError, OverflowError) or
// return something else than a float (a negative base to a fractional
// power gives a complex), the call fails with errRedoCall and the
// interpreter redoes the operation at its instruction: the operation has
// no side effect, so redoing it is exact.

// Call-out numbers of native.OpCall beyond the math functions (which use
// 0 .. maxMathFns-1).
const (
	callFloatPow = 64 + iota
	callFloatFloorDiv
	callFloatMod
	callIntPow
	// callListBase+i makes a new list in buffer i (jit_listfn.go)
	callListBase = 128
)

// floatCallOps maps the operators computed by a call out.
var floatCallOps = map[syntax.Operator]int{syntax.Pow: callFloatPow, syntax.FloorDiv: callFloatFloorDiv, syntax.Mod: callFloatMod}

// floatCallGuards is what a failed call out means, for the deopt event.
var floatCallGuards = map[int]string{callFloatPow: "float `**` gives a float", callFloatFloorDiv: "no ZeroDivisionError",
	callFloatMod: "no ZeroDivisionError", callIntPow: "int `**` has an int result within 64 bits"}

// intPowCall emits int ** int as a call out: a negative exponent (a float
// result) or a result past 64 bits leaves the interpreter to compute it.
func (t *translator) intPowCall(b *native.Block, pc int, st []slotKind) slotKind {
	n := len(st)
	id := t.exitID(pc)
	state := t.state(pc, pc, st, floatCallGuards[callIntPow])
	tmp := t.fn.NewReg(native.Int)
	b.Call(tmp, callIntPow, []native.Reg{t.reg(n-2, skInt), t.reg(n-1, skInt)}, id, state...)
	b.Move(t.reg(n-2, skInt), tmp)
	return skInt
}

// intPow is x ** y for y >= 0, and whether it fits in 64 bits.
func intPow(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 != 0 {
			p := r * x
			if x != 0 && (p/x != r || (x == -1 && r == math.MinInt64)) {
				return 0, false
			}
			r = p
		}
		y >>= 1
		if y > 0 {
			sq := x * x
			if x != 0 && (sq/x != x || x == math.MinInt64) {
				return 0, false
			}
			x = sq
		}
	}
	return r, true
}

// floatCall emits the call out for a float op on the two top slots (an
// int operand is converted as Python converts it).
func (t *translator) floatCall(b *native.Block, pc int, st []slotKind, fn int) slotKind {
	n := len(st)
	ka, kb := st[n-2], st[n-1]
	id := t.exitID(pc)
	state := t.state(pc, pc, st, floatCallGuards[fn])
	fa, fb := t.toFloat(b, t.reg(n-2, ka), ka), t.toFloat(b, t.reg(n-1, kb), kb)
	tmp := t.fn.NewReg(native.Float)
	b.Call(tmp, fn, []native.Reg{fa, fb}, id, state...)
	b.Move(t.reg(n-2, skFloat), tmp)
	return skFloat
}

// floatCallOut computes call out fn (one of the float ops) of args.
func floatCallOut(fn int, args []native.Value) (native.Value, error) {
	switch fn {
	case callIntPow:
		x, y := args[0].Int(), args[1].Int()
		if y < 0 {
			return native.Value{}, errRedoCall
		}
		r, ok := intPow(x, y)
		if !ok {
			return native.Value{}, errRedoCall
		}
		return native.IntValue(r), nil
	case callFloatPow:
		x, y := args[0].Float(), args[1].Float()
		if (x == 0 && y < 0) || (x < 0 && y != math.Floor(y) && !math.IsInf(y, 0)) {
			return native.Value{}, errRedoCall
		}
		r, err := pyfmt.FloatPow(x, y)
		if err != nil {
			return native.Value{}, errRedoCall
		}
		return native.FloatValue(r), nil
	case callFloatFloorDiv, callFloatMod:
		x, y := args[0].Float(), args[1].Float()
		if y == 0 {
			return native.Value{}, errRedoCall
		}
		q, m := floatDivmod(x, y)
		if fn == callFloatMod {
			return native.FloatValue(m), nil
		}
		return native.FloatValue(q), nil
	}
	return native.Value{}, errRedoCall
}
