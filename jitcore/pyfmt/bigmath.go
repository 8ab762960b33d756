package pyfmt

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded pow for non-integer exponents: x**y = exp(y*ln x)
// evaluated with big.Float at workPrec bits, then rounded once to float64.
// The C library CPython uses (glibc) is within 0.52 ulp, so both agree
// except when the exact result lies extremely close to a rounding midpoint.

const workPrec = 192

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

func newF() *big.Float { return new(big.Float).SetPrec(workPrec) }

// atanhSeries returns 2*atanh(z) = ln((1+z)/(1-z)) for small |z|.
func atanhSeries(z *big.Float) *big.Float {
	z2 := newF().Mul(z, z)
	term := newF().Set(z)
	sum := newF().Set(z)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -workPrec-8)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t := newF().Quo(term, newF().SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	return sum.Mul(sum, newF().SetInt64(2))
}

func ln2() *big.Float {
	ln2Once.Do(func() {
		ln2Big = atanhSeries(newF().Quo(newF().SetInt64(1), newF().SetInt64(3)))
	})
	return ln2Big
}

// bigLog returns ln x for a finite x > 0.
func bigLog(x float64) *big.Float {
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	m := newF().SetFloat64(frac)
	one := newF().SetInt64(1)
	z := newF().Quo(newF().Sub(m, one), newF().Add(m, one))
	r := atanhSeries(z)
	return r.Add(r, newF().Mul(ln2(), newF().SetInt64(int64(exp))))
}

// bigExp returns exp(t) as a float64, correctly rounded (overflow gives
// +Inf, underflow 0 or a subnormal).
func bigExp(t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	// t = k*ln2 + r, |r| <= ln2/2; exp(r) = (exp(r/2**10))**(2**10).
	k := math.Round(tf / math.Ln2)
	r := newF().Sub(t, newF().Mul(ln2(), newF().SetFloat64(k)))
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := newF().SetInt64(1)
	term := newF().SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -workPrec-8)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powNonInteger computes x**y for finite x > 0 and a y whose result is
// not computed exactly.
func powNonInteger(x, y float64) float64 {
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if r, ok := powFast(x, y); ok {
		return r
	}
	return powBig(x, y)
}

// powBig is the slow, always-decided path of powNonInteger.
func powBig(x, y float64) float64 {
	t := bigLog(x)
	t.Mul(t, newF().SetFloat64(y))
	return bigExp(t)
}
