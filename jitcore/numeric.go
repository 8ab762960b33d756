package jitcore

import (
	"math"
	"math/big"
	"math/bits"

	"jitlens/analysis/syntax"
	"jitlens/jitcore/pyfmt"
)

func bigFromAny(k any) *big.Int {
	if b, ok := k.(*big.Int); ok {
		return b
	}
	return nil
}

// intFast computes small-int arithmetic that cannot overflow or fail;
// ok is false when the slow path is needed.
func intFast(op int, a, b int64) (Value, bool) {
	switch syntax.Operator(op) {
	case syntax.Add:
		r := a + b
		if (r > a) == (b > 0) {
			return Int(r), true
		}
	case syntax.Sub:
		r := a - b
		if (r < a) == (b > 0) {
			return Int(r), true
		}
	case syntax.Mult:
		hi, lo := bits.Mul64(uint64(absI(a)), uint64(absI(b)))
		if hi == 0 && lo < 1<<63 && a != math.MinInt64 && b != math.MinInt64 {
			r := int64(lo)
			if (a < 0) != (b < 0) {
				r = -r
			}
			return Int(r), true
		}
	case syntax.FloorDiv:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			return Int(floorDiv(a, b)), true
		}
	case syntax.Mod:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			return Int(floorMod(a, b)), true
		}
	case syntax.BitAnd:
		return Int(a & b), true
	case syntax.BitOr:
		return Int(a | b), true
	case syntax.BitXor:
		return Int(a ^ b), true
	case syntax.Div:
		if b != 0 && absI(a) < 1<<53 && absI(b) < 1<<53 {
			return Float(float64(a) / float64(b)), true
		}
	case syntax.RShift:
		if b >= 0 {
			if b > 63 {
				b = 63
			}
			return Int(a >> uint(b)), true
		}
	case syntax.LShift:
		if b >= 0 && b < 63 {
			r := a << uint(b)
			if r>>uint(b) == a {
				return Int(r), true
			}
		}
	}
	return Null, false
}

