package jitcore

import (
	"math/big"
	"strings"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// Closed-form reductions: a loop over a range whose body only adds to (or
// subtracts from) integer accumulators a polynomial of the loop variable,
//
//	for i in range(a, b, s):
//	    total += i
//	    squares -= k * i * i + 1
//
// has a final state that is a formula of the range: the sum of a polynomial
// over an arithmetic progression (Faulhaber's sums). Compilers find the same
// with scalar evolution and replace the loop by its final values; here the
// formula is computed with Python's exact integers, so the result is the
// one the interpreter would reach, however far it goes past 64 bits. The
// loop variable ends at the last value of the range, and the range iterator
// is exhausted, so the loop's exit (and its `else`) runs as usual.

// maxClosedDegree is the highest power of the loop variable summed in closed form.
const maxClosedDegree = 3

// closedForm is the recognized shape of one loop.
type closedForm struct {
	loopVar int       // local slot of the loop variable
	accs    []accTerm // the accumulators, in body order
	names   string    // "total, squares": for the JIT's event
}

// accTerm is one `acc += poly(i)` (or -=) of the body.
type accTerm struct {
	slot int
	sub  bool
	poly polyExpr
}

// polyExpr is a polynomial in the loop variable, kept as the instructions
// that compute it so that its coefficients (constants and loop-invariant
// locals) are read when the loop is entered.
type polyExpr []bc.Instr

// recognizeClosedForm returns the closed form of the loop whose FOR_ITER is
// at header and whose last back-edge is at end, or nil.
func recognizeClosedForm(code *bc.Code, header, end int) *closedForm {
	ins := code.Instrs
	if header+1 >= end || ins[header].Op != bc.FOR_ITER || ins[header+1].Op != bc.STORE_FAST || ins[end].Op != bc.JUMP {
		return nil
	}
	cf := &closedForm{loopVar: int(ins[header+1].Arg)}
	assigned := map[int]bool{cf.loopVar: true}
	var names []string
	for pc := header + 2; pc < end; {
		// LOAD_FAST acc; <poly>; BINARY_OP +=/-=; STORE_FAST acc
		if ins[pc].Op != bc.LOAD_FAST {
			return nil
		}
		acc := int(ins[pc].Arg)
		stop := pc + 1
		for stop < end && ins[stop].Op != bc.STORE_FAST {
			stop++
		}
		if stop >= end || int(ins[stop].Arg) != acc || stop-pc < 3 || assigned[acc] {
			return nil
		}
		op := ins[stop-1]
		if op.Op != bc.BINARY_OP || (op.Arg != bc.InplaceBase+int32(syntax.Add) && op.Arg != bc.InplaceBase+int32(syntax.Sub)) {
			return nil
		}
		poly := polyExpr(ins[pc+1 : stop-1])
		if degree, ok := poly.degree(cf.loopVar); !ok || degree > maxClosedDegree {
			return nil
		}
		assigned[acc] = true
		cf.accs = append(cf.accs, accTerm{slot: acc, sub: op.Arg == bc.InplaceBase+int32(syntax.Sub), poly: poly})
		names = append(names, code.VarNames[acc])
		pc = stop + 1
	}
	if len(cf.accs) == 0 {
		return nil
	}
	// No polynomial may read an accumulator: each must depend on the loop
	// variable and on values the loop does not change.
	for _, a := range cf.accs {
		for _, in := range a.poly {
			if in.Op == bc.LOAD_FAST && int(in.Arg) != cf.loopVar && assigned[int(in.Arg)] {
				return nil
			}
		}
	}
	cf.names = strings.Join(names, ", ")
	return cf
}

// degree checks that p is a well-formed polynomial expression (constants,
// locals, +, -, * and unary minus) and returns its degree in the loop
// variable.
func (p polyExpr) degree(loopVar int) (int, bool) {
	var stack []int
	for _, in := range p {
		switch in.Op {
		case bc.LOAD_CONST:
			stack = append(stack, 0)
		case bc.LOAD_FAST:
			d := 0
			if int(in.Arg) == loopVar {
				d = 1
			}
			stack = append(stack, d)
		case bc.UNARY_OP:
			if len(stack) < 1 || in.Arg != int32(syntax.USub) {
				return 0, false
			}
		case bc.BINARY_OP:
			if len(stack) < 2 {
				return 0, false
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			switch syntax.Operator(in.Arg) {
			case syntax.Add, syntax.Sub:
				stack = append(stack, max(a, b))
			case syntax.Mult:
				stack = append(stack, a+b)
			default:
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if len(stack) != 1 {
		return 0, false
	}
	return stack[0], true
}

// coefficients evaluates p as a polynomial in the loop variable, with exact
// integers: c[k] is the coefficient of i**k. It fails when a constant or
// local is not an int (the loop then runs as it is).
func (p polyExpr) coefficients(f *Frame, loopVar int) ([]*big.Int, bool) {
	var stack [][]*big.Int
	for _, in := range p {
		switch in.Op {
		case bc.LOAD_CONST, bc.LOAD_FAST:
			if in.Op == bc.LOAD_FAST && int(in.Arg) == loopVar {
				stack = append(stack, []*big.Int{new(big.Int), big.NewInt(1)})
				continue
			}
			v := f.s[in.Arg]
			if in.Op == bc.LOAD_CONST {
				v = f.rt.consts[in.Arg]
			}
			n, ok := exactInt(v)
			if !ok {
				return nil, false
			}
			stack = append(stack, []*big.Int{n})
		case bc.UNARY_OP:
			top := stack[len(stack)-1]
			for _, c := range top {
				c.Neg(c)
			}
		case bc.BINARY_OP:
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			switch syntax.Operator(in.Arg) {
			case syntax.Add:
				stack = append(stack, polyAdd(a, b, false))
			case syntax.Sub:
				stack = append(stack, polyAdd(a, b, true))
			case syntax.Mult:
				stack = append(stack, polyMul(a, b))
			}
		}
	}
	return stack[0], true
}

// exactInt returns v as a new big.Int when v is an int (not a bool, not an
// instance of a subclass, whose operators may be overridden).
func exactInt(v Value) (*big.Int, bool) {
	switch {
	case v.k == kInt:
		return big.NewInt(v.n), true
	case v.k == kObj:
		if b, ok := v.o.(*bigInt); ok {
			return new(big.Int).Set(b.v), true
		}
	}
	return nil, false
}

func polyAdd(a, b []*big.Int, sub bool) []*big.Int {
	out := make([]*big.Int, max(len(a), len(b)))
	for k := range out {
		out[k] = new(big.Int)
		if k < len(a) {
			out[k].Set(a[k])
		}
		if k < len(b) {
			if sub {
				out[k].Sub(out[k], b[k])
			} else {
				out[k].Add(out[k], b[k])
			}
		}
	}
	return out
}

func polyMul(a, b []*big.Int) []*big.Int {
	out := make([]*big.Int, len(a)+len(b)-1)
	for k := range out {
		out[k] = new(big.Int)
	}
	var t big.Int
	for i, x := range a {
		for j, y := range b {
			out[i+j].Add(out[i+j], t.Mul(x, y))
		}
	}
	return out
}

// powerSums returns S_k = sum of j**k for j in 0..m-1, for k = 0..deg.
func powerSums(m *big.Int, deg int) []*big.Int {
	one := big.NewInt(1)
	m1 := new(big.Int).Sub(m, one) // m - 1
	s := make([]*big.Int, deg+1)
	s[0] = new(big.Int).Set(m)
	if deg >= 1 { // m(m-1)/2
		s[1] = new(big.Int).Mul(m, m1)
		s[1].Rsh(s[1], 1)
	}
	if deg >= 2 { // (m-1)m(2m-1)/6
		t := new(big.Int).Lsh(m, 1)
		t.Sub(t, one)
		s[2] = new(big.Int).Mul(m1, m)
		s[2].Mul(s[2], t)
		s[2].Quo(s[2], big.NewInt(6))
	}
	if deg >= 3 { // (m(m-1)/2)**2
		s[3] = new(big.Int).Mul(s[1], s[1])
	}
	return s
}

// sumOver returns the sum of the polynomial c over c0, c0+step, ...
// (m values): the polynomial is rewritten in j (i = c0 + j*step) and summed
// with the power sums.
func sumOver(c []*big.Int, c0, step, m *big.Int) *big.Int {
	// q(j) = sum_k c[k] * (c0 + step*j)**k, by Horner's rule on polynomials
	q := []*big.Int{new(big.Int).Set(c[len(c)-1])}
	lin := []*big.Int{c0, step}
	for k := len(c) - 2; k >= 0; k-- {
		q = polyMul(q, lin)
		q[0].Add(q[0], c[k])
	}
	s := powerSums(m, len(q)-1)
	total := new(big.Int)
	var t big.Int
	for k, qk := range q {
		total.Add(total, t.Mul(qk, s[k]))
	}
	return total
}

// runClosedForm replaces the rest of the loop at header by its final values
// when the loop is a closed-form reduction over a range whose accumulators
// and coefficients are ints. It reports whether it did; the interpreter
// then goes on at the FOR_ITER, which finds the range exhausted.
func (vm *VM) runClosedForm(f *Frame, sp int, cf *closedForm) bool {
	it, ok := f.s[sp-1].o.(*rangeIter)
	if !ok || f.s[sp-1].k != kObj {
		return false
	}
	if it.n <= 0 {
		return true // nothing left: FOR_ITER ends the loop
	}
	accs := make([]*big.Int, len(cf.accs))
	coefs := make([][]*big.Int, len(cf.accs))
	for k, a := range cf.accs {
		n, ok := exactInt(f.s[a.slot])
		if !ok {
			return false
		}
		c, ok := a.poly.coefficients(f, cf.loopVar)
		if !ok {
			return false
		}
		accs[k], coefs[k] = n, c
	}
	c0, step, m := big.NewInt(it.cur), big.NewInt(it.step), big.NewInt(it.n)
	for k, a := range cf.accs {
		sum := sumOver(coefs[k], c0, step, m)
		if a.sub {
			accs[k].Sub(accs[k], sum)
		} else {
			accs[k].Add(accs[k], sum)
		}
		f.s[a.slot] = BigInt(accs[k])
	}
	// the last value is an element of the range, so it fits in 64 bits
	last := new(big.Int).Mul(new(big.Int).Sub(m, big.NewInt(1)), step)
	f.s[cf.loopVar] = Int(last.Add(last, c0).Int64())
	it.n = 0
	return true
}
