package native

import (
	"fmt"
	"math/bits"
)

// signature gives the register types an op expects; 0 means "no operand"
// and any means "any type, the same as A" (OpMove).
type signature struct{ dst, a, b Type }

const anyType Type = 0xff

var signatures = map[Op]signature{
	OpConstInt: {Int, 0, 0}, OpConstFloat: {Float, 0, 0}, OpConstBool: {Bool, 0, 0},
	OpMove:   {anyType, anyType, 0},
	OpAddInt: {Int, Int, Int}, OpSubInt: {Int, Int, Int}, OpMulInt: {Int, Int, Int},
	OpNegInt: {Int, Int, 0}, OpFloorDivInt: {Int, Int, Int}, OpModInt: {Int, Int, Int},
	OpShlInt: {Int, Int, Int}, OpShrInt: {Int, Int, Int}, OpAndInt: {Int, Int, Int},
	OpOrInt: {Int, Int, Int}, OpXorInt: {Int, Int, Int}, OpInvertInt: {Int, Int, 0},
	OpBoolToInt: {Int, Bool, 0}, OpAddIntWrap: {Int, Int, Int},
	OpAddFloat: {Float, Float, Float}, OpSubFloat: {Float, Float, Float},
	OpMulFloat: {Float, Float, Float}, OpDivFloat: {Float, Float, Float},
	OpNegFloat: {Float, Float, 0}, OpAbsFloat: {Float, Float, 0}, OpSqrtFloat: {Float, Float, 0},
	OpIntToFloat: {Float, Int, 0}, OpFloatToInt: {Int, Float, 0},
	OpCmpInt: {Bool, Int, Int}, OpCmpFloat: {Bool, Float, Float}, OpNotBool: {Bool, Bool, 0},
	OpLen: {Int, 0, 0}, OpLoadInt: {Int, Int, 0}, OpLoadFloat: {Float, Int, 0},
	OpStoreInt: {0, Int, Int}, OpStoreFloat: {0, Int, Float},
	OpGuard: {0, Bool, 0}, OpCall: {0, 0, 0}, OpCallSelf: {0, 0, 0}, OpMark: {0, 0, 0},
	OpJump: {0, 0, 0}, OpBranch: {0, Bool, 0}, OpReturn: {0, 0, 0}, OpDeopt: {0, 0, 0},
}

// Verify checks that f is well formed: every block ends with its only
// terminator, operands have the types their ops expect, branch targets and
// buffers exist, and every register is assigned on every path before it is
// read (parameters are assigned at entry).
func (f *Func) Verify() error {
	if len(f.Blocks) == 0 {
		return fmt.Errorf("%s: no blocks", f.Name)
	}
	for _, t := range f.Buffers {
		if t != Int && t != Float {
			return fmt.Errorf("%s: buffer of type %v", f.Name, t)
		}
	}
	for _, b := range f.Blocks {
		if b.f != f || f.Blocks[b.Index] != b {
			return fmt.Errorf("%s: block %d does not belong to the function", f.Name, b.Index)
		}
		if len(b.Instrs) == 0 || !b.Instrs[len(b.Instrs)-1].Op.IsTerminator() {
			return fmt.Errorf("%s: block %d does not end with a terminator", f.Name, b.Index)
		}
		for i := range b.Instrs {
			in := &b.Instrs[i]
			if in.Op.IsTerminator() != (i == len(b.Instrs)-1) {
				return fmt.Errorf("%s: block %d: terminator %v in the middle", f.Name, b.Index, in.Op)
			}
			if err := f.checkInstr(in); err != nil {
				return fmt.Errorf("%s: block %d instr %d (%v): %v", f.Name, b.Index, i, in.Op, err)
			}
		}
	}
	return f.checkAssigned()
}

func (f *Func) checkReg(r Reg, want Type, what string) error {
	if r < 0 || int(r) >= len(f.Types) {
		return fmt.Errorf("%s: no register %d", what, r)
	}
	if want != anyType && f.Types[r] != want {
		return fmt.Errorf("%s: r%d is %v, want %v", what, r, f.Types[r], want)
	}
	return nil
}

