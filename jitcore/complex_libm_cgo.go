//go:build cgo && !purego

package jitcore

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// With cgo, complex arithmetic uses the C library's hypot, atan2 and pow,
// as CPython does.
func init() {
	cHypot = func(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }
	cAtan2 = func(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }
	cPow = func(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }
}
