package jitcore

import (
	"errors"

	"jitlens/jitcore/native"
)

// Calls of the math module in compiled code: math.sqrt and math.fabs are
// machine instructions (a negative sqrt argument leaves the interpreter to
// raise); the other one-argument float functions (sin, exp, log, ...) are
// calls out to Go through native.OpCall. A math function that raises (a
// domain or range error) makes the interpreter redo the call at its CALL,
// which is exact because these functions have no side effects. math.pi and
// the other float constants are loaded as constants. canEnter checks that
// the global still names the module and the module still holds them.

// skMathMod is the math module on the value stack.
const skMathMod slotKind = 7

// skMathFnBase+i is the i-th math function on the value stack.
const skMathFnBase slotKind = 48

// maxMathFns bounds the math functions of one compile.
const maxMathFns = 16

func (k slotKind) isMathFn() bool { return k >= skMathFnBase && k < skMathFnBase+maxMathFns }

// mathOutFns are the math functions called out to Go (one float argument,
// a float result).
var mathOutFns = map[string]bool{"acos": true, "acosh": true, "asin": true, "asinh": true, "atan": true, "atanh": true,
	"cbrt": true, "cos": true, "cosh": true, "erf": true, "erfc": true, "exp": true, "exp2": true, "expm1": true,
	"sin": true, "sinh": true, "tan": true, "tanh": true, "log1p": true, "log2": true, "log10": true, "degrees": true,
	"radians": true}

// errRedoCall is returned by the call hook when a math function raises:
// the interpreter redoes the call.
var errRedoCall = errors.New("jitcore: redo the call in the interpreter")

// mathRefs is the math module a compile relies on: the global naming it,
// the functions and constants read from it.
type mathRefs struct {
	global string
	mod    Value
	fns    []string
	values []Value // fns' values, then constants'
	consts []string
}

// loadMath pushes the math module when global name names it.
func (t *translator) loadMath(name string, v Value) (slotKind, bool) {
	m, ok := v.o.(*Module)
	if !ok || v.k != kObj || m.name != "math" || (t.math.global != "" && t.math.global != name) {
		return 0, false
	}
	t.math.global, t.math.mod = name, v
	return skMathMod, true
}

// mathAttr translates math.name (LOAD_METHOD or LOAD_ATTR) with the module
// on top of stack st at depth n-1; method says which (a method pushes two
// slots).
func (t *translator) mathAttr(b *native.Block, pc int, st []slotKind, name string, method bool) ([]slotKind, *refusal) {
	n := len(st)
	v, ok := t.math.mod.o.(*Module).dict.getStr(name)
	if !ok {
		return nil, t.refuse(pc, "math.%s", name)
	}
	if v.k == kFloat && !method {
		t.math.consts = append(t.math.consts, name)
		t.math.values = append(t.math.values, v)
		b.ConstFloat(t.reg(n-1, skFloat), scalarFloat(v))
		return push(st[:n-1], skFloat), nil
	}
	if name != "sqrt" && name != "fabs" && !mathOutFns[name] {
		return nil, t.refuse(pc, "a call to `math.%s`", name)
	}
	if _, isB := v.o.(*Builtin); !isB || !method {
		return nil, t.refuse(pc, "`math.%s` used as a value", name)
	}
	i := -1
	for j, f := range t.math.fns {
		if f == name {
			i = j
		}
	}
	if i < 0 {
		if len(t.math.fns) == maxMathFns {
			return nil, t.refuse(pc, "calls to more than %d math functions", maxMathFns)
		}
		// functions come first in values: constants are appended after
		t.math.fns = append(t.math.fns, name)
		t.math.values = append(t.math.values[:len(t.math.fns)-1], append([]Value{v}, t.math.values[len(t.math.fns)-1:]...)...)
		i = len(t.math.fns) - 1
	}
	return push(push(st[:n-1], skNull), skMathFnBase+slotKind(i)), nil
}

// mathCall translates CALL 1 of math function k on a number.
func (t *translator) mathCall(b *native.Block, pc int, st []slotKind) (slotKind, *refusal) {
	n := len(st)
	ka := st[n-1]
	name := t.math.fns[st[n-2]-skMathFnBase]
	if ka != skInt && ka != skFloat {
		return 0, t.refuse(pc, "math.%s of %s", name, withArticle(ka.String()))
	}
	x := t.toFloat(b, t.reg(n-1, ka), ka)
	dst := t.reg(n-3, skFloat)
	tmp := t.fn.NewReg(native.Float)
	id := t.exitID(pc)
	state := t.state(pc, pc, st, "math."+name+" does not raise")
	switch name {
	case "sqrt":
		b.Unary(native.OpSqrtFloat, tmp, x, id, state...)
	case "fabs":
		b.Unary(native.OpAbsFloat, tmp, x, -1)
	default:
		b.Call(tmp, int(st[n-2]-skMathFnBase), []native.Reg{x}, id, state...)
	}
	b.Move(dst, tmp)
	return skFloat, nil
}

// canEnter checks that the global still names the module and that it
// still holds the functions and constants.
func (m *mathRefs) canEnter(f *Frame) bool {
	if m.global == "" {
		return true
	}
	if v, ok := f.globals.getStr(m.global); !ok || v.o != m.mod.o {
		return false
	}
	d := m.mod.o.(*Module).dict
	for i, name := range append(append([]string(nil), m.fns...), m.consts...) {
		v, ok := d.getStr(name)
		if !ok || v.k != m.values[i].k || v.o != m.values[i].o || (v.k == kFloat && scalarFloat(v) != scalarFloat(m.values[i])) {
			return false
		}
	}
	return true
}

// call is the native call hook: math function fn of args.
func (m *mathRefs) call(vm *VM, fn int, args []native.Value) (native.Value, error) {
	if fn >= callFloatPow {
		return floatCallOut(fn, args) // jit_floatops.go
	}
	r, err := vm.call(m.values[fn], []Value{Float(args[0].Float())}, nil)
	if err != nil || r.k != kFloat {
		return native.Value{}, errRedoCall
	}
	return native.FloatValue(scalarFloat(r)), nil
}

// value materializes stack slot kind k (the module or one of its functions).
func (m *mathRefs) value(k slotKind) Value {
	if k == skMathMod {
		return m.mod
	}
	return m.values[k-skMathFnBase]
}
