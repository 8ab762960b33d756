package jitcore

import (
	"math"
	"math/big"

	"jitlens/analysis/syntax"
)

// The math module: CPython's functions, constants and error messages.

func init() {
	registerModule("math", &nativeModule{builtin: true, setup: setupMath})
}

var (
	errMathDomain = func() error { return newExc(ValueErrorType, "math domain error") }
	errMathRange  = func() error { return newExc(OverflowErrorType, "math range error") }
)

// realArg converts a math argument to float as CPython's PyFloat_AsDouble
// does: floats, ints, and objects with __float__ or __index__.
func (vm *VM) realArg(v Value) (float64, error) {
	switch v.k {
	case kFloat:
		return v.float(), nil
	case kInt, kBool:
		return float64(v.n), nil
	}
	if f, err := toFloat(v); err == nil {
		return f, nil
	} else if isExc(err, OverflowErrorType) {
		return 0, err
	}
	if m, ok := userMethod(v, "__float__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return 0, err
		}
		if r.k != kFloat {
			return 0, typeErrorf("%s.__float__ returned non-float (type %s)", v.Type().tpName(), r.Type().tpName())
		}
		return r.float(), nil
	}
	if m, ok := userMethod(v, "__index__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return 0, err
		}
		return toFloat(r)
	}
	return 0, typeErrorf("must be real number, not %s", v.Type().tpName())
}

// intArg requires an int (or __index__) argument, as math's integer
// functions do.
func (vm *VM) intArg(v Value) (*big.Int, error) {
	if v.isIntLike() {
		return toBig(intBase(v)), nil
	}
	if m, ok := userMethod(v, "__index__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return nil, err
		}
		if r.isIntLike() {
			return toBig(intBase(r)), nil
		}
		return nil, typeErrorf("__index__ returned non-int (type %s)", r.Type().tpName())
	}
	return nil, typeErrorf("'%s' object cannot be interpreted as an integer", v.Type().tpName())
}

// math1 wraps a one-argument libm function with CPython's error checks.
func math1(name string, f func(float64) float64, canOverflow bool) builtinFn {
	return func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1, 1); err != nil {
			return Null, err
		}
		x, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return Null, errMathDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return Null, errMathRange()
			}
			return Null, errMathDomain()
		}
		return Float(r), nil
	}
}