func (f *Func) checkInstr(in *Instr) error {
	sig, ok := signatures[in.Op]
	if !ok {
		return fmt.Errorf("unknown op")
	}
	check := func(r Reg, want Type, what string) error {
		if want == 0 {
			if r != NoReg && in.Op != OpCall && in.Op != OpCallSelf && in.Op != OpReturn {
				return fmt.Errorf("%s: unexpected operand r%d", what, r)
			}
			return nil
		}
		return f.checkReg(r, want, what)
	}
	if err := check(in.Dst, sig.dst, "dst"); err != nil {
		return err
	}
	if err := check(in.A, sig.a, "A"); err != nil {
		return err
	}
	if err := check(in.B, sig.b, "B"); err != nil {
		return err
	}
	switch in.Op {
	case OpMove:
		if f.Types[in.Dst] != f.Types[in.A] {
			return fmt.Errorf("move of %v into %v", f.Types[in.A], f.Types[in.Dst])
		}
	case OpCmpInt, OpCmpFloat:
		if in.Cond < EQ || in.Cond > GE {
			return fmt.Errorf("bad condition %d", in.Cond)
		}
	case OpLen, OpLoadInt, OpLoadFloat, OpStoreInt, OpStoreFloat:
		if in.Imm < 0 || in.Imm >= int64(len(f.Buffers)) {
			return fmt.Errorf("no buffer %d", in.Imm)
		}
		want := Int
		if in.Op == OpLoadFloat || in.Op == OpStoreFloat {
			want = Float
		}
		if in.Op != OpLen && f.Buffers[in.Imm] != want {
			return fmt.Errorf("buffer %d holds %v", in.Imm, f.Buffers[in.Imm])
		}
	case OpLoadBuffer, OpCopyBuffer:
		return f.checkNested(in)
	case OpCall:
		if in.Dst != NoReg {
			if err := f.checkReg(in.Dst, anyType, "dst"); err != nil {
				return err
			}
		}
		for _, a := range in.Args {
			if err := f.checkReg(a, anyType, "arg"); err != nil {
				return err
			}
		}
	case OpCallSelf:
		if len(in.Args) != len(f.Params) {
			return fmt.Errorf("%d arguments for %d parameters", len(in.Args), len(f.Params))
		}
		for i, a := range in.Args {
			if err := f.checkReg(a, f.Types[f.Params[i]], "arg"); err != nil {
				return err
			}
		}
		rt, ok := f.returnType()
		if !ok {
			return fmt.Errorf("the function's returns differ in type")
		}
		if in.Dst != NoReg {
			if err := f.checkReg(in.Dst, rt, "dst"); err != nil {
				return err
			}
		}
	case OpReturn:
		if in.A != NoReg {
			if err := f.checkReg(in.A, anyType, "value"); err != nil {
				return err
			}
		}
	case OpJump, OpBranch:
		n := 1
		if in.Op == OpBranch {
			n = 2
		}
		for _, t := range in.Targets[:n] {
			if t == nil || t.f != f {
				return fmt.Errorf("target outside the function")
			}
		}
	}
	for _, r := range in.State {
		if err := f.checkReg(r, anyType, "state"); err != nil {
			return err
		}
	}
	return nil
}

// returnType is the type every OpReturn of f returns (0: none); ok is
// false when they differ.
func (f *Func) returnType() (t Type, ok bool) {
	seen := false
	for _, b := range f.Blocks {
		in := &b.Instrs[len(b.Instrs)-1]
		if in.Op != OpReturn {
			continue
		}
		var rt Type
		if in.A != NoReg {
			rt = f.Types[in.A]
		}
		if seen && rt != t {
			return 0, false
		}
		t, seen = rt, true
	}
	return t, true
}

// uses calls fn for every register in reads.
func (in *Instr) uses(fn func(Reg)) {
	if in.A != NoReg {
		fn(in.A)
	}
	if in.B != NoReg {
		fn(in.B)
	}
	for _, r := range in.Args {
		fn(r)
	}
	for _, r := range in.State {
		fn(r)
	}
}

// successors returns the blocks control may reach after b.
func (b *Block) successors() []*Block {
	t := &b.Instrs[len(b.Instrs)-1]
	switch t.Op {
	case OpJump:
		return t.Targets[:1]
	case OpBranch:
		return t.Targets[:2]
	}
	return nil
}

// regSet is a bit set of registers.
type regSet []uint64

func newRegSet(n int) regSet       { return make(regSet, (n+63)/64) }
func (s regSet) has(r Reg) bool    { return s[r/64]&(1<<(uint(r)%64)) != 0 }
func (s regSet) add(r Reg)         { s[r/64] |= 1 << (uint(r) % 64) }
func (s regSet) remove(r Reg)      { s[r/64] &^= 1 << (uint(r) % 64) }
func (s regSet) copyFrom(o regSet) { copy(s, o) }
func (s regSet) fill() {
	for i := range s {
		s[i] = ^uint64(0)
	}
}
func (s regSet) count() (n int) {
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

// checkAssigned runs a forward must-be-assigned analysis.
func (f *Func) checkAssigned() error {
	n := len(f.Types)
	in := make([]regSet, len(f.Blocks))
	for i := range in {
		in[i] = newRegSet(n)
		if i > 0 {
			in[i].fill() // top: refined by intersection
		}
	}
	for _, p := range f.Params {
		in[0].add(p)
	}
	cur := newRegSet(n)
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			cur.copyFrom(in[b.Index])
			for i := range b.Instrs {
				if d := b.Instrs[i].Dst; d != NoReg {
					cur.add(d)
				}
			}
			for _, s := range b.successors() {
				for w := range cur {
					if nw := in[s.Index][w] & cur[w]; nw != in[s.Index][w] {
						in[s.Index][w] = nw
						changed = true
					}
				}
			}
		}
	}
	for _, b := range f.Blocks {
		cur.copyFrom(in[b.Index])
		for i := range b.Instrs {
			ins := &b.Instrs[i]
			var err error
			ins.uses(func(r Reg) {
				if err == nil && !cur.has(r) {
					err = fmt.Errorf("%s: block %d instr %d (%v): r%d may be read before it is assigned", f.Name, b.Index, i, ins.Op, r)
				}
			})
			if err != nil {
				return err
			}
			if ins.Dst != NoReg {
				cur.add(ins.Dst)
			}
		}
	}
	return nil
}