func absI(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func floatFast(op int, a, b float64) (Value, bool) {
	switch syntax.Operator(op) {
	case syntax.Add:
		return Float(a + b), true
	case syntax.Sub:
		return Float(a - b), true
	case syntax.Mult:
		return Float(a * b), true
	case syntax.Div:
		if b != 0 {
			return Float(a / b), true
		}
	}
	return Null, false
}

func intCompare(op syntax.CmpOp, a, b int64) bool {
	switch op {
	case syntax.Eq:
		return a == b
	case syntax.NotEq:
		return a != b
	case syntax.Lt:
		return a < b
	case syntax.LtE:
		return a <= b
	case syntax.Gt:
		return a > b
	}
	return a >= b
}

// isNumber reports whether v is an int, bool or float (or a subclass).
func isNumber(v Value) bool {
	switch v.k {
	case kInt, kBool, kFloat:
		return true
	case kObj:
		switch o := v.o.(type) {
		case *bigInt, *Complex:
			return true
		case *Instance:
			return o.base.k != kNull && isNumber(o.base)
		}
	}
	return false
}

func isFloat(v Value) bool {
	if v.k == kFloat {
		return true
	}
	if in, ok := v.o.(*Instance); ok && v.k == kObj {
		return in.base.k == kFloat
	}
	return false
}

func isComplex(v Value) bool {
	_, ok := v.o.(*Complex)
	return ok && v.k == kObj
}

// toFloat converts an int or float value to float64.
func toFloat(v Value) (float64, error) {
	switch v.k {
	case kFloat:
		return v.float(), nil
	case kInt, kBool:
		return float64(v.n), nil
	case kObj:
		switch o := v.o.(type) {
		case *bigInt:
			f, err := pyfmt.BigIntToFloat(o.v)
			if err != nil {
				return 0, newExc(OverflowErrorType, "int too large to convert to float")
			}
			return f, nil
		case *Instance:
			if o.base.k != kNull {
				return toFloat(o.base)
			}
		}
	}
	return 0, typeErrorf("must be real number, not %s", v.Type().tpName())
}

func toComplex(v Value) complex128 {
	if c, ok := v.o.(*Complex); ok && v.k == kObj {
		return c.c
	}
	f, _ := toFloat(v)
	return complex(f, 0)
}

// numericBinary computes a binary operation on two numbers; ok is false
// when the operation does not apply.
func numericBinary(op syntax.Operator, a, b Value) (Value, bool, error) {
	if isComplex(a) || isComplex(b) {
		return complexBinary(op, toComplex(a), toComplex(b))
	}
	if isFloat(a) || isFloat(b) {
		x, err := toFloat(a)
		if err != nil {
			return Null, true, err
		}
		y, err := toFloat(b)
		if err != nil {
			return Null, true, err
		}
		return floatBinary(op, x, y)
	}
	if a.k == kBool && b.k == kBool {
		switch op {
		case syntax.BitAnd:
			return Bool(a.n&b.n != 0), true, nil
		case syntax.BitOr:
			return Bool(a.n|b.n != 0), true, nil
		case syntax.BitXor:
			return Bool(a.n^b.n != 0), true, nil
		}
	}
	a, b = intBase(a), intBase(b)
	if a.k == kInt && b.k == kInt {
		if v, ok := intFast(int(op), a.n, b.n); ok {
			return v, true, nil
		}
	}
	return bigBinary(op, a, b)
}

func floatBinary(op syntax.Operator, x, y float64) (Value, bool, error) {
	switch op {
	case syntax.Add:
		return Float(x + y), true, nil
	case syntax.Sub:
		return Float(x - y), true, nil
	case syntax.Mult:
		return Float(x * y), true, nil
	case syntax.Div:
		if y == 0 {
			return Null, true, newExc(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), true, nil
	case syntax.FloorDiv:
		if y == 0 {
			return Null, true, newExc(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), true, nil
	case syntax.Mod:
		if y == 0 {
			return Null, true, newExc(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), true, nil
	case syntax.Pow:
		return floatPow(x, y)
	}
	return Null, false, nil
}

// floatDivmod is CPython's float divmod.
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatPow(x, y float64) (Value, bool, error) {
	if x == 0 && y < 0 {
		return Null, true, newExc(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) {
		c, _, err := complexBinary(syntax.Pow, complex(x, 0), complex(y, 0))
		return c, true, err
	}
	r, err := pyfmt.FloatPow(x, y)
	if err != nil {
		return Null, true, toException(err)
	}
	return Float(r), true, nil
}

func complexBinary(op syntax.Operator, x, y complex128) (Value, bool, error) {
	switch op {
	case syntax.Add:
		return Obj(&Complex{x + y}), true, nil
	case syntax.Sub:
		return Obj(&Complex{x - y}), true, nil
	case syntax.Mult:
		return Obj(&Complex{x * y}), true, nil
	case syntax.Div:
		q, ok := cQuot(x, y)
		if !ok {
			return Null, true, newExc(ZeroDivisionErrorType, "complex division by zero")
		}
		return Obj(&Complex{q}), true, nil
	case syntax.Pow:
		r, err := complexPow(x, y)
		if err != nil {
			return Null, true, err
		}
		return Obj(&Complex{r}), true, nil
	}
	return Null, false, nil
}

func bigBinary(op syntax.Operator, a, b Value) (Value, bool, error) {
	x, y := toBig(a), toBig(b)
	r := new(big.Int)
	switch op {
	case syntax.Add:
		r.Add(x, y)
	case syntax.Sub:
		r.Sub(x, y)
	case syntax.Mult:
		r.Mul(x, y)
	case syntax.FloorDiv, syntax.Mod:
		if y.Sign() == 0 {
			if op == syntax.Mod {
				return Null, true, newExc(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Null, true, newExc(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			// floor division: the remainder takes the divisor's sign, so
			// x = q*y + m becomes x = (q-1)*y + (m+y)
			m.Add(m, y)
			q.Sub(q, big.NewInt(1))
		}
		if op == syntax.FloorDiv {
			return BigInt(q), true, nil
		}
		return BigInt(m), true, nil
	case syntax.Div:
		if y.Sign() == 0 {
			return Null, true, newExc(ZeroDivisionErrorType, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return Null, true, newExc(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), true, nil
	case syntax.Pow:
		if y.Sign() < 0 {
			fx, err := toFloat(a)
			if err != nil {
				return Null, true, err
			}
			fy, _ := toFloat(b)
			if fx == 0 {
				return Null, true, newExc(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(fx, fy)), true, nil
		}
		r.Exp(x, y, nil)
	case syntax.LShift:
		if y.Sign() < 0 {
			return Null, true, newValueError("negative shift count")
		}
		r.Lsh(x, uint(y.Uint64()))
	case syntax.RShift:
		if y.Sign() < 0 {
			return Null, true, newValueError("negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<30 {
			if x.Sign() < 0 {
				return Int(-1), true, nil
			}
			return Int(0), true, nil
		}
		r.Rsh(x, uint(y.Uint64()))
	case syntax.BitAnd:
		r.And(x, y)
	case syntax.BitOr:
		r.Or(x, y)
	case syntax.BitXor:
		r.Xor(x, y)
	default:
		return Null, false, nil
	}
	return BigInt(r), true, nil
}

type big0 = big.Int

func opOf(i int) syntax.Operator { return syntax.Operator(i) }