func args2f(vm *VM, name string, args []Value, kw []string) (float64, float64, error) {
	if err := noKw(name, kw); err != nil {
		return 0, 0, err
	}
	if len(args) != 2 {
		return 0, 0, typeErrorf("%s expected 2 arguments, got %d", name, len(args))
	}
	x, err := vm.realArg(args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := vm.realArg(args[1])
	return x, y, err
}

func setupMath(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) { d.setStr(name, Obj(newBuiltin(name, fn))) }
	d.setStr("pi", Float(math.Pi))
	d.setStr("e", Float(math.E))
	d.setStr("tau", Float(2*math.Pi))
	d.setStr("inf", Float(math.Inf(1)))
	d.setStr("nan", Float(math.NaN()))
	type fn1 struct {
		name string
		fn   func(float64) float64
		ovf  bool
	}
	for _, f := range []fn1{
		{"acos", math.Acos, false}, {"acosh", math.Acosh, false}, {"asin", math.Asin, false},
		{"asinh", math.Asinh, false}, {"atan", math.Atan, false}, {"atanh", math.Atanh, false},
		{"cbrt", math.Cbrt, false}, {"cos", math.Cos, false}, {"cosh", math.Cosh, true},
		{"erf", math.Erf, false}, {"erfc", math.Erfc, false}, {"exp", math.Exp, true},
		{"exp2", math.Exp2, true}, {"expm1", math.Expm1, true}, {"fabs", math.Abs, false},
		{"sin", math.Sin, false}, {"sinh", math.Sinh, true}, {"sqrt", math.Sqrt, false},
		{"tan", math.Tan, false}, {"tanh", math.Tanh, false},
		{"degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true},
		{"radians", func(x float64) float64 { return x * (math.Pi / 180) }, false},
		{"log1p", math.Log1p, false}, {"gamma", mathGamma, true}, {"lgamma", mathLgamma, true},
	} {
		if c, ok := libmFuncs[f.name]; ok && f.name != "gamma" && f.name != "lgamma" {
			f.fn = c
		}
		def(f.name, math1(f.name, f.fn, f.ovf))
	}
	// sin/cos/tan of infinity are domain errors (nan from a non-nan input).
	def("log", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("log", args, kw, 1, 2); err != nil {
			return Null, err
		}
		num, err := vm.logArg(args[0], libmOr("log", math.Log))
		if err != nil {
			return Null, err
		}
		if len(args) == 1 {
			return Float(num), nil
		}
		den, err := vm.logArg(args[1], libmOr("log", math.Log))
		if err != nil {
			return Null, err
		}
		if den == 0 {
			return Null, newExc(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(num / den), nil
	})
	def("log2", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("log2", args, kw, 1, 1); err != nil {
			return Null, err
		}
		r, err := vm.logArg(args[0], libmOr("log2", math.Log2))
		return Float(r), err
	})
	def("log10", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("log10", args, kw, 1, 1); err != nil {
			return Null, err
		}
		r, err := vm.logArg(args[0], libmOr("log10", math.Log10))
		return Float(r), err
	})
	rounding := func(name, dunder string, f func(float64) float64) {
		def(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			v := args[0]
			if v.isIntLike() {
				return intBase(v), nil
			}
			if m, ok := userMethod(v, dunder); ok {
				return vm.callMethod(m, v)
			}
			x, err := vm.realArg(v)
			if err != nil {
				if dunder == "__trunc__" {
					return Null, typeErrorf("type %s doesn't define __trunc__ method", v.Type().tpName())
				}
				return Null, err
			}
			return floatToInt(f(x))
		})
	}
	rounding("ceil", "__ceil__", math.Ceil)
	rounding("floor", "__floor__", math.Floor)
	rounding("trunc", "__trunc__", math.Trunc)
	def("atan2", func(vm *VM, args []Value, kw []string) (Value, error) {
		y, x, err := args2f(vm, "atan2", args, kw)
		return Float(math.Atan2(y, x)), err
	})
	def("copysign", func(vm *VM, args []Value, kw []string) (Value, error) {
		x, y, err := args2f(vm, "copysign", args, kw)
		return Float(math.Copysign(x, y)), err
	})
	def("fmod", func(vm *VM, args []Value, kw []string) (Value, error) {
		x, y, err := args2f(vm, "fmod", args, kw)
		if err != nil {
			return Null, err
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return Float(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Null, errMathDomain()
		}
		return Float(r), nil
	})
	def("remainder", func(vm *VM, args []Value, kw []string) (Value, error) {
		x, y, err := args2f(vm, "remainder", args, kw)
		if err != nil {
			return Null, err
		}
		r := math.Remainder(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Null, errMathDomain()
		}
		return Float(r), nil
	})
	def("pow", func(vm *VM, args []Value, kw []string) (Value, error) {
		x, y, err := args2f(vm, "pow", args, kw)
		if err != nil {
			return Null, err
		}
		if x == 0 && y < 0 && !math.IsInf(y, 0) {
			return Null, errMathDomain()
		}
		if x < 0 && !math.IsInf(x, 0) && y != math.Trunc(y) && !math.IsInf(y, 0) {
			return Null, errMathDomain()
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
			if x == 0 {
				return Null, errMathDomain()
			}
			return Null, errMathRange()
		}
		return Float(r), nil
	})
	def("ldexp", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ldexp", args, kw, 2, 2); err != nil {
			return Null, err
		}
		x, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		if !args[1].isIntLike() {
			return Null, typeErrorf("Expected an int as second argument to ldexp.")
		}
		e := toBig(intBase(args[1]))
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return Float(x), nil
		}
		if e.Cmp(big.NewInt(100000)) > 0 {
			return Null, errMathRange()
		}
		if e.Cmp(big.NewInt(-100000)) < 0 {
			return Float(math.Copysign(0, x)), nil
		}
		r := math.Ldexp(x, int(e.Int64()))
		if math.IsInf(r, 0) {
			return Null, errMathRange()
		}
		return Float(r), nil
	})
	def("frexp", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("frexp", args, kw, 1, 1); err != nil {
			return Null, err
		}
		x, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			return NewTuple(Float(x), Int(0)), nil
		}
		fr, e := math.Frexp(x)
		return NewTuple(Float(fr), Int(int64(e))), nil
	})
	def("modf", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("modf", args, kw, 1, 1); err != nil {
			return Null, err
		}
		x, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		if math.IsInf(x, 0) {
			return NewTuple(Float(math.Copysign(0, x)), Float(x)), nil
		}
		i, f := math.Modf(x)
		return NewTuple(Float(f), Float(i)), nil
	})
	for _, p := range []struct {
		name string
		f    func(float64) bool
	}{{"isnan", math.IsNaN}, {"isinf", func(x float64) bool { return math.IsInf(x, 0) }},
		{"isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }}} {
		p := p
		def(p.name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(p.name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			x, err := vm.realArg(args[0])
			return Bool(p.f(x)), err
		})
	}
	def("isclose", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("isclose", args, kw, []string{"a", "b", "*", "rel_tol", "abs_tol"}, 2)
		if err != nil {
			return Null, err
		}
		a, err := vm.realArg(vals[0])
		if err != nil {
			return Null, err
		}
		b, err := vm.realArg(vals[1])
		if err != nil {
			return Null, err
		}
		rel, abs, err := vm.isCloseTolerances(vals[2], vals[3])
		if err != nil {
			return Null, err
		}
		if a == b {
			return True, nil
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return False, nil
		}
		diff := math.Abs(b - a)
		return Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
	})
	def("nextafter", func(vm *VM, args []Value, kw []string) (Value, error) {
		x, y, err := args2f(vm, "nextafter", args, kw)
		return Float(math.Nextafter(x, y)), err
	})
	def("ulp", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ulp", args, kw, 1, 1); err != nil {
			return Null, err
		}
		x, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		if math.IsNaN(x) {
			return Float(x), nil
		}
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return Float(x), nil
		}
		next := math.Nextafter(x, math.Inf(1))
		if math.IsInf(next, 0) {
			return Float(x - math.Nextafter(x, 0)), nil
		}
		return Float(next - x), nil
	})
	def("fsum", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("fsum", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return vm.mathFsum(args[0])
	})
	def("hypot", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := noKw("hypot", kw); err != nil {
			return Null, err
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			x, err := vm.realArg(a)
			if err != nil {
				return Null, err
			}
			xs[i] = x
		}
		return Float(vectorNorm(xs)), nil
	})
	def("dist", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dist", args, kw, 2, 2); err != nil {
			return Null, err
		}
		var pts [2][]Value
		for i := 0; i < 2; i++ {
			if _, ok := asTuple(args[i]); !ok {
				if _, ok := asList(args[i]); !ok {
					return Null, typeErrorf("dist(): argument %d must be tuple, not %s", i+1, args[i].Type().tpName())
				}
			}
			items, err := vm.toSlice(args[i])
			if err != nil {
				return Null, err
			}
			pts[i] = items
		}
		if len(pts[0]) != len(pts[1]) {
			return Null, newValueError("both points must have the same number of dimensions")
		}
		diffs := make([]float64, len(pts[0]))
		for i := range pts[0] {
			p, err := vm.realArg(pts[0][i])
			if err != nil {
				return Null, err
			}
			q, err := vm.realArg(pts[1][i])
			if err != nil {
				return Null, err
			}
			diffs[i] = p - q
		}
		return Float(vectorNorm(diffs)), nil
	})
	def("prod", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("prod", args, kw, []string{"iterable", "*", "start"}, 1)
		if err != nil {
			return Null, err
		}
		acc := Int(1)
		if !vals[1].IsNull() {
			acc = vals[1]
		}
		err = vm.iterate(vals[0], func(x Value) error {
			r, err := vm.binaryOp(int(syntax.Mult), acc, x)
			acc = r
			return err
		})
		return acc, err
	})
	def("factorial", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("factorial", args, kw, 1, 1); err != nil {
			return Null, err
		}
		if args[0].k == kFloat {
			return Null, typeErrorf("'float' object cannot be interpreted as an integer")
		}
		n, err := vm.intArg(args[0])
		if err != nil {
			return Null, err
		}
		if n.Sign() < 0 {
			return Null, newValueError("factorial() not defined for negative values")
		}
		if !n.IsInt64() || n.Int64() > 1<<20 {
			return Null, newExc(OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
		}
		return BigInt(new(big.Int).MulRange(1, n.Int64())), nil
	})
	def("isqrt", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("isqrt", args, kw, 1, 1); err != nil {
			return Null, err
		}
		n, err := vm.intArg(args[0])
		if err != nil {
			return Null, err
		}
		if n.Sign() < 0 {
			return Null, newValueError("isqrt() argument must be nonnegative")
		}
		return BigInt(new(big.Int).Sqrt(n)), nil
	})
	gcdLcm := func(name string, lcm bool) {
		def(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := noKw(name, kw); err != nil {
				return Null, err
			}
			acc := big.NewInt(0)
			if lcm {
				acc = big.NewInt(1)
			}
			for _, a := range args {
				x, err := vm.intArg(a)
				if err != nil {
					return Null, err
				}
				x = new(big.Int).Abs(x)
				if lcm {
					if acc.Sign() == 0 || x.Sign() == 0 {
						acc = big.NewInt(0)
						continue
					}
					g := new(big.Int).GCD(nil, nil, acc, x)
					acc = new(big.Int).Mul(new(big.Int).Quo(acc, g), x)
				} else {
					acc = new(big.Int).GCD(nil, nil, acc, x)
				}
			}
			return BigInt(acc), nil
		})
	}
	gcdLcm("gcd", false)
	gcdLcm("lcm", true)
	def("comb", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("comb", args, kw, 2, 2); err != nil {
			return Null, err
		}
		n, k, err := vm.combArgs(args[0], args[1])
		if err != nil {
			return Null, err
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() {
			return Null, newExc(OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807")
		}
		return BigInt(binomial(n, k.Int64())), nil
	})
	def("perm", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("perm", args, kw, 1, 2); err != nil {
			return Null, err
		}
		if len(args) == 1 || args[1].IsNone() {
			n, err := vm.intArg(args[0])
			if err != nil {
				return Null, err
			}
			if n.Sign() < 0 {
				return Null, newValueError("factorial() not defined for negative values")
			}
			return BigInt(new(big.Int).MulRange(1, n.Int64())), nil
		}
		n, k, err := vm.combArgs(args[0], args[1])
		if err != nil {
			return Null, err
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		r := big.NewInt(1)
		lo := new(big.Int).Add(new(big.Int).Sub(n, k), big.NewInt(1))
		for i := new(big.Int).Set(lo); i.Cmp(n) <= 0; i.Add(i, big.NewInt(1)) {
			r.Mul(r, i)
		}
		return BigInt(r), nil
	})
	return nil
}

