package native

import (
	"fmt"
	"math"
)

// InterpFrame is the state Interpret works on: one word per register
// (Regs[r] holds r's Value.Bits) and the buffers by number, each an
// []int64 or []float64 that stores write through.
type InterpFrame struct {
	Regs []uint64
	Bufs []any
	// CallDepth is how many nested OpCallSelf calls may still be made
	// (as Frame.SetCallDepth).
	CallDepth int
}

// NewInterpFrame returns a frame for f with zeroed registers and no buffers.
func (f *Func) NewInterpFrame() *InterpFrame {
	return &InterpFrame{Regs: make([]uint64, len(f.Types)), Bufs: make([]any, len(f.Buffers))}
}

// Interpret runs f in Go. It is the reference semantics of the IR: native
// code must end with the same Exit, register values and buffer contents.
// Polls never happen here. A hook error ends the run with an ExitCall.
func (f *Func) Interpret(fr *InterpFrame, h *Hooks) (Exit, error) {
	r := fr.Regs
	i64 := func(x Reg) int64 { return int64(r[x]) }
	f64 := func(x Reg) float64 { return f64frombits(r[x]) }
	setI := func(x Reg, v int64) { r[x] = uint64(v) }
	setF := func(x Reg, v float64) { r[x] = f64bits(v) }
	setB := func(x Reg, v bool) {
		r[x] = 0
		if v {
			r[x] = 1
		}
	}
	b := f.Blocks[0]
	for {
		for k := range b.Instrs {
			in := &b.Instrs[k]
			guard := Exit{Kind: ExitDeopt, ID: in.ID}
			switch in.Op {
			case OpConstInt, OpConstFloat, OpConstBool:
				r[in.Dst] = uint64(in.Imm)
			case OpMove:
				r[in.Dst] = r[in.A]
			case OpAddInt, OpSubInt, OpMulInt:
				v, ok := checkedOps[in.Op](i64(in.A), i64(in.B))
				if !ok {
					return guard, nil
				}
				setI(in.Dst, v)
			case OpNegInt:
				v, ok := subInt(0, i64(in.A))
				if !ok {
					return guard, nil
				}
				setI(in.Dst, v)
			case OpFloorDivInt, OpModInt:
				if i64(in.B) == 0 {
					return failure(in, ErrZeroDivision), nil
				}
				if in.Op == OpModInt {
					setI(in.Dst, modInt(i64(in.A), i64(in.B)))
					break
				}
				v, ok := floorDivInt(i64(in.A), i64(in.B))
				if !ok {
					return guard, nil
				}
				setI(in.Dst, v)
			case OpShlInt, OpShrInt:
				if i64(in.B) < 0 {
					return failure(in, ErrNegativeShift), nil
				}
				if in.Op == OpShrInt {
					setI(in.Dst, shrInt(i64(in.A), i64(in.B)))
					break
				}
				v, ok := shlInt(i64(in.A), i64(in.B))
				if !ok {
					return guard, nil
				}
				setI(in.Dst, v)
			case OpAddIntWrap:
				setI(in.Dst, i64(in.A)+i64(in.B))
			case OpAndInt:
				setI(in.Dst, i64(in.A)&i64(in.B))
			case OpOrInt:
				setI(in.Dst, i64(in.A)|i64(in.B))
			case OpXorInt:
				setI(in.Dst, i64(in.A)^i64(in.B))
			case OpInvertInt:
				setI(in.Dst, ^i64(in.A))
			case OpBoolToInt:
				r[in.Dst] = r[in.A]
			case OpAddFloat:
				setF(in.Dst, f64(in.A)+f64(in.B))
			case OpSubFloat:
				setF(in.Dst, f64(in.A)-f64(in.B))
			case OpMulFloat:
				setF(in.Dst, f64(in.A)*f64(in.B))
			case OpDivFloat:
				if f64(in.B) == 0 {
					return failure(in, ErrZeroDivision), nil
				}
				setF(in.Dst, f64(in.A)/f64(in.B))
			case OpNegFloat:
				setF(in.Dst, -f64(in.A))
			case OpAbsFloat:
				setF(in.Dst, math.Abs(f64(in.A)))
			case OpSqrtFloat:
				if f64(in.A) < 0 {
					return failure(in, ErrMathDomain), nil
				}
				setF(in.Dst, math.Sqrt(f64(in.A)))
			case OpIntToFloat:
				setF(in.Dst, float64(i64(in.A)))
			case OpFloatToInt:
				v, ok := floatToInt(f64(in.A))
				if !ok {
					return guard, nil
				}
				setI(in.Dst, v)
			case OpCmpInt:
				setB(in.Dst, cmpInt(in.Cond, i64(in.A), i64(in.B)))
			case OpCmpFloat:
				setB(in.Dst, cmpFloat(in.Cond, f64(in.A), f64(in.B)))
			case OpNotBool:
				r[in.Dst] = r[in.A] ^ 1
			case OpLen:
				setI(in.Dst, int64(bufLen(fr.Bufs[in.Imm])))
			case OpLoadInt, OpLoadFloat, OpStoreInt, OpStoreFloat:
				buf := fr.Bufs[in.Imm]
				j, ok := pyIndex(i64(in.A), int64(bufLen(buf)))
				if !ok {
					return failure(in, ErrIndex), nil
				}
				if bx := f.box(int(in.Imm)); bx != nil {
					if !interpBoxed(in, bx, buf.(BoxedRef), int(j), r) {
						return guard, nil
					}
					break
				}
				if b, ok := buf.([]uint8); ok { // bytebuf.go
					if in.Op == OpLoadInt {
						setI(in.Dst, int64(b[j]))
					} else {
						b[j] = uint8(i64(in.B))
					}
					break
				}
				switch in.Op {
				case OpLoadInt:
					setI(in.Dst, buf.([]int64)[j])
				case OpLoadFloat:
					setF(in.Dst, buf.([]float64)[j])
				case OpStoreInt:
					buf.([]int64)[j] = i64(in.B)
				case OpStoreFloat:
					buf.([]float64)[j] = f64(in.B)
				}
			case OpGuard:
				if r[in.A] == 0 {
					return guard, nil
				}
			case OpCall:
				args := make([]Value, len(in.Args))
				for i, a := range in.Args {
					args[i] = Value{f.Types[a], r[a]}
				}
				if h == nil || h.Call == nil {
					return Exit{Kind: ExitCall, ID: in.ID}, fmt.Errorf("call %d: no call hook", in.Imm)
				}
				v, err := h.Call(int(in.Imm), args)
				if err != nil {
					return Exit{Kind: ExitCall, ID: in.ID}, err
				}
				f.rebindInterp(fr) // Go code ran (nested.go)
				if in.Dst != NoReg {
					r[in.Dst] = v.Bits
				}
			case OpCallSelf:
				if fr.CallDepth <= 0 {
					return guard, nil
				}
				sub := &InterpFrame{Regs: make([]uint64, len(f.Types)), Bufs: fr.Bufs, CallDepth: fr.CallDepth - 1}
				for i, p := range f.Params {
					sub.Regs[p] = r[in.Args[i]]
				}
				e, err := f.Interpret(sub, h)
				if err != nil || e.Kind != ExitReturn {
					return e, err
				}
				if in.Dst != NoReg {
					r[in.Dst] = e.Value.Bits
				}
			case OpJump:
				b = in.Targets[0]
			case OpBranch:
				b = in.Targets[1]
				if r[in.A] != 0 {
					b = in.Targets[0]
				}
			case OpReturn:
				e := Exit{Kind: ExitReturn}
				if in.A != NoReg {
					e.Value = Value{f.Types[in.A], r[in.A]}
				}
				return e, nil
			case OpDeopt:
				return guard, nil
			case OpMark: // only the profiler reads marks
			case OpLoadBuffer, OpCopyBuffer:
				idx := int64(0)
				if in.A != NoReg {
					idx = i64(in.A)
				}
				if e, ok := f.interpNested(in, fr, idx); !ok {
					return e, nil
				}
			default:
				return Exit{}, fmt.Errorf("interpret: unknown op %v", in.Op)
			}
		}
	}
}

func failure(in *Instr, k ErrKind) Exit { return Exit{Kind: ExitError, Err: k, ID: in.ID} }

var checkedOps = map[Op]func(a, b int64) (int64, bool){OpAddInt: addInt, OpSubInt: subInt, OpMulInt: mulInt}

// bufLen returns the length of an []int64 or []float64 (0 for nil).
func bufLen(b any) int {
	switch s := b.(type) {
	case []int64:
		return len(s)
	case []float64:
		return len(s)
	case []uint8:
		return len(s)
	case BoxedRef:
		return s.Len
	}
	return 0
}
