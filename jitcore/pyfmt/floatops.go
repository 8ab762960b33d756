package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// FloatToInt converts a float to an int as int(x) does (truncating), as an
// int64 when it fits, else as a big.Int.
func FloatToInt(x float64) (int64, *big.Int, error) {
	switch {
	case math.IsNaN(x):
		return 0, nil, valueError("cannot convert float NaN to integer")
	case math.IsInf(x, 0):
		return 0, nil, overflowError("cannot convert float infinity to integer")
	}
	x = math.Trunc(x)
	if x >= -(1<<63) && x < 1<<63 {
		return int64(x), nil, nil
	}
	z, _ := new(big.Float).SetFloat64(x).Int(nil)
	return 0, z, nil
}

// RoundToInt implements round(x) with no ndigits: half to even, as an int.
func RoundToInt(x float64) (int64, *big.Int, error) {
	return FloatToInt(math.RoundToEven(x))
}

// Round implements round(x, ndigits) for a float: the exact binary value is
// rounded half to even to ndigits decimal places (ndigits may be
// negative) and converted back, so round(2.675, 2) == 2.67.
func Round(x float64, ndigits int) (float64, error) {
	const ndigitsMax, ndigitsMin = 323, -308
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ndigits > ndigitsMax:
		return x, nil
	case ndigits < ndigitsMin:
		return 0 * x, nil
	case x == 0:
		return x, nil
	}
	var text string
	if ndigits >= 0 {
		text = strconv.FormatFloat(x, 'f', ndigits, 64)
	} else {
		text = roundToPowerOfTen(x, -ndigits)
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil && math.IsInf(v, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	if v == 0 && math.Signbit(x) {
		v = math.Copysign(0, -1)
	}
	return v, nil
}

// roundToPowerOfTen rounds x half to even to a multiple of 10**k and
// returns it as decimal text "<digits>e<k>".
func roundToPowerOfTen(x float64, k int) string {
	r := new(big.Rat).SetFloat64(x)
	num, den := r.Num(), new(big.Int).Set(r.Denom())
	den.Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	rem.Abs(rem).Lsh(rem, 1)
	if c := rem.Cmp(den); c > 0 || (c == 0 && q.Bit(0) == 1) {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.String() + "e" + strconv.Itoa(k)
}

// FloatDiv implements x / y for floats.
func FloatDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivError("float division by zero")
	}
	return x / y, nil
}

// floatDivMod is CPython's _float_div_mod, for y != 0.
func floatDivMod(x, y float64) (float64, float64) {
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

// FloatFloorDiv implements x // y for floats.
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivError("float floor division by zero")
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatMod implements x % y for floats: the result has the sign of y.
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivError("float modulo")
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// FloatDivMod implements divmod(x, y) for floats.
func FloatDivMod(x, y float64) (float64, float64, error) {
	if y == 0 {
		return 0, 0, zeroDivError("float divmod()")
	}
	q, m := floatDivMod(x, y)
	return q, m, nil
}

// FloatIsInteger implements float.is_integer().
func FloatIsInteger(x float64) bool {
	return !math.IsInf(x, 0) && !math.IsNaN(x) && x == math.Trunc(x)
}

// FloatAsIntegerRatio implements float.as_integer_ratio(): the reduced
// fraction equal to x, with a positive denominator.
func FloatAsIntegerRatio(x float64) (num, den *big.Int, err error) {
	switch {
	case math.IsInf(x, 0):
		return nil, nil, overflowError("cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, nil, valueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}
