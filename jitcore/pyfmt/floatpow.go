package pyfmt

import (
	"math"
	"math/big"
)

// ErrComplexPow is returned by FloatPow for a negative base raised to a
// non-integer power: Python then computes a complex result, which is the
// caller's job.
var ErrComplexPow = &Error{Type: "ValueError", Msg: "negative number cannot be raised to a fractional power"}

func isOddInteger(y float64) bool {
	return math.Mod(y, 2) == 1 || math.Mod(y, 2) == -1
}

// FloatPow implements x ** y for floats with CPython's special cases and
// errors: ZeroDivisionError for 0.0 to a negative power, OverflowError
// "(34, 'Numerical result out of range')" on overflow, ErrComplexPow for a
// negative base with a fractional exponent. An int raised to a negative
// int power is, in Python, the float power of both converted to float.
func FloatPow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, zeroDivError("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, ErrComplexPow
		}
		x = -x
		negate = isOddInteger(y)
	}
	var r float64
	if x == 1 {
		r = 1
	} else {
		r = positivePow(x, y)
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("(34, 'Numerical result out of range')")
	}
	if negate {
		r = -r
	}
	return r, nil
}

// libmPow is the C library's pow when built with the libm tag (see
// libm_cgo.go), else nil.
var libmPow func(x, y float64) float64

// positivePow computes x**y for finite x > 0, x != 1, finite y != 0.
// Integer exponents of moderate size are computed exactly and rounded once,
// others through a high-precision exp(y*ln x): both match a correctly
// rounded libm pow.
func positivePow(x, y float64) float64 {
	if libmPow != nil {
		return libmPow(x, y)
	}
	if y == math.Trunc(y) && math.Abs(y) <= 1024 {
		n := int64(math.Abs(y))
		if n == 1 {
			if y < 0 {
				return 1 / x
			}
			return x
		}
		// Exact power: a 53-bit mantissa to the n needs at most 53n bits.
		prec := uint(53*n + 64)
		if prec <= 1<<16 {
			b := new(big.Float).SetPrec(prec).SetFloat64(x)
			p := new(big.Float).SetPrec(prec).SetInt64(1)
			for k := n; k > 0; k >>= 1 {
				if k&1 == 1 {
					p.Mul(p, b)
				}
				if k > 1 {
					b.Mul(b, b)
				}
			}
			if y < 0 {
				// 1/p rarely terminates in binary; 256 bits make a double
				// rounding on the way to float64 practically impossible.
				p = new(big.Float).SetPrec(256).Quo(big.NewFloat(1), p)
			}
			f, _ := p.Float64()
			return f
		}
	}
	return powNonInteger(x, y)
}
