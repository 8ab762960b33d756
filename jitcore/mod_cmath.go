package jitcore

import (
	"math"
	"math/cmplx"
)

// The cmath module: complex functions with CPython's constants, argument
// conversion and error messages ("math domain error" where CPython raises).

func init() {
	registerModule("cmath", &nativeModule{builtin: true, setup: setupCmath})
}

// complexArg converts an argument as cmath does: complex, float, int, or an
// object with __complex__ or __float__.
func (vm *VM) complexArg(v Value) (complex128, error) {
	if c, ok := v.o.(*Complex); ok && v.k == kObj {
		return c.c, nil
	}
	if m, ok := userMethod(v, "__complex__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return 0, err
		}
		if c, ok := r.o.(*Complex); ok && r.k == kObj {
			return c.c, nil
		}
		return 0, typeErrorf("__complex__ returned non-complex (type %s)", r.Type().tpName())
	}
	f, err := vm.realArg(v)
	if err != nil {
		return 0, typeErrorf("must be real number, not %s", v.Type().tpName())
	}
	return complex(f, 0), nil
}

func complexValue(c complex128) Value { return Obj(&Complex{c}) }

func cIsFinite(c complex128) bool {
	return !math.IsInf(real(c), 0) && !math.IsNaN(real(c)) && !math.IsInf(imag(c), 0) && !math.IsNaN(imag(c))
}

func setupCmath(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) { d.setStr(name, Obj(newBuiltin(name, fn))) }
	d.setStr("pi", Float(math.Pi))
	d.setStr("e", Float(math.E))
	d.setStr("tau", Float(2*math.Pi))
	d.setStr("inf", Float(math.Inf(1)))
	d.setStr("nan", Float(math.NaN()))
	d.setStr("infj", complexValue(complex(0, math.Inf(1))))
	d.setStr("nanj", complexValue(complex(0, math.NaN())))
	for _, f := range []struct {
		name string
		fn   func(complex128) complex128
	}{
		{"sqrt", cmplx.Sqrt}, {"exp", cmplx.Exp}, {"sin", cmplx.Sin}, {"cos", cmplx.Cos}, {"tan", cmplx.Tan},
		{"asin", cmplx.Asin}, {"acos", cmplx.Acos}, {"atan", cmplx.Atan}, {"sinh", cmplx.Sinh},
		{"cosh", cmplx.Cosh}, {"tanh", cmplx.Tanh}, {"asinh", cmplx.Asinh}, {"acosh", cmplx.Acosh},
		{"atanh", cmplx.Atanh}, {"log10", cmplx.Log10},
	} {
		f := f
		def(f.name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(f.name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			z, err := vm.complexArg(args[0])
			if err != nil {
				return Null, err
			}
			if (f.name == "log10" || f.name == "atanh") && z == 0 && f.name == "log10" {
				return Null, errMathDomain()
			}
			if f.name == "atanh" && (z == 1 || z == -1) {
				return Null, errMathDomain()
			}
			r := f.fn(z)
			if cIsFinite(z) && !cIsFinite(r) {
				return Null, errMathRange()
			}
			return complexValue(r), nil
		})
	}
	def("log", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("log", args, kw, 1, 2); err != nil {
			return Null, err
		}
		z, err := vm.complexArg(args[0])
		if err != nil {
			return Null, err
		}
		if z == 0 {
			return Null, errMathDomain()
		}
		r := cmplx.Log(z)
		if len(args) == 2 {
			b, err := vm.complexArg(args[1])
			if err != nil {
				return Null, err
			}
			if b == 0 {
				return Null, errMathDomain()
			}
			lb := cmplx.Log(b)
			if lb == 0 {
				return Null, newExc(ZeroDivisionErrorType, "complex division by zero")
			}
			r /= lb
		}
		return complexValue(r), nil
	})
	def("phase", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("phase", args, kw, 1, 1); err != nil {
			return Null, err
		}
		z, err := vm.complexArg(args[0])
		if err != nil {
			return Null, err
		}
		return Float(math.Atan2(imag(z), real(z))), nil
	})
	def("polar", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("polar", args, kw, 1, 1); err != nil {
			return Null, err
		}
		z, err := vm.complexArg(args[0])
		if err != nil {
			return Null, err
		}
		r := math.Hypot(real(z), imag(z))
		if math.IsInf(r, 0) && cIsFinite(z) {
			return Null, errMathRange()
		}
		return NewTuple(Float(r), Float(math.Atan2(imag(z), real(z)))), nil
	})
	def("rect", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("rect", args, kw, 2, 2); err != nil {
			return Null, err
		}
		r, err := vm.realArg(args[0])
		if err != nil {
			return Null, err
		}
		phi, err := vm.realArg(args[1])
		if err != nil {
			return Null, err
		}
		if phi == 0 {
			return complexValue(complex(r, phi*r)), nil
		}
		return complexValue(complex(r*math.Cos(phi), r*math.Sin(phi))), nil
	})
	for _, p := range []struct {
		name string
		f    func(complex128) bool
	}{
		{"isfinite", cIsFinite},
		{"isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }},
		{"isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }},
	} {
		p := p
		def(p.name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(p.name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			z, err := vm.complexArg(args[0])
			return Bool(p.f(z)), err
		})
	}
	def("isclose", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("isclose", args, kw, []string{"a", "b", "*", "rel_tol", "abs_tol"}, 2)
		if err != nil {
			return Null, err
		}
		a, err := vm.complexArg(vals[0])
		if err != nil {
			return Null, err
		}
		b, err := vm.complexArg(vals[1])
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
		if !cIsFinite(a) || !cIsFinite(b) {
			return False, nil
		}
		diff := cmplx.Abs(a - b)
		return Bool(diff <= rel*cmplx.Abs(b) || diff <= rel*cmplx.Abs(a) || diff <= abs), nil
	})
	return nil
}
