package pyfmt

import "math"

// A fast path for FloatPow: exp(y*ln x) in double-double arithmetic
// (about 100 bits), accepted only when the result is far enough from a
// rounding midpoint to be certain of the correctly rounded float64; the
// rare undecided cases fall back to big.Float (bigmath.go).

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	return quickTwoSum(s.hi, s.lo+a.lo+b.lo)
}

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	return quickTwoSum(p.hi, p.lo+a.hi*b.lo+a.lo*b.hi)
}

func (a dd) mulF(b float64) dd {
	p := twoProd(a.hi, b)
	return quickTwoSum(p.hi, p.lo+a.lo*b)
}

func (a dd) divF(b float64) dd {
	q := a.hi / b
	p := twoProd(q, b)
	r := (a.hi - p.hi - p.lo + a.lo) / b
	return quickTwoSum(q, r)
}

var ln2DD = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}

// expDD returns exp(t) as an unnormalized pair: e * 2**k with e in about
// [0.7, 1.42].
func expDD(t dd) (dd, int) {
	k := math.Round(t.hi / math.Ln2)
	r := t.add(ln2DD.mulF(-k))
	const halvings = 8
	r = dd{math.Ldexp(r.hi, -halvings), math.Ldexp(r.lo, -halvings)}
	// Horner: 1 + r(1 + r/2(1 + r/3(...))).
	p := dd{1, 0}
	for n := 12; n >= 1; n-- {
		p = dd{1, 0}.add(r.mul(p).divF(float64(n)))
	}
	for i := 0; i < halvings; i++ {
		p = p.mul(p)
	}
	return p, int(k)
}

// logDD returns ln x for finite x > 0: x = m * 2**ex with m near 1, and
// ln m is math.Log refined by one Newton step.
func logDD(x float64) dd {
	m, ex := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		ex--
	}
	return logNear1(m).add(ln2DD.mulF(float64(ex)))
}

func logNear1(x float64) dd {
	y0 := math.Log(x)
	e, k := expDD(dd{-y0, 0})
	// d = x*exp(-y0) - 1, the relative error of y0.
	xe := e.mulF(x)
	xe = dd{math.Ldexp(xe.hi, k), math.Ldexp(xe.lo, k)}
	d := xe.add(dd{-1, 0})
	return dd{y0, 0}.add(d)
}

// powFast returns x**y correctly rounded for finite x > 0 and finite y
// with ok=true, or ok=false when double-double precision cannot decide the
// rounding (or the result is subnormal, zero or infinite).
func powFast(x, y float64) (float64, bool) {
	l := logDD(x)
	t := l.mulF(y)
	if math.Abs(t.hi) > 700 {
		return 0, false
	}
	e, k := expDD(t)
	rh, rl := e.hi, e.lo
	// Decide the rounding of rh+rl at e's scale; scaling by 2**k is exact
	// for normal results.
	const relErr = 0x1p-80
	err := relErr * math.Abs(rh)
	up := math.Nextafter(rh, math.Inf(1))
	down := math.Nextafter(rh, math.Inf(-1))
	var r float64
	switch {
	case rl > 0:
		mid := (up - rh) / 2
		if math.Abs(rl-mid) <= err {
			return 0, false
		}
		r = rh
		if rl > mid {
			r = up
		}
	case rl < 0:
		mid := (rh - down) / 2
		if math.Abs(-rl-mid) <= err {
			return 0, false
		}
		r = rh
		if -rl > mid {
			r = down
		}
	default:
		r = rh
	}
	res := math.Ldexp(r, k)
	if res == 0 || math.IsInf(res, 0) || math.Abs(res) < 0x1p-1022 {
		return 0, false
	}
	return res, true
}
