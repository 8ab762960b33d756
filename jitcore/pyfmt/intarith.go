package pyfmt

import (
	"math"
	"math/big"
	"math/bits"
)

// IntFloorDiv implements a // b for ints held as int64: the quotient rounded
// toward negative infinity. The one overflowing case, MinInt64 // -1, is
// returned as a big.Int (small is then 0).
func IntFloorDiv(a, b int64) (small int64, z *big.Int, err error) {
	if b == 0 {
		return 0, nil, zeroDivError("integer division or modulo by zero")
	}
	if a == math.MinInt64 && b == -1 {
		return 0, new(big.Int).Neg(big.NewInt(math.MinInt64)), nil
	}
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q, nil, nil
}

// IntMod implements a % b for int64: the result has the sign of b.
func IntMod(a, b int64) (int64, error) {
	if b == 0 {
		return 0, zeroDivError("integer modulo by zero")
	}
	if b == -1 {
		return 0, nil // avoids the MinInt64 % -1 trap
	}
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r, nil
}

// BigFloorDivMod implements divmod(a, b) for big ints (floor semantics).
// op names the operator for the zero-division message: "//", "%" or
// "divmod".
func BigFloorDivMod(a, b *big.Int, op string) (*big.Int, *big.Int, error) {
	if b.Sign() == 0 {
		if op == "%" {
			return nil, nil, zeroDivError("integer modulo by zero")
		}
		return nil, nil, zeroDivError("integer division or modulo by zero")
	}
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r, nil
}

// IntTrueDiv implements a / b for ints: the correctly rounded quotient.
func IntTrueDiv(a, b int64) (float64, error) {
	if b == 0 {
		return 0, zeroDivError("division by zero")
	}
	const exact = 1 << 53
	if a > -exact && a < exact && b > -exact && b < exact {
		return float64(a) / float64(b), nil
	}
	return BigTrueDiv(big.NewInt(a), big.NewInt(b))
}

// BigTrueDiv implements a / b for big ints, correctly rounded.
func BigTrueDiv(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, zeroDivError("division by zero")
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

// IntBitLength implements int.bit_length() for an int64.
func IntBitLength(v int64) int {
	u := uint64(v)
	if v < 0 {
		u = uint64(-(v + 1)) + 1
	}
	return bits.Len64(u)
}

// BigRound implements round(v, ndigits) for an int: v itself when
// ndigits >= 0, else v rounded half to even to a multiple of 10**-ndigits.
func BigRound(v *big.Int, ndigits int64) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(v)
	}
	pow10 := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
	q, r, _ := BigFloorDivMod(v, pow10, "divmod")
	r.Lsh(r, 1)
	if c := r.Cmp(pow10); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, pow10)
}

// BigIntToFloat converts an int to float like CPython's float(int):
// correctly rounded (half to even), OverflowError "int too large to convert
// to float" beyond the float range.
func BigIntToFloat(v *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}
