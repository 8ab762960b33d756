package jitcore

import "math"

// The C library's two-argument functions CPython's complex arithmetic
// uses; complex_libm_cgo.go swaps in the C versions so that results agree
// with CPython to the last bit (Go's own may differ in the last place).
var (
	cHypot = math.Hypot
	cAtan2 = math.Atan2
	cPow   = math.Pow
)

// complexPowError is the errno CPython's complex power reports.
type complexPowError int

const (
	cpowOK    complexPowError = iota
	cpowEDOM                  // 0 to a negative or complex power
	cpowRange                 // overflow
)

// cProd is CPython's _Py_c_prod.
func cProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// cQuot is CPython's _Py_c_quot (Smith's algorithm); ok is false on
// division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// cPowGeneral is CPython's _Py_c_pow: polar form through hypot, atan2,
// pow, exp, log, cos and sin.
func cPowGeneral(a, b complex128) (complex128, complexPowError) {
	if real(b) == 0 && imag(b) == 0 {
		return 1, cpowOK
	}
	if real(a) == 0 && imag(a) == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, cpowEDOM
		}
		return 0, cpowOK
	}
	vabs := cHypot(real(a), imag(a))
	length := cPow(vabs, real(b))
	at := cAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libmOr("exp", math.Exp)(at * imag(b))
		phase += imag(b) * libmOr("log", math.Log)(vabs)
	}
	return complex(length*libmOr("cos", math.Cos)(phase), length*libmOr("sin", math.Sin)(phase)), cpowOK
}

// cPowU is CPython's c_powu: binary powering by a positive integer.
func cPowU(x complex128, n int64) complex128 {
	r, p := complex128(1), x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// complexPow is CPython's complex_pow: an integral real exponent goes
// through repeated multiplication (c_powi), anything else through the
// polar formula; errors are ZeroDivisionError and OverflowError.
func complexPow(a, b complex128) (complex128, error) {
	var r complex128
	errno := cpowOK
	n := int64(real(b))
	if imag(b) == 0 && real(b) == float64(n) && math.Abs(real(b)) < 1<<62 {
		switch {
		case n > 100 || n < -100:
			r, errno = cPowGeneral(a, complex(float64(n), 0))
		case n > 0:
			r = cPowU(a, n)
		default:
			var ok bool
			if r, ok = cQuot(1, cPowU(a, -n)); !ok {
				errno = cpowEDOM
			}
		}
	} else {
		r, errno = cPowGeneral(a, b)
	}
	// Py_ADJUST_ERANGE2: an infinite part is an overflow
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		if errno == cpowOK {
			errno = cpowRange
		}
	}
	switch errno {
	case cpowEDOM:
		return 0, newExc(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	case cpowRange:
		return 0, newExc(OverflowErrorType, "complex exponentiation")
	}
	return r, nil
}