// libmFuncs holds the C library's functions when built with the libm tag
// (mod_math_libm.go); Go's math package serves otherwise.
var libmFuncs map[string]func(float64) float64

func libmOr(name string, f func(float64) float64) func(float64) float64 {
	if c, ok := libmFuncs[name]; ok {
		return c
	}
	return f
}

func (vm *VM) combArgs(a, b Value) (*big.Int, *big.Int, error) {
	n, err := vm.intArg(a)
	if err != nil {
		return nil, nil, err
	}
	k, err := vm.intArg(b)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, newValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, newValueError("k must be a non-negative integer")
	}
	return n, k, nil
}

// binomial computes C(n, k) exactly.
func binomial(n *big.Int, k int64) *big.Int {
	r := big.NewInt(1)
	t := new(big.Int)
	for i := int64(1); i <= k; i++ {
		t.Sub(n, big.NewInt(k-i))
		r.Mul(r, t)
		r.Quo(r, big.NewInt(i))
	}
	return r
}

// logArg computes a logarithm of an int (any size) or float argument.
func (vm *VM) logArg(v Value, f func(float64) float64) (float64, error) {
	if v.isIntLike() {
		b := toBig(intBase(v))
		if b.Sign() <= 0 {
			return 0, errMathDomain()
		}
		if b.BitLen() > 1024 {
			// too large for a float: x = m * 2**e with m in [0.5, 1),
			// log(x) = log(m) + e*log(2), as CPython computes it
			e := b.BitLen()
			mf, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
			return f(mf) + f(2.0)*float64(e), nil
		}
	}
	x, err := vm.realArg(v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, errMathDomain()
	}
	return f(x), nil
}

