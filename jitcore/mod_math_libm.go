//go:build cgo && !purego

package jitcore

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// With cgo (the default where a C compiler exists; -tags purego opts out), math's transcendental functions call the C
// library CPython uses, so results agree with CPython bit for bit on the
// same machine (Go's own implementations may differ in the last place).
func init() {
	libmFuncs = map[string]func(float64) float64{
		"acos":   func(x float64) float64 { return float64(C.acos(C.double(x))) },
		"acosh":  func(x float64) float64 { return float64(C.acosh(C.double(x))) },
		"asin":   func(x float64) float64 { return float64(C.asin(C.double(x))) },
		"asinh":  func(x float64) float64 { return float64(C.asinh(C.double(x))) },
		"atan":   func(x float64) float64 { return float64(C.atan(C.double(x))) },
		"atanh":  func(x float64) float64 { return float64(C.atanh(C.double(x))) },
		"cbrt":   func(x float64) float64 { return float64(C.cbrt(C.double(x))) },
		"cos":    func(x float64) float64 { return float64(C.cos(C.double(x))) },
		"cosh":   func(x float64) float64 { return float64(C.cosh(C.double(x))) },
		"erf":    func(x float64) float64 { return float64(C.erf(C.double(x))) },
		"erfc":   func(x float64) float64 { return float64(C.erfc(C.double(x))) },
		"exp":    func(x float64) float64 { return float64(C.exp(C.double(x))) },
		"exp2":   func(x float64) float64 { return float64(C.exp2(C.double(x))) },
		"expm1":  func(x float64) float64 { return float64(C.expm1(C.double(x))) },
		"sin":    func(x float64) float64 { return float64(C.sin(C.double(x))) },
		"sinh":   func(x float64) float64 { return float64(C.sinh(C.double(x))) },
		"tan":    func(x float64) float64 { return float64(C.tan(C.double(x))) },
		"tanh":   func(x float64) float64 { return float64(C.tanh(C.double(x))) },
		"log":    func(x float64) float64 { return float64(C.log(C.double(x))) },
		"log2":   func(x float64) float64 { return float64(C.log2(C.double(x))) },
		"log10":  func(x float64) float64 { return float64(C.log10(C.double(x))) },
		"log1p":  func(x float64) float64 { return float64(C.log1p(C.double(x))) },
		"gamma":  func(x float64) float64 { return float64(C.tgamma(C.double(x))) },
		"lgamma": func(x float64) float64 { return float64(C.lgamma(C.double(x))) },
	}
}
