//go:build cgo && libm

package pyfmt

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// With the libm build tag, FloatPow calls the C library's pow, as CPython
// does, so results match CPython on the same machine bit for bit, even
// where glibc's pow is not correctly rounded.
func init() {
	libmPow = func(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }
}