// vectorNorm is sqrt(sum(x*x)) correctly rounded, computed in extended
// precision as CPython's hypot and dist are.
func vectorNorm(xs []float64) float64 {
	max := 0.0
	nan := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
		if a := math.Abs(x); a > max {
			max = a
		}
	}
	if nan {
		return math.NaN()
	}
	if max == 0 || len(xs) <= 1 {
		return max
	}
	sum := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		bx := new(big.Float).SetPrec(2200).SetFloat64(x)
		sum.Add(sum, bx.Mul(bx, bx))
	}
	r := new(big.Float).SetPrec(2200).Sqrt(sum)
	f, _ := r.Float64()
	return f
}

// mathFsum sums floats exactly and rounds once, as math.fsum does.
func (vm *VM) mathFsum(it Value) (Value, error) {
	sum := new(big.Rat)
	special := 0.0
	haveSpecial, nanIn := false, false
	err := vm.iterate(it, func(v Value) error {
		x, err := vm.realArg(v)
		if err != nil {
			return err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			nanIn = nanIn || math.IsNaN(x)
			if !haveSpecial {
				special, haveSpecial = x, true
			} else {
				special += x
			}
			return nil
		}
		sum.Add(sum, new(big.Rat).SetFloat64(x))
		return nil
	})
	if err != nil {
		return Null, err
	}
	if haveSpecial {
		if nanIn {
			return Float(math.NaN()), nil
		}
		if math.IsNaN(special) {
			return Null, newValueError("-inf + inf in fsum")
		}
		return Float(special), nil
	}
	f, _ := sum.Float64()
	if math.IsInf(f, 0) {
		return Null, newExc(OverflowErrorType, "intermediate overflow in fsum")
	}
	return Float(f), nil
}

func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return libmOr("gamma", math.Gamma)(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 {
		return math.NaN()
	}
	if c, ok := libmFuncs["lgamma"]; ok {
		return c(x)
	}
	r, _ := math.Lgamma(x)
	return r
}

// isCloseTolerances reads math.isclose's and cmath.isclose's keyword-only
// rel_tol and abs_tol (Null when not given), with CPython's check.
func (vm *VM) isCloseTolerances(relArg, absArg Value) (rel, abs float64, err error) {
	rel, abs = 1e-9, 0.0
	if !relArg.IsNull() {
		if rel, err = vm.realArg(relArg); err != nil {
			return 0, 0, err
		}
	}
	if !absArg.IsNull() {
		if abs, err = vm.realArg(absArg); err != nil {
			return 0, 0, err
		}
	}
	if rel < 0 || abs < 0 {
		return 0, 0, newValueError("tolerances must be non-negative")
	}
	return rel, abs, nil
}
